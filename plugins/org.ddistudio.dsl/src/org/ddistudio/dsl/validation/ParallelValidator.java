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

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.dsl.resource.DetachedSource;
import org.ddistudio.dsl.resource.ParallelLinker;
import org.ddistudio.dsl.resource.PerFilePool;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Links and validates the files of a workspace (one resource set, name index installed; see
 * {@link ParallelLinker}) on several threads, with exactly the issues of validating them one after
 * the other, file by file in the given order.
 * <p>
 * Why that is safe. The rules of one file read other files' elements (the whole-system rules follow
 * drivers, devices and interfaces into other files) but write nothing of them: what they compute is
 * kept in the validation context of the running file, in Xtext's resource caches (concurrent maps),
 * or in the project index of {@link ModelScope}, which is built here before the threads start so
 * that they share it. Reading a reference that is still a proxy would run the owning file's linker
 * from another thread (and write that file's diagnostics), so the files are validated in parallel
 * only when linking left no proxy in any file; a workspace with an unresolved reference, which the
 * report is about anyway, is validated one file after the other. The first file is validated on the
 * calling thread before the others start, so that whatever the validators build lazily on first
 * use is built once.
 */
public final class ParallelValidator {

	private ParallelValidator() {
	}

	/**
	 * Resolves every cross-reference, then validates every resource in {@code mode}; answers the
	 * issues of each resource (syntax, linking, rules) in input order.
	 *
	 * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
	 */
	public static List<List<Issue>> validate(IResourceValidator validator, List<? extends Resource> resources, CheckMode mode, int threads) {
		return validate(validator, resources, mode, threads, ParallelLinker.link(resources, threads));
	}

	/**
	 * As {@link #validate(IResourceValidator, List, CheckMode, int)}, for resources that
	 * {@link ParallelLinker#link} has just linked (and that have not changed since).
	 */
	public static List<List<Issue>> validate(IResourceValidator validator, List<? extends Resource> resources, CheckMode mode, int threads,
			ParallelLinker.Linked linked) {
		try {
			boolean parallel = linked.parallel() && linked.allResolved();
			if (!parallel || resources.size() < 2) {
				return PerFilePool.map(resources, 1, "validate", (i, resource) -> validateOne(validator, resource, mode));
			}
			List<List<Issue>> issues = new ArrayList<>(resources.size());
			ModelScope.prepare(resources.get(0));
			issues.add(validateOne(validator, resources.get(0), mode));
			issues.addAll(PerFilePool.map(resources.subList(1, resources.size()), threads, "validate",
					(i, resource) -> validateOne(validator, resource, mode)));
			return issues;
		} finally {
			// a rule of one file may have placed a finding at an element of another
			resources.forEach(ParallelValidator::forgetCopy);
		}
	}

	private static List<Issue> validateOne(IResourceValidator validator, Resource resource, CheckMode mode) {
		try {
			return validator.validate(resource, mode, CancelIndicator.NullImpl);
		} finally {
			forgetCopy(resource); // the file's findings are placed
		}
	}

	/** Lets a detached file's fresh parse go, made to place its findings ({@link DetachedSource#inCopy}). */
	private static void forgetCopy(Resource resource) {
		DetachedSource detached = DetachedSource.of(resource);
		if (detached != null) {
			detached.forgetCopy();
		}
	}
}
