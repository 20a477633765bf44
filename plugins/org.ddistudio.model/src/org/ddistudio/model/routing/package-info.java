/**
 * Where a query interface request travels: from the top of the target stack down to the PDO,
 * on to the parent's stack for SendQueryToParentStack, and which producers it meets on the way.
 */
package org.ddistudio.model.routing;
