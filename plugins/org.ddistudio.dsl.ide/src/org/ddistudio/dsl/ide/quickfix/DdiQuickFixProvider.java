package org.ddistudio.dsl.ide.quickfix;

import static org.ddistudio.dsl.ide.quickfix.SourceEdits.INDENT;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.addClauses;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.featureNode;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.indentOf;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.keyword;
import static org.ddistudio.dsl.ide.quickfix.SourceEdits.replace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ddistudio.dsl.ide.contentassist.DdiContentProposalProvider;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.Routine;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TypeRef;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.LayoutException;
import org.eclipse.emf.ecore.EClass;
import org.ddistudio.model.routing.Producers;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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
 */
public class DdiQuickFixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final ThreadLocal<FixContext> CONTEXT = new ThreadLocal<>();

	private static final String CALLBACK_ACCEPT = "EvtDeviceProcessQueryInterfaceRequest accept";

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

	// ------------------------------------------------------------------ DDI0xx: names and references

	/**
	 * DDI002 on a reference to an interface: declare it. A skeleton with a fresh GUID and version 1,
	 * since consumers find an interface only by GUID and the producer writes the version into INTERFACE.Version.
	 */
	@QuickFix("DDI002")
	public void declareInterface(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		String name = missingName(c, DdiPackage.Literals.INTERFACE);
		if (name != null) {
			offer(acceptor, "Declare interface '" + name + "' in this file (new GUID, version 1)",
					List.of(SourceEdits.appendDeclaration(c.text(), "interface " + name + " {\n" + INDENT + "guid "
							+ DdiContentProposalProvider.freshGuid() + "\n" + INDENT + "version 1\n}")));
		}
	}

	/**
	 * DDI003: declare the type as opaque, pointer-sized and -aligned: a placeholder that lays out on both
	 * ABIs so that the interface's offsets can be computed until the real struct is written.
	 */
	@QuickFix("DDI003")
	public void declareOpaqueType(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		String name = c.find(TypeRef.class) == null ? null : missingName(c, DdiPackage.Literals.TYPE_DECLARATION);
		if (name != null) {
			offer(acceptor, "Declare '" + name + "' as 'opaque " + name + " size 8 align 8' (a placeholder to refine)",
					List.of(SourceEdits.appendDeclaration(c.text(), "opaque " + name + " size 8 align 8")));
		}
	}

	// ------------------------------------------------------------------ DDI1xx: interfaces

	/** DDI100: a GUID that is not in registry form cannot be put in a DEFINE_GUID; replace it. */
	@QuickFix("DDI100")
	public void replaceMalformedGuid(DiagnosticResolutionAcceptor acceptor) {
		Interface iface = CONTEXT.get().find(Interface.class);
		if (iface != null) {
			offer(acceptor, "Replace with a newly generated GUID", newGuid(CONTEXT.get(), iface));
		}
	}

	/** DDI101: two interfaces with one GUID and version: a consumer cannot tell which it gets. */
	@QuickFix("DDI101")
	public void replaceDuplicateGuid(DiagnosticResolutionAcceptor acceptor) {
		Interface iface = CONTEXT.get().find(Interface.class);
		if (iface != null) {
			offer(acceptor, "Give '" + iface.getName() + "' a newly generated GUID", newGuid(CONTEXT.get(), iface));
		}
	}

	/**
	 * DDI102: a version whose layout is incompatible with an older one of its GUID would be read with
	 * the old layout by old consumers; as a new interface (new GUID) it is only found by those that ask
	 * for it. Without a base to stay above, its versions start again at 1.
	 */
	@QuickFix("DDI102")
	public void newInterfaceForChangedLayout(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Interface iface = c.find(Interface.class);
		if (iface == null) {
			return;
		}
		List<Replacement> edits = newGuid(c, iface);
		INode version = featureNode(iface, DdiPackage.Literals.INTERFACE__VERSION);
		boolean restart = iface.getBase() == null && version != null && iface.getVersion() != 1;
		if (edits != null && restart) {
			edits.add(replace(version, "1"));
		}
		offer(acceptor, "Make '" + iface.getName() + "' a new interface: new GUID" + (restart ? ", version 1" : ""), edits);
	}

	/** DDI110: the producer finds its instance through INTERFACE.Context, which every routine gets first. */
	@QuickFix("DDI110")
	public void addContextParameter(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Routine routine = c.find(Routine.class);
		if (routine == null) {
			return;
		}
		List<Parameter> parameters = routine.getParameters();
		String context = "_In_ PVOID Context";
		if (!parameters.isEmpty() && "Context".equals(parameters.get(0).getName())) {
			offer(acceptor, "Make the first parameter '" + context + "'", List.of(replace(SourceEdits.node(parameters.get(0)), context)));
			return;
		}
		String name = parameters.stream().anyMatch(p -> "Context".equals(p.getName())) ? "InterfaceContext" : "Context";
		ILeafNode open = keyword(routine, "(", false);
		if (open != null) {
			offer(acceptor, "Insert '_In_ PVOID " + name + "' as the first parameter",
					List.of(new Replacement(open.getEndOffset(), 0, "_In_ PVOID " + name + (parameters.isEmpty() ? "" : ", "))));
		}
	}

	// ------------------------------------------------------------------ DDI2xx: producers

	/**
	 * DDI200: with ImportInterface the framework copies nothing, so WdfDeviceAddQueryInterface insists
	 * on a callback that reads the consumer's buffer. Either accept every request, or accept only the
	 * version of the interface and a buffer large enough for it (the smaller, x86 sizeof, so that
	 * consumers of both ABIs pass).
	 */
	@QuickFix("DDI200")
	public void addQueryCallback(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Producer producer = c.find(Producer.class);
		if (producer == null) {
			return;
		}
		offer(acceptor, "Add '" + CALLBACK_ACCEPT + "'", List.of(addClauses(c.text(), producer, List.of(CALLBACK_ACCEPT))));
		Interface iface = producer.getInterface();
		if (iface != null && !iface.eIsProxy()) {
			long smallest = Long.MAX_VALUE;
			for (Abi abi : Abi.values()) {
				try {
					smallest = Math.min(smallest, InterfaceLayout.compute(iface, abi).size());
				} catch (LayoutException e) {
					return; // DDI108: no size to check against
				}
			}
			String exact = "EvtDeviceProcessQueryInterfaceRequest exact version " + iface.getVersion() + " size >= " + smallest;
			offer(acceptor, "Add '" + exact + "'", List.of(addClauses(c.text(), producer, List.of(exact))));
		}
	}

	/** DDI201: only a PDO can send the query on to its parent's stack; elsewhere KMDF rejects the registration. */
	@QuickFix("DDI201")
	public void removeParentStack(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Producer producer = c.find(Producer.class);
		INode send = producer == null ? null : featureNode(producer, DdiPackage.Literals.PRODUCER__SEND_QUERY_TO_PARENT_STACK);
		if (send == null) {
			return;
		}
		List<Replacement> edits = new ArrayList<>();
		edits.add(SourceEdits.removeWithLeadingSpace(c.text(), send.getOffset(), send.getEndOffset()));
		String label = "Remove SendQueryToParentStack";
		// Interface NULL is allowed only with SendQueryToParentStack or ImportInterface: it must go too
		INode nullTemplate = producer.isNullTemplate() && !producer.isImportInterface()
				? featureNode(producer, DdiPackage.Literals.PRODUCER__NULL_TEMPLATE) : null;
		ILeafNode nullKeyword = nullTemplate == null ? null : SourceEdits.nextToken(nullTemplate);
		if (nullKeyword != null) {
			edits.add(SourceEdits.removeWithLeadingSpace(c.text(), nullTemplate.getOffset(), nullKeyword.getEndOffset()));
			label += " and Interface NULL (the interface is its own template then)";
		}
		offer(acceptor, label, edits);
	}

	/**
	 * DDI202: without a template the framework has nothing to copy, so it accepts Interface NULL only
	 * when a PDO forwards the query to its parent's stack, or when a callback fills the buffer itself.
	 */
	@QuickFix("DDI202")
	public void completeNullTemplate(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Producer producer = c.find(Producer.class);
		if (producer == null) {
			return;
		}
		if (producer.getOn() == DeviceObjectRole.CHILD_PDO) {
			offer(acceptor, "Add SendQueryToParentStack (the PDO answers with its parent stack's interface)",
					List.of(addClauses(c.text(), producer, List.of("SendQueryToParentStack"))));
		}
		offerImportInterface(acceptor, c, producer, "Add ImportInterface (the callback fills the interface)");
	}

	/**
	 * DDI204: without ImportInterface the framework copies the template over the whole buffer, members
	 * the consumer filled in included, so the producer never sees them.
	 */
	@QuickFix("DDI204")
	public void importTwoWayInterface(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Producer producer = c.find(Producer.class);
		if (producer != null) {
			offerImportInterface(acceptor, c, producer, "Add ImportInterface (keep the members the consumer supplies)");
		}
	}

	/** ImportInterface needs a callback (DDI200): one that accepts comes along if there is none. */
	private void offerImportInterface(DiagnosticResolutionAcceptor acceptor, FixContext c, Producer producer, String label) {
		List<String> clauses = new ArrayList<>(List.of("ImportInterface"));
		if (producer.getCallback() == null) {
			clauses.add(CALLBACK_ACCEPT);
			label += " with '" + CALLBACK_ACCEPT + "'";
		}
		offer(acceptor, label, List.of(addClauses(c.text(), producer, clauses)));
	}

	/** DDI206: a producer with no-op reference routines cannot know whether anyone still holds the interface. */
	@QuickFix("DDI206")
	public void countReferencesForVeto(DiagnosticResolutionAcceptor acceptor) {
		Producer producer = CONTEXT.get().find(Producer.class);
		INode counting = producer == null ? null : featureNode(producer, DdiPackage.Literals.PRODUCER__REFERENCE_COUNTING);
		if (counting != null) {
			offer(acceptor, "Use counted references (references counted veto-query-remove)", List.of(replace(counting, "counted")));
		}
	}

	// ------------------------------------------------------------------ DDI3xx: consumers

	/**
	 * DDI300: the producer in reach rejects the request because the Size or Version asked for is below
	 * its template's (R3). Ask for what it offers: its template's sizeof on the larger ABI and its version.
	 */
	@QuickFix("DDI300")
	public void requestWhatIsOffered(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Consumer consumer = c.find(Consumer.class);
		if (consumer == null || consumer.getInterface() == null || consumer.getInterface().eIsProxy()) {
			return;
		}
		long size = 0;
		int version = 0;
		String producers = "";
		for (Producer producer : Reach.answering(consumer, Reach.ANY_SIZE, Reach.ANY_VERSION)) {
			if (producer.isNullTemplate()) {
				continue; // its callback decides, no template to match
			}
			for (Abi abi : Abi.values()) {
				try {
					size = Math.max(size, InterfaceLayout.compute(producer.getInterface(), abi).size());
				} catch (LayoutException e) {
					return;
				}
			}
			version = Math.max(version, producer.getInterface().getVersion());
			producers = ((Driver) producer.eContainer()).getName();
		}
		Interface iface = consumer.getInterface();
		long ownSize = 0;
		for (Abi abi : Abi.values()) {
			try {
				ownSize = Math.max(ownSize, InterfaceLayout.compute(iface, abi).size());
			} catch (LayoutException e) {
				return;
			}
		}
		long askedSize = consumer.isSetRequestedSize() ? consumer.getRequestedSize() : ownSize;
		int askedVersion = consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : iface.getVersion();
		List<Replacement> edits = new ArrayList<>();
		List<String> added = new ArrayList<>();
		List<String> what = new ArrayList<>();
		if (size > askedSize) {
			what.add("size " + size);
			INode node = featureNode(consumer, DdiPackage.Literals.CONSUMER__REQUESTED_SIZE);
			if (node != null) {
				edits.add(replace(node, Long.toString(size)));
			} else {
				added.add("size " + size);
			}
		}
		if (version > askedVersion) {
			what.add("version " + version);
			INode node = featureNode(consumer, DdiPackage.Literals.CONSUMER__REQUESTED_VERSION);
			if (node != null) {
				edits.add(replace(node, Integer.toString(version)));
			} else {
				added.add("version " + version);
			}
		}
		if (!added.isEmpty()) {
			edits.add(addClauses(c.text(), consumer, List.of(String.join(" ", added))));
		}
		offer(acceptor, "Request what '" + producers + "' offers: " + String.join(", ", what), edits);
	}

	/**
	 * DDI302: a consumer in another stack holds the routines while the producer's stack may go away;
	 * with counted references that veto query-remove the producer's device is not removed (nor its
	 * driver unloaded) while the interface is held, instead of a later call bug-checking 0xCE.
	 */
	@QuickFix("DDI302")
	public void countAndVetoInProducer(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Consumer consumer = c.find(Consumer.class);
		if (consumer == null) {
			return;
		}
		List<Replacement> edits = new ArrayList<>();
		List<String> drivers = new ArrayList<>();
		for (Producer producer : Reach.answering(consumer, Reach.requestedSize(consumer), Reach.requestedVersion(consumer))) {
			if (Producers.counting(producer) != ReferenceCounting.NOOP) {
				continue;
			}
			if (producer.eResource() != c.resource()) {
				return; // the producer is in another file: a text edit of this one cannot fix it
			}
			String clause = "references counted veto-query-remove";
			INode references = keyword(producer, "references", false);
			if (references != null) {
				INode last = producer.isVetoQueryRemove() ? featureNode(producer, DdiPackage.Literals.PRODUCER__VETO_QUERY_REMOVE)
						: featureNode(producer, DdiPackage.Literals.PRODUCER__REFERENCE_COUNTING);
				edits.add(new Replacement(references.getOffset(), last.getEndOffset() - references.getOffset(), clause));
			} else {
				edits.add(addClauses(c.text(), producer, List.of(clause)));
			}
			drivers.add("'" + ((Driver) producer.eContainer()).getName() + "'");
		}
		offer(acceptor, "Make " + String.join(", ", drivers) + " count references and veto query-remove", edits);
	}

	/**
	 * DDI303: KMDF tells a remote target's owner that the device goes away, but knows nothing of the
	 * interface (§4.3): the consumer must release it, and close the target, when query-remove and
	 * remove-complete arrive, or a counted producer vetoes removal forever.
	 */
	@QuickFix("DDI303")
	public void releaseOnRemoval(DiagnosticResolutionAcceptor acceptor) {
		FixContext c = CONTEXT.get();
		Consumer consumer = c.find(Consumer.class);
		RemoteTargetDecl target = consumer == null ? null : consumer.getTarget();
		if (target == null || target.eIsProxy() || target.eResource() != c.resource()) {
			return;
		}
		List<Replacement> edits = new ArrayList<>();
		List<String> added = new ArrayList<>();
		List<String> events = new ArrayList<>();
		for (TargetEvent event : List.of(TargetEvent.QUERY_REMOVE, TargetEvent.REMOVE_COMPLETE)) {
			TargetCallback existing = target.getCallbacks().stream().filter(cb -> cb.getEvent() == event).findFirst().orElse(null);
			if (existing != null && existing.getActions().contains(TargetAction.RELEASE)) {
				continue;
			}
			events.add(event.getLiteral());
			List<String> actions = new ArrayList<>(List.of("release", "close"));
			if (existing != null) {
				existing.getActions().stream().map(a -> a.getLiteral()).filter(a -> !actions.contains(a)).forEach(actions::add);
				edits.add(replace(SourceEdits.node(existing), event.getLiteral() + " " + String.join(" ", actions)));
			} else {
				added.add(event.getLiteral() + " " + String.join(" ", actions));
			}
		}
		if (!added.isEmpty()) {
			edits.add(addClauses(c.text(), target, added));
		}
		offer(acceptor, "Release the interface and close target '" + target.getName() + "' in " + String.join(" and ", events), edits);
	}

	/** DDI304: a reference never dropped keeps the producer's device from ever being removed cleanly. */
	@QuickFix("DDI304")
	public void releaseInReleaseHardware(DiagnosticResolutionAcceptor acceptor) {
		Consumer consumer = CONTEXT.get().find(Consumer.class);
		INode release = consumer == null ? null : featureNode(consumer, DdiPackage.Literals.CONSUMER__RELEASE);
		if (release != null) {
			offer(acceptor, "Release in EvtDeviceReleaseHardware", List.of(replace(release, "EvtDeviceReleaseHardware")));
		}
	}

	// ------------------------------------------------------------------ helpers

	/** A fresh GUID in place of the interface's own, or written into it if it only inherits one. */
	private static List<Replacement> newGuid(FixContext c, Interface iface) {
		String guid = DdiContentProposalProvider.freshGuid();
		List<Replacement> edits = new ArrayList<>();
		INode node = featureNode(iface, DdiPackage.Literals.INTERFACE__GUID);
		if (node != null) {
			edits.add(replace(node, guid));
			return edits;
		}
		ILeafNode open = keyword(iface, "{", false);
		if (open == null) {
			return null;
		}
		edits.add(new Replacement(open.getEndOffset(), 0, "\n" + indentOf(c.text(), open.getOffset()) + INDENT + "guid " + guid));
		return edits;
	}

	/**
	 * The simple name of the unresolved cross-reference at the diagnostic, if it refers to elements of
	 * {@code type} and a declaration appended to this file would be found under it; else null.
	 */
	private static String missingName(FixContext c, EClass type) {
		INode node = NodeModelUtils.findLeafNodeAtOffset(c.resource().getParseResult().getRootNode(), c.offset());
		while (node != null && !(node.getGrammarElement() instanceof CrossReference)) {
			node = node.getParent();
		}
		if (node == null) {
			return null;
		}
		EReference reference = GrammarUtil.getReference((CrossReference) node.getGrammarElement());
		if (reference == null || !reference.getEReferenceType().isSuperTypeOf(type) && reference.getEReferenceType() != type) {
			return null;
		}
		String name = NodeModelUtils.getTokenText(node);
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			DdiModel model = (DdiModel) c.resource().getContents().get(0);
			if (!name.substring(0, dot).equals(model.getName())) {
				return null; // another package: declaring it here would not resolve the reference
			}
			name = name.substring(dot + 1);
		}
		return name.matches("[A-Za-z_][A-Za-z_0-9]*") ? name : null;
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
