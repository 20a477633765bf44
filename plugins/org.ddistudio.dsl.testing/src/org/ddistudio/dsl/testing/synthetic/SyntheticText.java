/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.testing.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.ddistudio.dsl.formatting2.DdiFormatting;
import org.ddistudio.dsl.testing.DdiInjectors;
import org.ddistudio.model.DdiModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.StringInputStream;

import com.google.inject.Injector;

/**
 * Prints a generated model as .ddi text through the language itself: Xtext's serializer writes the
 * model (the grammar decides the syntax), and the language's formatter lays it out exactly as
 * {@code ddi format} does, so that parser and editor benchmarks read the very systems the simulator
 * benchmarks run, in the canonical layout, with no second printer to keep in step with the grammar.
 */
final class SyntheticText {

	private SyntheticText() {
	}

	/** The model's text in the canonical layout; the model is put into a resource of its own for that. */
	static String print(DdiModel model) {
		Injector injector = DdiInjectors.runtime();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource generated = set.createResource(URI.createURI("inmemory:/synthetic.ddi"));
		generated.getContents().add(model);
		String serialized = injector.getInstance(ISerializer.class).serialize(model, SaveOptions.newBuilder().format().getOptions());
		// the serializer's own layout is the formatter's on regions it created; `ddi format` lays out parsed text
		XtextResource parsed = (XtextResource) set.createResource(URI.createURI("inmemory:/synthetic-formatted.ddi"));
		try {
			parsed.load(new StringInputStream(serialized, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return injector.getInstance(DdiFormatting.class).format(parsed);
	}
}
