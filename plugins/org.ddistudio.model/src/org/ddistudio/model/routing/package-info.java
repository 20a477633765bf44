/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * Where a query interface request travels: from the top of the target stack down to the PDO,
 * on to the parent's stack for SendQueryToParentStack, and which producers it meets on the way.
 */
package org.ddistudio.model.routing;
