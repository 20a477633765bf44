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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

import org.ddistudio.cli.CliException;

/**
 * The content of a .ddi file as text. .ddi files are UTF-8; editors on Windows often add a byte order
 * mark, which is dropped (and remembered, so a rewrite keeps it). Bytes that are not UTF-8 do not abort
 * the command: they become U+FFFD, which the parser then reports at the right place, and
 * {@link #validUtf8()} tells callers that must not rewrite such a file.
 *
 * @param text the text without BOM
 * @param hasBom whether the file started with a UTF-8 BOM
 * @param validUtf8 whether every byte decoded cleanly
 */
public record SourceText(String text, boolean hasBom, boolean validUtf8) {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Reads a file; an unreadable file is a {@link CliException} (exit 2) naming it. */
	public static SourceText read(SourceFile file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file.path());
		} catch (NoSuchFileException e) {
			throw new CliException("no such file: " + file.displayPath());
		} catch (AccessDeniedException e) {
			throw new CliException("cannot read " + file.displayPath() + ": permission denied");
		} catch (IOException | OutOfMemoryError e) {
			throw new CliException("cannot read " + file.displayPath() + ": " + e.getMessage());
		}
		return decode(bytes);
	}

	/** Decodes bytes as UTF-8, dropping a leading BOM and replacing malformed input. */
	public static SourceText decode(byte[] bytes) {
		boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3);
		ByteBuffer content = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(content.duplicate()).toString();
			return new SourceText(text, bom, true);
		} catch (CharacterCodingException e) {
			return new SourceText(StandardCharsets.UTF_8.decode(content).toString(), bom, false);
		}
	}

	/** The bytes to write back for {@code newText}: UTF-8, with the BOM if the original had one. */
	public byte[] encode(String newText) {
		byte[] body = newText.getBytes(StandardCharsets.UTF_8);
		if (!hasBom) {
			return body;
		}
		byte[] withBom = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(body, 0, withBom, BOM.length, body.length);
		return withBom;
	}
}
