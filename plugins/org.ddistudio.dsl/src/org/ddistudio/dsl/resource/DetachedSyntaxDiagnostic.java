/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * A syntax error of a file whose node model was detached ({@link DdiResource#detachSourceModel}):
 * every value Xtext's diagnostic answered, recorded while its node was there. Still an
 * {@link XtextSyntaxDiagnostic}, so that validation reports it as a syntax error (Issue.isSyntaxError),
 * exactly as before the detachment.
 */
final class DetachedSyntaxDiagnostic extends XtextSyntaxDiagnostic {

	private final String message;
	private final String code;
	private final String[] data;
	private final int offset;
	private final int length;
	private final int line;
	private final int column;
	private final int lineEnd;
	private final int columnEnd;
	private final URI uriToProblem;
	private final String location;

	/** Records everything {@code original} answers (its node must still be there). */
	DetachedSyntaxDiagnostic(XtextSyntaxDiagnostic original) {
		super(null);
		message = original.getMessage();
		code = original.getCode();
		data = original.getData();
		offset = original.getOffset();
		length = original.getLength();
		line = original.getLine();
		column = original.getColumn();
		lineEnd = original.getLineEnd();
		columnEnd = original.getColumnEnd();
		uriToProblem = original.getUriToProblem();
		location = original.getLocation();
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getMessage() {
		return message;
	}

	@Override
	public String getCode() {
		return code;
	}

	@Override
	public String[] getData() {
		return data;
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public int getLine() {
		return line;
	}

	@Override
	public int getColumn() {
		return column;
	}

	@Override
	public int getLineEnd() {
		return lineEnd;
	}

	@Override
	public int getColumnEnd() {
		return columnEnd;
	}

	@Override
	public URI getUriToProblem() {
		return uriToProblem;
	}

	@Override
	public String getLocation() {
		return location;
	}
}
