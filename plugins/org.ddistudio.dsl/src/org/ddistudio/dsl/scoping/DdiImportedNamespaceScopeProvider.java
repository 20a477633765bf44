package org.ddistudio.dsl.scoping;

import java.util.List;

import org.ddistudio.model.DdiModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Adds an implicit wildcard import of the file's own package, so that files of one package see each
 * other's declarations by simple name, the way C declarations of one driver project do.
 */
public class DdiImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof DdiModel model && model.getName() != null && !model.getName().isEmpty()) {
			resolvers.add(createImportedNamespaceResolver(model.getName() + ".*", ignoreCase));
		}
		return resolvers;
	}
}
