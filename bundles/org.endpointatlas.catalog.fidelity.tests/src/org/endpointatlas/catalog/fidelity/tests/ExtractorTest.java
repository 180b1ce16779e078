package org.endpointatlas.catalog.fidelity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.fidelity.tests.ReferenceData.Exclusion;
import org.endpointatlas.catalog.fidelity.tests.ReferenceData.SectionRow;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the real documents: the pinned, hand-checked counts of {@code fidelity/sections.txt}, the
 * consistency of the committed tables, and the document features the rules must handle.
 */
class ExtractorTest {

	@Test
	void everySeedDocumentHasExtractionRules() {
		Set<String> withRules = Extractor.RULES.stream().map(Extractor.FileRules::document).collect(Collectors.toSet());
		List<String> without = ReferenceData.seedFiles().stream().filter(f -> !f.equals("README.md"))
				.filter(f -> !withRules.contains(f)).toList();
		assertEquals(List.of(), without, "documents under seed/ without extraction rules in Extractor.RULES");
		List<String> missing = withRules.stream().filter(d -> !ReferenceData.seedFiles().contains(d)).sorted().toList();
		assertEquals(List.of(), missing, "extraction rules for documents that are not under seed/");
	}

	/** When Microsoft changes a page, this is the test that says which sections changed and what they now hold. */
	@Test
	void everySectionHasItsPinnedHandCheckedCounts() {
		Map<String, SectionRow> pinned = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (SectionRow row : ReferenceData.sections()) {
			if (pinned.put(row.key(), row) != null) {
				problems.add(ReferenceData.SECTIONS + ":" + row.line() + ": listed twice: " + row.key());
			}
		}
		Set<String> seen = new LinkedHashSet<>();
		for (Extractor.FileRules rules : Extractor.RULES) {
			String markdown = ReferenceData.read(ReferenceData.SEED + rules.document());
			List<DocumentEntry> entries = Extractor.extract(rules.document(), markdown);
			List<String> sections = Extractor.sections(rules.document(), markdown);
			for (String section : new LinkedHashSet<>(sections)) {
				String key = ReferenceData.key(rules.document(), section);
				if (sections.stream().filter(section::equals).count() > 1) {
					problems.add(key + ": the heading occurs more than once; sections must be unique within a document");
				}
				seen.add(key);
				List<DocumentEntry> inSection = entries.stream().filter(e -> e.section().equals(section)).toList();
				int count = inSection.size();
				long unique = inSection.stream().map(DocumentEntry::host).distinct().count();
				SectionRow row = pinned.get(key);
				if (row == null) {
					problems.add(key + ": not in " + ReferenceData.SECTIONS + " (new section?): " + count + " entries, " + unique
							+ " unique hosts" + list(inSection));
				} else if (row.entries() != count || row.uniqueHosts() != unique) {
					problems.add(key + ": pinned " + row.entries() + " entries / " + row.uniqueHosts() + " unique hosts ("
							+ ReferenceData.SECTIONS + ":" + row.line() + "), the document now has " + count + " / " + unique
							+ list(inSection));
				}
			}
		}
		pinned.keySet().stream().filter(k -> !seen.contains(k))
				.forEach(k -> problems.add(k + ": listed in " + ReferenceData.SECTIONS + " but no longer in the document"));
		if (!problems.isEmpty()) {
			fail(problems.size() + " section(s) differ from " + ReferenceData.SECTIONS + ":\n" + String.join("\n", problems));
		}
	}

	@Test
	void everyEntryHasAnAreaOrAnExclusionAndEveryExclusionIsUsed() {
		Map<String, SectionRow> pinned = ReferenceData.sections().stream()
				.collect(Collectors.toMap(SectionRow::key, r -> r, (a, b) -> a));
		List<Exclusion> exclusions = ReferenceData.exclusions();
		List<DocumentEntry> entries = ReferenceData.allEntries();
		List<String> problems = new ArrayList<>();
		for (DocumentEntry entry : entries) {
			SectionRow row = pinned.get(ReferenceData.key(entry.document(), entry.section()));
			if (row != null && row.area().equals(ReferenceData.NO_AREA)
					&& exclusions.stream().noneMatch(x -> x.covers(entry))) {
				problems.add(entry + ": its section has no area (\"-\") and the entry is not in " + ReferenceData.EXCLUSIONS);
			}
		}
		for (Exclusion exclusion : exclusions) {
			if (entries.stream().noneMatch(exclusion::covers)) {
				problems.add(ReferenceData.EXCLUSIONS + ":" + exclusion.line() + ": matches no entry of the documents (stale): "
						+ exclusion.document() + " | " + exclusion.section() + " | " + exclusion.entry());
			}
		}
		assertEquals("", String.join("\n", problems));
	}

	// --- the document features the rules handle, on the real documents

