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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ddistudio.dsl.testing.ToasterModel;
import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Routine;
import org.ddistudio.model.SalKind;
import org.ddistudio.model.SystemLayout;
import org.junit.jupiter.api.Test;

class ParsingTest {

	/** The toaster sample of the shared test support (documented interface and routine, clean). */
	static final String TOASTER = ToasterModel.TEXT;

	@Test
	void toasterParsesLinksAndCarriesDocumentation() {
		DdiTestSupport support = DdiTestSupport.of(TOASTER);
		support.assertClean();
		Interface iface = (Interface) support.model().getDeclarations().get(0);
		assertEquals("{E0B27630-5434-11D3-B890-00C04FAD5171}", iface.getGuid());
		assertEquals(1, iface.getVersion());
		assertEquals("Toaster standard interface, exported by the toaster bus on every child PDO.", iface.getDocumentation());
		Routine get = (Routine) iface.getMembers().get(0);
		assertEquals("Reads the crispiness level.", get.getDocumentation());
		assertEquals(SalKind.OUT, get.getParameters().get(1).getAnnotation().getKind());
		assertNull(iface.getMembers().get(1).getDocumentation());
		Consumer consumer = ((Driver) support.model().getDeclarations().get(2)).getConsumers().get(0);
		assertEquals(2, consumer.getUses().size());
		assertFalse(consumer.getUses().get(0).eIsProxy());
		SystemLayout system = (SystemLayout) support.model().getDeclarations().get(3);
		assertEquals(system.getDevices().get(0), system.getDevices().get(1).getParent());
	}

	@Test
	void hexNumbersAndPointerLevels() {
		DdiTestSupport support = DdiTestSupport.of("""
				interface X {
				    guid {11111111-2222-3333-4444-555555555555}
				    version 0x0102
				    ULONG * * Deep;
				}
				""");
		Interface iface = (Interface) support.model().getDeclarations().get(0);
		assertEquals(0x102, iface.getVersion());
		assertEquals(2, ((org.ddistudio.model.Field) iface.getMembers().get(0)).getType().getPointerLevel());
	}

	@Test
	void crossFileReferenceThroughImport() {
		DdiTestSupport support = DdiTestSupport.files(Map.of(
				"wdk.ddi", """
						package wdk
						interface BUS_INTERFACE_STANDARD {
						    guid {496B8280-6F25-11D0-BEAF-08002BE2092F}
						    version 1
						}
						""",
				"pci.ddi", """
						package pcidrv
						import wdk.*
						driver Pci bus WDM {
						    produce BUS_INTERFACE_STANDARD on child-pdo
						}
						"""));
		Driver pci = (Driver) support.model("pci.ddi").getDeclarations().get(0);
		assertFalse(pci.getProducers().get(0).getInterface().eIsProxy());
	}

	@Test
	void samePackageAcrossFilesNeedsNoImport() {
		DdiTestSupport support = DdiTestSupport.files(Map.of(
				"a.ddi", "package toaster\ninterface I { guid {11111111-2222-3333-4444-555555555555} version 1 }\n",
				"b.ddi", "package toaster\ndriver D bus KMDF { produce I on child-pdo }\n"));
		Driver d = (Driver) support.model("b.ddi").getDeclarations().get(0);
		assertFalse(d.getProducers().get(0).getInterface().eIsProxy());
	}

	@Test
	void unknownTypeIsReportedWithItsOwnCode() {
		DdiTestSupport support = DdiTestSupport.of("interface I { guid {11111111-2222-3333-4444-555555555555} version 1 FOO Bar; }");
		assertTrue(support.issue(DdiRule.UNKNOWN_TYPE).getMessage().contains("'FOO'"), support.describe());
	}

	@Test
	void undeclaredReferencesHaveTheirOwnCodes() {
		DdiTestSupport unresolved = DdiTestSupport.of("driver D bus KMDF { produce NO_SUCH_INTERFACE on child-pdo }");
		assertTrue(unresolved.issue(DdiRule.UNRESOLVED_REFERENCE).getMessage().contains("'NO_SUCH_INTERFACE'"), unresolved.describe());
		unresolved.assertCodes(DdiRule.UNRESOLVED_REFERENCE);
		DdiTestSupport target = DdiTestSupport.of("""
				driver M function KMDF { target T open by-name }
				system S { device Mon { pdo root function M target T -> Nowhere } }
				""");
		org.eclipse.xtext.validation.Issue issue = target.issue(DdiRule.UNKNOWN_TARGET_DEVICE);
		assertTrue(issue.getMessage().contains("'Nowhere'"), issue.getMessage());
		assertEquals(2, issue.getLineNumber());
		target.assertCodes(DdiRule.UNKNOWN_TARGET_DEVICE);
		DdiTestSupport.of("""
				driver M function KMDF { target T open by-name }
				system S { device Mon { pdo root function M target T -> Other } device Other { pdo root } }
				""").assertCodes(DdiRule.STACK_WITHOUT_FUNCTION);
	}

	@Test
	void numberBeyondRangeIsADiagnosticNotACrash() {
		DdiTestSupport support = DdiTestSupport.of("interface I { guid {11111111-2222-3333-4444-555555555555} version 0x1FFFFFFFFFFFFFFFFFFFF }");
		assertFalse(support.issues().isEmpty());
		assertTrue(support.describe().contains("too large"), support.describe());
		assertTrue(support.codes().contains(DdiRule.INVALID_NUMBER.code()), support.describe());
	}

	@Test
	void emptyOrCommentOnlyFileWarns() {
		DdiTestSupport.of("").assertCodes(DdiRule.EMPTY_FILE);
		DdiTestSupport.of("// nothing yet\n/* really */\n").assertCodes(DdiRule.EMPTY_FILE);
		DdiTestSupport.of("package p\n").assertClean();
	}

	/** Regression: an incomplete parse left EMF's internal "The feature 'declared' of TypeRefImpl@..." diagnostic. */
	@Test
	void truncatedFileGetsOnlyLanguageDiagnostics() {
		DdiTestSupport support = DdiTestSupport.of("interface T { guid {E0B27630-5434-11D3-B890-00C04FAD5171} version 1 BOOLEAN Get(_In_ PVO");
		assertTrue(support.codes().stream().allMatch(c -> c.startsWith("DDI")), support.describe());
		assertFalse(support.describe().contains("Impl@"), support.describe());
	}

	@Test
	void syntaxErrorHasTheSyntaxCode() {
		DdiTestSupport support = DdiTestSupport.of("interface { }");
		assertTrue(support.codes().contains(DdiRule.SYNTAX_ERROR.code()), support.describe());
	}
}
