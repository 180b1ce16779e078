package org.endpointatlas.probe.lab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.Pem;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Prober;
import org.junit.jupiter.api.BeforeAll;

/** Starts the lab once and probes lab catalogs through the Prober service with the lab's resolver and root. */
abstract class LabTestSupport {

	static Lab lab;

	@BeforeAll
	static void startLab() throws Exception {
		lab = Lab.get();
	}

	static ProbeOptions.Builder options() throws Exception {
		return ProbeOptions.builder().dnsServer(lab.dns()).caRoots(Pem.readCertificates(lab.caFile)).timeoutMs(2000);
	}

	static ProbeReport probe(LabCatalog catalog, Consumer<ProbeOptions.Builder> tune) throws Exception {
		ProbeOptions.Builder builder = options();
		tune.accept(builder);
		return Services.get(Prober.class).probe(catalog.compose(), builder.build());
	}

	static ProbeResult probeOne(Endpoint endpoint) throws Exception {
		return probeOne(endpoint, b -> {
		});
	}

	static ProbeResult probeOne(Endpoint endpoint, Consumer<ProbeOptions.Builder> tune) throws Exception {
		ProbeReport report = probe(new LabCatalog().add(endpoint), tune);
		assertEquals(1, report.getResults().size(), () -> report.getResults().toString());
		return report.getResults().get(0);
	}

	static ProbeResult assertOutcome(Outcome expected, ProbeResult result) {
		assertEquals(expected, result.getOutcome(), () -> "got " + result + " (lab problems: " + lab.problems + ")");
		return result;
	}
}
