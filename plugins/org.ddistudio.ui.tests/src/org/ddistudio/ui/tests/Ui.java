package org.ddistudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.ddistudio.ui.validation.DdiIssueAnnotation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * What the editor tests share: a workspace project of .ddi files, opening them in the workbench, and
 * waiting for background work while the UI thread keeps processing events (the tests run on the UI
 * thread, so a plain sleep would stall the very reconciler they wait for).
 */
final class Ui {

	/** Upper bound for any wait: generous for a loaded CI machine, and a wait never hangs a build. */
	static final long TIMEOUT_MS = 30_000;

	private Ui() {
	}

	/** Processes UI events until the condition holds; fails with the message after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, () -> "");
	}

	/** As {@link #waitUntil(String, BooleanSupplier)}, naming the state found when it times out. */
	static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + TIMEOUT_MS + " ms waiting for " + what + "; found " + state.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for " + what);
				}
			}
		}
	}

	/** Processes events for a while: lets popups and paint requests settle. */
	static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil("time to pass", () -> System.currentTimeMillis() >= end);
	}

	/** A fresh, open project holding the given files (name, content, name, content ...). */
	static IProject project(String name, String... namesAndContents) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (int i = 0; i < namesAndContents.length; i += 2) {
			IFile file = project.getFile(namesAndContents[i]);
			file.create(new ByteArrayInputStream(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		}
		return project;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens a file in its default editor (for .ddi: the Generic Editor) and closes the welcome page. */
	static ITextEditor open(IFile file) throws PartInitException {
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
		if (intro != null) {
			PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
		}
		IEditorPart part = IDE.openEditor(page(), file, true);
		ITextEditor editor = part.getAdapter(ITextEditor.class);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(), "editor of " + file.getName());
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** The DDI issue annotations currently in the editor. */
	static List<DdiIssueAnnotation> issues(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<DdiIssueAnnotation> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof DdiIssueAnnotation issue) {
				result.add(issue);
			}
		}
		return result;
	}

	static Supplier<String> describe(List<DdiIssueAnnotation> issues) {
		return () -> issues.stream().map(Annotation::getText).toList().toString();
	}

	static boolean hasCode(ITextEditor editor, String code) {
		return issues(editor).stream().anyMatch(a -> a.code().equals(code));
	}
}
