package org.ddistudio.cli.check;

import java.util.function.Supplier;

/** The formats of ddi check --format. */
public enum CheckFormat {
	text(TextCheckReport::new), json(JsonCheckReport::new), junit(JunitCheckReport::new), sarif(SarifCheckReport::new);

	private final Supplier<CheckReport> factory;

	CheckFormat(Supplier<CheckReport> factory) {
		this.factory = factory;
	}

	public CheckReport create() {
		return factory.get();
	}
}
