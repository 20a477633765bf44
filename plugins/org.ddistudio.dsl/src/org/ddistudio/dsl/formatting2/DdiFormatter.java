/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.formatting2;

import java.util.Set;

import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Device;
import org.ddistudio.model.Import;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Producer;
import org.ddistudio.model.QueryCallback;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.Step;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.TargetCallback;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The canonical layout of .ddi files: one declaration per paragraph, one statement per line,
 * blocks indented by four spaces, C-like punctuation (no blank before , ; ) and after ( ).
 * Blank lines the author put between statements are kept (at most one); comments are kept.
 */
public class DdiFormatter extends AbstractFormatter2 {

	/** Keywords that start a statement of their own line inside the element that owns them. */
	private static final Set<String> LINE_KEYWORDS = Set.of("declared-in", "guid", "version", "references", "InterfaceSpecificData",
			"SendQueryToParentStack", "ImportInterface", "Interface", "size", "from", "acquire", "release", "calls");

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			for (EObject root : resource.getContents()) {
				format(root, document);
			}
		} else if (object instanceof DdiModel model) {
			formatModel(model, document);
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatModel(DdiModel model, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(model);
		ISemanticRegion packageKeyword = regions.keyword("package");
		if (packageKeyword != null) {
			document.append(packageKeyword, f -> f.oneSpace());
		}
		boolean first = packageKeyword == null;
		for (Import imp : model.getImports()) {
			document.prepend(imp, f -> {
				f.setNewLines(first && imp == model.getImports().get(0) ? 0 : 1, 2, 2);
				f.highPriority();
			});
			formatElement(imp, document);
		}
		for (Declaration declaration : model.getDeclarations()) {
			boolean isFirst = packageKeyword == null && model.getImports().isEmpty() && declaration == model.getDeclarations().get(0);
			document.prepend(declaration, f -> {
				f.setNewLines(isFirst ? 0 : 2);
				f.highPriority();
			});
			format(declaration, document);
		}
		if (!model.getImports().isEmpty() && !model.getDeclarations().isEmpty()) {
			document.prepend(model.getDeclarations().get(0), f -> {
				f.setNewLines(2);
				f.highPriority();
			});
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		for (ISemanticRegion region : textRegionExtensions.semanticRegions(element)) {
			if (region.getSemanticElement() != element) {
				continue;
			}
			String text = region.getText();
			switch (text) {
			case ",":
				document.prepend(region, f -> f.noSpace());
				document.append(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
				break;
			case ";":
				document.prepend(region, f -> f.noSpace());
				break;
			case "(":
			case "[":
				document.prepend(region, f -> f.noSpace());
				document.append(region, f -> f.noSpace());
				break;
			case ")":
			case "]":
				document.prepend(region, f -> f.noSpace());
				break;
			case "{":
			case "}":
				break;
			default:
				document.append(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
				if (LINE_KEYWORDS.contains(text) && isStatementKeyword(element, region)) {
					document.prepend(region, f -> {
				f.setNewLines(1, 1, 2);
				f.highPriority();
			});
				}
			}
		}
		if (element instanceof org.ddistudio.model.Scenario) {
			ISemanticRegion expect = regions.keyword("expect");
			if (expect != null) {
				document.prepend(expect, f -> {
				f.setNewLines(1, 1, 2);
				f.highPriority();
			});
			}
		}
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open != null && close != null) {
			document.prepend(open, f -> f.oneSpace());
			document.append(open, f -> f.newLine());
			document.prepend(close, f -> {
				f.newLine();
				f.highPriority();
			});
			document.interior(open, close, f -> f.indent());
		}
		for (EObject child : element.eContents()) {
			if (startsOwnLine(child)) {
				document.prepend(child, f -> {
				f.setNewLines(1, 1, 2);
				f.highPriority();
			});
			}
			formatElement(child, document);
		}
	}

	/** Whether a keyword of the element starts a statement line (and is not, say, the 'version' of a callback clause). */
	private static boolean isStatementKeyword(EObject element, ISemanticRegion region) {
		if (element instanceof Interface || element instanceof Consumer) {
			return !"Interface".equals(region.getText());
		}
		if (element instanceof Producer) {
			return !"version".equals(region.getText()) && !"size".equals(region.getText());
		}
		return false;
	}

	/** Children that are statements of their own line within their container's block. */
	private static boolean startsOwnLine(EObject child) {
		return child instanceof Member && !(child.eContainer() instanceof DdiModel)
				|| child instanceof Producer || child instanceof Consumer || child instanceof RemoteTargetDecl
				|| child instanceof TargetCallback || child instanceof Device || child instanceof Scenario
				|| child instanceof StackLayer || child instanceof TargetBinding || child instanceof Step
				|| child instanceof QueryCallback;
	}
}
