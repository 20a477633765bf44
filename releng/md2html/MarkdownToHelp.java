/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/*
 * Build tool (run by plugins/org.ddistudio.help's build, not shipped): renders the repository's
 * Markdown documentation into the HTML pages of the Eclipse help system, with CommonMark (and its
 * GFM tables extension). One page per document, links between documents rewritten to the pages,
 * images copied. Usage: java -cp <commonmark jars> MarkdownToHelp.java REPO_ROOT OUT_DIR
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

public class MarkdownToHelp {

	/** Source document (relative to the repository) to page name. */
	static final Map<String, String> PAGES = Map.of(
			"README.md", "index.html",
			"docs/language.md", "language.html",
			"docs/rules.md", "rules.html",
			"docs/semantics.md", "semantics.html",
			"docs/lsp.md", "lsp.html",
			"docs/simulate-json.md", "simulate-json.html",
			"docs/performance.md", "performance.html");

	static final Pattern LINK = Pattern.compile("(href|src)=\"([^\"#:]+)(#[^\"]*)?\"");

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]).toAbsolutePath().normalize();
		Path out = Path.of(args[1]).toAbsolutePath().normalize();
		Files.createDirectories(out.resolve("images"));
		List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
		Parser parser = Parser.builder().extensions(extensions).build();
		HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			Path source = root.resolve(page.getKey());
			String markdown = Files.readString(source, StandardCharsets.UTF_8);
			String body = relink(renderer.render(parser.parse(markdown)), root, source.getParent());
			String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse("DDI Studio");
			String html = "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>" + escape(title) + "</title>\n"
					+ "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;line-height:1.45}"
					+ "pre{background:#f4f6f8;padding:.6em;overflow:auto}code{font-family:monospace}"
					+ "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}img{max-width:100%}</style>\n"
					+ "</head><body>\n" + body + "</body></html>\n";
			Path target = out.resolve(page.getValue());
			Files.writeString(target, html, StandardCharsets.UTF_8);
		}
		try (Stream<Path> images = Files.list(root.resolve("docs/images"))) {
			for (Path image : images.toList()) {
				Files.copy(image, out.resolve("images").resolve(image.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** Links to other documents go to their pages, images to the copied folder; anchors are kept. */
	static String relink(String html, Path root, Path directory) {
		Matcher m = LINK.matcher(html);
		StringBuilder result = new StringBuilder();
		while (m.find()) {
			String target = m.group(2);
			String anchor = m.group(3) == null ? "" : m.group(3);
			String relative = root.relativize(directory.resolve(target).normalize()).toString().replace('\\', '/');
			String replacement = m.group(0);
			if (PAGES.containsKey(relative)) {
				replacement = m.group(1) + "=\"" + PAGES.get(relative) + anchor + "\"";
			} else if (relative.startsWith("docs/images/")) {
				replacement = m.group(1) + "=\"images/" + relative.substring("docs/images/".length()) + "\"";
			}
			m.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(result);
		return result.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
