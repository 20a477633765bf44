package org.ddistudio.cli.simulate;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ddistudio.cli.DdiVersion;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.report.Locations;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.TraceEntry;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
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
 * SARIF 2.1.0: one result per finding, located at the .ddi element that causes it, with the
 * scenario's trace up to the finding as a code flow (each event a thread flow location).
 */
public final class SarifSimulationReport implements SimulationReport {

	@Override
	public String render(SimulationRun run, DdiWorkspace workspace, Path cwd) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		Set<ReportingDescriptor> rules = new LinkedHashSet<>();
		for (FindingKind kind : FindingKind.values()) {
			ruleIndex.put(kind.code(), ruleIndex.size());
			rules.add(new ReportingDescriptor().withId(kind.code()).withName(kind.name())
					.withShortDescription(new MultiformatMessageString().withText(kind.title()))
					.withHelpUri(URI.create("docs/rules.md#" + kind.code().toLowerCase(Locale.ROOT))));
		}
		List<Result> results = new ArrayList<>();
		for (SimulationRun.SystemResults system : run.systems()) {
			for (ScenarioResult scenario : system.results()) {
				for (Finding finding : scenario.findings()) {
					Result result = new Result().withRuleId(finding.kind().code()).withRuleIndex(ruleIndex.get(finding.kind().code()))
							.withLevel(level(finding))
							.withMessage(new Message().withText("scenario " + scenario.name() + ", step " + finding.step() + ": " + finding.message()));
					Locations.sarif(workspace, finding.element(), cwd).ifPresent(l -> result.setLocations(List.of(l)));
					result.setCodeFlows(List.of(codeFlow(scenario, finding, workspace, cwd)));
					results.add(result);
				}
			}
		}
		SarifSchema210 log = new SarifSchema210().with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
				.withVersion(SarifSchema210.Version._2_1_0)
				.withRuns(List.of(new Run().withTool(new Tool().withDriver(new ToolComponent().withName("DDI Studio simulator")
						.withVersion(DdiVersion.get()).withRules(rules))).withResults(results)));
		try {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(log) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialise SARIF", e);
		}
	}

	private static Result.Level level(Finding finding) {
		return switch (finding.kind()) {
		case BUG_CHECK, EXPECTATION_FAILED, REFERENCES_OUTSTANDING, REMOVAL_BLOCKED -> Result.Level.ERROR;
		default -> Result.Level.WARNING;
		};
	}

	/** The scenario's trace up to the finding's step. */
	private static CodeFlow codeFlow(ScenarioResult scenario, Finding finding, DdiWorkspace workspace, Path cwd) {
		List<TraceEntry> upToFinding = scenario.trace().stream().filter(e -> e.step() <= finding.step()).toList();
		return Locations.codeFlow("scenario " + scenario.name(), upToFinding, workspace, cwd);
	}
}
