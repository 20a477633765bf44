/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddistudio.generator.header.HeaderGenerator;
import org.ddistudio.generator.header.HeaderPlan;
import org.ddistudio.generator.kmdf.DriverCodeGenerator;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;

/**
 * Entry point of the code generators: WDK headers for the interfaces and types of the models, and
 * KMDF producer/consumer code for their KMDF drivers. Pure: it returns the files, writing them (and
 * refusing to overwrite files without the {@link GeneratedMark}) is the caller's job.
 */
public final class DdiGenerator {

	private DdiGenerator() {
	}

	/**
	 * Generates for all models together (a model may use declarations of another). The models must
	 * be free of errors; output for an invalid model is unspecified.
	 */
	public static List<GeneratedFile> generate(List<DdiModel> models, HeaderLayout layout) {
		HeaderPlan plan = new HeaderPlan(models, layout);
		List<Interface> interfaces = new ArrayList<>();
		Set<Interface> extended = new LinkedHashSet<>();
		for (DdiModel model : models) {
			for (Declaration declaration : model.getDeclarations()) {
				if (declaration instanceof Interface iface) {
					interfaces.add(iface);
					if (iface.getBase() != null && !iface.getBase().eIsProxy()) {
						extended.add(iface.getBase());
					}
				}
			}
		}
		List<GeneratedFile> files = new ArrayList<>();
		HeaderGenerator headers = new HeaderGenerator(plan, extended);
		for (HeaderPlan.Header header : plan.headers()) {
			files.add(headers.generate(header));
		}
		DriverCodeGenerator drivers = new DriverCodeGenerator(plan, interfaces);
		for (DdiModel model : models) {
			String source = model.eResource() == null ? "a .ddi model" : model.eResource().getURI().lastSegment();
			for (Declaration declaration : model.getDeclarations()) {
				if (declaration instanceof Driver driver && DriverCodeGenerator.generatesFor(driver)) {
					files.addAll(drivers.generate(driver, source));
				}
			}
		}
		return files;
	}
}
