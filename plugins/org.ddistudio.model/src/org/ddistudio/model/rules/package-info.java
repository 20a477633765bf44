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
 * What every coded finding of DDI Studio is (a validation rule DDI###, a simulator finding SIM###, a
 * teardown invariant CHK###), how bad it is by default, and what a run that reports findings exits with:
 * decided here once, so that the command line, the IDE's markers and the language server agree.
 */
package org.ddistudio.model.rules;
