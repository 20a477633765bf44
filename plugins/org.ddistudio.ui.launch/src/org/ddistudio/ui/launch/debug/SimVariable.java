/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.launch.debug;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * One line of the Variables view: a PnP state, a reference count, a consumer's buffer ... read from a
 * snapshot of the simulator's state, so it never changes and cannot be edited.
 */
final class SimVariable extends DebugElement implements IVariable {

	private final String name;
	private final Value value;

	SimVariable(IDebugTarget target, String name, String value, List<SimVariable> children) {
		super(target);
		this.name = name;
		this.value = new Value(target, value, children);
	}

	SimVariable(IDebugTarget target, String name, String value) {
		this(target, name, value, List.of());
	}

	@Override
	public String getModelIdentifier() {
		return DebugModel.ID;
	}

	@Override
	public IValue getValue() {
		return value;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getReferenceTypeName() {
		return "";
	}

	@Override
	public boolean hasValueChanged() {
		return false;
	}

	@Override
	public void setValue(String expression) throws DebugException {
		throw new DebugException(org.eclipse.core.runtime.Status.error("the simulator's state is read-only while debugging"));
	}

	@Override
	public void setValue(IValue newValue) throws DebugException {
		setValue(newValue.getValueString());
	}

	@Override
	public boolean supportsValueModification() {
		return false;
	}

	@Override
	public boolean verifyValue(String expression) {
		return false;
	}

	@Override
	public boolean verifyValue(IValue newValue) {
		return false;
	}

	@Override
	public String toString() {
		return name + " = " + value.text;
	}

	/** The value: a text, with the variables it is made of (a buffer's state, size and version). */
	static final class Value extends DebugElement implements IValue {
		private final String text;
		private final List<SimVariable> children;

		Value(IDebugTarget target, String text, List<SimVariable> children) {
			super(target);
			this.text = text;
			this.children = children;
		}

		@Override
		public String getModelIdentifier() {
			return DebugModel.ID;
		}

		@Override
		public String getReferenceTypeName() {
			return "";
		}

		@Override
		public String getValueString() {
			return text;
		}

		@Override
		public boolean isAllocated() {
			return true;
		}

		@Override
		public IVariable[] getVariables() {
			return children.toArray(IVariable[]::new);
		}

		@Override
		public boolean hasVariables() {
			return !children.isEmpty();
		}
	}
}
