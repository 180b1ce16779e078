package org.endpointatlas.probe;

import org.endpointatlas.core.EffectiveCatalog;

/**
 * Probes every endpoint of an {@link EffectiveCatalog}: DNS, TCP, the proxy, TLS and HTTP, each with its own timeout,
 * and tells for each where it stopped. A DS service; the command line and the workbench are its front ends.
 */
public interface Prober {

	/**
	 * Runs the probe and returns when every endpoint has a result, when the run's deadline has passed (then the
	 * unfinished ones are {@link Outcome#DEADLINE_EXCEEDED}), or at once when the calling thread is interrupted (then
	 * they are {@link Outcome#CANCELLED}, and the thread keeps its interrupt status). Never blocks past
	 * {@link ProbeOptions#getDeadlineMs()} by more than a few milliseconds.
	 */
	ProbeReport probe(EffectiveCatalog catalog, ProbeOptions options);
}
