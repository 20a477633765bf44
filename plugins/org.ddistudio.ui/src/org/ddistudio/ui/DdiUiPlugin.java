/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.ui;

import org.ddistudio.ui.document.ProjectChanges;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The editor bundle's activator. It owns the one injector of the DDI language inside the IDE, so that
 * every editor service (highlighting, validation, content assist, hover, formatting) shares one
 * grammar access, one scope provider and one set of caches.
 */
public class DdiUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.ddistudio.ui";

	private static volatile DdiUiPlugin instance;

	private volatile Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(ProjectChanges.WORKSPACE_LISTENER, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(ProjectChanges.WORKSPACE_LISTENER);
		instance = null;
		super.stop(context);
	}

	/** The running plug-in, or {@code null} before start and after stop. */
	public static DdiUiPlugin getDefault() {
		return instance;
	}

	/**
	 * The language injector, created on first use: creating it parses the grammar and registers EMF
	 * packages, which nobody should pay for before the first .ddi file is opened.
	 */
	public static Injector injector() {
		DdiUiPlugin plugin = instance;
		if (plugin == null) {
			throw new IllegalStateException(PLUGIN_ID + " is not active");
		}
		Injector result = plugin.injector;
		if (result == null) {
			synchronized (plugin) {
				result = plugin.injector;
				if (result == null) {
					result = new DdiUiSetup().createInjectorAndDoEMFRegistration();
					plugin.injector = result;
				}
			}
		}
		return result;
	}

	/**
	 * Whether a throwable only says that work was cancelled (Xtext signals cancellation with an
	 * Error subclass, which a plain {@code catch (RuntimeException)} lets through and which would
	 * otherwise stop the platform's reconciler thread).
	 */
	public static boolean isCancellation(Throwable error) {
		return error instanceof OperationCanceledException
				|| injector().getInstance(OperationCanceledManager.class).isOperationCanceledException(error);
	}

	/** Logs a failure of a background editor service; such failures must not reach the user as dialogs. */
	public static void log(String message, Throwable error) {
		ILog.of(DdiUiPlugin.class).error(message, error);
	}
}
