package org.ddistudio.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ddistudio.cli.DdiVersion;
import org.ddistudio.cli.model.Finding;
import org.ddistudio.dsl.validation.DdiRule;

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
 * SARIF 2.1.0 through the java-sarif object model: one run of the tool "DDI Studio" whose rules are the
 * whole DdiRule catalogue (so viewers can show titles even for rules that did not fire), and one result
 * per finding, with the artifact as a path relative to the working directory.
 */
public final class SarifReport implements Report {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	/** Rule help lives in the repository's docs/rules.md, one anchor per code (e.g. #ddi100). */
	static final String RULES_DOC = "docs/rules.md";

	@Override
	public String render(List<Finding> findings, Path cwd) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		Set<ReportingDescriptor> rules = new LinkedHashSet<>(); // SARIF result.ruleIndex points into this order
		for (DdiRule rule : DdiRule.values()) {
			ruleIndex.put(rule.code(), ruleIndex.size());
			rules.add(new ReportingDescriptor()
					.withId(rule.code())
					.withName(camelCase(rule.name()))
					.withShortDescription(new MultiformatMessageString().withText(rule.title()))
					.withHelpUri(URI.create(RULES_DOC + "#" + rule.code().toLowerCase(Locale.ROOT))));
		}
		List<Result> results = new ArrayList<>();
		for (Finding f : findings) {
			Result result = new Result()
					.withRuleId(f.code())
					.withLevel(level(f))
					.withMessage(new Message().withText(f.message()))
					.withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
							.withArtifactLocation(new ArtifactLocation().withUri(artifactUri(f.file().path(), cwd)))
							.withRegion(new Region()
									.withStartLine(f.line())
									.withStartColumn(f.column())
									.withEndLine(f.endLine())
									.withEndColumn(f.endColumn())))));
			Integer index = ruleIndex.get(f.code());
			if (index != null) {
				result.setRuleIndex(index);
			}
			results.add(result);
		}
		ToolComponent driver = new ToolComponent()
				.withName("DDI Studio")
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

	private static Result.Level level(Finding f) {
		return switch (f.severity()) {
		case ERROR -> Result.Level.ERROR;
		case WARNING -> Result.Level.WARNING;
		case NOTE -> Result.Level.NOTE;
		};
	}

	/** MALFORMED_GUID becomes MalformedGuid. */
	static String camelCase(String enumName) {
		StringBuilder name = new StringBuilder();
		for (String word : enumName.toLowerCase(Locale.ROOT).split("_")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
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
