/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui.document;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The DDI document partitioning: comments, strings and GUID literals apart from the code. Only the
 * code partition is lexed for highlighting, so a highlighting repair that starts at a line start can
 * never start inside a block comment; and bracket matching ignores the braces of GUIDs and comments.
 * A partitioning of its own (not the default one) keeps the Generic Editor's other services, which
 * work on the default partitioning, unaffected.
 */
public final class DdiPartitions {

	public static final String PARTITIONING = "org.ddistudio.ui.partitioning";
	public static final String CODE = IDocument.DEFAULT_CONTENT_TYPE;
	public static final String COMMENT = "__ddi_comment";
	public static final String DOC_COMMENT = "__ddi_doc_comment";
	public static final String LINE_COMMENT = "__ddi_line_comment";
	public static final String STRING = "__ddi_string";
	public static final String GUID = "__ddi_guid";

	/** Every partition type, code first. */
	public static final String[] TYPES = { CODE, COMMENT, DOC_COMMENT, LINE_COMMENT, STRING, GUID };

	private DdiPartitions() {
	}

	/** Whether a document is a DDI document, i.e. was set up with the DDI partitioning. */
	public static boolean isDdi(IDocument document) {
		return document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) != null;
	}

	/** Installs the partitioner unless the document has one for this partitioning already. */
	public static void install(IDocument document) {
		if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = new FastPartitioner(scanner(), TYPES);
			partitioner.connect(document);
			ext.setDocumentPartitioner(PARTITIONING, partitioner);
		}
	}

	private static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] {
				new EndOfLineRule("//", new Token(LINE_COMMENT)),
				// "/**/" is an empty plain comment, not the start of a documentation comment
				new EmptyCommentRule(new Token(COMMENT)),
				new MultiLineRule("/**", "*/", new Token(DOC_COMMENT), (char) 0, true),
				new MultiLineRule("/*", "*/", new Token(COMMENT), (char) 0, true),
				new SingleLineRule("\"", "\"", new Token(STRING), '\\', true),
				new GuidRule(new Token(GUID)) });
		return scanner;
	}
}
