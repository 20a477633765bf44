/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ddistudio.model.BaseType;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.Parameter;
import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * DDI012: names that become C identifiers in the generated headers (types, interfaces, members,
 * parameters) must not be C keywords or the WDK's own type names: {@code interface int}, a field named
 * {@code return} or an interface named {@code INTERFACE} validated clean and gave C that no compiler
 * accepts. Drivers and systems are left alone: they name no C identifier of their own.
 */
public class CNameValidator extends DdiRuleValidator {

	/** C17 keywords, those C23 adds, and the Microsoft ones the WDK headers rely on. */
	static final Set<String> C_KEYWORDS = Set.of("auto", "break", "case", "char", "const", "continue", "default", "do", "double",
			"else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
			"short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
			"_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert",
			"_Thread_local", "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert", "thread_local", "true",
			"typeof", "typeof_unqual", "__int8", "__int16", "__int32", "__int64", "__cdecl", "__stdcall", "__fastcall",
			"__declspec", "__inline", "__forceinline");

	/**
	 * Type and macro names of wdm.h and wdf.h that a generated header cannot declare again: the
	 * language's built-in types, the INTERFACE header every interface starts with, the kernel
	 * objects. WDK types a model declares itself to describe (opaque PDMA_ADAPTER, the WDK's own
	 * interfaces) are not listed: declaring those is how a model refers to them.
	 */
	static final Set<String> WDK_NAMES = Stream.concat(Arrays.stream(BaseType.values()).map(BaseType::getName),
			Stream.of("INTERFACE", "DEVICE_OBJECT", "DRIVER_OBJECT", "FILE_OBJECT", "IRP", "MDL", "LIST_ENTRY", "IO_STACK_LOCATION",
					"NULL", "TRUE", "FALSE", "CONST", "INT", "UINT"))
			.collect(Collectors.toUnmodifiableSet());

	@Check
	public void declaration(Declaration declaration) {
		if (!(declaration instanceof Driver) && !(declaration instanceof SystemLayout)) {
			check(declaration.getName(), declaration, DdiPackage.Literals.DECLARATION__NAME, declaration instanceof Interface ? "interface" : "type");
		}
	}

	@Check
	public void member(Member member) {
		check(member.getName(), member, DdiPackage.Literals.MEMBER__NAME, "member");
	}

	@Check
	public void parameter(Parameter parameter) {
		check(parameter.getName(), parameter, DdiPackage.Literals.PARAMETER__NAME, "parameter");
	}

	private void check(String name, EObject element, EStructuralFeature feature, String what) {
		if (name == null) {
			return;
		}
		if (C_KEYWORDS.contains(name)) {
			report(DdiRule.RESERVED_C_NAME, what + " name '" + name + "' is a C keyword: the generated header would not compile; rename it",
					element, feature);
		} else if (WDK_NAMES.contains(name)) {
			report(DdiRule.RESERVED_C_NAME, what + " name '" + name + "' is already a type or macro of the WDK headers (wdm.h, wdf.h): "
					+ "the generated header would declare it twice; rename it", element, feature);
		}
	}
}
