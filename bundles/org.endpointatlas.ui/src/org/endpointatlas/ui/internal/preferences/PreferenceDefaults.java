package org.endpointatlas.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.endpointatlas.ui.ProbePreferences;

/** The defaults of the probe preferences: those of the command line. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ProbePreferences.NODE);
		defaults.put(ProbePreferences.PROXY_HOST, "");
		defaults.putInt(ProbePreferences.PROXY_PORT, ProbePreferences.DEFAULT_PROXY_PORT);
		defaults.put(ProbePreferences.PROXY_USER, "");
		defaults.put(ProbePreferences.DNS_SERVER, "");
		defaults.putInt(ProbePreferences.TIMEOUT_MS, ProbePreferences.DEFAULT_TIMEOUT_MS);
		defaults.putInt(ProbePreferences.CONCURRENCY, ProbePreferences.DEFAULT_CONCURRENCY);
		defaults.put(ProbePreferences.CA_FILE, "");
	}
}
