package org.ddistudio.dsl.ide;

import org.ddistudio.dsl.DdiRuntimeModule;
import org.ddistudio.dsl.DdiStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language injector with the IDE services: runtime module + ide module (editors, language server). */
public class DdiIdeSetup extends DdiStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new DdiRuntimeModule(), new DdiIdeModule()));
	}
}
