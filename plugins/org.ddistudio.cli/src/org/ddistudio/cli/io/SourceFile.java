/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.cli.io;

import java.nio.file.Path;

/**
 * One .ddi file of the input.
 *
 * @param path the absolute, normalised path (identity, resource URI, file to rewrite)
 * @param displayPath the path as the user wrote it, or the folder they named plus the path below it;
 *        this is what diagnostics show, so they can be pasted back into a shell or an editor
 */
public record SourceFile(Path path, String displayPath) {
}
