/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.io.SourceText;
import org.ddistudio.dsl.resource.DetachedSource;
import org.ddistudio.dsl.resource.FrozenSources;
import org.ddistudio.dsl.resource.NodeModelRelease;
import org.ddistudio.dsl.resource.ParallelParser;
import org.ddistudio.dsl.resource.ParallelParser.SourceModel;
import org.ddistudio.dsl.resource.SourceSpans;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.dsl.validation.ParallelValidator;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.rules.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * A set of .ddi files parsed into ONE resource set, so that references between files resolve (a model
 * split over several files is only valid as a whole). Files are read by the CLI, not by EMF, so that
 * encoding problems and unreadable files are reported our way.
 */
public final class DdiWorkspace {

	private final Injector injector = DdiLanguage.injector();
	private final XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
	private final Map<SourceFile, Loaded> files = new LinkedHashMap<>();
	private boolean released;
	/** Threads that parse, link and validate. */
	private final int threads;
	private final SourceModel sourceModel;

	private DdiWorkspace(int threads, SourceModel sourceModel) {
		this.threads = threads;
		this.sourceModel = sourceModel;
	}

	/**
	 * A loaded file; {@code spans} are the elements' source spans once the node model is released, else
	 * null (a detached file has them in its {@link DetachedSource}).
	 */
	private record Loaded(SourceText source, XtextResource resource, LineIndex lines, SourceSpans spans) {

		/** Where the elements are written, if the node model is gone (released or detached); else null. */
		SourceSpans recordedSpans() {
			DetachedSource detached = spans == null ? DetachedSource.of(resource) : null;
			return detached != null ? detached.spans() : spans;
		}
	}

	/**
	 * Reads and parses the files (on all processors) to validate, generate from or run them: each
	 * file's node model is detached once it is parsed (see {@link SourceModel#DETACH}); linking happens
	 * during validation.
	 */
	public static DdiWorkspace load(List<SourceFile> sources) {
		return load(sources, ParallelParser.defaultThreads(sources.size()));
	}

	/** As {@link #load(List)}, on up to {@code threads} threads. */
	public static DdiWorkspace load(List<SourceFile> sources, int threads) {
		return load(sources, threads, SourceModel.DETACH);
	}

