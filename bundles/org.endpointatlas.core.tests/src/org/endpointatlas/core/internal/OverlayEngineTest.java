package org.endpointatlas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.AddArea;
import org.endpointatlas.catalog.model.AddEndpoint;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.EndpointMatch;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.ParameterType;
import org.endpointatlas.catalog.model.PatchEndpoints;
import org.endpointatlas.catalog.model.RemoveEndpoints;
import org.endpointatlas.catalog.model.ReplacePattern;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SetParameter;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.OverlayException;
import org.endpointatlas.core.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverlayEngineTest {

	private static final CatalogFactory F = CatalogFactory.eINSTANCE;
	private final FixedRegistry registry = new FixedRegistry();
	private final List<ContributedCatalog> catalogs = registry.catalogs;
	private final List<ContributedOverlay> cloudOverlays = registry.cloudOverlays;
	private Catalog base;

	@BeforeEach
	void baseCatalog() {
		base = F.createCatalog();
		base.setId("base");
		area("azure-services", endpoint("management.azure.com", Cloud.PUBLIC), endpoint("management.usgovcloudapi.net", Cloud.US_GOV));
		area("cloud-services", endpoint("login.microsoftonline.com", Cloud.PUBLIC), endpoint("{prefix}.cloudapp.net", null),
				endpoint("graph.microsoft.com", Cloud.PUBLIC));
		area("software-updates", endpoint("download.windowsupdate.com", null));
		Parameter prefix = F.createParameter();
		prefix.setName("prefix");
		prefix.setType(ParameterType.DNS_LABEL);
		base.getParameters().add(prefix);
		catalogs.add(new ContributedCatalog(base, "base.bundle", ContributedCatalog.Kind.BUNDLE));
	}

	private void area(String id, Endpoint... endpoints) {
		FeatureArea area = F.createFeatureArea();
		area.setId(id);
		area.getEndpoints().addAll(List.of(endpoints));
		base.getAreas().add(area);
	}

	private static Endpoint endpoint(String pattern, Cloud cloud) {
		Endpoint endpoint = F.createEndpoint();
		endpoint.setPattern(pattern);
		endpoint.setScheme(Scheme.HTTPS);
		if (cloud != null) {
			endpoint.getClouds().add(cloud);
		}
		return endpoint;
	}

	private static EndpointMatch match(String pattern, String... areas) {
		EndpointMatch match = F.createEndpointMatch();
		match.setPattern(pattern);
		match.getAreas().addAll(List.of(areas));
		return match;
	}

	private static ReplacePattern replace(String from, String to, String... areas) {
		ReplacePattern replace = F.createReplacePattern();
		replace.setMatch(match(from, areas));
		replace.setReplacement(to);
		replace.setId("replace " + from);
		return replace;
	}

	private static ReplacePattern notDocumented(String pattern, String why) {
		ReplacePattern replace = F.createReplacePattern();
		replace.setMatch(match(pattern));
		replace.setNotDocumented(true);
		replace.setDescription(why);
		return replace;
	}

	private static RemoveEndpoints remove(String pattern, String reason) {
		RemoveEndpoints remove = F.createRemoveEndpoints();
		remove.setMatch(match(pattern));
		remove.setReason(reason);
		return remove;
	}

	private static ContributedOverlay overlay(String name, org.endpointatlas.catalog.model.Operation... operations) {
		Overlay overlay = F.createOverlay();
		overlay.setId(name);
		overlay.getOperations().addAll(List.of(operations));
		return ContributedOverlay.file(overlay, name + ".overlay");
	}

	private void usGovOverlay(org.endpointatlas.catalog.model.Operation... operations) {
		ContributedOverlay file = overlay("us-gov", operations);
		cloudOverlays.add(new ContributedOverlay(file.getOverlay(), "usgov.bundle/overlay/us-gov.overlay", Set.of(Cloud.US_GOV),
				ContributedCatalog.Kind.BUNDLE));
	}

	private EffectiveCatalog compose(Selection.Builder selection) {
		return new ComposerImpl(registry).compose(selection.build());
	}

	/** The concrete hosts (unresolved templates stay in the catalog; exporters leave them out). */
	private static List<String> hosts(EffectiveCatalog catalog) {
		return catalog.getEndpoints().stream().map(EffectiveEndpoint::getPattern).filter(p -> !p.contains("{")).collect(Collectors.toList());
	}

	@Test
	void publicCloudLeavesOutOtherCloudsEntriesSilently() {
		EffectiveCatalog catalog = compose(Selection.builder());
		assertEquals(List.of("download.windowsupdate.com", "graph.microsoft.com", "login.microsoftonline.com", "management.azure.com"),
				hosts(catalog));
		assertEquals(List.of(), catalog.getWarnings().stream().filter(w -> !w.contains("placeholder")).collect(Collectors.toList()));
	}

	@Test
	void cloudOverlayMapsMarksAndWarnsAboutWhatItLeavesUnmapped() {
		usGovOverlay(replace("login.microsoftonline.com", "login.microsoftonline.us", "cloud-services"),
				replace("management.azure.com", "management.usgovcloudapi.net"));
		EffectiveCatalog catalog = compose(Selection.builder().cloud(Cloud.US_GOV));
		assertEquals(List.of("download.windowsupdate.com", "login.microsoftonline.us", "management.usgovcloudapi.net"), hosts(catalog));
		EffectiveEndpoint management = catalog.matching("management.usgovcloudapi.net").get(0);
		assertEquals(2, management.getProvenance().size(), "the mapped entry merges with the base's own us-gov entry");
		assertTrue(management.getProvenance().stream().anyMatch(p -> !p.getSteps().isEmpty()
				&& p.getSteps().get(0).getChange().equals("replaced management.azure.com with management.usgovcloudapi.net")));
		assertTrue(catalog.getWarnings().stream().anyMatch(w -> w.startsWith("graph.microsoft.com (cloud-services): public cloud only")),
				catalog.getWarnings().toString());
	}

	@Test
	void notDocumentedIsAnExplicitStateWithItsReason() {
		usGovOverlay(notDocumented("graph.microsoft.com", "the US Government page lists no equivalent"));
		EffectiveCatalog catalog = compose(Selection.builder().cloud(Cloud.US_GOV));
		assertTrue(catalog.getWarnings().stream()
				.anyMatch(w -> w.contains("graph.microsoft.com (cloud-services): not documented for the us-gov cloud; left out (the US Government page")),
				catalog.getWarnings().toString());
		assertTrue(catalog.matching("graph.microsoft.com").isEmpty());
	}

	@Test
	void userOverlaysAddRemovePatchAndSetParameters() {
		AddArea addArea = F.createAddArea();
		FeatureArea internal = F.createFeatureArea();
		internal.setId("contoso-internal");
		internal.getEndpoints().add(endpoint("sup01.corp.contoso.com", null));
		addArea.setArea(internal);
		AddEndpoint addEndpoint = F.createAddEndpoint();
		addEndpoint.setArea("software-updates");
		addEndpoint.setEndpoint(endpoint("wsus.corp.contoso.com", null));
		SetParameter prefix = F.createSetParameter();
		prefix.setName("prefix");
		prefix.setValue("Contoso");
		PatchEndpoints patch = F.createPatchEndpoints();
		patch.setMatch(match("download.windowsupdate.com"));
		patch.getAddRoles().add("software-update-point");
		patch.setStatus(Status.DEPRECATED);
		EffectiveCatalog catalog = compose(Selection.builder().overlay(overlay("contoso", addArea, addEndpoint, prefix, patch,
				remove("graph.microsoft.com", "we do not use Entra user discovery"))));
		assertEquals(List.of("contoso.cloudapp.net", "download.windowsupdate.com", "login.microsoftonline.com", "management.azure.com",
				"sup01.corp.contoso.com", "wsus.corp.contoso.com"), hosts(catalog));
		EffectiveEndpoint patched = catalog.matching("download.windowsupdate.com").get(0);
		assertEquals(Set.of("software-update-point"), patched.getRoles());
		assertEquals(Status.DEPRECATED, patched.getStatus());
		assertTrue(base.getAreas().get(2).getEndpoints().get(0).getRoles().isEmpty(), "the registry's own objects are never modified");
		assertTrue(catalog.getAreas().stream().anyMatch(a -> a.getId().equals("contoso-internal")));
	}

	@Test
	void commandLineParamsWinOverOverlayValues() {
		SetParameter prefix = F.createSetParameter();
		prefix.setName("prefix");
		prefix.setValue("contoso");
		EffectiveCatalog catalog = compose(Selection.builder().overlay(overlay("contoso", prefix)).param("prefix", "fabrikam"));
		assertTrue(hosts(catalog).contains("fabrikam.cloudapp.net"), hosts(catalog).toString());
	}

	@Test
	void aLaterLayerChangesAnEarlierResultOnlyWithOverride() {
		usGovOverlay(replace("login.microsoftonline.com", "login.microsoftonline.us"));
		ReplacePattern again = replace("login.microsoftonline.us", "login.contoso-proxy.us");
		OverlayException conflict = assertThrows(OverlayException.class,
				() -> compose(Selection.builder().cloud(Cloud.US_GOV).overlay(overlay("org", again))));
		assertTrue(conflict.getMessage().startsWith("org.overlay: conflict: login.microsoftonline.us was changed by usgov.bundle/overlay/us-gov.overlay"),
				conflict.getMessage());
		again.setOverride(true);
		EffectiveCatalog catalog = compose(Selection.builder().cloud(Cloud.US_GOV).overlay(overlay("org", again)));
		assertTrue(hosts(catalog).contains("login.contoso-proxy.us"), hosts(catalog).toString());
		assertEquals(2, catalog.matching("login.contoso-proxy.us").get(0).getProvenance().get(0).getSteps().size());
	}

	@Test
	void twoOperationsOfOneLayerOnTheSameEntryConflict() {
		OverlayException e = assertThrows(OverlayException.class, () -> compose(Selection.builder()
				.overlay(overlay("org", replace("graph.microsoft.com", "graph.contoso.com"), remove("graph.contoso.com", "typo")))));
		assertTrue(e.getMessage().contains("conflict"), e.getMessage());
		OverlayException same = assertThrows(OverlayException.class, () -> compose(Selection.builder()
				.overlay(overlay("org", remove("graph.microsoft.com", "a"), remove("graph.microsoft.com", "b")))));
		assertTrue(same.getMessage().contains("matches no entry") || same.getMessage().contains("conflict"), same.getMessage());
	}

	@Test
	void operationsThatFindNothingOrNameUnknownThingsAreErrors() {
		assertTrue(message(remove("nothing.example.com", "x")).contains("matches no entry: nothing.example.com"));
		AddEndpoint unknownArea = F.createAddEndpoint();
		unknownArea.setArea("no-such-area");
		unknownArea.setEndpoint(endpoint("a.example.com", null));
		assertTrue(message(unknownArea).contains("unknown area \"no-such-area\""));
		AddEndpoint duplicate = F.createAddEndpoint();
		duplicate.setArea("software-updates");
		duplicate.setEndpoint(endpoint("download.windowsupdate.com", null));
		assertTrue(message(duplicate).contains("already has it"));
		SetParameter unknown = F.createSetParameter();
		unknown.setName("colour");
		unknown.setValue("blue");
		assertTrue(message(unknown).contains("unknown parameter \"colour\""));
		SetParameter badValue = F.createSetParameter();
		badValue.setName("prefix");
		badValue.setValue("not a label");
		assertTrue(message(badValue).contains("not a DNS label"));
	}

	private String message(org.endpointatlas.catalog.model.Operation operation) {
		OverlayException e = assertThrows(OverlayException.class, () -> compose(Selection.builder().overlay(overlay("bad", operation))));
		assertTrue(e.getMessage().startsWith("bad.overlay: "), e.getMessage());
		return e.getMessage();
	}
}
