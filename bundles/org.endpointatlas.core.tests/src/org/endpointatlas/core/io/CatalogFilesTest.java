package org.endpointatlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.lint.Linter;
import org.endpointatlas.core.lint.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFilesTest {

	static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	static final String OPEN = "<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"test\" version=\"1\">\n";

	@TempDir
	Path dir;

	private Path file(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private Path catalogWith(String... endpointPatterns) throws IOException {
		StringBuilder xml = new StringBuilder(HEAD + OPEN + "  <areas id=\"a\" name=\"A\">\n");
		for (String pattern : endpointPatterns) {
			xml.append("    <endpoints pattern=\"").append(pattern).append("\"/>\n");
		}
		return file("c.catalog", xml.append("  </areas>\n</catalog:Catalog>\n").toString());
	}

	@Test
	void loadsAValidCatalog() throws Exception {
		Catalog catalog = CatalogFiles.loadCatalog(file("ok.catalog", HEAD + OPEN
				+ "  <areas id=\"a\" name=\"A\">\n    <endpoints pattern=\"go.microsoft.com\" scheme=\"https\" status=\"retired\">\n"
				+ "      <ports from=\"443\"/>\n      <roles>client</roles>\n    </endpoints>\n  </areas>\n</catalog:Catalog>\n"));
		Endpoint endpoint = catalog.getAreas().get(0).getEndpoints().get(0);
		assertEquals("go.microsoft.com", endpoint.getPattern());
		assertEquals(Status.RETIRED, endpoint.getStatus());
		assertEquals(443, endpoint.getPorts().get(0).getFrom());
		assertEquals(List.of("client"), endpoint.getRoles());
	}

	@Test
	void notXmlNamesFileLineAndValue() throws Exception {
		Path file = file("notxml.catalog", "hello, I am not XML\n");
		CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadCatalog(file));
		assertEquals(1, e.getLine());
		assertEquals("hello, I am not XML", e.getValue());
		assertTrue(e.getMessage().startsWith(file + ":1: not a well-formed XML catalog"), e.getMessage());
		assertOneLine(e);
	}

	@Test
	void doctypeAndExternalEntityAreRefusedWithoutBeingResolved() throws Exception {
		AtomicBoolean contacted = new AtomicBoolean();
		try (ServerSocket server = new ServerSocket(0)) {
			Thread listener = new Thread(() -> acceptOnce(server, contacted));
			listener.setDaemon(true);
			listener.start();
			Path secret = file("secret.txt", "SECRET");
			Path file = file("xxe.catalog", HEAD + "<!DOCTYPE c [\n<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n"
					+ "<!ENTITY y SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/\">\n]>\n" + OPEN
					+ "  <areas id=\"&x;&y;\"/>\n</catalog:Catalog>\n");
			CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadCatalog(file));
			assertEquals(2, e.getLine());
			assertTrue(e.getReason().contains("DOCTYPE"), e.getMessage());
			assertFalse(e.getMessage().contains("SECRET"));
			Thread.sleep(200);
			assertFalse(contacted.get(), "the loader opened a socket for an external entity");
		}
	}

	private static void acceptOnce(ServerSocket server, AtomicBoolean contacted) {
		try (Socket socket = server.accept()) {
			contacted.set(true);
		} catch (IOException e) {
			// closed by the test
		}
	}

	@Test
	void unknownAttributeNamesLineAndAttribute() throws Exception {
		Path file = file("unknown.catalog", HEAD + OPEN + "  <areas id=\"a\"\n      colour=\"blue\"/>\n</catalog:Catalog>\n");
		CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadCatalog(file));
		assertEquals("colour", e.getValue());
		assertTrue(e.getLine() == 3 || e.getLine() == 4, "line " + e.getLine());
		assertTrue(e.getMessage().startsWith(file + ":" + e.getLine() + ": unknown attribute"), e.getMessage());
	}

	@Test
	void invalidHostsNameLineValueAndReason() throws Exception {
		String[][] cases = { { "*.com", "public suffix" }, { "exa mple.com", "not allowed" }, { "ex&quot;ample.com", "not allowed" },
				{ "*.*.x.com", "more than one wildcard" } };
		for (String[] c : cases) {
			Path file = catalogWith("go.microsoft.com", c[0]);
			CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadCatalog(file));
			assertEquals(5, e.getLine(), e.getMessage());
			assertTrue(e.getReason().contains(c[1]), e.getMessage());
			assertTrue(e.getValue().contains(c[0].replace("&quot;", "\"")), e.getMessage());
			assertOneLine(e);
		}
	}

	@Test
	void lintProblemsDoNotStopLoading() throws Exception {
		Path file = catalogWith("*.akamaiedge.net");
		Catalog catalog = CatalogFiles.loadCatalog(file);
		List<Problem> problems = Linter.lint(catalog, file.toString());
		assertTrue(problems.stream().anyMatch(p -> !p.isError() && p.getMessage().contains("private-section") && p.getLine() == 4),
				problems.toString());
	}

	@Test
	void saveIsAtomicAndRoundTrips() throws Exception {
		Path source = catalogWith("go.microsoft.com");
		Catalog catalog = CatalogFiles.loadCatalog(source);
		Path target = dir.resolve("out/saved.catalog");
		CatalogFiles.save(catalog, target);
		assertEquals("go.microsoft.com", CatalogFiles.loadCatalog(target).getAreas().get(0).getEndpoints().get(0).getPattern());
		try (var files = Files.list(target.getParent())) {
			assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
		}
	}

	@Test
	void failedWriteLeavesTheOldFileUntouched() throws Exception {
		Path target = file("keep.txt", "old content");
		assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("old content", Files.readString(target));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
	}

	/** What a killed write leaves behind is removed by the next write of the file, once it is old; nothing else is. */
	@Test
	void theNextWriteRemovesOldLeftoversOfKilledWritesOnly() throws Exception {
		Path target = file("keep.txt", "old content");
		java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime
				.from(java.time.Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60));
		Path oldLeftover = file(".keep.txt4711.tmp", "half");
		Files.setLastModifiedTime(oldLeftover, old);
		Path youngLeftover = file(".keep.txt4712.tmp", "another process writing");
		List<Path> others = List.of(file(".keep.txt.bak.tmp", "a user's file"), file(".other.txt4713.tmp", "another file's"),
				file("keep.txt4714.tmp", "not hidden"));
		for (Path other : others) {
			Files.setLastModifiedTime(other, old);
		}
		AtomicFiles.write(target, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)));
		assertEquals("new content", Files.readString(target));
		assertFalse(Files.exists(oldLeftover));
		assertTrue(Files.exists(youngLeftover));
		others.forEach(other -> assertTrue(Files.exists(other), other.toString()));
	}

	/** Not the owner-only permissions of a temporary file: a new file gets what any new file here gets. */
	@Test
	void aNewFileGetsTheUmasksPermissions() throws Exception {
		Path reference = Files.createFile(dir.resolve("reference.txt"));
		Path target = dir.resolve("allow.txt");
		AtomicFiles.write(target, out -> out.write('x'));
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
	}

	@Test
	void replacingAFileKeepsItsPermissions() throws Exception {
		Path target = file("allow.txt", "old");
		java.util.Set<java.nio.file.attribute.PosixFilePermission> chosen = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(target, chosen);
		AtomicFiles.write(target, out -> out.write('x'));
		assertEquals(chosen, Files.getPosixFilePermissions(target));
	}

	@Test
	void temporaryNamesAreTheFileNameAndDigits() {
		assertTrue(AtomicFiles.isTemporaryName(".a.catalog123.tmp", ".a.catalog"));
		assertFalse(AtomicFiles.isTemporaryName(".a.catalog.tmp", ".a.catalog"));
		assertFalse(AtomicFiles.isTemporaryName(".a.catalog12x.tmp", ".a.catalog"));
		assertFalse(AtomicFiles.isTemporaryName(".a.tmp", ".a.tmp"));
		assertFalse(AtomicFiles.isTemporaryName(".b.catalog123.tmp", ".a.catalog"));
	}

	private static void assertOneLine(Exception e) {
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());
	}
}
