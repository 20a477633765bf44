package org.ddistudio.ui.tests;

/**
 * A large, valid .ddi file for measuring the editor: units of an interface, its producer on a bus, its
 * consumer, and a device pair of a system that routes the consumer's query to the producer, so every
 * rule family (interfaces, producers, consumers, stacks, routing) has work on every unit.
 */
final class LargeModel {

	private LargeModel() {
	}

	/** A file of at least {@code lines} lines. */
	static String ofLines(int lines) {
		StringBuilder declarations = new StringBuilder("package large\n\n");
		StringBuilder system = new StringBuilder("system Large {\n");
		int unit = 0;
		while (count(declarations) + count(system) + 1 < lines) {
			declarations.append("""
					/** Interface %1$d of the large model. */
					interface LARGE_%1$d_INTERFACE {
					    guid {%2$08X-0000-4000-8000-%1$012X}
					    version 1
					    references counted
					    NTSTATUS Operation%1$d(_In_ PVOID Context, _In_ ULONG Value);
					    ULONG Flags;
					}

					driver Bus%1$d bus KMDF {
					    produce LARGE_%1$d_INTERFACE on child-pdo
					}

					driver Function%1$d function KMDF {
					    consume LARGE_%1$d_INTERFACE {
					        version 1
					        calls Operation%1$d
					    }
					}

					""".formatted(unit, 0x10000000 + unit));
			system.append("""
					    device BusDevice%1$d {
					        pdo root
					        function Bus%1$d
					    }
					    device Device%1$d parent BusDevice%1$d {
					        pdo Bus%1$d
					        function Function%1$d
					    }
					""".formatted(unit));
			unit++;
		}
		return declarations.append(system).append("}\n").toString();
	}

	private static int count(CharSequence text) {
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}
}
