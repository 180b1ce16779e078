package org.endpointatlas.probe;

/** Progress of a run: called once per endpoint, from the probe's threads, as results come in. */
@FunctionalInterface
public interface ProbeListener {

	void finished(ProbeResult result, int done, int total);
}
