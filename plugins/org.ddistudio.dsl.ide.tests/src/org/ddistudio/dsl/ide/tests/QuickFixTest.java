/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddistudio.dsl.testing.DdiIdeInjector;
import org.ddistudio.dsl.ide.quickfix.DdiQuickFixProvider;
import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes;
import org.ddistudio.dsl.ide.quickfix.LocalQuickFixes.Fix;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.layout.Guids;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Every quick fix, headless, the way the language server and the Eclipse editor get them: a broken
 * model, the diagnostic's fixes, one applied to the text, and the result validated again: the
 * diagnostic is gone and no error appeared that was not there before.
 */
class QuickFixTest {

	private static final Injector INJECTOR = DdiIdeInjector.get();

	private static final String GUID = "{3F9A6C2E-5B1D-4E8A-9C7F-2D4B6A8E0C13}";

	/** A bus that produces the widget interface on its child PDOs and a function driver that consumes it: no errors. */
	private static final String WIDGETS = """
			package demo

			interface WIDGET_INTERFACE {
			    guid %s
			    version 1
			    references counted
			    NTSTATUS GetState(_In_ PVOID Context, _Out_ PULONG State);
			}

			driver WidgetBus bus KMDF {
			    produce WIDGET_INTERFACE on child-pdo
			}

			driver WidgetFunction function KMDF {
			    consume WIDGET_INTERFACE {
			        version 1
			        acquire EvtDevicePrepareHardware
			        release EvtDeviceReleaseHardware
			        calls GetState
			    }
			}

			system Widgets {
			    device Bus {
			        pdo root
			        function WidgetBus
			    }
			    device Widget1 parent Bus {
			        pdo WidgetBus
			        function WidgetFunction
			    }
			}
			""".formatted(GUID);

	/** The widgets and a monitor in another stack that opens a remote target to Widget1. */
	private static final String MONITORED = WIDGETS.replace("system Widgets {", """
			driver WidgetMonitor function KMDF {
			    target WidgetTarget open by-name {
			        EvtIoTargetQueryRemove release close
			        EvtIoTargetRemoveComplete release close
			    }
			    consume WIDGET_INTERFACE {
			        from target WidgetTarget
			        version 1
			        acquire on-demand
			        release after-use
			    }
			}

			system Widgets {
			    device Monitor {
			        pdo root
			        function WidgetMonitor
			        target WidgetTarget -> Widget1
			    }""");

	// ------------------------------------------------------------------ the fixtures themselves

	@Test
	void theFixturesAreFreeOfErrors() throws IOException {
		assertEquals(List.of(), errors(validate(WIDGETS)));
		assertEquals(List.of(), errors(validate(MONITORED)));
	}

	@Test
	void everyFixIsForARuleOfTheCatalogue() {
		assertTrue(DdiQuickFixProvider.fixableCodes().size() >= 10, DdiQuickFixProvider.fixableCodes().toString());
		for (String code : DdiQuickFixProvider.fixableCodes()) {
			assertTrue(DdiRule.byCode(code).isPresent(), code);
		}
	}

	// ------------------------------------------------------------------ DDI0xx

	@Test
	void ddi002DeclaresTheMissingInterface() throws IOException {
		String broken = WIDGETS.replace("produce WIDGET_INTERFACE on child-pdo", "produce RESET_INTERFACE on child-pdo");
		String fixed = fix("DDI002", broken, 0, "Declare interface 'RESET_INTERFACE'");
		Matcher declared = Pattern.compile("interface RESET_INTERFACE \\{\n    guid (\\{[^}]*\\})\n    version 1\n\\}\n$").matcher(fixed);
		assertTrue(declared.find(), fixed);
		assertTrue(Guids.isWellFormed(declared.group(1)), declared.group(1));
	}

	@Test
	void ddi002IsNotFixedByAnInterfaceForAReferenceToSomethingElse() throws IOException {
		String broken = WIDGETS.replace("calls GetState", "calls GetStatus");
		assertEquals(List.of(), fixesOf("DDI002", broken));
	}

	@Test
	void ddi003DeclaresAnOpaquePlaceholderType() throws IOException {
		String broken = WIDGETS.replace("    references counted\n", "    references counted\n    WIDGET_STATE State;\n");
		String fixed = fix("DDI003", broken, 0, "'opaque WIDGET_STATE size 8 align 8'");
		assertTrue(fixed.endsWith("\n}\n\nopaque WIDGET_STATE size 8 align 8\n"), fixed);
	}

	// ------------------------------------------------------------------ DDI1xx

