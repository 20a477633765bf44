/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddistudio.model.DdiModel;
import org.ddistudio.model.Declaration;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Producer;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.routing.Producers;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The models a whole-system rule looks at: every .ddi resource loaded in the element's resource set.
 * The CLI and the builders load a whole project into one resource set, so this is the project.
 * <p>
 * Whole-system rules run once per element, so walking the project each time is quadratic (a 10 MB
 * workspace spent most of its validation time here). The walk is done once into an {@link Index}
 * per resource set, which stays valid while the set holds the same resources and none of them has
 * changed. A change is seen through Xtext's resource scope cache: it is emptied on every semantic
 * change of its resource (reparse, edit, unload), so a token kept in it changes identity whenever
 * the resource does. Within one validation run the checked index is kept in the validation context,
 * so the tokens are checked once per run, not once per element.
 * <p>
 * Public only for {@link #forget(ResourceSet)}: the index is for validation, and a process that keeps
 * a validated set for a long time without validating it again drops it.
 */
public final class ModelScope {

	private static final String TOKEN = ModelScope.class.getName() + ".token";

	private ModelScope() {
	}

	static List<Declaration> declarations(EObject context) {
		return index(context, null).declarations;
	}

	static List<Interface> interfaces(EObject context) {
		return index(context, null).interfaces();
	}

	/** Every device of every system whose stack has the driver at some layer. */
	static List<Device> devicesWith(Driver driver) {
		return devicesWith(driver, null);
	}

	/** As {@link #devicesWith(Driver)}, with the validation context that keeps the index for the run. */
	static List<Device> devicesWith(Driver driver, Map<Object, Object> validationContext) {
		return index(driver, validationContext).devicesWith(driver);
	}

	/** Interfaces of the project (not cyclic) whose normalized effective GUID is {@code guid}, in declaration order. */
	static List<Interface> interfacesWithGuid(EObject context, String guid, Map<Object, Object> validationContext) {
		return index(context, validationContext).interfacesWithGuid(guid);
	}

	/** Producers of the project whose interface's normalized effective GUID is {@code guid}, in declaration order. */
	static List<Producer> producersOfGuid(EObject context, String guid, Map<Object, Object> validationContext) {
		return index(context, validationContext).producersOfGuid(guid);
	}

	/**
	 * Builds the project index of the resource's set now and keeps it in the set, so that
	 * validations that then run on several threads share it instead of each building its own.
	 */
	static void prepare(Resource resource) {
		index(resource, null);
	}

	/**
	 * Drops the index kept on the set, if any (it holds every declaration of the project and the
	 * lookups built from them). A later validation builds a new one.
	 */
	public static void forget(ResourceSet set) {
		synchronized (Holder.class) {
			set.eAdapters().removeIf(Holder.class::isInstance);
		}
	}

	/** The project index of the element's resource set: from the validation context, the set, or new. */
	static Index index(EObject context, Map<Object, Object> validationContext) {
		return index(context.eResource(), validationContext);
	}

	private static Index index(Resource own, Map<Object, Object> validationContext) {
		ResourceSet set = own == null ? null : own.getResourceSet();
		if (set == null) {
			return new Index(own == null ? List.of() : List.of(own), null);
		}
		if (validationContext != null && validationContext.get(Index.class) instanceof Index checked && checked.set == set) {
			return checked;
		}
		List<Resource> resources = List.copyOf(set.getResources());
		List<Object> tokens = tokens(resources);
		Index index = null;
		synchronized (Holder.class) {
			Holder holder = (Holder) EcoreUtil.getExistingAdapter(set, Holder.class);
			if (tokens != null && holder != null && holder.index.isFor(resources, tokens)) {
				index = holder.index;
			}
		}
		if (index == null) {
			// built outside the lock: walking the contents may install derived state
			index = new Index(resources, tokens);
			index.set = set;
			if (tokens != null) {
				synchronized (Holder.class) {
					Holder holder = (Holder) EcoreUtil.getExistingAdapter(set, Holder.class);
					if (holder == null) {
						holder = new Holder();
						set.eAdapters().add(holder);
					}
					holder.index = index;
				}
			}
		}
		if (validationContext != null) {
			validationContext.put(Index.class, index);
		}
		return index;
	}

	/** One token per resource that changes identity when the resource changes; null if one cannot tell. */
	private static List<Object> tokens(List<Resource> resources) {
		List<Object> tokens = new ArrayList<>(resources.size());
		for (Resource resource : resources) {
			if (!(resource instanceof XtextResource xtext) || xtext.getCache() == null) {
				return null;
			}
			tokens.add(xtext.getCache().get(TOKEN, xtext, Object::new));
		}
		return tokens;
	}

	/** Keeps the last index of a resource set. */
	private static final class Holder extends AdapterImpl {
		Index index;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Holder.class;
		}
	}

	/** The project's declarations, walked once, with lookups built on first use. */
	static final class Index {
		private final List<Resource> resources;
		private final List<Object> tokens;
		private ResourceSet set;
		final List<Declaration> declarations = new ArrayList<>();
		private List<Interface> interfaces;
		private Map<Driver, List<Device>> devicesByDriver;
		private Map<String, List<Interface>> interfacesByGuid;
		private Map<String, List<Producer>> producersByGuid;

		Index(List<Resource> resources, List<Object> tokens) {
			this.resources = resources;
			this.tokens = tokens;
			for (Resource resource : resources) {
				for (EObject root : resource.getContents()) {
					if (root instanceof DdiModel model) {
						declarations.addAll(model.getDeclarations());
					}
				}
			}
		}

		boolean isFor(List<Resource> resources, List<Object> tokens) {
			if (this.tokens == null || resources.size() != this.resources.size()) {
				return false;
			}
			for (int i = 0; i < resources.size(); i++) {
				if (resources.get(i) != this.resources.get(i) || tokens.get(i) != this.tokens.get(i)) {
					return false;
				}
			}
			return true;
		}

		synchronized List<Interface> interfaces() {
			if (interfaces == null) {
				interfaces = declarations.stream().filter(Interface.class::isInstance).map(Interface.class::cast).toList();
			}
			return interfaces;
		}

		synchronized List<Device> devicesWith(Driver driver) {
			if (devicesByDriver == null) {
				devicesByDriver = new HashMap<>();
				for (Declaration declaration : declarations) {
					if (declaration instanceof SystemLayout system) {
						for (Device device : system.getDevices()) {
							for (StackLayer layer : device.getLayers()) {
								Driver on = layer.getDriver();
								if (on != null) {
									List<Device> devices = devicesByDriver.computeIfAbsent(on, d -> new ArrayList<>());
									if (devices.isEmpty() || devices.get(devices.size() - 1) != device) {
										devices.add(device);
									}
								}
							}
						}
					}
				}
			}
			return devicesByDriver.getOrDefault(driver, List.of());
		}

		synchronized List<Interface> interfacesWithGuid(String guid) {
			if (interfacesByGuid == null) {
				interfacesByGuid = new LinkedHashMap<>();
				for (Interface iface : interfaces()) {
					if (Interfaces.hasCyclicBase(iface)) {
						continue;
					}
					String normalized = Guids.normalize(Interfaces.effectiveGuid(iface));
					if (normalized != null) {
						interfacesByGuid.computeIfAbsent(normalized, g -> new ArrayList<>()).add(iface);
					}
				}
			}
			return interfacesByGuid.getOrDefault(guid, List.of());
		}

		synchronized List<Producer> producersOfGuid(String guid) {
			if (producersByGuid == null) {
				producersByGuid = new HashMap<>();
				for (Declaration declaration : declarations) {
					if (declaration instanceof Driver driver) {
						for (Producer producer : driver.getProducers()) {
							String of = Producers.guidOf(producer);
							if (of != null) {
								producersByGuid.computeIfAbsent(of, g -> new ArrayList<>()).add(producer);
							}
						}
					}
				}
			}
			return producersByGuid.getOrDefault(guid, List.of());
		}
	}
}
