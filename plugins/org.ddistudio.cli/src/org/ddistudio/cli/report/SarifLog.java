/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ddistudio.cli.DdiVersion;
import org.ddistudio.model.rules.Rule;
import org.ddistudio.model.rules.Severity;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The SARIF 2.1.0 envelope every report shares (validate, simulate, check), through the java-sarif object
 * model: one run of one DDI Studio tool whose rules are its whole catalogue (so viewers can show titles
 * even for rules that did not fire, each linking to its docs/rules.md entry), and the results added to
 * it, each with its rule's index and the SARIF level of its severity.
 */
public final class SarifLog {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private final String tool;
	private final Set<ReportingDescriptor> rules = new LinkedHashSet<>(); // result.ruleIndex points into this order
	private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
	private final List<Result> results = new ArrayList<>();

	/**
	 * @param tool     the tool's name, e.g. "DDI Studio simulator"
	 * @param catalogue every rule the tool can report, in catalogue order
	 * @param ruleName the rule's SARIF name (what each report has always called it)
	 */
	public <R extends Rule> SarifLog(String tool, R[] catalogue, Function<? super R, String> ruleName) {
		this.tool = tool;
		for (R rule : catalogue) {
			ruleIndex.put(rule.code(), ruleIndex.size());
			rules.add(new ReportingDescriptor()
					.withId(rule.code())
					.withName(ruleName.apply(rule))
					.withShortDescription(new MultiformatMessageString().withText(rule.title()))
					.withHelpUri(URI.create(rule.docsAnchor())));
		}
	}

	/** Adds a result of the rule with that code (it is indexed when the catalogue has it); returns it to be located. */
	public Result add(String code, Severity severity, String message) {
		Result result = new Result()
				.withRuleId(code)
				.withLevel(level(severity))
				.withMessage(new Message().withText(message));
		Integer index = ruleIndex.get(code);
		if (index != null) {
			result.setRuleIndex(index);
		}
		results.add(result);
		return result;
	}

	/** The complete document, indented, with a final line break. */
	public String render() {
		ToolComponent driver = new ToolComponent()
				.withName(tool)
				.withVersion(DdiVersion.get())
				.withRules(rules);
		SarifSchema210 log = new SarifSchema210()
				.with$schema(URI.create(SCHEMA))
				.withVersion(SarifSchema210.Version._2_1_0)
				.withRuns(List.of(new Run().withTool(new Tool().withDriver(driver)).withResults(results)));
		try {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(log) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialise SARIF", e);
		}
	}

	/** The SARIF level of a severity. */
	public static Result.Level level(Severity severity) {
		return switch (severity) {
		case ERROR -> Result.Level.ERROR;
		case WARNING -> Result.Level.WARNING;
		case INFO -> Result.Level.NOTE;
		};
	}

	/** A physical location: the file (as {@link #artifactUri}) and a region of 1-based lines and columns, end exclusive. */
	public static Location location(Path file, int line, int column, int endLine, int endColumn, Path cwd) {
		return new Location().withPhysicalLocation(new PhysicalLocation()
				.withArtifactLocation(new ArtifactLocation().withUri(artifactUri(file, cwd)))
				.withRegion(new Region()
						.withStartLine(line)
						.withStartColumn(column)
						.withEndLine(endLine)
						.withEndColumn(endColumn)));
	}

	/**
	 * A relative URI reference with forward slashes (what code scanning services match against the
	 * repository) when the file is below the working directory, else an absolute file URI.
	 */
	public static String artifactUri(Path file, Path cwd) {
		if (file.startsWith(cwd)) {
			String relative = cwd.relativize(file).toString().replace('\\', '/');
			try {
				return new URI(null, null, relative, null).toASCIIString();
			} catch (URISyntaxException e) {
				// fall through to the absolute form
			}
		}
		return file.toUri().toASCIIString();
	}
}
