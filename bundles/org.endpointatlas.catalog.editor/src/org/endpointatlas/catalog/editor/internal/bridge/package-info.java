/**
 * The small bridge from EMF.Edit item providers to JFace, in place of {@code org.eclipse.emf.edit.ui} (not available
 * here): tree content and labels from {@code ITreeItemContentProvider} and {@code IItemLabelProvider}, and the
 * Properties view from {@code IItemPropertySource} descriptors. Every change goes through the editing domain's
 * command stack, so it can be undone.
 */
package org.endpointatlas.catalog.editor.internal.bridge;
