/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.model.routing;

/**
 * The parameters of an IRP_MN_QUERY_INTERFACE as a consumer fills them.
 *
 * @param guid    normalized InterfaceType
 * @param size    QueryInterface.Size (the consumer's buffer size)
 * @param version QueryInterface.Version
 */
public record QueryRequest(String guid, long size, int version) {
}
