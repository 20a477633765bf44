package org.ddistudio.cli.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.cli.CliException;
import org.ddistudio.cli.io.SourceFile;
import org.ddistudio.cli.io.SourceText;
import org.ddistudio.dsl.validation.DdiRule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
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

	private record Loaded(SourceText source, XtextResource resource, LineIndex lines) {
	}

	/** Reads and parses the files; linking happens lazily during validation. */
	public static DdiWorkspace load(List<SourceFile> sources) {
		DdiWorkspace workspace = new DdiWorkspace();
		for (SourceFile source : sources) {
			workspace.add(source, SourceText.read(source));
		}
		workspace.index();
		return workspace;
	}

	/**
	 * Indexes the exported names of all loaded files by name, for the global scope and the
	 * cross-file name checks. Without it, Xtext looks a name up in every file's description in turn:
	 * linking a workspace of n files costs n lookups per reference (quadratic; most of the time of
	 * a 10 MB workspace went there). The files do not change after loading, so neither does the index.
	 */
	private void index() {
		IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
		List<IResourceDescription> descriptions = new ArrayList<>(files.size());
		for (Loaded loaded : files.values()) {
			// Derived state (documentation comments) first: otherwise the description manager installs
			// it, computes the names, and discards both again, and linking computes them a second time.
			loaded.resource().getContents();
			descriptions.add(manager.getResourceDescription(loaded.resource()));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
	}

	private void add(SourceFile file, SourceText source) {
		// The resource is created through the language's factory, not by file extension, so that a
		// file named .DDI is parsed as DDI as well.
		URI uri = URI.createFileURI(file.path().toString());
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new CliException("cannot read " + file.displayPath() + ": " + e.getMessage());
		}
		files.put(file, new Loaded(source, resource, new LineIndex(source.text())));
	}

	/** The text of a loaded file (without BOM). */
	public SourceText source(SourceFile file) {
		return files.get(file).source();
	}

	/** The parsed resource of a loaded file. */
	public XtextResource resource(SourceFile file) {
		return files.get(file).resource();
	}

	/** The loaded files, in the order given. */
	public List<SourceFile> files() {
		return List.copyOf(files.keySet());
	}

	/** All findings of all files (syntax, linking and every validation rule), in report order. */
	public List<Finding> validate() {
		return validate(CheckMode.ALL);
	}

	/**
	 * Syntax, references and the cheap per-element rules only: what a command that runs the model
	 * (simulate, check, diagram) needs to know before it starts. The whole-project rules (CheckType
	 * NORMAL: GUID versions, query routing, names across files) are skipped, as in an editor's
	 * as-you-type pass.
	 */
	public List<Finding> validateFast() {
		return validate(CheckMode.FAST_ONLY);
	}

	private List<Finding> validate(CheckMode mode) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<SourceFile, Loaded> entry : files.entrySet()) {
			for (Issue issue : validator.validate(entry.getValue().resource(), mode, CancelIndicator.NullImpl)) {
				Finding finding = toFinding(entry.getKey(), entry.getValue().lines(), issue);
				if (finding != null) {
					findings.add(finding);
				}
			}
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	/** The syntax errors of one file (no linking, no validation), in order. */
	public List<Finding> syntaxErrors(SourceFile file) {
		Loaded loaded = files.get(file);
		List<Finding> errors = new ArrayList<>();
		loaded.resource().getParseResult().getSyntaxErrors().forEach(node -> {
			int offset = node.getOffset();
			int end = Math.max(offset, node.getEndOffset());
			String message = node.getSyntaxErrorMessage() == null ? "syntax error" : node.getSyntaxErrorMessage().getMessage();
			errors.add(new Finding(file, loaded.lines().line(offset), loaded.lines().column(offset), loaded.lines().line(end),
					loaded.lines().column(end), Severity.ERROR, DdiRule.SYNTAX_ERROR.code(), oneLine(message)));
		});
		errors.sort(Finding.ORDER);
		return errors;
	}

	/** Where a model element is written: its whole text, from first to last character. */
	public java.util.Optional<SourceLocation> locate(org.eclipse.emf.ecore.EObject element) {
		if (element == null || element.eResource() == null) {
			return java.util.Optional.empty();
		}
		for (Map.Entry<SourceFile, Loaded> entry : files.entrySet()) {
			if (entry.getValue().resource() == element.eResource()) {
				org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(element);
				if (node == null) {
					return java.util.Optional.empty();
				}
				LineIndex lines = entry.getValue().lines();
				int offset = node.getOffset();
				int end = node.getEndOffset();
				return java.util.Optional.of(new SourceLocation(entry.getKey(), lines.line(offset), lines.column(offset),
						lines.line(end), lines.column(end)));
			}
		}
		return java.util.Optional.empty();
	}

	/** The root models of all loaded files, in the order given. */
	public List<org.ddistudio.model.DdiModel> models() {
		List<org.ddistudio.model.DdiModel> models = new ArrayList<>();
		for (Loaded loaded : files.values()) {
			if (!loaded.resource().getContents().isEmpty() && loaded.resource().getContents().get(0) instanceof org.ddistudio.model.DdiModel model) {
				models.add(model);
			}
		}
		return models;
	}

	/** Positions come from the issue's offset in our own text when there is one (exact, with an end). */
	private static Finding toFinding(SourceFile file, LineIndex lines, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.NOTE;
		default -> null;
		};
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
		return new Finding(file, line, column, endLine, endColumn, severity, DdiRule.codeOf(issue), oneLine(issue.getMessage()));
	}

	private static int positive(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	/** Reports are line-oriented: a message never spans lines. */
	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
