package org.ddistudio.dsl;

import org.ddistudio.model.DdiPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Initializes the DDI language outside Equinox (CLI, tests): EMF registration and the injector. */
public class DdiStandaloneSetup extends DdiStandaloneSetupGenerated {

	public static void doSetup() {
		new DdiStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The metamodel comes from org.ddistudio.model, not from the grammar, so the generated setup does
	 * not register it; inside Eclipse the model bundle's plugin.xml does, outside nothing else would.
	 */
	@Override
	public void register(Injector injector) {
		EPackage.Registry.INSTANCE.putIfAbsent(DdiPackage.eNS_URI, DdiPackage.eINSTANCE);
		super.register(injector);
	}
}
