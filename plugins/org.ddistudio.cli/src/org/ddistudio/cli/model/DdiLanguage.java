package org.ddistudio.cli.model;

import org.ddistudio.dsl.DdiStandaloneSetup;

import com.google.inject.Injector;

/**
 * The DDI language runtime outside Eclipse: one Guice injector per JVM, created on first use (it
 * registers the language with EMF, which is global state, and takes most of the start-up time).
 */
public final class DdiLanguage {

	private static Injector injector;

	private DdiLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
