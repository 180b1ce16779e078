package org.endpointatlas.ui.internal.preferences;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.endpointatlas.ui.ProbePreferences;

/**
 * The proxy password: a masked field that reads and writes Equinox secure storage (encrypted), never the preference
 * store of the page.
 */
final class SecurePasswordFieldEditor extends FieldEditor {

	/** Names the field for the page; no value is ever stored under it. */
	private static final String NAME = "proxy.password (secure storage)";

	private final Consumer<String> errors;
	private Text text;

	SecurePasswordFieldEditor(String label, Composite parent, Consumer<String> errors) {
		this.errors = errors;
		init(NAME, label);
		createControl(parent);
	}

	@Override
	protected void adjustForNumColumns(int columns) {
		((GridData) text.getLayoutData()).horizontalSpan = columns - 1;
	}

	@Override
	protected void doFillIntoGrid(Composite parent, int columns) {
		getLabelControl(parent);
		text = new Text(parent, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
		text.setData("org.endpointatlas.ui.widgetId", "preferences.proxyPassword");
		GridData data = new GridData(GridData.FILL_HORIZONTAL);
		data.horizontalSpan = columns - 1;
		text.setLayoutData(data);
	}

	@Override
	protected void doLoad() {
		try {
			Optional<char[]> password = ProbePreferences.proxyPassword();
			text.setText(password.map(String::new).orElse(""));
			password.ifPresent(p -> Arrays.fill(p, '\0'));
		} catch (StorageException e) {
			text.setText("");
			text.setMessage("secure storage is not available");
		}
	}

	@Override
	protected void doLoadDefault() {
		text.setText("");
	}

	/** Always to secure storage: the page's preference store never sees the password, not even as a default. */
	@Override
	public void store() {
		doStore();
	}

	@Override
	protected void doStore() {
		char[] password = text.getText().toCharArray();
		try {
			ProbePreferences.setProxyPassword(password);
		} catch (StorageException e) {
			errors.accept("The proxy password was not saved: secure storage failed (" + e.getMessage() + ")");
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	@Override
	public int getNumberOfControls() {
		return 2;
	}

	Text getTextControl() {
		return text;
	}
}