	private static Set<String> texts() {
		return ReferenceData.allEntries().stream().map(DocumentEntry::text).collect(Collectors.toSet());
	}

	private static Set<String> hosts() {
		return ReferenceData.allEntries().stream().map(DocumentEntry::host).collect(Collectors.toSet());
	}

	@Test
	void urlsKeepSchemeAndVerbatimPathAndQuery() {
		Set<String> texts = texts();
		assertTrue(texts.contains("https://go.microsoft.com/fwlink/?LinkID=619849"), "Windows servicing fwlink");
		assertTrue(texts.contains("https://omex.cdn.office.net/mirrored/sccmreadiness/SOT_SCCM_AddinReadiness.CAB"));
		assertTrue(texts.contains("https://edgeupdates.microsoft.com/api/products?view=enterprise"));
		assertTrue(texts.contains("http://www.microsoft.com/pkiops"));
		assertTrue(texts.contains("https://graph.microsoft.com"), "a bare trailing / is no path");
	}

	@Test
	void escapedQuotedAndPlainEntriesAreRead() {
		Set<String> texts = texts();
		// https:\// in the sovereign-cloud pages
		assertTrue(texts.contains("https://portal.azure.us"));
		assertTrue(texts.contains("https://syncservice.gov.us.microsoftonline.com/DirectoryService.svc"));
		assertTrue(texts.contains("https://graph.microsoftazure.us"), "second URL of a bullet");
		// quoted URLs of the device health attestation tabs
		assertTrue(texts.contains("https://intunemaape19.jpe.attest.azure.net"));
		// plain table cells, several per cell
		assertTrue(texts.contains("*.manage.microsoft.us"));
		assertTrue(texts.contains("imeswdc-afd-hotfix.manage.microsoft.com"));
		assertTrue(texts.contains("macsidecarprodap.azureedge.net"));
		// escaped wildcard bullets and plain bullets
		assertTrue(texts.contains("*.dm.microsoft.com"));
		assertTrue(texts.contains("storeedgefd.dsx.mp.microsoft.com"));
	}

	@Test
	void commentsExamplesProseIpRangesAndCodeAreNotEntries() {
		Set<String> hosts = hosts();
		// HTML comments: the commented-out Organizational messages row, the WUfB table, the older FQDN table
		assertFalse(hosts.contains("fd.api.orgmsg.microsoft.com"));
		assertFalse(hosts.contains("devicelistenerprod.microsoft.com"));
		assertFalse(hosts.contains("www.msftconnecttest.com"));
		// examples
		assertFalse(hosts.contains("prod1.westus2.logic.azure.com"));
		assertFalse(hosts.stream().anyMatch(h -> h.contains("granitefalls")), "GraniteFalls... examples");
		assertFalse(hosts.contains("sparkcdneus2.azureedge.net"));
		// prose and notes
		assertFalse(hosts.contains("*.azureedge.net"), "unauthenticated-proxy prose of the Intune page");
		assertFalse(hosts.contains("endpoints.office.com"), "inside a PowerShell code block");
		// storage names and IP ranges are not hosts
		assertFalse(hosts.contains("naprodimedatapri"));
		assertFalse(hosts.stream().anyMatch(h -> h.matches("[0-9./]+")), "IP addresses and ranges");
	}

	@Test
	void placeholdersTakeTheCatalogForm() {
		Set<String> texts = texts();
		assertTrue(texts.contains("{prefix}.{region}.cloudapp.azure.com"));
		assertTrue(texts.contains("https://*.{logic-app-region}.logic.azure.com:443"));
		assertTrue(texts.contains("http://{sup-child-fqdn}"));
		assertTrue(texts.contains("https://{sup-parent-fqdn}"));
		assertFalse(hosts().contains("{prefix}"), "<prefix> alone explains the placeholder; it is not an entry");
	}

	@Test
	void parseRejectsWhatIsNotAHost() {
		assertEquals(Optional.empty(), Extractor.parse("winget show [PackageId]"));
		assertEquals(Optional.empty(), Extractor.parse("104.46.162.96/27"));
		assertEquals(Optional.empty(), Extractor.parse("AMSUA0601"));
		assertEquals(Optional.empty(), Extractor.parse("**TCP:**"));
		assertEquals(Optional.empty(), Extractor.parse("*.*.example.com"));
		assertEquals("*-umwatsonc.events.data.microsoft.com",
				Extractor.parse("*-umwatsonc.events.data.microsoft.com").orElseThrow().host());
		assertEquals("enterpriseenrollment.manage.microsoft.com",
				Extractor.parse("EnterpriseEnrollment.manage.microsoft.com").orElseThrow().host(), "hosts are lowercase");
	}

	private static String list(List<DocumentEntry> entries) {
		return entries.isEmpty() ? ""
				: entries.stream().map(e -> "\n      line " + e.line() + ": " + e.text()).collect(Collectors.joining());
	}
}
