package org.ddistudio.dsl;

/** Initializes the DDI language outside Equinox (CLI, tests): EMF registration and the injector. */
public class DdiStandaloneSetup extends DdiStandaloneSetupGenerated {

	public static void doSetup() {
		new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
