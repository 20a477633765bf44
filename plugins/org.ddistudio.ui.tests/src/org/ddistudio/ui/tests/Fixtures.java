/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.tests;

/** The .ddi files of the test projects. */
final class Fixtures {

	private Fixtures() {
	}

	static final String GUID = "{6A2B4C8D-1E3F-4A5B-8C7D-9E0F1A2B3C4D}";

	/** An interface and its producer, in one file ... */
	static final String WIDGET = """
			package demo

			/** The widget bus interface: lets a function driver poke the bus. */
			interface WIDGET_INTERFACE {
			    guid %s
			    version 1
			    references counted
			    NTSTATUS Poke(_In_ PVOID Context, _In_ ULONG Value);
			    ULONG Flags;
			}

			driver WidgetBus bus KMDF {
			    produce WIDGET_INTERFACE on child-pdo
			}
			""".formatted(GUID);

	/** ... and its consumer in another, referring to it across files. */
	static final String FUNCTION = """
			package demo

			// the function driver of the widget
			driver WidgetFunction function KMDF {
			    consume WIDGET_INTERFACE {
			        version 1
			        calls Poke
			    }
			}
			""";

	/** A new interface being written: the caret positions the completion tests use are marked by the text around them. */
	static final String DRAFT = """
			package demo

			interface DRAFT_INTERFACE {
			    guid\s
			    version 1
			    NTSTATUS Ping(
			}
			""";

	/** Messy input for the formatter and what it must become (as the language's FormatterTest expects). */
	static final String MESSY = """
			package   demo
			/** The toaster interface. */
			interface TOASTER_INTERFACE_STANDARD { guid {E0B27630-5434-11D3-B890-00C04FAD5171}   version 1
			BOOLEAN GetCrispinessLevel ( _In_ PVOID Context ,_Out_ PUCHAR Level ) ;
			  UCHAR Data [ 4 ]
			}
			""";

	static final String FORMATTED = """
			package demo

			/** The toaster interface. */
			interface TOASTER_INTERFACE_STANDARD {
			    guid {E0B27630-5434-11D3-B890-00C04FAD5171}
			    version 1
			    BOOLEAN GetCrispinessLevel(_In_ PVOID Context, _Out_ PUCHAR Level);
			    UCHAR Data[4]
			}
			""";
}
