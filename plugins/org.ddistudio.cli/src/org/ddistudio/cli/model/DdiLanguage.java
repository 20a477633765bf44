package org.ddistudio.cli.model;

import org.ddistudio.dsl.DdiStandaloneSetup;
import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EPackage;

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
			// Outside Equinox nothing registers the metamodel (org.ddistudio.model's plugin.xml does that in
			// Eclipse) and DdiStandaloneSetup does not either; initialising the package registers it.
			EPackage.Registry.INSTANCE.putIfAbsent(DdiPackage.eNS_URI, DdiPackage.eINSTANCE);
			injector = new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
