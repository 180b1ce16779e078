package org.endpointatlas.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.endpointatlas.ui.EndpointAtlasUi;

/**
 * Drives real widgets the way a user does: finds them by widget id or text, sends the events that clicks, double
 * clicks, expansion and Enter send, and answers dialogs that open modally while a test waits.
 */
final class Ui {

	private Ui() {
	}

	/** All controls of a type under {@code root}, depth first. */
	static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite) {
			for (Control child : ((Composite) control).getChildren()) {
				collect(child, type, found);
			}
		}
	}

	/** The one control with this widget id under {@code root}. */
	static <T extends Control> T find(Composite root, Class<T> type, String widgetId) {
		List<T> matching = all(root, type).stream().filter(c -> widgetId.equals(c.getData(EndpointAtlasUi.WIDGET_ID_KEY)))
				.collect(Collectors.toList());
		if (matching.size() != 1) {
			throw new AssertionError("expected one " + type.getSimpleName() + " \"" + widgetId + "\", found " + matching.size());
		}
		return matching.get(0);
	}

	static boolean exists(Composite root, Class<? extends Control> type, String widgetId) {
		return all(root, type).stream().anyMatch(c -> widgetId.equals(c.getData(EndpointAtlasUi.WIDGET_ID_KEY)));
	}

	/** Every item of the tree whose children exist (expanded so far), depth first. */
	static List<TreeItem> items(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			addWithChildren(item, items);
		}
		return items;
	}

	private static void addWithChildren(TreeItem item, List<TreeItem> items) {
		items.add(item);
		for (TreeItem child : item.getItems()) {
			addWithChildren(child, items);
		}
	}

	static TreeItem item(Tree tree, Predicate<TreeItem> condition, String what) {
		return items(tree).stream().filter(condition).findFirst()
				.orElseThrow(() -> new AssertionError("no tree item " + what + " in " + items(tree).stream().map(TreeItem::getText).toList()));
	}

	static TreeItem itemWithText(Tree tree, String text) {
		return item(tree, i -> text.equals(i.getText()), "\"" + text + "\"");
	}

	/** Expands an item as a click on its twistie does: the viewer creates the children on the Expand event. */
	static void expand(Tree tree, TreeItem item) {
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		UiWait.flush();
	}

	/** Selects an item as a click does. */
	static void select(Tree tree, TreeItem item) {
		tree.setFocus();
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		UiWait.flush();
	}

	/** Double-clicks (or presses Enter on) an item: the viewer's open and default-selection listeners run. */
	static void doubleClick(Tree tree, TreeItem item) {
		select(tree, item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.DefaultSelection, event);
		UiWait.flush();
	}

	static void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("button \"" + button.getText() + "\" is disabled");
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		UiWait.flush();
	}

	/** The button of a shell whose text (without mnemonics) is {@code text}. */
	static Button button(Shell shell, String text) {
		return all(shell, Button.class).stream().filter(b -> text.equals(b.getText().replace("&", ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no button \"" + text + "\" in " + all(shell, Button.class).stream().map(Button::getText).toList()));
	}

	/** A dialog that opened modally: its title and message, answered with a button. */
	static final class Answer {
		final AtomicReference<String> title = new AtomicReference<>();
		final AtomicReference<String> message = new AtomicReference<>();
	}

	/**
	 * Watches for a shell titled {@code title} (a modal dialog blocks the code that opened it) and presses
	 * {@code buttonText} in it, recording what it said.
	 */
	static Answer answerDialog(String title, String buttonText) {
		Answer answer = new Answer();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + UiWait.TIMEOUT.toMillis();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					answer.title.set(shell.getText());
					answer.message.set(all(shell, Label.class).stream().map(Label::getText).filter(t -> !t.isBlank())
							.collect(Collectors.joining("\n")));
					Button button = button(shell, buttonText);
					button.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		return answer;
	}

	static String describe(Tree tree) {
		return Arrays.stream(tree.getItems()).map(TreeItem::getText).collect(Collectors.joining(", "));
	}
}
