package org.endpointatlas.ui.internal.preferences;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of secure storage when no platform keyring module (Linux Secret Service, Windows DPAPI) is
 * installed, which then wins by priority: a random key generated once per user and kept next to the secure storage
 * file, readable by the user only. It keeps the proxy password out of plain text files and logs; it does not protect
 * it from other programs of the same user, as a keyring would.
 */
public class KeyFilePasswordProvider extends PasswordProvider {

	private static final int KEY_BYTES = 32;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		try {
			Path keyFile = keyFileOf(container);
			return new PBEKeySpec(readOrCreate(keyFile).toCharArray());
		} catch (IOException | URISyntaxException | RuntimeException e) {
			return null;
		}
	}

	private static Path keyFileOf(IPreferencesContainer container) throws URISyntaxException {
		URL location = container.getLocation();
		Path storage = location == null ? Path.of(System.getProperty("user.home"), ".eclipse", "org.eclipse.equinox.security", "secure_storage")
				: Path.of(location.toURI());
		return storage.resolveSibling(storage.getFileName() + ".endpoint-atlas.key");
	}

	private static String readOrCreate(Path keyFile) throws IOException {
		if (Files.isRegularFile(keyFile)) {
			return Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
		}
		byte[] random = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(random);
		String key = Base64.getEncoder().encodeToString(random);
		Files.createDirectories(keyFile.getParent());
		try {
			if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} else {
				Files.createFile(keyFile);
			}
		} catch (FileAlreadyExistsException e) {
			// another workbench created it meanwhile
			return Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
		}
		Files.writeString(keyFile, key, StandardCharsets.US_ASCII);
		return key;
	}
}
