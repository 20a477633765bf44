package org.ddistudio.dsl.ide.quickfix;

import java.util.Collection;

/** Receives the fixes of one diagnostic: a label saying what the fix writes, and its edits (none: not offered). */
@FunctionalInterface
interface Offers {
	void offer(String label, Collection<Replacement> edits);
}
