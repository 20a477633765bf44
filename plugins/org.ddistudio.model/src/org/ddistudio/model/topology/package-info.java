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
 * Device trees and stacks: ancestry, cycles, the order of device objects in a stack, which
 * drivers sit where. Used by the validators, the simulator and the teardown checker.
 */
package org.ddistudio.model.topology;
