/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.ui.DdiUiPlugin;
import org.ddistudio.ui.document.DdiPartitions;
import org.ddistudio.ui.highlighting.DdiPalette;
import org.ddistudio.ui.highlighting.DdiPresentationReconciler;
import org.ddistudio.ui.highlighting.DdiStyle;
import org.ddistudio.ui.highlighting.SemanticHighlightingReconciler;
import org.ddistudio.ui.highlighting.StylePreferences;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > DDI Studio > Syntax Coloring: colour and font style of every lexical and
 * semantic style, with a live preview that runs the real highlighting on a small model. Choices are
 * kept in a working copy until Apply; a colour left at "theme default" follows the light or dark theme.
 */
public class SyntaxColoringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.ddistudio.ui.preferences.syntaxColoring";

	/** The unsaved choices; the preview colours from it. */
	private final PreferenceStore working = new PreferenceStore();
	private final List<DdiStyle> styles = new ArrayList<>();

	private org.eclipse.swt.widgets.List list;
	private Button themeDefault;
	private ColorSelector color;
	private Button bold;
	private Button italic;
	private Button strikethrough;
	private SourceViewer preview;
	private DdiPresentationReconciler previewLexical;
	private SemanticHighlightingReconciler previewSemantic;

	public SyntaxColoringPreferencePage() {
		setDescription("Colours of the .ddi editor. Semantic styles colour names by what they declare or refer to, "
				+ "once the file is parsed.");
		for (DdiStyle style : DdiStyle.values()) {
			if (style.isConfigurable()) {
				styles.add(style);
			}
		}
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DdiUiPlugin.getDefault().getPreferenceStore());
	}

	private String[] keys(DdiStyle style) {
		return new String[] { StylePreferences.colorKey(style), StylePreferences.boldKey(style),
				StylePreferences.italicKey(style), StylePreferences.strikethroughKey(style) };
	}

	/** Copies defaults and current values of every style key into the working copy. */
	private void loadWorkingCopy() {
		IPreferenceStore store = getPreferenceStore();
		for (DdiStyle style : styles) {
			for (String key : keys(style)) {
				working.setDefault(key, store.getDefaultString(key));
				working.setValue(key, store.getString(key));
			}
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		loadWorkingCopy();
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(2, false));
		composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		list = new org.eclipse.swt.widgets.List(composite, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		for (DdiStyle style : styles) {
			list.add(style.isSemantic() ? style.label() + " (semantic)" : style.label());
		}
		GridData listData = new GridData(SWT.FILL, SWT.FILL, false, false);
		listData.heightHint = list.getItemHeight() * 10;
		list.setLayoutData(listData);
		list.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> showSelected()));

		Composite controls = new Composite(composite, SWT.NONE);
		controls.setLayout(new GridLayout(2, false));
		controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		themeDefault = check(controls, "Theme &default colour", 2);
		new Label(controls, SWT.NONE).setText("&Colour:");
		color = new ColorSelector(controls);
		color.addListener(event -> {
			themeDefault.setSelection(false);
			edit();
		});
		bold = check(controls, "&Bold", 2);
		italic = check(controls, "&Italic", 2);
		strikethrough = check(controls, "&Strikethrough", 2);

		Label previewLabel = new Label(composite, SWT.NONE);
		previewLabel.setText("Preview:");
		previewLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		preview = new SourceViewer(composite, null, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setEditable(false);
		preview.getTextWidget().setFont(JFaceResources.getTextFont());
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		previewData.heightHint = 300;
		preview.getControl().setLayoutData(previewData);
		previewLexical = new DdiPresentationReconciler(working);
		previewLexical.install(preview);
		previewSemantic = new SemanticHighlightingReconciler(working);
		previewSemantic.install(preview);
		Document document = new Document(ColoringPreview.TEXT);
		DdiPartitions.install(document);
		preview.setDocument(document);
		preview.getControl().addDisposeListener(e -> {
			previewSemantic.uninstall();
			previewLexical.uninstall();
		});

		list.select(0);
		showSelected();
		return composite;
	}

	private Button check(Composite parent, String text, int span) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		button.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> edit()));
		return button;
	}

	private DdiStyle selected() {
		int index = list.getSelectionIndex();
		return index < 0 ? null : styles.get(index);
	}

	/** Shows the selected style's working values in the controls. */
	private void showSelected() {
		DdiStyle style = selected();
		if (style == null) {
			return;
		}
		boolean useTheme = working.getString(StylePreferences.colorKey(style)).isBlank();
		themeDefault.setSelection(useTheme);
		RGB rgb = StylePreferences.color(working, style, palette());
		color.setColorValue(rgb == null ? preview.getTextWidget().getForeground().getRGB() : rgb);
		bold.setSelection(working.getBoolean(StylePreferences.boldKey(style)));
		italic.setSelection(working.getBoolean(StylePreferences.italicKey(style)));
		strikethrough.setSelection(working.getBoolean(StylePreferences.strikethroughKey(style)));
	}

	/** Writes the controls into the working copy; the preview follows. */
	private void edit() {
		DdiStyle style = selected();
		if (style == null) {
			return;
		}
		working.setValue(StylePreferences.colorKey(style),
				themeDefault.getSelection() ? "" : StringConverter.asString(color.getColorValue()));
		working.setValue(StylePreferences.boldKey(style), bold.getSelection());
		working.setValue(StylePreferences.italicKey(style), italic.getSelection());
		working.setValue(StylePreferences.strikethroughKey(style), strikethrough.getSelection());
		if (themeDefault.getSelection()) {
			RGB rgb = StylePreferences.color(working, style, palette());
			if (rgb != null) {
				color.setColorValue(rgb);
			}
		}
	}

	private DdiPalette palette() {
		return DdiPalette.forBackground(preview.getTextWidget().getBackground().getRGB());
	}

	/** Chooses a colour and font style for a style as the user would with the controls (tests). */
	public void choose(DdiStyle style, RGB rgb, boolean isBold, boolean isItalic, boolean isStrikethrough) {
		list.select(styles.indexOf(style));
		showSelected();
		themeDefault.setSelection(rgb == null);
		if (rgb != null) {
			color.setColorValue(rgb);
		}
		bold.setSelection(isBold);
		italic.setSelection(isItalic);
		strikethrough.setSelection(isStrikethrough);
		edit();
	}

	/** The preview viewer (tests look at its colours). */
	public SourceViewer preview() {
		return preview;
	}

	@Override
	public void performDefaults() { // public: tests press "Restore Defaults"
		for (DdiStyle style : styles) {
			for (String key : keys(style)) {
				working.setToDefault(key);
			}
		}
		showSelected();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		for (DdiStyle style : styles) {
			for (String key : keys(style)) {
				if (working.isDefault(key)) {
					store.setToDefault(key);
				} else {
					store.setValue(key, working.getString(key));
				}
			}
		}
		return true;
	}
}
