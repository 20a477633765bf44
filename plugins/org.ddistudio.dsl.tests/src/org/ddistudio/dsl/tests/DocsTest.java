/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.sim.Finding;
import org.ddistudio.sim.FindingKind;
import org.ddistudio.sim.ScenarioResult;
import org.ddistudio.sim.Simulator;
import org.ddistudio.sim.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The documentation is checked like code: docs/rules.md has one entry per rule and per simulator
 * finding, and its examples report what they claim; the examples of docs/language.md and
 * docs/semantics.md validate clean and their scenarios pass.
 *
 * <p>Conventions read here (docs/rules.md explains them to readers): an entry starts with
 * {@code <a id="ddi100"></a>} followed by the heading {@code ## DDI100 <title of the rule>}; a
 * {@code ```ddi} block belongs to the entry above it and is labelled by the last line starting with
 * {@code **Broken} or {@code **Fixed} before it; {@code // with: wdk} loads the block together with
 * examples/wdk/system-interfaces.ddi; {@code // also reported: DDI303} in a SIM entry's broken model
 * lists the static codes it also gets; {@code // fragment} as first line exempts a block of
 * language.md or semantics.md (at most {@link #MAX_FRAGMENTS} of them).
 */
class DocsTest {

	private static final Pattern ANCHOR = Pattern.compile("^<a id=\"([a-z]+[0-9]+)\"></a>\\s*$");
	private static final Pattern HEADING = Pattern.compile("^## ([A-Z]+[0-9]+) (.+)$");
	private static final Pattern LABEL = Pattern.compile("^\\*\\*(Broken|Fixed)\\b.*");
	private static final Pattern ALSO = Pattern.compile("// also reported: (.*)");
	private static final Pattern CODE = Pattern.compile("DDI[0-9]{3}");
	private static final String WDK = "wdk/system-interfaces.ddi";
	private static final int MAX_FRAGMENTS = 2;

	/** One ```ddi block: the entry it is in (or null), its label (or null), its text, its line. */
	record Block(String code, String label, String text, int line) {
		boolean withWdk() {
			return text.contains("// with: wdk");
		}

		boolean fragment() {
			return text.startsWith("// fragment");
		}

		String where(String doc) {
			return doc + ":" + line + (code == null ? "" : " (" + code + (label == null ? "" : " " + label) + ")");
		}
	}

	static Path repository() {
		Path root = Examples.root().getParent();
		assertTrue(Files.isRegularFile(root.resolve("docs/rules.md")), "docs/rules.md not found under " + root);
		return root;
	}

	static List<String> lines(String doc) {
		try {
			return Files.readAllLines(repository().resolve(doc), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The entries of rules.md, code to heading title, in document order; fails on a malformed entry. */
	static Map<String, String> entries() {
		List<String> lines = lines("docs/rules.md");
		Map<String, String> entries = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher anchor = ANCHOR.matcher(lines.get(i));
			if (!anchor.matches()) {
				continue;
			}
			String id = anchor.group(1);
			Matcher heading = HEADING.matcher(i + 1 < lines.size() ? lines.get(i + 1) : "");
			assertTrue(heading.matches(), "docs/rules.md:" + (i + 2) + ": the anchor " + id + " must be followed by '## CODE Title'");
			assertEquals(id, heading.group(1).toLowerCase(), "docs/rules.md:" + (i + 2) + ": anchor and heading name different codes");
			assertTrue(entries.put(heading.group(1), heading.group(2)) == null, "docs/rules.md: two entries for " + heading.group(1));
		}
		return entries;
	}

	static List<Block> blocks(String doc) {
		List<String> lines = lines(doc);
		List<Block> blocks = new ArrayList<>();
		String code = null;
		String label = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher anchor = ANCHOR.matcher(line);
			if (anchor.matches()) {
				code = anchor.group(1).toUpperCase();
				label = null;
			}
			Matcher labelled = LABEL.matcher(line);
			if (labelled.matches()) {
				label = labelled.group(1);
			}
			if (line.strip().equals("```ddi")) {
				int start = i + 1;
				int end = start;
				while (end < lines.size() && !lines.get(end).strip().equals("```")) {
					end++;
				}
				assertTrue(end < lines.size(), doc + ":" + (i + 1) + ": unterminated ```ddi block");
				blocks.add(new Block(code, label, String.join("\n", lines.subList(start, end)) + "\n", start + 1));
				i = end;
			}
		}
		return blocks;
	}

	/** FindingKind codes, from the sim bundle (org.ddistudio.sim is a required bundle of this one). */
	static Set<String> simCodes() {
		return Arrays.stream(FindingKind.values()).map(FindingKind::code).collect(Collectors.toCollection(TreeSet::new));
	}

	// ------------------------------------------------------------------ (a) one entry per code

	@Test
	void everyRuleHasAnEntryAndEveryEntryIsARule() {
		Map<String, String> entries = entries();
		Set<String> documented = entries.keySet().stream().filter(c -> c.startsWith("DDI")).collect(Collectors.toCollection(TreeSet::new));
		Set<String> rules = Arrays.stream(DdiRule.values()).map(DdiRule::code).collect(Collectors.toCollection(TreeSet::new));
		assertSameCodes("DdiRule", rules, documented);
		List<String> wrongTitles = new ArrayList<>();
		for (DdiRule rule : DdiRule.values()) {
			if (!rule.title().equals(entries.get(rule.code()))) {
				wrongTitles.add(rule.code() + ": '" + entries.get(rule.code()) + "' instead of '" + rule.title() + "'");
			}
		}
		assertTrue(wrongTitles.isEmpty(), "docs/rules.md headings must carry the rule's title:\n" + String.join("\n", wrongTitles));
	}

	@Test
	void everyFindingKindHasAnEntryAndEveryEntryIsAFindingKind() {
		Map<String, String> entries = entries();
		Set<String> documented = entries.keySet().stream().filter(c -> c.startsWith("SIM")).collect(Collectors.toCollection(TreeSet::new));
		assertSameCodes("FindingKind", simCodes(), documented);
		List<String> wrongTitles = new ArrayList<>();
		for (FindingKind kind : FindingKind.values()) {
			if (!kind.title().equals(entries.get(kind.code()))) {
				wrongTitles.add(kind.code() + ": '" + entries.get(kind.code()) + "' instead of '" + kind.title() + "'");
			}
		}
		assertTrue(wrongTitles.isEmpty(), "docs/rules.md headings must carry the finding's title:\n" + String.join("\n", wrongTitles));
		Set<String> others = entries.keySet().stream().filter(c -> !c.startsWith("DDI") && !c.startsWith("SIM") && !c.startsWith("CHK"))
				.collect(Collectors.toCollection(TreeSet::new));
		assertTrue(others.isEmpty(), "docs/rules.md has entries that are neither DDI, SIM nor CHK codes: " + others);
	}

	private static void assertSameCodes(String source, Set<String> expected, Set<String> documented) {
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(documented);
		Set<String> extra = new TreeSet<>(documented);
		extra.removeAll(expected);
		if (!missing.isEmpty() || !extra.isEmpty()) {
			fail("docs/rules.md and " + source + " disagree; codes without an entry: " + missing + "; entries that are no "
					+ source + " code: " + extra);
		}
	}

	// ------------------------------------------------------------------ (b) rules.md examples

	@Test
	void everyEntryHasABrokenAndAFixedExample() {
		List<Block> blocks = blocks("docs/rules.md");
		List<String> problems = new ArrayList<>();
		for (String code : entries().keySet()) {
			for (String label : List.of("Broken", "Fixed")) {
				if (blocks.stream().noneMatch(b -> code.equals(b.code()) && label.equals(b.label()))) {
					problems.add(code + " has no " + label + " example");
				}
			}
		}
		for (Block block : blocks) {
			if (block.code() == null || block.label() == null) {
				problems.add(block.where("docs/rules.md") + ": a ```ddi block outside a Broken/Fixed example");
			}
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void brokenExamplesReportExactlyTheirCodeAndFixedOnesNothing() {
		List<String> problems = new ArrayList<>();
		for (Block block : blocks("docs/rules.md")) {
			if (block.code() == null || block.label() == null) {
				continue; // everyEntryHasABrokenAndAFixedExample
			}
			if (block.code().startsWith("CHK")) {
				continue; // checkerExamplesAreDefectsOfTheirInvariantAndFixedOnesPass
			}
			boolean broken = block.label().equals("Broken");
			DdiTestSupport support = load(Map.of("block.ddi", block.text()), block.withWdk());
			Set<String> reported = new TreeSet<>(support.codes());
			if (block.code().startsWith("DDI")) {
				Set<String> want = broken ? Set.of(block.code()) : Set.of();
				if (!reported.equals(want)) {
					problems.add(block.where("docs/rules.md") + ": expected " + want + ", reported " + reported + "\n" + support.describe());
				}
				continue;
			}
			Set<String> also = new TreeSet<>();
			Matcher declared = ALSO.matcher(block.text());
			while (declared.find()) {
				Matcher code = CODE.matcher(declared.group(1));
				while (code.find()) {
					also.add(code.group());
				}
			}
			Set<String> wantStatic = broken ? also : Set.of();
			if (!reported.equals(wantStatic)) {
				problems.add(block.where("docs/rules.md") + ": the validator should report " + wantStatic + " (see '// also reported:'), reported "
						+ reported + "\n" + support.describe());
				continue;
			}
			List<ScenarioResult> results = simulate(support);
			Set<String> found = results.stream().flatMap(r -> r.findings().stream()).map(Finding::kind).map(FindingKind::code)
					.collect(Collectors.toCollection(TreeSet::new));
			Set<String> wantFound = broken ? Set.of(block.code()) : Set.of();
			if (results.isEmpty()) {
				problems.add(block.where("docs/rules.md") + ": a SIM example needs a system to simulate");
			} else if (!found.equals(wantFound)) {
				problems.add(block.where("docs/rules.md") + ": the simulation should find " + wantFound + ", found " + found + "\n"
						+ describe(results));
			}
		}
		assertTrue(problems.isEmpty(), problems.size() + " example(s) of docs/rules.md do not report what they claim:\n"
				+ String.join("\n\n", problems));
	}

	/** Every teardown-checker invariant has an entry whose heading is the invariant's text. */
	@Test
	void everyCheckerInvariantHasAnEntry() {
		Map<String, String> entries = entries();
		Set<String> documented = entries.keySet().stream().filter(c -> c.startsWith("CHK")).collect(Collectors.toCollection(TreeSet::new));
		Set<String> invariants = Arrays.stream(org.ddistudio.check.Invariant.values()).map(org.ddistudio.check.Invariant::code)
				.collect(Collectors.toCollection(TreeSet::new));
		assertSameCodes("Invariant", invariants, documented);
		for (org.ddistudio.check.Invariant invariant : org.ddistudio.check.Invariant.values()) {
			assertEquals(invariant.title(), entries.get(invariant.code()), "docs/rules.md heading of " + invariant.code());
		}
	}

	/** A CHK Broken model is a defect of exactly its invariant under ddi check; its Fixed model passes. */
	@Test
	void checkerExamplesAreDefectsOfTheirInvariantAndFixedOnesPass() {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Block block : blocks("docs/rules.md")) {
			if (block.code() == null || block.label() == null || !block.code().startsWith("CHK")) {
				continue;
			}
			DdiTestSupport support = load(Map.of("block.ddi", block.text()), block.withWdk());
			org.ddistudio.model.SystemLayout system = support.model().getDeclarations().stream()
					.filter(org.ddistudio.model.SystemLayout.class::isInstance).map(org.ddistudio.model.SystemLayout.class::cast).findFirst()
					.orElse(null);
			if (system == null) {
				problems.add(block.where("docs/rules.md") + ": a CHK example needs a system to check");
				continue;
			}
			org.ddistudio.check.CheckResult result = org.ddistudio.check.TeardownChecker
					.check(system, org.ddistudio.check.CheckOptions.defaults().withTimeout(java.time.Duration.ofSeconds(60))).get(0);
			checked++;
			if (block.label().equals("Broken")) {
				boolean ok = result.verdict() == org.ddistudio.check.CheckVerdict.DEFECT
						&& result.counterexample().invariant().code().equals(block.code());
				if (!ok) {
					problems.add(block.where("docs/rules.md") + ": expected a defect of " + block.code() + ", got " + result.summary());
				}
			} else if (result.verdict() != org.ddistudio.check.CheckVerdict.PASS) {
				problems.add(block.where("docs/rules.md") + ": expected pass, got " + result.summary());
			}
		}
		int invariants = org.ddistudio.check.Invariant.values().length;
		assertTrue(checked >= 2 * invariants, "expected a Broken and a Fixed model for each of the " + invariants + " invariants, checked " + checked);
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	// ------------------------------------------------------------------ (c) language.md, semantics.md

	/** The blocks of language.md are the files of one project (one package spread over files), validated together. */
	@Test
	void languageExamplesValidateCleanAsOneProjectAndTheirScenariosPass() {
		List<Block> blocks = blocks("docs/language.md");
		assertTrue(blocks.size() >= 5, "docs/language.md: expected its ```ddi examples, found " + blocks.size());
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (!blocks.get(i).fragment()) {
				files.put("language-" + (i + 1) + ".ddi", blocks.get(i).text());
			}
		}
		assertFragments("docs/language.md", blocks);
		assertCleanAndPassing("docs/language.md", load(files, blocks.stream().anyMatch(Block::withWdk)));
	}

	/** Each block of semantics.md is a complete model on its own. */
	@Test
	void semanticsExamplesValidateCleanAndTheirScenariosPass() {
		List<Block> blocks = blocks("docs/semantics.md");
		assertTrue(blocks.size() >= 3, "docs/semantics.md: expected its ```ddi examples, found " + blocks.size());
		assertFragments("docs/semantics.md", blocks);
		for (Block block : blocks) {
			if (!block.fragment()) {
				assertCleanAndPassing(block.where("docs/semantics.md"), load(Map.of("block.ddi", block.text()), block.withWdk()));
			}
		}
	}

	private static void assertFragments(String doc, List<Block> blocks) {
		long fragments = blocks.stream().filter(Block::fragment).count();
		assertTrue(fragments <= MAX_FRAGMENTS, doc + " has " + fragments + " '// fragment' blocks; at most " + MAX_FRAGMENTS
				+ " may skip validation");
	}

	private static void assertCleanAndPassing(String where, DdiTestSupport support) {
		assertEquals(List.of(), support.codes(), where + ":\n" + support.describe());
		List<ScenarioResult> results = simulate(support);
		List<ScenarioResult> failed = results.stream().filter(r -> r.verdict() != Verdict.PASS).toList();
		assertTrue(failed.isEmpty(), where + ": scenarios fail:\n" + describe(failed));
	}

	// ------------------------------------------------------------------ helpers

	/** The loaded files of the last {@link #load}, by support instance. */
	private static final Map<DdiTestSupport, Set<String>> FILES = new java.util.IdentityHashMap<>();

	private static DdiTestSupport load(Map<String, String> files, boolean withWdk) {
		Map<String, String> all = new LinkedHashMap<>();
		if (withWdk) {
			try {
				all.put(WDK, Files.readString(Examples.root().resolve(WDK), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		all.putAll(files);
		DdiTestSupport support = DdiTestSupport.files(all);
		FILES.put(support, all.keySet());
		return support;
	}

	/** Runs every system of the loaded files: its scenarios, or its implied lifecycle. */
	private static List<ScenarioResult> simulate(DdiTestSupport support) {
		List<ScenarioResult> results = new ArrayList<>();
		for (String file : FILES.get(support)) {
			DdiModel model = support.model(file);
			for (Declaration declaration : model.getDeclarations()) {
				if (declaration instanceof SystemLayout system) {
					results.addAll(Simulator.run(system, () -> false));
				}
			}
		}
		return results;
	}

	private static String describe(List<ScenarioResult> results) {
		StringBuilder text = new StringBuilder();
		for (ScenarioResult result : results) {
			text.append(result.name()).append(": ").append(result.verdict()).append(" - ").append(result.summary()).append('\n');
			for (Finding finding : result.findings()) {
				text.append("  ").append(finding.kind().code()).append(" @").append(finding.step()).append(' ').append(finding.message()).append('\n');
			}
		}
		return text.toString();
	}
}
