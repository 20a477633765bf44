package org.ddistudio.dsl.ide.quickfix;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Quick fixes of the DDI language, by stable rule code (DdiRule). Written once, here, and offered
 * three ways: as LSP code actions by the language server (QuickFixCodeActionService), and in Eclipse
 * from Ctrl+1 and the Problems view (org.ddistudio.ui.quickfix, through {@link LocalQuickFixes}).
 * <p>
 * Every fix is a text edit computed when the fixes are asked for, from the resource the diagnostic
 * was reported on (held in a thread-local context while the declarative {@code @QuickFix} methods
 * run, since Xtext hands them only the acceptor): so a fix's label can say what it will write, and a
 * fix that does not apply to the case at hand is simply not offered. Each fix must leave a model in
 * which its diagnostic is gone without raising another error (QuickFixTest checks that).
 * <p>
 * The fixes themselves live in {@link InterfaceFixes}, {@link ProducerFixes} and {@link ConsumerFixes};
 * this class only maps rule codes to them.
 */
public class DdiQuickFixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final ThreadLocal<FixContext> CONTEXT = new ThreadLocal<>();

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		if (!(options.getResource() instanceof XtextResource resource) || options.getDocument() == null
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
		CONTEXT.set(context);
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			CONTEXT.remove();
		}
	}

	/** The rule codes that have at least one fix (for marker resolution generators, which must answer cheaply). */
	public static Set<String> fixableCodes() {
		return Arrays.stream(DdiQuickFixProvider.class.getMethods()).map(m -> m.getAnnotation(QuickFix.class))
				.filter(q -> q != null).map(QuickFix::value).collect(Collectors.toCollection(TreeSet::new));
	}

	// the fixes, by rule code

	@QuickFix("DDI002")
	public void declareInterface(DiagnosticResolutionAcceptor acceptor) {
		InterfaceFixes.declareInterface(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI003")
	public void declareOpaqueType(DiagnosticResolutionAcceptor acceptor) {
		InterfaceFixes.declareOpaqueType(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI100")
	public void replaceMalformedGuid(DiagnosticResolutionAcceptor acceptor) {
		InterfaceFixes.replaceMalformedGuid(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI101")
	public void replaceDuplicateGuid(DiagnosticResolutionAcceptor acceptor) {
		InterfaceFixes.replaceDuplicateGuid(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI102")
	public void newInterfaceForChangedLayout(DiagnosticResolutionAcceptor acceptor) {
		InterfaceFixes.newInterfaceForChangedLayout(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI110")
	public void addContextParameter(DiagnosticResolutionAcceptor acceptor) {
		InterfaceFixes.addContextParameter(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI200")
	public void addQueryCallback(DiagnosticResolutionAcceptor acceptor) {
		ProducerFixes.addQueryCallback(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI201")
	public void removeParentStack(DiagnosticResolutionAcceptor acceptor) {
		ProducerFixes.removeParentStack(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI202")
	public void completeNullTemplate(DiagnosticResolutionAcceptor acceptor) {
		ProducerFixes.completeNullTemplate(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI204")
	public void importTwoWayInterface(DiagnosticResolutionAcceptor acceptor) {
		ProducerFixes.importTwoWayInterface(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI206")
	public void countReferencesForVeto(DiagnosticResolutionAcceptor acceptor) {
		ProducerFixes.countReferencesForVeto(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI300")
	public void requestWhatIsOffered(DiagnosticResolutionAcceptor acceptor) {
		ConsumerFixes.requestWhatIsOffered(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI302")
	public void countAndVetoInProducer(DiagnosticResolutionAcceptor acceptor) {
		ConsumerFixes.countAndVetoInProducer(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI303")
	public void releaseOnRemoval(DiagnosticResolutionAcceptor acceptor) {
		ConsumerFixes.releaseOnRemoval(CONTEXT.get(), offers(acceptor));
	}

	@QuickFix("DDI304")
	public void releaseInReleaseHardware(DiagnosticResolutionAcceptor acceptor) {
		ConsumerFixes.releaseInReleaseHardware(CONTEXT.get(), offers(acceptor));
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
