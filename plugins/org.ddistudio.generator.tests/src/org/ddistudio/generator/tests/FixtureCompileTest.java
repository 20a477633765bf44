/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddistudio.dsl.testing.Examples;
import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.layout.Abi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every construct at once (types in any order, versions, two-way, all policies, targets) compiles and lays out as modelled. */
class FixtureCompileTest {

	@TempDir
	Path dir;

	static List<DdiModel> models() throws Exception {
		String wdk = Examples.text("wdk/system-interfaces.ddi");
		return Models.parse(Map.of("interfaces.ddi", Fixtures.INTERFACES, "drivers.ddi", Fixtures.DRIVERS, "system-interfaces.ddi", wdk));
	}

	@ParameterizedTest
	@EnumSource(Abi.class)
	void everythingCompilesAndMatchesTheModelLayout(Abi abi) throws Exception {
		CompileCheck.assumeAbi(abi);
		List<DdiModel> models = models();
		for (HeaderLayout layout : HeaderLayout.values()) {
			Path out = Files.createDirectory(dir.resolve(layout.name()));
			List<GeneratedFile> files = CompileCheck.compileAll(out, models, layout, abi);
			CompileCheck.probe(out, models, files, abi);
		}
	}
}
