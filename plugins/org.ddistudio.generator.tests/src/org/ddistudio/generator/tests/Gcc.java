/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.generator.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.Shim;
import org.ddistudio.model.layout.Abi;

/**
 * mingw-w64's gcc as the judge of generated C: the code is compiled with -fsyntax-only -Wall -Werror
 * against the real WDM headers of mingw-w64 (ddk/wdm.h, ntddk.h, initguid.h, wdmguid.h) and, for
 * KMDF alone, DDI Studio's wdf.h shim, by x86_64-w64-mingw32-gcc for x64 and i686-w64-mingw32-gcc for
 * x86. A missing compiler fails the test under CI=true (.ci/run installs mingw-w64) and skips it,
 * saying what to install, elsewhere.
 */
final class Gcc {

	private static final long TIMEOUT_SECONDS = 120;
	private static final Map<Abi, String> COMPILERS = Map.of(Abi.X64, "x86_64-w64-mingw32-gcc", Abi.X86, "i686-w64-mingw32-gcc");
	private static final Map<Abi, Boolean> AVAILABLE = new java.util.EnumMap<>(Abi.class);

	private Gcc() {
	}

	record Result(int exitCode, String output) {
	}

	/** The compiler of one ABI. */
	static String compiler(Abi abi) {
		return COMPILERS.get(abi);
	}

	/**
	 * Fails under CI=true, skips elsewhere, when the mingw-w64 compiler of {@code abi} or its ddk
	 * headers are missing.
	 */
	static synchronized void assumeCompiler(Abi abi) {
		boolean available = AVAILABLE.computeIfAbsent(abi, a -> runs(List.of(compiler(a), "--version")) && ddkInclude(a) != null);
		if (!available) {
			String message = compiler(abi) + " with mingw-w64's ddk headers is needed to verify generated code on " + abi.label()
					+ "; install it (Debian: apt-get install mingw-w64; .ci/run does this)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			assumeTrue(false, message + " - skipped");
		}
	}

	/** The folder of mingw-w64's wdm.h for one ABI, or {@code null}. */
	static Path ddkInclude(Abi abi) {
		String triple = compiler(abi).replace("-gcc", "");
		for (String candidate : List.of("/usr/" + triple + "/include/ddk", "/usr/share/mingw-w64/include/ddk",
				"/usr/" + triple + "/sys-root/mingw/include/ddk")) {
			if (Files.isRegularFile(Paths.get(candidate, "wdm.h"))) {
				return Paths.get(candidate);
			}
		}
		return null;
	}

	private static boolean runs(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Runs a command in {@code dir}; fails the test when it cannot start or times out. */
	static Result run(Path dir, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			fail("cannot run " + command.get(0) + " (" + e.getMessage() + "): mingw-w64 is needed to verify generated code; "
					+ "install it (Debian: apt-get install mingw-w64; .ci/run does this)");
			return null;
		}
		try {
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		} catch (IOException | InterruptedException e) {
			process.destroyForcibly();
			fail(String.join(" ", command) + ": " + e);
			return null;
		}
	}

	/** Writes the KMDF shim into dir/shim and the files into dir; returns dir. */
	static Path materialize(Path dir, List<GeneratedFile> files) throws IOException {
		Path shim = Files.createDirectories(dir.resolve("shim"));
		for (Map.Entry<String, String> file : Shim.files().entrySet()) {
			Files.writeString(shim.resolve(file.getKey()), file.getValue());
		}
		for (GeneratedFile file : files) {
			Files.writeString(dir.resolve(file.path()), file.content());
		}
		return dir;
	}

	/** The compiler and flags of one ABI, up to the input file. */
	private static List<String> compile(Abi abi) {
		List<String> command = new ArrayList<>(List.of(compiler(abi), "-std=gnu11", "-Wall", "-Werror"));
		command.addAll(List.of("-isystem", ddkInclude(abi).toString(), "-Ishim", "-I."));
		return command;
	}

	/** gcc -fsyntax-only -Wall -Werror on one translation unit; fails with gcc's output and the file when it does not compile. */
	static void syntaxCheck(Path dir, String file, Abi abi) {
		List<String> command = compile(abi);
		command.addAll(List.of("-fsyntax-only", file));
		Result result = run(dir, command);
		if (result.exitCode() != 0) {
			fail(abi.label() + ": " + file + " does not compile:\n" + result.output() + "\n--- " + file + ":\n" + read(dir.resolve(file)));
		}
	}

	/** Compiles a translation unit to assembly (-S); returns the assembly text. */
	static String assemble(Path dir, String file, Abi abi) {
		String out = file.replace(".c", "") + "-" + abi.label() + ".s";
		List<String> command = compile(abi);
		command.addAll(List.of("-S", file, "-o", out));
		Result compiled = run(dir, command);
		if (compiled.exitCode() != 0) {
			fail(abi.label() + ": " + file + " does not compile:\n" + compiled.output());
		}
		return read(dir.resolve(out));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "(unreadable: " + e + ")";
		}
	}
}
