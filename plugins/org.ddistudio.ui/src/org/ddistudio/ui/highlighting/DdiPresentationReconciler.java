/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.highlighting;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiPartitions;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.Lexer;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Lexical highlighting for the Generic Editor's presentationReconcilers slot: the code partition is
 * lexed by the language's lexer, comments, strings and GUIDs are coloured whole by partition. The
 * default colours follow the editor's background (the dark theme gets its own readable palette); the
 * user's choices on the Syntax Coloring preference page apply at once to every open editor.
 */
public class DdiPresentationReconciler extends PresentationReconciler {

	private ITextViewer viewer;
	private StyleTokens tokens;
	private IPreferenceStore store;
	private final IPropertyChangeListener preferenceListener = this::preferenceChanged;

	/** For editors: colours from the plug-in's preferences. */
	public DdiPresentationReconciler() {
		this(null);
	}

	/** Colours from {@code store} (the preference page's preview shows its unsaved choices). */
	public DdiPresentationReconciler(IPreferenceStore store) {
		this.store = store;
		setDocumentPartitioning(DdiPartitions.PARTITIONING);
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		StyledText text = textViewer.getTextWidget();
		DdiPalette palette = DdiPalette.forBackground(text == null ? null : text.getBackground().getRGB());
		DdiUiPlugin plugin = DdiUiPlugin.getDefault();
		if (store == null && plugin != null) {
			store = plugin.getPreferenceStore();
		}
		tokens = new StyleTokens(palette, store);
		Injector injector = DdiUiPlugin.injector();
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerIdeBindings.HIGHLIGHTING)));
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(
				new DdiTokenScanner(lexer, injector.getInstance(DdiTokenStyles.class), tokens));
		setDamager(code, DdiPartitions.CODE);
		setRepairer(code, DdiPartitions.CODE);
		whole(DdiPartitions.COMMENT, DdiStyle.COMMENT);
		whole(DdiPartitions.LINE_COMMENT, DdiStyle.COMMENT);
		whole(DdiPartitions.DOC_COMMENT, DdiStyle.DOC_COMMENT);
		whole(DdiPartitions.STRING, DdiStyle.STRING);
		whole(DdiPartitions.GUID, DdiStyle.GUID);
		// a document that did not come through the file-buffer setup (e.g. a compare viewer) still
		// needs the partitioning; this listener is added first so it runs before the reconciler's own
		textViewer.addTextInputListener(new ITextInputListener() {
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
		if (textViewer.getDocument() != null) {
			DdiPartitions.install(textViewer.getDocument());
		}
		if (store != null) {
			store.addPropertyChangeListener(preferenceListener);
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		if (store != null) {
			store.removePropertyChangeListener(preferenceListener);
		}
		super.uninstall();
		viewer = null;
	}

	private void whole(String partition, DdiStyle style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(tokens.token(style));
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		setDamager(repairer, partition);
		setRepairer(repairer, partition);
	}

	private void preferenceChanged(PropertyChangeEvent event) {
		if (!StylePreferences.isStyleKey(event.getProperty())) {
			return;
		}
		ITextViewer v = viewer;
		StyledText text = v == null ? null : v.getTextWidget();
		if (text == null || text.isDisposed()) {
			return;
		}
		text.getDisplay().asyncExec(() -> {
			if (viewer == v && !text.isDisposed()) {
				tokens.refresh();
				v.invalidateTextPresentation();
			}
		});
	}
}