	@Test
	void ddi100ReplacesAMalformedGuid() throws IOException {
		String broken = WIDGETS.replace(GUID, "{3F9A6C2-5B1D-4E8A-9C7F-2D4B6A8E0C13}");
		String fixed = fix("DDI100", broken, 0, "GUID");
		assertFalse(fixed.contains("{3F9A6C2-"), fixed);
	}

	@Test
	void ddi101GivesOneOfTwoInterfacesANewGuid() throws IOException {
		String broken = WIDGETS.replace("driver WidgetBus", """
				interface GADGET_INTERFACE {
				    guid %s
				    version 1
				}

				driver WidgetBus""".formatted(GUID));
		String fixed = fix("DDI101", broken, 0, "new");
		assertEquals(1, count(fixed, GUID), fixed);
	}

	@Test
	void ddi101WritesAGuidIntoAnInterfaceThatOnlyInheritsOne() throws IOException {
		// version 2 of the widget interface inherits its GUID, and a compatible gadget declares the same GUID and version
		String broken = WIDGETS.replace("driver WidgetBus", """
				interface WIDGET_INTERFACE_V2 extends WIDGET_INTERFACE {
				    version 2
				    NTSTATUS Reset(_In_ PVOID Context);
				}

				interface GADGET_INTERFACE {
				    guid %s
				    version 2
				    NTSTATUS GetState(_In_ PVOID Context, _Out_ PULONG State);
				    ULONG Flags;
				}

				driver WidgetBus""".formatted(GUID));
		String fixed = fix("DDI101", broken, 0, "'WIDGET_INTERFACE_V2'");
		assertTrue(Pattern.compile("interface WIDGET_INTERFACE_V2 extends WIDGET_INTERFACE \\{\n    guid \\{[0-9A-F-]{36}\\}\n    version 2\n")
				.matcher(fixed).find(), fixed);
	}

	@Test
	void ddi102MakesAChangedVersionANewInterface() throws IOException {
		String broken = WIDGETS.replace("driver WidgetBus", """
				interface WIDGET_INTERFACE_V2 {
				    guid %s
				    version 2
				    NTSTATUS GetStatus(_In_ PVOID Context, _Out_ PULONG State);
				}

				driver WidgetBus""".formatted(GUID));
		String fixed = fix("DDI102", broken, 0, "new interface");
		assertEquals(1, count(fixed, GUID), fixed);
		assertTrue(fixed.contains("guid {") && fixed.contains("    version 1\n    NTSTATUS GetStatus"), fixed);
	}

	@Test
	void ddi110InsertsTheContextParameterFirst() throws IOException {
		String broken = WIDGETS.replace("    NTSTATUS GetState(_In_ PVOID Context, _Out_ PULONG State);",
				"    NTSTATUS GetState(_In_ PVOID Context, _Out_ PULONG State);\n    VOID Reset(_In_ ULONG Flags);\n    VOID Ping();");
		String fixed = fix("DDI110", broken, 0, "Insert '_In_ PVOID Context' as the first parameter");
		assertTrue(fixed.contains("VOID Reset(_In_ PVOID Context, _In_ ULONG Flags);"), fixed);
		// the other routine: an empty list gets the parameter alone
		String both = fix("DDI110", fixed, 0, "first parameter");
		assertTrue(both.contains("VOID Ping(_In_ PVOID Context);"), both);
	}

	// ------------------------------------------------------------------ DDI2xx

	@Test
	void ddi200AddsACallbackThatAccepts() throws IOException {
		String broken = WIDGETS.replace("produce WIDGET_INTERFACE on child-pdo", "produce WIDGET_INTERFACE on child-pdo {\n        ImportInterface\n    }");
		String fixed = fix("DDI200", broken, 0, "EvtDeviceProcessQueryInterfaceRequest accept");
		assertTrue(fixed.contains("{\n        ImportInterface\n        EvtDeviceProcessQueryInterfaceRequest accept\n    }"), fixed);
	}

	@Test
	void ddi200AddsACallbackForExactlyTheInterfacesVersionAndSize() throws IOException {
		String broken = WIDGETS.replace("produce WIDGET_INTERFACE on child-pdo", "produce WIDGET_INTERFACE on child-pdo { ImportInterface }");
		// the smaller sizeof: x86, a 16-byte INTERFACE header and one 4-byte routine pointer
		String fixed = fix("DDI200", broken, 1, "exact version 1 size >= 20");
		assertTrue(fixed.contains("{ ImportInterface EvtDeviceProcessQueryInterfaceRequest exact version 1 size >= 20 }"), fixed);
	}

