/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.quickfix;

import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes of the DDI language, registered by rule ({@link DdiRule} constants, so a misspelt code
 * does not compile). Written once, here, and offered three ways: as LSP code actions by the language
 * server (QuickFixCodeActionService), and in Eclipse from Ctrl+1 and the Problems view
 * (org.ddistudio.ui.quickfix, through {@link LocalQuickFixes}).
 * <p>
 * Every fix is a text edit computed when the fixes are asked for, from the resource the diagnostic
 * was reported on: so a fix's label can say what it will write, and a fix that does not apply to the
 * case at hand is simply not offered. Each fix must leave a model in which its diagnostic is gone
 * without raising another error (QuickFixTest checks that).
 * <p>
 * The fixes themselves live in {@link InterfaceFixes}, {@link ProducerFixes} and {@link ConsumerFixes};
 * this class only maps rules to them.
 */
public class DdiQuickFixProvider implements IQuickFixProvider {

	/** One fix: offers its resolutions of the diagnostic at the context (none when it does not apply). */
	@FunctionalInterface
	private interface Fix {
		void offer(FixContext context, Offers offers);
	}

	/** The fixes, by rule. */
	private static final Map<DdiRule, Fix> FIXES = fixes();

	private static Map<DdiRule, Fix> fixes() {
		Map<DdiRule, Fix> fixes = new EnumMap<>(DdiRule.class);
		fixes.put(DdiRule.UNRESOLVED_REFERENCE, InterfaceFixes::declareInterface);
		fixes.put(DdiRule.UNKNOWN_TYPE, InterfaceFixes::declareOpaqueType);
		fixes.put(DdiRule.MALFORMED_GUID, InterfaceFixes::replaceMalformedGuid);
		fixes.put(DdiRule.DUPLICATE_GUID, InterfaceFixes::replaceDuplicateGuid);
		fixes.put(DdiRule.INCOMPATIBLE_NEW_VERSION, InterfaceFixes::newInterfaceForChangedLayout);
		fixes.put(DdiRule.CONTEXT_PARAMETER, InterfaceFixes::addContextParameter);
		fixes.put(DdiRule.IMPORT_WITHOUT_CALLBACK, ProducerFixes::addQueryCallback);
		fixes.put(DdiRule.PARENT_STACK_ON_NON_PDO, ProducerFixes::removeParentStack);
		fixes.put(DdiRule.NULL_INTERFACE_NOT_ALLOWED, ProducerFixes::completeNullTemplate);
		fixes.put(DdiRule.TWO_WAY_WITHOUT_IMPORT, ProducerFixes::importTwoWayInterface);
		fixes.put(DdiRule.VETO_WITHOUT_COUNTING, ProducerFixes::countReferencesForVeto);
		fixes.put(DdiRule.UNSATISFIABLE_REQUEST, ConsumerFixes::requestWhatIsOffered);
		fixes.put(DdiRule.CROSS_STACK_NOOP_REFERENCES, ConsumerFixes::countAndVetoInProducer);
		fixes.put(DdiRule.CROSS_STACK_NOT_RELEASED, ConsumerFixes::releaseOnRemoval);
		fixes.put(DdiRule.NEVER_RELEASED, ConsumerFixes::releaseInReleaseHardware);
		return Collections.unmodifiableMap(fixes);
	}

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		Fix fix = fixOf(diagnostic);
		if (fix == null || !(options.getResource() instanceof XtextResource resource) || options.getDocument() == null
				|| diagnostic.getRange() == null) {
			return List.of();
		}
		Document document = options.getDocument();
		int start = document.getOffSet(diagnostic.getRange().getStart());
		int end = document.getOffSet(diagnostic.getRange().getEnd());
		FixContext context = FixContext.of(resource, document.getContents(), start, Math.max(0, end - start));
		if (context == null) {
			return List.of();
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		try {
			fix.offer(context, offers(acceptor));
		} catch (RuntimeException e) { // a broken fix must not cost the other code actions
			System.getLogger(DdiQuickFixProvider.class.getName()).log(Level.ERROR, "quick fix of " + codeOf(diagnostic) + " failed", e);
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return fixOf(diagnostic) != null;
	}

	/** The rule codes that have at least one fix (for marker resolution generators, which must answer cheaply). */
	public static Set<String> fixableCodes() {
		return FIXES.keySet().stream().map(DdiRule::code).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The fix of a complete diagnostic (code, message and severity, as Xtext's own provider requires), or null. */
	private static Fix fixOf(Diagnostic diagnostic) {
		if (diagnostic == null || diagnostic.getMessage() == null || diagnostic.getSeverity() == null) {
			return null;
		}
		String code = codeOf(diagnostic);
		return code == null ? null : DdiRule.byCode(code).map(FIXES::get).orElse(null);
	}

	private static String codeOf(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
	}

	/** Where the fix classes put their fixes: resolutions whose text edits were computed already. */
	private static Offers offers(DiagnosticResolutionAcceptor acceptor) {
		return (label, edits) -> offer(acceptor, label, edits);
	}

	private static void offer(DiagnosticResolutionAcceptor acceptor, String label, Collection<Replacement> edits) {
		if (edits == null || edits.isEmpty()) {
			return;
		}
		List<Replacement> fixed = List.copyOf(edits);
		acceptor.accept(label, (ITextModification) (diagnostic, element, document) -> toTextEdits(fixed, document));
	}

	private static List<TextEdit> toTextEdits(List<Replacement> edits, Document document) {
		return edits.stream()
				.map(r -> new TextEdit(new Range(document.getPosition(r.offset()), document.getPosition(r.end())), r.text()))
				.toList();
	}
}
