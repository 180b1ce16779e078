package org.endpointatlas.probe.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Policy;
import org.endpointatlas.catalog.model.TrustAnchor;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedArea;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.Prober;
import org.endpointatlas.probe.ProxySpec;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The probe service. Trust anchors and policies are catalog-wide facts, so they come from every catalog the registry
 * holds plus the catalogs of the selection (user files), not only from the selected areas.
 */
@Component(service = Prober.class)
public class ProberImpl implements Prober {

	/** dnsjava completes its futures on its own I/O thread; nothing chained to them blocks. */
	private static final Executor DIRECT = Runnable::run;

	@Reference
	private CatalogRegistry registry;

	public ProberImpl() {
	}

	/** For tests outside a framework. */
	public ProberImpl(CatalogRegistry registry) {
		this.registry = registry;
	}

	@Override
	public ProbeReport probe(EffectiveCatalog catalog, ProbeOptions options) {
		Instant started = Instant.now();
		long start = System.nanoTime();
		Set<Catalog> catalogs = new LinkedHashSet<>();
		registry.getCatalogs().forEach(c -> catalogs.add(c.getCatalog()));
		for (ContributedArea area : catalog.getAreas()) {
			ContributedCatalog contributed = area.getCatalog();
			if (contributed != null) {
				catalogs.add(contributed.getCatalog());
			}
		}
		List<TrustAnchor> anchors = new ArrayList<>();
		List<Policy> policies = new ArrayList<>();
		catalogs.forEach(c -> {
			anchors.addAll(c.getTrustAnchors());
			policies.addAll(c.getPolicies());
		});
		Trust trust;
		try {
			trust = new Trust(anchors, options.getCaRoots(), options.getInspectionRoots());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot set up the trust store: " + e.getMessage(), e);
		}
		Dns dns = options.getDnsServer().map(server -> Dns.server(server, options.getTimeoutMs(), DIRECT))
				.orElseGet(() -> Dns.system(options.getTimeoutMs(), DIRECT));
		String authorization = options.getProxy().map(ProberImpl::basicAuthorization).orElse(null);
		Engine.Context context = new Engine.Context(options, trust, dns, authorization, host -> !catalog.matching(host).isEmpty());
		Planner.Plan plan = new Planner(policies).plan(catalog);
		Engine.Outcomes outcomes = new Engine(context).run(plan);
		return new ProbeReport(outcomes.results, started, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), outcomes.deadlineReached,
				catalog.getVersion());
	}

	/** {@code Basic base64(user:password)}, or {@code null} without a user. The JDK's tunnel restriction does not apply: we write the header ourselves. */
	static String basicAuthorization(ProxySpec proxy) {
		if (proxy.getUser().isEmpty()) {
			return null;
		}
		char[] password = proxy.getPassword().orElse(new char[0]);
		char[] both = new char[proxy.getUser().get().length() + 1 + password.length];
		proxy.getUser().get().getChars(0, proxy.getUser().get().length(), both, 0);
		both[proxy.getUser().get().length()] = ':';
		System.arraycopy(password, 0, both, proxy.getUser().get().length() + 1, password.length);
		ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(both));
		byte[] raw = new byte[bytes.remaining()];
		bytes.get(raw);
		String header = "Basic " + Base64.getEncoder().encodeToString(raw);
		Arrays.fill(password, '\0');
		Arrays.fill(both, '\0');
		Arrays.fill(raw, (byte) 0);
		if (bytes.hasArray()) {
			Arrays.fill(bytes.array(), (byte) 0);
		}
		return header;
	}
}