	/** A function driver that registers an interface of its own, without consumers in the stack. */
	private static final String RESETTER = WIDGETS.replace("system Widgets {", """
			interface RESET_INTERFACE {
			    guid {0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F}
			    version 1
			    VOID Reset(_In_ PVOID Context);
			}

			driver ResetFunction function KMDF {
			    produce RESET_INTERFACE on fdo {
			        SendQueryToParentStack
			    }
			}

			system Widgets {""");

	@Test
	void ddi201RemovesSendQueryToParentStackFromAnFdo() throws IOException {
		String fixed = fix("DDI201", RESETTER, 0, "Remove SendQueryToParentStack");
		assertTrue(fixed.contains("produce RESET_INTERFACE on fdo {\n    }"), fixed);
	}

	@Test
	void ddi201AlsoRemovesInterfaceNullThatWouldBeLeftAlone() throws IOException {
		String broken = RESETTER.replace("        SendQueryToParentStack\n", "        SendQueryToParentStack\n        Interface NULL\n");
		String fixed = fix("DDI201", broken, 0, "Interface NULL");
		assertTrue(fixed.contains("produce RESET_INTERFACE on fdo {\n    }"), fixed);
	}

	@Test
	void ddi202ForwardsToTheParentStackOrImports() throws IOException {
		String pdo = RESETTER.replace("driver ResetFunction function KMDF {\n    produce RESET_INTERFACE on fdo {\n        SendQueryToParentStack",
				"driver ResetBus bus KMDF {\n    produce RESET_INTERFACE on child-pdo {\n        Interface NULL");
		String forwarded = fix("DDI202", pdo, 0, "Add SendQueryToParentStack");
		assertTrue(forwarded.contains("        Interface NULL\n        SendQueryToParentStack\n    }"), forwarded);
		String imported = fix("DDI202", pdo, 1, "Add ImportInterface");
		assertTrue(imported.contains("        Interface NULL\n        ImportInterface\n        EvtDeviceProcessQueryInterfaceRequest accept\n    }"), imported);
		// on an FDO only the callback can fill the interface
		String fdo = RESETTER.replace("        SendQueryToParentStack", "        Interface NULL");
		assertEquals(List.of("Add ImportInterface (the callback fills the interface) with 'EvtDeviceProcessQueryInterfaceRequest accept'"),
				fixesOf("DDI202", fdo).stream().map(Fix::label).toList());
		fix("DDI202", fdo, 0, "ImportInterface");
	}

	@Test
	void ddi204ImportsATwoWayInterface() throws IOException {
		String broken = WIDGETS.replace("interface WIDGET_INTERFACE {", "two-way interface WIDGET_INTERFACE {")
				.replace("    NTSTATUS GetState(_In_ PVOID Context, _Out_ PULONG State);",
						"    NTSTATUS GetState(_In_ PVOID Context, _Out_ PULONG State);\n    consumer VOID Notify(_In_ PVOID Context);");
		String fixed = fix("DDI204", broken, 0, "Add ImportInterface");
		assertTrue(fixed.contains("produce WIDGET_INTERFACE on child-pdo { ImportInterface EvtDeviceProcessQueryInterfaceRequest accept }"), fixed);
	}

	@Test
	void ddi206CountsReferencesForTheVeto() throws IOException {
		String broken = WIDGETS.replace("produce WIDGET_INTERFACE on child-pdo", "produce WIDGET_INTERFACE on child-pdo { references noop veto-query-remove }");
		String fixed = fix("DDI206", broken, 0, "counted");
		assertTrue(fixed.contains("{ references counted veto-query-remove }"), fixed);
	}

	// ------------------------------------------------------------------ DDI3xx

	@Test
	void ddi300RequestsTheSizeTheProducerOffers() throws IOException {
		String broken = WIDGETS.replace("        version 1\n        acquire", "        size 16\n        version 1\n        acquire");
		// x64: 32-byte INTERFACE header and one 8-byte routine pointer
		String fixed = fix("DDI300", broken, 0, "size 40");
		assertTrue(fixed.contains("        size 40\n        version 1\n"), fixed);
	}

	@Test
	void ddi300RequestsTheVersionTheProducerOffers() throws IOException {
		String broken = WIDGETS.replace("    guid " + GUID + "\n    version 1", "    guid " + GUID + "\n    version 2");
		String fixed = fix("DDI300", broken, 0, "version 2");
		assertTrue(fixed.contains("    consume WIDGET_INTERFACE {\n        version 2\n"), fixed);
	}

	@Test
	void ddi302MakesTheProducerCountAndVeto() throws IOException {
		String broken = MONITORED.replace("    references counted\n", "    references noop\n");
		String fixed = fix("DDI302", broken, 0, "'WidgetBus'");
		assertTrue(fixed.contains("produce WIDGET_INTERFACE on child-pdo { references counted veto-query-remove }"), fixed);
	}

