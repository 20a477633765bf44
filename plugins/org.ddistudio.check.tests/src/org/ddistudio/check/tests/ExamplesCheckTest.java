package org.ddistudio.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddistudio.check.CheckResult;
import org.ddistudio.check.Verdict;
import org.ddistudio.model.SystemLayout;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checker's verdict on the repository's examples, as `ddi check examples/NAME examples/wdk` gives it. */
class ExamplesCheckTest {

	@Test
	@DisplayName("report every example (exploration)")
	void report() {
		for (String example : List.of("toaster", "pcidrv", "ucsi", "sdca", "serialhci", "toastmon", "broken")) {
			for (SystemLayout system : Fixtures.example(example)) {
				CheckResult result = Fixtures.check(system);
				System.out.println("EXAMPLE " + example + ": " + Fixtures.describe(result));
			}
		}
	}
}
