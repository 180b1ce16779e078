package org.endpointatlas.cli.internal;

/** The text of {@code endpoint-atlas help}. */
final class Help {

	static final String TEXT = String.join("\n",
			"Usage: endpoint-atlas <command> [options]",
			"",
			"Commands:",
			"  (none)                            open the workbench",
			"  areas  [--format table|json] [selection]   feature areas: id, name, endpoint count, status, bundle",
			"  roles  [--format table|json] [selection]   roles (who connects) and the areas that need them",
			"  export --format F [format options] [selection] [-o FILE]",
			"                                    allowlist in format F; --format help lists the formats",
			"  probe  [selection] [--dns HOST:PORT] [--proxy http://[user@]host:port] [--ca-file PEM]...",
			"         [--inspection-ca PEM]... [--timeout MS] [--deadline MS] [--concurrency N]",
			"         [--format table|json|junit] [-o FILE]   does each endpoint get through? DNS, TCP, proxy, TLS, HTTP",
			"                                    (proxy password from ENDPOINT_ATLAS_PROXY_PASSWORD; exit 1 if a required one fails)",
			"  explain HOST [selection]          which areas, roles and documents bring HOST in",
			"  validate FILE...                  lint catalog and overlay files",
			"  help                              this text",
			"",
			"Selection:",
			"  --area ID ...  --role ID ...  --include-retired  --catalog FILE ...  --home DIR",
			"  --param NAME=VALUE ...   resolve {NAME} placeholders, e.g. --param prefix=contoso --param region=westus",
			"  --cloud public|us-gov|us-gov-dod|china   apply the built-in overlay of a sovereign cloud",
			"  --overlay FILE ...       apply organisation overlays, in this order, after the cloud overlay",
			"  --as-of DATE             evaluate lifecycle dates at DATE (otherwise the stored status wins)",
			"  --constraint KIND ...    only entries with that constraint, on the entry or through a catalog policy, e.g.",
			"                           --constraint no-tls-inspection (the list for a proxy's decryption bypass)",
			"",
			"Format options:",
			"  --pac-match ACTION       pac: what catalog hosts return (default DIRECT)",
			"  --pac-default ACTION     pac: what every other host returns (default \"PROXY proxy:8080\")",
			"  --squid-acl NAME         squid: the ACL name (default endpoint_atlas_allow)",
			"  --header                 hosts, urls, edl: start with # lines naming the catalog version and sources",
			"",
			"User catalogs: every *.catalog or *.xmi file in ~/.endpoint-atlas/ (or --home DIR) loads like --catalog.",
			"Exit codes: 0 done, 1 negative answer (lint errors), 2 usage or bad input.",
			"");

	private Help() {
	}
}
