package org.ddistudio.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The models a whole-system rule looks at: every .ddi resource loaded in the element's resource set.
 * The CLI and the builders load a whole project into one resource set, so this is the project.
 */
final class ModelScope {

	private ModelScope() {
	}

	static List<Declaration> declarations(EObject context) {
		List<Declaration> result = new ArrayList<>();
		Resource own = context.eResource();
		ResourceSet set = own == null ? null : own.getResourceSet();
		List<Resource> resources = set == null ? (own == null ? List.of() : List.of(own)) : List.copyOf(set.getResources());
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof DdiModel model) {
					result.addAll(model.getDeclarations());
				}
			}
		}
		return result;
	}

	static List<Interface> interfaces(EObject context) {
		return declarations(context).stream().filter(Interface.class::isInstance).map(Interface.class::cast).toList();
	}

	/** Every device of every system whose stack has the driver at some layer. */
	static List<Device> devicesWith(Driver driver) {
		List<Device> result = new ArrayList<>();
		for (Declaration declaration : declarations(driver)) {
			if (declaration instanceof SystemLayout system) {
				for (Device device : system.getDevices()) {
					for (StackLayer layer : device.getLayers()) {
						if (layer.getDriver() == driver) {
							result.add(device);
							break;
						}
					}
				}
			}
		}
		return result;
	}
}
