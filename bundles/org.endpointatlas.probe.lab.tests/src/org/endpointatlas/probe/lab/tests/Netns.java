package org.endpointatlas.probe.lab.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace the tests create, joined to this one by a veth pair with addresses from 198.18.0.0/15 (RFC
 * 2544, for benchmarking, never routed on the internet). Inside it, iptables drops everything to one address (a
 * blackhole) and rejects TCP to another with ICMP host-unreachable. Before any test uses them, the routes are checked
 * to go through the veth, so no packet can leave the machine; otherwise the namespace is torn down and not used.
 */
final class Netns implements AutoCloseable {

	private static final String PREFIX = "eaprobe";

	final String name;
	final String blackhole;
	final String unreachable;
	private final String hostSide;

	private Netns(String name, String hostSide, String blackhole, String unreachable) {
		this.name = name;
		this.hostSide = hostSide;
		this.blackhole = blackhole;
		this.unreachable = unreachable;
	}

	/** Creates the namespace, or explains why it cannot (not root, no ip or iptables). */
	static Netns create(List<String> problems) {
		if (!"root".equals(System.getProperty("user.name"))) {
			problems.add("not root: no network namespace");
			return null;
		}
		removeStale();
		long pid = ProcessHandle.current().pid();
		String name = PREFIX + pid;
		String hostSide = "eah" + (pid % 100000);
		String nsSide = "ean" + (pid % 100000);
		int subnet = new SecureRandom().nextInt(31) * 8;
		int third = new SecureRandom().nextInt(254) + 1;
		String base = "198.18." + third + ".";
		String hostAddress = base + (subnet + 1);
		Netns netns = new Netns(name, hostSide, base + (subnet + 2), base + (subnet + 3));
		try {
			run("ip", "netns", "add", name);
			run("ip", "link", "add", hostSide, "type", "veth", "peer", "name", nsSide);
			run("ip", "link", "set", nsSide, "netns", name);
			run("ip", "addr", "add", hostAddress + "/29", "dev", hostSide);
			run("ip", "link", "set", hostSide, "up");
			run("ip", "netns", "exec", name, "ip", "link", "set", "lo", "up");
			run("ip", "netns", "exec", name, "ip", "addr", "add", netns.blackhole + "/29", "dev", nsSide);
			run("ip", "netns", "exec", name, "ip", "addr", "add", netns.unreachable + "/29", "dev", nsSide);
			run("ip", "netns", "exec", name, "ip", "link", "set", nsSide, "up");
			run("ip", "netns", "exec", name, "iptables", "-A", "INPUT", "-d", netns.blackhole, "-j", "DROP");
			run("ip", "netns", "exec", name, "iptables", "-A", "INPUT", "-d", netns.unreachable, "-p", "tcp", "-j", "REJECT", "--reject-with",
					"icmp-host-unreachable");
			for (String address : List.of(netns.blackhole, netns.unreachable)) {
				String route = run("ip", "route", "get", address);
				if (!route.contains("dev " + hostSide + " ")) {
					throw new IOException("the route to " + address + " does not go through " + hostSide + ": " + route.trim());
				}
			}
			return netns;
		} catch (IOException | InterruptedException e) {
			problems.add("no network namespace: " + e.getMessage());
			netns.close();
			return null;
		}
	}

	/** Namespaces left by earlier runs whose process is gone. */
	private static void removeStale() {
		try {
			for (String line : run("ip", "netns", "list").split("\n")) {
				String ns = line.trim().split("\\s+")[0];
				if (ns.startsWith(PREFIX)) {
					long owner = Long.parseLong(ns.substring(PREFIX.length()));
					if (ProcessHandle.of(owner).isEmpty()) {
						run("ip", "netns", "del", ns);
					}
				}
			}
		} catch (IOException | InterruptedException | NumberFormatException e) {
			// best effort
		}
	}

	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish");
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output.trim());
		}
		return output;
	}

	@Override
	public void close() {
		try {
			run("ip", "netns", "del", name);
		} catch (IOException | InterruptedException e) {
			// already gone
		}
		try {
			run("ip", "link", "del", hostSide);
		} catch (IOException | InterruptedException e) {
			// deleted with the namespace
		}
	}
}
