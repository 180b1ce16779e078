package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.endpointatlas.ui.ProbePreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preference page: values go to the preferences, the proxy password only to secure storage, encrypted. */
class PreferencesTest {

	private static final String PASSWORD = "S3cret-Pr0xy-Pa55";

	private PreferenceDialog dialog;

	@AfterEach
	void close() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		ProbePreferences.setProxyPassword(new char[0]);
	}

	@Test
	void settingsAreStoredAndThePasswordOnlyInSecureStorage() throws Exception {
		Shell shell = open();
		type(shell, "Proxy host:", "proxy.contoso.example");
		type(shell, "Proxy port:", "3128");
		type(shell, "Proxy user:", "svc-probe");
		Text password = field(shell, "Proxy password:");
		assertTrue((password.getStyle() & SWT.PASSWORD) != 0, "the password is masked");
		type(shell, "Proxy password:", PASSWORD);
		type(shell, "Timeout per stage (ms):", "7000");
		type(shell, "Concurrency:", "8");
		Ui.click(Ui.button(shell, "Apply and Close"));
		UiWait.until("the dialog closes", shell::isDisposed, () -> "still open");

		assertEquals("proxy.contoso.example", ProbePreferences.proxyHost());
		assertEquals(3128, ProbePreferences.proxyPort());
		assertEquals("svc-probe", ProbePreferences.proxyUser());
		assertEquals(7000, ProbePreferences.timeoutMs());
		assertEquals(8, ProbePreferences.concurrency());
		assertEquals(PASSWORD, new String(ProbePreferences.proxyPassword().orElseThrow()));

		Path instance = Path.of(Platform.getInstanceLocation().getURL().toURI());
		List<Path> withPassword = filesContaining(instance, PASSWORD);
		assertEquals(List.of(), withPassword, "the password is in no file of the workspace");
		assertTrue(filesContaining(instance, "proxy.contoso.example").size() > 0, "the plain settings are saved");
		// the pom points secure storage at target/secure_storage (-eclipse.keyring): it holds the password, encrypted
		Path secureStorage = Path.of(System.getProperty("atlas.test.keyring"));
		assertTrue(Files.isRegularFile(secureStorage), secureStorage + " exists");
		assertTrue(Files.readString(secureStorage).contains("org.endpointatlas"), "the node is in this storage");
		assertFalse(contains(secureStorage, PASSWORD.getBytes(StandardCharsets.UTF_8)), "encrypted, not in plain text");

		// shown again (masked) when the page reopens
		Shell again = open();
		assertEquals(PASSWORD, field(again, "Proxy password:").getText());
		assertNotEquals("", field(again, "Proxy host:").getText());
		Ui.click(Ui.button(again, "Cancel"));
	}

	@Test
	void anInvalidPortIsRefused() throws Exception {
		Shell shell = open();
		type(shell, "Proxy port:", "99999");
		assertFalse(Ui.button(shell, "Apply and Close").isEnabled());
		Ui.click(Ui.button(shell, "Cancel"));
	}

	private Shell open() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(window, EndpointAtlasUi.PREFERENCE_PAGE_ID,
				new String[] { EndpointAtlasUi.PREFERENCE_PAGE_ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiWait.flush();
		return dialog.getShell();
	}

	/** The text field right after the label (field editors lay out label, field). */
	private static Text field(Shell shell, String label) {
		for (Label candidate : Ui.all(shell, Label.class)) {
			if (label.equals(candidate.getText().replace("&", ""))) {
				Control[] siblings = candidate.getParent().getChildren();
				for (int i = List.of(siblings).indexOf(candidate) + 1; i < siblings.length; i++) {
					if (siblings[i] instanceof Text) {
						return (Text) siblings[i];
					}
					if (siblings[i] instanceof Composite) {
						List<Text> texts = Ui.all((Composite) siblings[i], Text.class);
						if (!texts.isEmpty()) {
							return texts.get(0);
						}
					}
				}
			}
		}
		throw new AssertionError("no field \"" + label + "\"");
	}

	private static void type(Shell shell, String label, String value) {
		Text text = field(shell, label);
		text.setText(value);
		text.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
		// field editors validate when a key is released
		text.notifyListeners(SWT.KeyUp, new org.eclipse.swt.widgets.Event());
		UiWait.flush();
	}

	private static List<Path> filesContaining(Path folder, String secret) throws IOException {
		byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> contains(f, needle)).toList();
		}
	}

	private static boolean contains(Path file, byte[] needle) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (bytes[i + j] != needle[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		} catch (IOException e) {
			return false;
		}
	}
}