	/**
	 * Reads the files in order, parses them on up to {@code threads} threads and adds them to the
	 * resource set in the order given; validation links and validates on as many. The results do
	 * not depend on {@code threads} (1 works on the calling thread only; tests compare the two), nor
	 * on {@code sourceModel}: {@link SourceModel#KEEP} keeps the node models for
	 * {@link #resource(SourceFile)} and {@link #syntaxErrors(SourceFile)} (formatting).
	 */
	public static DdiWorkspace load(List<SourceFile> sources, int threads, SourceModel sourceModel) {
		DdiWorkspace workspace = new DdiWorkspace(threads, sourceModel);
		// Read all first, in order: an unreadable file is reported before any parsing starts.
		List<SourceText> texts = new ArrayList<>(sources.size());
		List<ParallelParser.Input> inputs = new ArrayList<>(sources.size());
		for (SourceFile source : sources) {
			SourceText text = SourceText.read(source);
			texts.add(text);
			inputs.add(new ParallelParser.Input(URI.createFileURI(source.path().toString()), text.text()));
		}
		List<ParallelParser.Parsed> parsed;
		try {
			parsed = ParallelParser.parse(workspace.injector, inputs, threads, sourceModel);
		} catch (ParallelParser.LoadFailure e) {
			throw new CliException("cannot read " + sources.get(e.index()).displayPath() + ": " + e.getMessage());
		}
		ParallelParser.addAll(workspace.resourceSet, parsed);
		// The files were read once and the command ends before anyone could change them.
		FrozenSources.mark(workspace.resourceSet);
		Map<XtextResource, IResourceDescription> descriptions = new IdentityHashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			SourceText text = texts.get(i);
			workspace.files.put(sources.get(i), new Loaded(text, parsed.get(i).resource(), new LineIndex(text.text()), null));
			descriptions.put(parsed.get(i).resource(), parsed.get(i).description());
		}
		// One description per loaded file, in the files' order (a file given twice is loaded once).
		workspace.index(workspace.files.values().stream().map(loaded -> descriptions.get(loaded.resource())).toList());
		return workspace;
	}

	/**
	 * Indexes the exported names of all loaded files by name, for the global scope and the
	 * cross-file name checks. Without it, Xtext looks a name up in every file's description in turn:
	 * linking a workspace of n files costs n lookups per reference (quadratic; most of the time of
	 * a 10 MB workspace went there). The files do not change after loading, so neither does the index.
	 * The descriptions were computed while parsing (derived state installed first, names computed).
	 */
	private void index(List<IResourceDescription> descriptions) {
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
	}

	/** The text of a loaded file (without BOM). */
	public SourceText source(SourceFile file) {
		return files.get(file).source();
	}

	/**
	 * The parsed resource of a loaded file, with its node model (loaded with {@link SourceModel#KEEP},
	 * not after {@link #releaseSourceModel()}).
	 */
	public XtextResource resource(SourceFile file) {
		requireNodeModel();
		return files.get(file).resource();
	}

	/** The loaded files, in the order given. */
	public List<SourceFile> files() {
		return List.copyOf(files.keySet());
	}

	/** All findings of all files (syntax, linking and every validation rule), in report order. */
	public List<ValidationFinding> validate() {
		return validate(CheckMode.ALL);
	}

	/**
	 * Syntax, references and the cheap per-element rules only: what a command that runs the model
	 * (simulate, check, diagram) needs to know before it starts. The whole-project rules (CheckType
	 * NORMAL: GUID versions, query routing, names across files) are skipped, as in an editor's
	 * as-you-type pass.
	 */
	public List<ValidationFinding> validateFast() {
		return validate(CheckMode.FAST_ONLY);
	}

	private List<ValidationFinding> validate(CheckMode mode) {
		requireSourceModel();
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Map.Entry<SourceFile, Loaded>> entries = List.copyOf(files.entrySet());
		List<List<Issue>> issues = ParallelValidator.validate(validator, entries.stream().map(entry -> entry.getValue().resource()).toList(), mode,
				threads);
		List<ValidationFinding> findings = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			for (Issue issue : issues.get(i)) {
				ValidationFinding finding = toFinding(entries.get(i).getKey(), entries.get(i).getValue().lines(), issue);
				if (finding != null) {
					findings.add(finding);
				}
			}
		}
		findings.sort(ValidationFinding.ORDER);
		return findings;
	}

	/** The syntax errors of one file (no linking, no validation), in order; needs the node model (as {@link #resource}). */
	public List<ValidationFinding> syntaxErrors(SourceFile file) {
		requireNodeModel();
		Loaded loaded = files.get(file);
		List<ValidationFinding> errors = new ArrayList<>();
		loaded.resource().getParseResult().getSyntaxErrors().forEach(node -> {
			int offset = node.getOffset();
			int end = Math.max(offset, node.getEndOffset());
			String message = node.getSyntaxErrorMessage() == null ? "syntax error" : node.getSyntaxErrorMessage().getMessage();
			errors.add(new ValidationFinding(file, loaded.lines().line(offset), loaded.lines().column(offset), loaded.lines().line(end),
					loaded.lines().column(end), Severity.ERROR, DdiRule.SYNTAX_ERROR.code(), oneLine(message)));
		});
		errors.sort(ValidationFinding.ORDER);
		return errors;
	}

	/**
	 * Where a model element is written: its whole text, from first to last character (the node
	 * Xtext's NodeModelUtils.findActualNodeFor finds; after {@link #releaseSourceModel()}, the same
	 * span as recorded before the release).
	 */
	public Optional<SourceRegion> locate(EObject element) {
		if (element == null || element.eResource() == null) {
			return Optional.empty();
		}
		for (Map.Entry<SourceFile, Loaded> entry : files.entrySet()) {
			Loaded loaded = entry.getValue();
			if (loaded.resource() == element.eResource()) {
				int offset;
				int end;
				SourceSpans spans = loaded.recordedSpans();
				if (spans != null) {
					offset = spans.offset(element);
					end = spans.endOffset(element);
				} else {
					ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
					offset = node == null ? -1 : node.getOffset();
					end = node == null ? -1 : node.getEndOffset();
				}
				if (offset < 0) {
					return Optional.empty();
				}
				LineIndex lines = loaded.lines();
				return Optional.of(new SourceRegion(entry.getKey(), lines.line(offset), lines.column(offset), lines.line(end), lines.column(end)));
			}
		}
		return Optional.empty();
	}

	/**
	 * Releases everything Xtext keeps for parsing, linking and validating (the node model where it was
	 * kept at loading, the linker's and scopes' caches, the name index, the validators' index: about
	 * 85% of the heap of a validated workspace with node models, 60% of a detached one), keeping the model and where each element is written. For a command that
	 * runs the model after validating it (check, simulate, diagram): {@link #models()} and
	 * {@link #locate(EObject)} answer as before, {@link #source(SourceFile)} and {@link #files()} too;
	 * {@link #validate()}, {@link #validateFast()}, {@link #syntaxErrors(SourceFile)} and
	 * {@link #resource(SourceFile)} need the node model and throw IllegalStateException afterwards.
	 *
	 * @throws IllegalStateException if a reference is still unresolved (validate first and refuse a
	 *         model with reference errors); nothing is released then
	 * @see NodeModelRelease
	 */
	public void releaseSourceModel() {
		requireSourceModel();
		Map<XtextResource, SourceSpans> spans = NodeModelRelease.release(resourceSet);
		files.replaceAll((file, loaded) -> new Loaded(loaded.source(), loaded.resource(), loaded.lines(), spans.get(loaded.resource())));
		released = true;
	}

	/**
	 * As {@link #releaseSourceModel()}, unless a cross-reference is still unresolved: then nothing is
	 * released (the run holds more memory, everything else is the same) and the answer is false. For
	 * commands that validated the model and refused reference errors, so that a proxy left by a case
	 * no rule reports costs memory, not the run.
	 */
	public boolean releaseSourceModelIfPossible() {
		try {
			releaseSourceModel();
			return true;
		} catch (IllegalStateException e) {
			if (released) {
				throw e;
			}
			return false; // NodeModelRelease refused and changed nothing
		}
	}

	private void requireSourceModel() {
		if (released) {
			throw new IllegalStateException("the workspace's node model was released (releaseSourceModel): it cannot be validated, reparsed or formatted");
		}
	}

	private void requireNodeModel() {
		requireSourceModel();
		if (sourceModel != SourceModel.KEEP) {
			throw new IllegalStateException("the workspace was loaded without node models (SourceModel." + sourceModel + "): load it with KEEP to format");
		}
	}

	/**
	 * The root models of all loaded files, in the order given. Cross-references are there once the
	 * files are linked, which {@link #validate()} and {@link #validateFast()} do first (a file loaded
	 * with {@link SourceModel#DETACH} has them out of the model until then).
	 */
	public List<DdiModel> models() {
		List<DdiModel> models = new ArrayList<>();
		for (Loaded loaded : files.values()) {
			if (!loaded.resource().getContents().isEmpty() && loaded.resource().getContents().get(0) instanceof DdiModel model) {
				models.add(model);
			}
		}
		return models;
	}

	/** The systems declared in the files, in model order (as {@link #models()}, once linked). */
	public List<SystemLayout> systems() {
		List<SystemLayout> systems = new ArrayList<>();
		for (DdiModel model : models()) {
			for (Declaration declaration : model.getDeclarations()) {
				if (declaration instanceof SystemLayout system) {
					systems.add(system);
				}
			}
		}
		return systems;
	}

	/** Positions come from the issue's offset in our own text when there is one (exact, with an end). */
	private static ValidationFinding toFinding(SourceFile file, LineIndex lines, Issue issue) {
		Severity severity = DdiRule.severityOf(issue).orElse(null);
		if (severity == null) {
			return null;
		}
		int line;
		int column;
		int endLine;
		int endColumn;
		if (issue.getOffset() != null && issue.getOffset() >= 0) {
			int offset = issue.getOffset();
			int end = offset + Math.max(0, issue.getLength() == null ? 0 : issue.getLength());
			line = lines.line(offset);
			column = lines.column(offset);
			endLine = lines.line(end);
			endColumn = lines.column(end);
		} else {
			line = positive(issue.getLineNumber());
			column = positive(issue.getColumn());
			endLine = issue.getLineNumberEnd() == null ? line : positive(issue.getLineNumberEnd());
			endColumn = issue.getColumnEnd() == null ? column : positive(issue.getColumnEnd());
		}
		return new ValidationFinding(file, line, column, endLine, endColumn, severity, DdiRule.codeOf(issue), oneLine(issue.getMessage()));
	}

	private static int positive(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	/** Reports are line-oriented: a message never spans lines. */
	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
