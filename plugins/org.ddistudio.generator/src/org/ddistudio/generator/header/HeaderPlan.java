/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddistudio.generator.HeaderLayout;
import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Interface;
import org.ddistudio.model.TypeDeclaration;

/**
 * Which generated header holds each interface and type: decided once for all models, so a header can
 * #include the headers of the declarations it uses from other files.
 */
public final class HeaderPlan {

	/** One header: its file name, the .ddi file it comes from and its declarations in source order. */
	public record Header(String fileName, DdiModel source, List<Declaration> declarations) {
	}

	private final Map<String, Header> headers = new LinkedHashMap<>();
	private final Map<Declaration, Header> owner = new HashMap<>();
	private final Set<String> declaredNames = new LinkedHashSet<>();

	public HeaderPlan(List<DdiModel> models, HeaderLayout layout) {
		Map<String, Integer> baseNameUse = new HashMap<>();
		for (DdiModel model : models) {
			baseNameUse.merge(baseName(model), 1, Integer::sum);
		}
		for (DdiModel model : models) {
			// Two files named alike (a/bus.ddi, b/bus.ddi) would overwrite each other: the package tells them apart.
			String base = baseNameUse.get(baseName(model)) > 1 && model.getName() != null && !model.getName().isEmpty()
					? model.getName().replace('.', '_') + "_" + baseName(model)
					: baseName(model);
			for (Declaration declaration : model.getDeclarations()) {
				declaredNames.add(declaration.getName());
				String fileName;
				if (declaration instanceof Interface) {
					fileName = layout == HeaderLayout.PER_FILE ? base + ".h" : declaration.getName() + ".h";
				} else if (declaration instanceof TypeDeclaration) {
					fileName = layout == HeaderLayout.PER_FILE ? base + ".h" : base + "_types.h";
				} else {
					continue;
				}
				Header header = headers.computeIfAbsent(fileName, name -> new Header(name, model, new ArrayList<>()));
				header.declarations().add(declaration);
				owner.put(declaration, header);
			}
		}
	}

	/** "toaster" for .../toaster.ddi. */
	static String baseName(DdiModel model) {
		String last = model.eResource() == null ? "model.ddi" : model.eResource().getURI().lastSegment();
		int dot = last.lastIndexOf('.');
		return (dot > 0 ? last.substring(0, dot) : last).replaceAll("[^A-Za-z0-9_.-]", "_");
	}

	/** Every header, in model order. */
	public List<Header> headers() {
		return List.copyOf(headers.values());
	}

	/** The header that holds a declaration, or {@code null} for one outside the generated models. */
	public Header headerOf(Declaration declaration) {
		return owner.get(declaration);
	}

	/** Whether some declaration of the models has this name (so a derived P-name would clash). */
	public boolean isDeclaredName(String name) {
		return declaredNames.contains(name);
	}
}
