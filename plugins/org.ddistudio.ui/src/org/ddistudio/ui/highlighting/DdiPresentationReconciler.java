package org.ddistudio.ui.highlighting;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiPartitions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.Lexer;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Lexical highlighting for the Generic Editor's presentationReconcilers slot: the code partition is
 * lexed by the language's lexer, comments, strings and GUIDs are coloured whole by partition. The
 * palette follows the editor's background, so the dark theme gets its own readable colours.
 */
public class DdiPresentationReconciler extends PresentationReconciler {

	public DdiPresentationReconciler() {
		setDocumentPartitioning(DdiPartitions.PARTITIONING);
	}

	@Override
	public void install(ITextViewer viewer) {
		StyledText text = viewer.getTextWidget();
		DdiPalette palette = DdiPalette.forBackground(text == null ? null : text.getBackground().getRGB());
		Injector injector = DdiUiPlugin.injector();
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerIdeBindings.HIGHLIGHTING)));
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(
				new DdiTokenScanner(lexer, injector.getInstance(DdiTokenStyles.class), palette));
		setDamager(code, DdiPartitions.CODE);
		setRepairer(code, DdiPartitions.CODE);
		whole(DdiPartitions.COMMENT, palette, DdiStyle.COMMENT);
		whole(DdiPartitions.LINE_COMMENT, palette, DdiStyle.COMMENT);
		whole(DdiPartitions.DOC_COMMENT, palette, DdiStyle.DOC_COMMENT);
		whole(DdiPartitions.STRING, palette, DdiStyle.STRING);
		whole(DdiPartitions.GUID, palette, DdiStyle.GUID);
		// a document that did not come through the file-buffer setup (e.g. a compare viewer) still
		// needs the partitioning; this listener is added first so it runs before the reconciler's own
		viewer.addTextInputListener(new ITextInputListener() {
			@Override
			public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
				if (newInput != null) {
					DdiPartitions.install(newInput);
				}
			}

			@Override
			public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			}
		});
		if (viewer.getDocument() != null) {
			DdiPartitions.install(viewer.getDocument());
		}
		super.install(viewer);
	}

	private void whole(String partition, DdiPalette palette, DdiStyle style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(palette.attribute(style)));
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		setDamager(repairer, partition);
		setRepairer(repairer, partition);
	}
}