	@Test
	void ddi302ReplacesTheProducersNoopReferences() throws IOException {
		String broken = MONITORED.replace("produce WIDGET_INTERFACE on child-pdo", "produce WIDGET_INTERFACE on child-pdo {\n        references noop\n    }");
		String fixed = fix("DDI302", broken, 0, "count references and veto query-remove");
		assertTrue(fixed.contains("produce WIDGET_INTERFACE on child-pdo {\n        references counted veto-query-remove\n    }"), fixed);
	}

	@Test
	void ddi303ReleasesAndClosesOnQueryRemoveAndRemoveComplete() throws IOException {
		String broken = MONITORED.replace("""
				    target WidgetTarget open by-name {
				        EvtIoTargetQueryRemove release close
				        EvtIoTargetRemoveComplete release close
				    }
				""", "    target WidgetTarget open by-name\n");
		String fixed = fix("DDI303", broken, 0, "EvtIoTargetQueryRemove and EvtIoTargetRemoveComplete");
		assertTrue(fixed.contains("target WidgetTarget open by-name { EvtIoTargetQueryRemove release close EvtIoTargetRemoveComplete release close }"), fixed);
		// a callback that does something else keeps doing it, and releases first
		String partly = MONITORED.replace("        EvtIoTargetRemoveComplete release close\n", "        EvtIoTargetRemoveComplete requery\n");
		String completed = fix("DDI303", partly, 0, "in EvtIoTargetRemoveComplete");
		assertTrue(completed.contains("        EvtIoTargetQueryRemove release close\n        EvtIoTargetRemoveComplete release close requery\n"), completed);
	}

	@Test
	void ddi304ReleasesInReleaseHardware() throws IOException {
		String broken = WIDGETS.replace("release EvtDeviceReleaseHardware", "release never");
		String fixed = fix("DDI304", broken, 0, "EvtDeviceReleaseHardware");
		assertEquals(WIDGETS, fixed);
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * Applies fix number {@code which} of the first {@code code} diagnostic of {@code broken}, checks
	 * its label, that the diagnostic is gone and that no new error appeared; returns the fixed text.
	 */
	private static String fix(String code, String broken, int which, String labelPart) throws IOException {
		List<Issue> before = validate(broken);
		Issue fixedIssue = first(code, before, broken);
		List<Fix> fixes = fixesOf(code, broken);
		if (fixes.size() <= which) {
			fail("expected at least " + (which + 1) + " fixes of " + code + ", found " + fixes.stream().map(Fix::label).toList()
					+ "; issues: " + describe(before));
		}
		Fix fix = fixes.get(which);
		assertTrue(fix.label().contains(labelPart), fix.label());
		assertFalse(fix.label().isBlank());
		String fixed = fix.applyTo(broken);
		List<Issue> after = validate(fixed);
		// gone: no issue of that rule says the same any more (messages name the elements, not positions)
		assertTrue(after.stream().noneMatch(i -> code.equals(DdiRule.codeOf(i)) && fixedIssue.getMessage().equals(i.getMessage())),
				"still " + code + " after '" + fix.label() + "':\n" + fixed + "\n" + describe(after));
		List<String> previousErrors = errors(before);
		List<String> newErrors = errors(after).stream().filter(e -> !previousErrors.contains(e)).toList();
		assertEquals(List.of(), newErrors, "new errors after '" + fix.label() + "':\n" + fixed);
		return fixed;
	}

	private static List<Fix> fixesOf(String code, String text) throws IOException {
		XtextResource resource = load(text);
		return INJECTOR.getInstance(LocalQuickFixes.class).fixes(resource, text, first(code, validate(resource), text));
	}

	private static Issue first(String code, List<Issue> issues, String text) {
		return issues.stream().filter(i -> code.equals(DdiRule.codeOf(i))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in\n" + text + "\n" + describe(issues)));
	}

	private static XtextResource load(String text) throws IOException {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("inmemory:/quickfix.ddi"));
		resource.load(new StringInputStream(text), Map.of());
		return resource;
	}

	private static List<Issue> validate(String text) throws IOException {
		return validate(load(text));
	}

	private static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** The errors by code and message (messages name elements, not positions, so they compare across edits). */
	private static List<String> errors(List<Issue> issues) {
		List<String> result = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.ERROR) {
				result.add(DdiRule.codeOf(issue) + ": " + issue.getMessage());
			}
		}
		return result;
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(i -> DdiRule.codeOf(i) + " " + i.getSeverity() + " line " + i.getLineNumber() + ": " + i.getMessage())
				.toList().toString();
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
