package org.endpointatlas.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.endpointatlas.ui.ProbePreferences;

/**
 * Window > Preferences > Endpoint Atlas: the probe's proxy (host, port, user; the password goes to secure storage),
 * DNS server, timeout, concurrency and CA file, as the command line's {@code probe} options.
 */
public class ProbePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ProbePreferencePage() {
		super(GRID);
		setDescription("Network settings of the probe. An empty proxy host means direct connections; "
				+ "the proxy password is kept in Eclipse secure storage, never in the plain preferences.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ProbePreferences.NODE));
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(ProbePreferences.PROXY_HOST, "Proxy &host:", getFieldEditorParent()));
		IntegerFieldEditor port = new IntegerFieldEditor(ProbePreferences.PROXY_PORT, "Proxy &port:", getFieldEditorParent());
		port.setValidRange(1, 65535);
		addField(port);
		addField(new StringFieldEditor(ProbePreferences.PROXY_USER, "Proxy &user:", getFieldEditorParent()));
		addField(new SecurePasswordFieldEditor("Proxy pass&word:", getFieldEditorParent(), this::setErrorMessage));
		StringFieldEditor dns = new StringFieldEditor(ProbePreferences.DNS_SERVER, "&DNS server (HOST:PORT, empty for the system's):",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().trim();
				return value.isEmpty() || value.matches("[A-Za-z0-9.:\\[\\]-]+:\\d{1,5}");
			}
		};
		dns.setErrorMessage("The DNS server is HOST:PORT, e.g. 10.0.0.53:53");
		addField(dns);
		IntegerFieldEditor timeout = new IntegerFieldEditor(ProbePreferences.TIMEOUT_MS, "&Timeout per stage (ms):", getFieldEditorParent());
		timeout.setValidRange(1, 600_000);
		addField(timeout);
		IntegerFieldEditor concurrency = new IntegerFieldEditor(ProbePreferences.CONCURRENCY, "&Concurrency:", getFieldEditorParent());
		concurrency.setValidRange(1, 1024);
		addField(concurrency);
		FileFieldEditor ca = new FileFieldEditor(ProbePreferences.CA_FILE, "CA &file (PEM):", true, getFieldEditorParent());
		ca.setFileExtensions(new String[] { "*.pem;*.crt;*.cer", "*.*" });
		ca.setEmptyStringAllowed(true);
		addField(ca);
	}
}
