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

/**
 * One file a generator produces.
 *
 * @param path    the path relative to the output directory, with '/' separators
 * @param content the full text, starting with the {@link GeneratedMark}
 * @param origin  what in the model the file is generated for ("the header of toaster.ddi", "the KMDF
 *                code of driver Drv in Drv.ddi"), so that two files that would get one name can both
 *                be named when the run is refused
 */
public record GeneratedFile(String path, String content, String origin) {

	/** A file whose origin is not known. */
	public GeneratedFile(String path, String content) {
		this(path, content, path);
	}
}
