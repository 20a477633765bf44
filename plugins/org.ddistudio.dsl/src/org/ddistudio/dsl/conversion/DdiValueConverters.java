/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Value converters of the DDI terminals and data type rules.
 * <p>
 * A singleton, as Xtext's {@link DefaultTerminalConverters} is (Guice's scope annotation is not
 * inherited): otherwise every parser and linker gets its own instance, and each builds the table of
 * converters for the whole grammar again by reflection (about 4 % of a large workspace's load time).
 */
@Singleton
public class DdiValueConverters extends DefaultTerminalConverters {

	/** NUMBER: decimal or 0x-hex, within 0..2^31-1 (sizes, versions and bug check codes all fit). */
	@ValueConverter(rule = "NUMBER")
	public IValueConverter<Integer> number() {
		return new AbstractLexerBasedConverter<>() {
			@Override
			public Integer toValue(String string, INode node) {
				if (string == null || string.isEmpty()) {
					throw new ValueConverterException("a number is expected", node, null);
				}
				boolean hex = string.startsWith("0x") || string.startsWith("0X");
				String digits = hex ? string.substring(2) : string;
				try {
					long value = Long.parseLong(digits, hex ? 16 : 10);
					if (value > Integer.MAX_VALUE) {
						throw new ValueConverterException("number " + string + " is too large (at most 0x7FFFFFFF)", node, null);
					}
					return (int) value;
				} catch (NumberFormatException e) {
					// no cause: the parser would report the cause's message instead of ours
					throw new ValueConverterException("number " + abbreviate(string) + " is too large (at most 0x7FFFFFFF)", node, null);
				}
			}

			@Override
			protected String toEscapedString(Integer value) {
				return value.toString();
			}
		};
	}

	/** Pointers: the number of '*' (blanks between them allowed, as in C). */
	@ValueConverter(rule = "Pointers")
	public IValueConverter<Integer> pointers() {
		return new IValueConverter<>() {
			@Override
			public Integer toValue(String string, INode node) {
				return string == null ? 0 : (int) string.chars().filter(c -> c == '*').count();
			}

			@Override
			public String toString(Integer value) {
				return "*".repeat(value == null ? 0 : value);
			}
		};
	}

	/** GUID_LITERAL: kept as written (with braces); the validator checks its form. */
	@ValueConverter(rule = "GUID_LITERAL")
	public IValueConverter<String> guid() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}

	private static String abbreviate(String s) {
		return s.length() > 40 ? s.substring(0, 37) + "..." : s;
	}
}
