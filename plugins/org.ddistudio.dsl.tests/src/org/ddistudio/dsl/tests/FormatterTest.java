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
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ddistudio.dsl.formatting2.DdiFormatting;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

class FormatterTest {

	private static String format(String text) {
		DdiTestSupport support = DdiTestSupport.of(text);
		return DdiTestSupport.injector().getInstance(DdiFormatting.class).format((XtextResource) support.model().eResource());
	}

	@Test
	void messyInputGetsTheCanonicalLayout() {
		String messy = """
				package   toaster
				import wdk.*
				/** The toaster interface. */
				interface TOASTER_INTERFACE_STANDARD { guid {E0B27630-5434-11D3-B890-00C04FAD5171}   version 1
				BOOLEAN GetCrispinessLevel ( _In_ PVOID Context ,_Out_ PUCHAR Level ) ;
				  UCHAR Data [ 4 ]
				}
				driver ToasterBus bus KMDF { produce TOASTER_INTERFACE_STANDARD on child-pdo { references counted veto-query-remove
				EvtDeviceProcessQueryInterfaceRequest exact version 1 size >= 56 , version 2 } }
				""";
		String expected = """
				package toaster
				import wdk.*

				/** The toaster interface. */
				interface TOASTER_INTERFACE_STANDARD {
				    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
				    version 1
				    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
				    UCHAR Data[4]
				}

				driver ToasterBus bus KMDF {
				    produce TOASTER_INTERFACE_STANDARD on child-pdo {
				        references counted veto-query-remove
				        EvtDeviceProcessQueryInterfaceRequest exact version 1 size >= 56, version 2
				    }
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void formattingIsIdempotentAndKeepsComments() {
		String once = format(ParsingTest.TOASTER.replace("version 1\n", "version 1 // first version\n"));
		assertEquals(once, format(once));
		org.junit.jupiter.api.Assertions.assertTrue(once.contains("// first version"), once);
	}

	@Test
	void refusesFilesWithSyntaxErrors() {
		DdiTestSupport support = DdiTestSupport.of("interface { }");
		assertThrows(IllegalArgumentException.class, () -> DdiTestSupport.injector().getInstance(DdiFormatting.class)
				.format((XtextResource) support.model().eResource()));
	}
}
