package org.ddistudio.cli.check;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.Counterexample;
import org.ddistudio.check.Invariant;
import org.ddistudio.cli.DdiVersion;
import org.ddistudio.cli.model.DdiWorkspace;
import org.ddistudio.cli.report.Locations;

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
 * SARIF 2.1.0: one error result per defect, ruled by the violated invariant (CHK001..CHK006), located at
 * the .ddi element that causes it, with the counterexample as a code flow (each event and what it causes
 * a thread flow location, nested as in the trace) and the regression scenario in the message.
 */
public final class SarifCheckReport implements CheckReport {

	@Override
	public String render(CheckRun run, DdiWorkspace workspace, Path cwd) {
		Set<ReportingDescriptor> rules = new LinkedHashSet<>();
		for (Invariant invariant : Invariant.values()) {
			rules.add(new ReportingDescriptor().withId(invariant.code()).withName(invariant.name())
					.withShortDescription(new MultiformatMessageString().withText(invariant.title()))
					.withHelpUri(URI.create("docs/rules.md#" + invariant.code().toLowerCase(Locale.ROOT))));
		}
		List<Result> results = new ArrayList<>();
		for (CheckResult check : run.results()) {
			Counterexample c = check.counterexample();
			if (c == null) {
				continue;
			}
			Result result = new Result().withRuleId(c.invariant().code()).withRuleIndex(c.invariant().ordinal()).withLevel(Result.Level.ERROR)
					.withMessage(new Message().withText("system " + check.system().getName() + " (" + check.origin() + "): " + c.finding().message()
							+ " after " + c.length() + " teardown event(s)"
							+ (c.bugCheck() != null ? ", bug check " + c.bugCheck().describe() : "") + ". Regression scenario:\n" + c.scenario()));
			Locations.sarif(workspace, c.finding().element(), cwd).ifPresent(l -> result.setLocations(List.of(l)));
			result.setCodeFlows(List.of(codeFlow(check, workspace, cwd)));
			results.add(result);
		}
		SarifSchema210 log = new SarifSchema210().with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
				.withVersion(SarifSchema210.Version._2_1_0)
				.withRuns(List.of(new Run().withTool(new Tool().withDriver(new ToolComponent().withName("DDI Studio teardown checker")
						.withVersion(DdiVersion.get()).withRules(rules))).withResults(results)));
		try {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(log) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialise SARIF", e);
		}
	}

	private static CodeFlow codeFlow(CheckResult check, DdiWorkspace workspace, Path cwd) {
		return Locations.codeFlow("counterexample from the " + check.origin(), check.counterexample().trace(), workspace, cwd);
	}

}
