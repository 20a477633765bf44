package org.ddistudio.ui;

import org.ddistudio.dsl.DdiRuntimeModule;
import org.ddistudio.dsl.ide.DdiIdeModule;
import org.ddistudio.dsl.ide.DdiIdeSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Creates the editor's injector the way Xtext splits a language: runtime module, then the
 * editor-agnostic ide module, then our bridge module, each later one overriding the earlier.
 */
public class DdiUiSetup extends DdiIdeSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new DdiRuntimeModule(), new DdiIdeModule(), new DdiUiModule()));
	}
}
