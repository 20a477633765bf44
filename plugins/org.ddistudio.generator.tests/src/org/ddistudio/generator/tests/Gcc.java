package org.ddistudio.generator.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ddistudio.generator.GeneratedFile;
import org.ddistudio.generator.Shim;
import org.ddistudio.model.layout.Abi;

/**
 * gcc as the judge of generated C: the code is compiled against the project's WDK shim with
 * -fsyntax-only -Wall -Werror, and the layout probe is compiled and run. A missing gcc fails the
 * test (CI installs it); only the -m32 (x86) runs are skipped, when this machine cannot build 32-bit.
 */
final class Gcc {

	private static final long TIMEOUT_SECONDS = 120;
	private static Boolean m32;

	private Gcc() {
	}

	record Result(int exitCode, String output) {
	}

	/** Runs a command in {@code dir}; fails the test when it cannot start or times out. */
	static Result run(Path dir, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			fail("cannot run " + command.get(0) + " (" + e.getMessage() + "): gcc is needed to verify generated code; "
					+ "install it (Debian: apt-get install gcc gcc-multilib; .ci/run does this)");
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

	/** Whether gcc -m32 can build and link a trivial program here (gcc-multilib installed). */
	static synchronized boolean m32Available(Path scratch) {
		if (m32 == null) {
			try {
				Path dir = Files.createTempDirectory(scratch, "m32");
				Files.writeString(dir.resolve("t.c"), "#include <stdio.h>\nint main(void) { return printf(\"\") ; }\n");
				m32 = run(dir, List.of("gcc", "-m32", "t.c", "-o", "t")).exitCode() == 0;
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return m32;
	}

	/** The flags of one ABI. */
	static List<String> abiFlags(Abi abi) {
		return abi == Abi.X86 ? List.of("-m32") : List.of("-m64");
	}

	/** Writes the shim into dir/shim and the files into dir; returns dir. */
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

	/** gcc -fsyntax-only -Wall -Werror on one translation unit; fails with gcc's output and the file when it does not compile. */
	static void syntaxCheck(Path dir, String file, Abi abi) {
		List<String> command = new ArrayList<>(List.of("gcc", "-std=gnu11", "-fsyntax-only", "-Wall", "-Werror"));
		command.addAll(abiFlags(abi));
		command.addAll(List.of("-Ishim", "-I.", file));
		Result result = run(dir, command);
		if (result.exitCode() != 0) {
			fail(abi.label() + ": " + file + " does not compile:\n" + result.output() + "\n--- " + file + ":\n" + read(dir.resolve(file)));
		}
	}

	/** Compiles and runs a program; returns its output lines. */
	static List<String> compileAndRun(Path dir, String file, Abi abi) {
		String exe = file.replace(".c", "") + "-" + abi.label();
		List<String> command = new ArrayList<>(List.of("gcc", "-std=gnu11", "-Wall", "-Werror"));
		command.addAll(abiFlags(abi));
		command.addAll(List.of("-Ishim", "-I.", file, "-o", exe));
		Result compiled = run(dir, command);
		if (compiled.exitCode() != 0) {
			fail(abi.label() + ": " + file + " does not compile:\n" + compiled.output());
		}
		Result ran = run(dir, List.of(dir.resolve(exe).toString()));
		if (ran.exitCode() != 0) {
			fail(abi.label() + ": " + exe + " exited with " + ran.exitCode() + ":\n" + ran.output());
		}
		return ran.output().lines().toList();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "(unreadable: " + e + ")";
		}
	}
}
