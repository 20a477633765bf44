/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.linking;

import org.ddistudio.dsl.validation.DdiRule;
import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Words an unresolved reference the way a driver developer thinks of it, under a stable code. */
public class DdiLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String name = context.getLinkText();
		if (reference == DdiPackage.Literals.TYPE_REF__DECLARED) {
			return error("unknown type '" + name + "': neither a WDK base type nor a declared struct, typedef or opaque type",
					DdiRule.UNKNOWN_TYPE);
		}
		if (reference == DdiPackage.Literals.TARGET_BINDING__DEVICE) {
			return error("remote target to device '" + name + "', which does not exist in this system",
					DdiRule.UNKNOWN_TARGET_DEVICE);
		}
		EClass type = reference.getEReferenceType();
		return error(article(type.getName()) + " '" + name + "' is not declared (or not visible here: check the package and imports)",
				DdiRule.UNRESOLVED_REFERENCE);
	}

	private static DiagnosticMessage error(String message, DdiRule rule) {
		return new DiagnosticMessage(message, Severity.ERROR, rule.code());
	}

	private static String article(String typeName) {
		String words = switch (typeName) {
		case "RemoteTargetDecl" -> "remote target";
		case "TypeDeclaration" -> "type";
		case "Member" -> "member";
		default -> typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		};
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
