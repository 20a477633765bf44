/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

import org.ddistudio.dsl.scoping.DdiScopeProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.DerivedStateAwareResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;
import org.eclipse.xtext.util.Tuples;

/**
 * A .ddi file's resource: Xtext's, with derived state (documentation comments), which can also give
 * up its node model right after parsing and still be linked and validated with exactly the same
 * results ({@link #detachSourceModel(String)}). For sets of files that do not change while they are
 * used (the command line, the benchmarks): the node model is two thirds of the heap of a parsed
 * workspace, and keeping every file's until all are linked and validated is what made the peak.
 */
public class DdiResource extends DerivedStateAwareResource {

	private volatile DetachedSource detached;
	/** The cross-references taken out of the model at detachment until they are put back for linking; else null. */
	private DetachedReferences referencesOutOfModel;

	/** What the file kept of its source after {@link #detachSourceModel(String)}; null while it has its node model. */
	public DetachedSource detachedSource() {
		return detached;
	}

	/**
	 * Gives up the node model of this freshly parsed file, keeping what linking, validation and reports
	 * need of it:
	 * <ul>
	 * <li>the lazy cross-references, taken out of the model until the file is linked
	 * ({@link DetachedReferences}: proxies are most of a parsed workspace's heap) and put back then by
	 * {@link #resolveLazyCrossReferences}, each with a {@link DetachedNode} in place of its node: the
	 * written name, place and grammar element, so that Xtext's linker resolves it and reports it
	 * unresolved exactly as from the node (the names are shared within the file); the few that other
	 * files' linking reads stay in the model with their detached node;</li>
	 * <li>each syntax error as a {@link DetachedSyntaxDiagnostic} with every value it had;</li>
	 * <li>the span of every element ({@link SourceSpans}) and the text, from which validation findings
	 * are placed ({@link DetachedSource#inCopy}).</li>
	 * </ul>
	 * Released: the parse result (the root node and every node below it) and each element's node
	 * adapter. Xtext's resource cache (the names computed for the file's description) stays: linking
	 * uses it. The derived state is installed first. Afterwards the file must not be reparsed, formatted
	 * or serialized; {@link NodeModelUtils} finds no node for its elements.
	 *
	 * @param text the text the file was parsed from, kept instead of the node model's own copy when
	 *        they are equal (the caller holds it anyway); null to keep the node model's
	 * @throws IllegalStateException if the file has no node model (not loaded, or already detached)
	 */
	public synchronized void detachSourceModel(String text) {
		detachSourceModel(text, true);
	}

	/**
	 * As {@link #detachSourceModel(String)}, for a set whose files are linked as a whole
	 * ({@code linkedAsAWhole}: every file of the set is linked before any is validated or has its
	 * references read, as {@link ParallelLinker} does for the command line) or not (the IDE builder,
	 * which links the files it validates and lets Xtext resolve whatever their rules read of others on
	 * demand): then the cross-references stay in the model as Xtext's lazy proxies, each with a
	 * detached node, and the file is linked lazily exactly as with its node model.
	 */
	public synchronized void detachSourceModel(String text, boolean linkedAsAWhole) {
		IParseResult result = getParseResult();
		if (detached != null || result == null || result.getRootNode() == null) {
			throw new IllegalStateException("no node model to detach (not loaded, or already detached): " + getURI());
		}
		getContents(); // installs the derived state, which reads the documentation comments from the nodes
		String parsed = result.getRootNode().getText();
		DetachedSource source = new DetachedSource(parsed.equals(text) ? text : parsed, SourceSpans.record(this), getParser());
		Map<String, String> names = new HashMap<>(); // one string per written name of the file
		DetachedReferences out = linkedAsAWhole ? DetachedReferences.takeOut(getLazyProxyInformation(), DdiScopeProvider.READ_IN_OTHER_FILES, names)
				: null;
		referencesOutOfModel = out == null || out.size() == 0 ? null : out;
		detachReferences(source, names);
		detachSyntaxErrors(getErrors());
		detachSyntaxErrors(getWarnings());
		NodeModelRelease.dropNodes(this);
		detached = source;
	}

	/**
	 * Puts the cross-references taken out at detachment back first (see {@link DetachedReferences}),
	 * then resolves every lazy cross-reference as Xtext does. Every way Xtext links a file (its
	 * validator, {@code EcoreUtil2.resolveLazyCrossReferences}, {@link ParallelLinker}) comes here.
	 */
	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		putReferencesBack();
		super.resolveLazyCrossReferences(monitor);
	}

	private synchronized void putReferencesBack() {
		if (referencesOutOfModel != null) {
			referencesOutOfModel.install(this, getLazyProxyInformation(), detached.textRoot());
			referencesOutOfModel = null;
		}
	}

	/**
	 * True while cross-references of this detached file are out of the model: it has not been linked
	 * yet, and its references read as unset until it is.
	 */
	public synchronized boolean hasReferencesOutOfModel() {
		return referencesOutOfModel != null;
	}

	/** Replaces the node of every lazy cross-reference left in the model by a detached one with the same answers. */
	private void detachReferences(DetachedSource source, Map<String, String> names) {
		List<Triple<EObject, EReference, INode>> links = getLazyProxyInformation();
		for (ListIterator<Triple<EObject, EReference, INode>> it = links.listIterator(); it.hasNext();) {
			Triple<EObject, EReference, INode> link = it.next();
			if (link != null && link.getThird() != null && !(link.getThird() instanceof DetachedNode)) {
				String name = names.computeIfAbsent(NodeModelUtils.getTokenText(link.getThird()), written -> written);
				it.set(Tuples.create(link.getFirst(), link.getSecond(), new DetachedNode(source.textRoot(), link.getThird(), name)));
			}
		}
	}

	private static void detachSyntaxErrors(List<Resource.Diagnostic> diagnostics) {
		for (ListIterator<Resource.Diagnostic> it = diagnostics.listIterator(); it.hasNext();) {
			if (it.next() instanceof XtextSyntaxDiagnostic syntax && !(syntax instanceof DetachedSyntaxDiagnostic)) {
				it.set(new DetachedSyntaxDiagnostic(syntax));
			}
		}
	}

	/**
	 * Xtext names the parsed root "0" in URI fragments (so that they stay the same when derived roots
	 * are added), which it recognizes by the parse result; a detached file has none, so the first root,
	 * which is the parsed one, keeps its name here. Without this every URI of a detached file's elements
	 * ("#//@declarations.0" for "#/0/@declarations.0") would differ from the same file's in the editor.
	 */
	@Override
	protected String getURIFragmentRootSegment(EObject eObject) {
		if (detached != null && !getContents().isEmpty() && getContents().get(0) == eObject) {
			return "0";
		}
		return super.getURIFragmentRootSegment(eObject);
	}

	/**
	 * Lets the detached nodes of the cross-references go once linking has resolved every one of them
	 * (nothing will be resolved through them again). Does nothing to a file with its node model.
	 */
	public synchronized void forgetResolvedReferences() {
		if (detached != null) {
			NodeModelRelease.dropProxyInformation(this);
		}
	}
}
