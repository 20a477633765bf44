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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.ddistudio.dsl.resource.SourceNodes;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.DriverKind;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.QueryCallbackPolicy;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.topology.DeviceTrees;
import org.ddistudio.model.topology.StackRegistrations;
import org.ddistudio.model.topology.StackRegistrations.Registration;
import org.ddistudio.model.topology.Stacks;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * DDI4xx: device trees and stacks. A stack is written bottom to top (pdo, lower filters, function,
 * upper filters) the way PnP builds it: the parent's bus driver creates the PDO, then AddDevice
 * attaches lower filters, the function driver and upper filters in that order (wdf-semantics.md
 * §4.1, §4.2). Query-interface IRPs enter at the top and travel down (R1), which is why the order
 * matters for DDI406.
 */
public class StackValidator extends DdiRuleValidator {

	private static final DdiPackage P = DdiPackage.eINSTANCE;

	/** DDI400 and DDI408: every stack stands on a PDO; without a function driver it is a raw PDO. */
	@Check
	public void checkPdoAndFunction(Device device) {
		if (Stacks.firstLayer(device, LayerRole.PDO) == null) {
			report(DdiRule.STACK_WITHOUT_PDO, "Device '" + device.getName() + "' has no PDO: every device stack is built on the"
					+ " physical device object that the parent's bus driver created when it enumerated the device (or the PnP"
					+ " manager, for a root-enumerated device); start the stack with 'pdo <BusDriver>' or 'pdo root'.",
					device, P.getDevice_Name());
			return;
		}
		if (Stacks.firstLayer(device, LayerRole.FUNCTION) == null) {
			report(DdiRule.STACK_WITHOUT_FUNCTION, "Device '" + device.getName() + "' has no function driver: it runs as a raw"
					+ " PDO, which PnP starts only if the bus driver marked it raw (WdfPdoInitAssignRawDevice); otherwise the"
					+ " device stays without a driver (Code 28) and no FDO ever queries or answers on it.",
					device, P.getDevice_Name());
		}
	}

	/** DDI401: PnP loads exactly one function driver (the INF's service) per device. */
	@Check
	public void checkSingleFunctionDriver(Device device) {
		List<StackLayer> functions = Stacks.layers(device, LayerRole.FUNCTION);
		for (StackLayer extra : functions.subList(Math.min(1, functions.size()), functions.size())) {
			report(DdiRule.TWO_FUNCTION_DRIVERS, "Device '" + device.getName() + "' already has the function driver '"
					+ nameOf(functions.get(0)) + "' (line " + line(functions.get(0)) + "): a stack has exactly one FDO, created"
					+ " by the one function driver PnP loads for the device; make '" + nameOf(extra)
					+ "' a filter (WdfFdoInitSetFilter) or give it a device of its own.", extra, P.getStackLayer_Role());
		}
	}

	/** DDI402: bottom to top is pdo, lower filters, function, upper filters; exactly one pdo, at the bottom. */
	@Check
	public void checkLayerOrder(Device device) {
		List<StackLayer> layers = device.getLayers();
		StackLayer highest = null;
		for (int i = 0; i < layers.size(); i++) {
			StackLayer layer = layers.get(i);
			if (layer.getRole() == LayerRole.PDO && i > 0) {
				StackLayer earlierPdo = layers.subList(0, i).stream().filter(l -> l.getRole() == LayerRole.PDO).findFirst().orElse(null);
				String why = earlierPdo != null
						? "it is a second PDO: a stack has exactly one, created by the bus driver that enumerated the device, and"
								+ " it is already given on line " + line(earlierPdo)
						: "the PDO is the bottom of the stack (the bus driver creates it before AddDevice attaches anything), but '"
								+ describe(layers.get(0)) + "' is written below it";
				report(DdiRule.LAYER_OUT_OF_ORDER, "'" + describe(layer) + "' is out of order in device '" + device.getName()
						+ "': " + why + ".", layer, P.getStackLayer_Role());
				continue;
			}
			if (highest != null && rank(layer.getRole()) < rank(highest.getRole())) {
				report(DdiRule.LAYER_OUT_OF_ORDER, "'" + describe(layer) + "' is written above '" + describe(highest)
						+ "' in device '" + device.getName() + "': stacks are written bottom to top (pdo, lower-filter, function,"
						+ " upper-filter), the order in which the device objects are attached, and " + withArticle(roleWord(layer.getRole()))
						+ " always sits below " + withArticle(roleWord(highest.getRole())) + ".", layer, P.getStackLayer_Role());
				continue;
			}
			if (highest == null || rank(layer.getRole()) > rank(highest.getRole())) {
				highest = layer;
			}
		}
	}

	/** DDI403: the parent chain must end at a root-enumerated device. */
	@Check
	public void checkNoCycle(Device device) {
		List<Device> cycle = DeviceTrees.cycleThrough(device);
		if (!cycle.isEmpty()) {
			String chain = cycle.stream().map(Device::getName).collect(Collectors.joining(" -> ")) + " -> " + device.getName();
			report(DdiRule.CYCLIC_DEVICE_TREE, "The device tree is cyclic: " + chain + ". A device's parent is the device whose"
					+ " bus driver enumerated it, so the chain of parents must end at a root-enumerated device (no parent).",
					device, P.getDevice_Parent());
		}
	}

	/** DDI404: a child's PDO is created by the bus driver that is the function driver of its parent. */
	@Check
	public void checkPdoOwner(Device device) {
		StackLayer pdo = Stacks.firstLayer(device, LayerRole.PDO);
		if (pdo == null || (pdo.getDriver() != null && pdo.getDriver().eIsProxy())) {
			return;
		}
		Driver owner = pdo.getDriver();
		Device parent = DeviceTrees.parentOf(device);
		if (parent == null) {
			if (device.getParent() == null && owner != null) {
				report(DdiRule.PDO_OWNER_MISMATCH, "Device '" + device.getName() + "' has no parent, so it is root-enumerated and"
						+ " its PDO belongs to the PnP manager: write 'pdo root', or give it as parent the device whose bus driver '"
						+ owner.getName() + "' enumerates it.", pdo, P.getStackLayer_Driver());
			}
			return;
		}
		Driver parentFunction = Stacks.functionDriver(parent);
		if (owner == null) {
			report(DdiRule.PDO_OWNER_MISMATCH, "'pdo root' is only for root-enumerated devices: '" + device.getName()
					+ "' is a child of '" + parent.getName() + "', so its PDO is created by "
					+ (parentFunction != null ? "'" + parentFunction.getName() + "', the bus driver of '" + parent.getName() + "'"
							: "the bus driver of '" + parent.getName() + "'")
					+ ".", pdo, P.getStackLayer_Role());
		} else if (parentFunction == null) {
			report(DdiRule.PDO_OWNER_MISMATCH, "The PDO of '" + device.getName() + "' is said to be created by '" + owner.getName()
					+ "', but its parent '" + parent.getName() + "' has no function driver, and only the FDO of the parent's bus"
					+ " driver enumerates children.", pdo, P.getStackLayer_Driver());
		} else if (parentFunction != owner) {
			report(DdiRule.PDO_OWNER_MISMATCH, "The PDO of '" + device.getName() + "' is owned by '" + owner.getName()
					+ "', but its parent '" + parent.getName() + "' is driven by '" + parentFunction.getName()
					+ "': a child PDO is always created by the bus driver of the parent device (write 'pdo "
					+ parentFunction.getName() + "' or correct the parent).", pdo, P.getStackLayer_Driver());
		} else if (owner.getKind() != DriverKind.BUS) {
			report(DdiRule.PDO_OWNER_MISMATCH, "'" + owner.getName() + "' owns the PDO of '" + device.getName() + "' but is a "
					+ kindWord(owner.getKind()) + " driver: only a bus driver enumerates child PDOs"
					+ " (WdfChildListCreateDevice / WdfPdoInitAllocate); declare it 'bus'.", pdo, P.getStackLayer_Driver());
		}
	}

	/** DDI405: function and bus drivers create FDOs; filters attach at the position their INF value names. */
	@Check
	public void checkDriverKinds(Device device) {
		for (StackLayer layer : device.getLayers()) {
			Driver driver = Stacks.driverOf(layer);
			if (driver == null || layer.getRole() == LayerRole.PDO) {
				continue; // PDO ownership is DDI404's
			}
			String problem = switch (layer.getRole()) {
			case FUNCTION -> driver.getKind() == DriverKind.FUNCTION || driver.getKind() == DriverKind.BUS ? null
					: "is a " + kindWord(driver.getKind()) + " driver, so it creates a filter device object"
							+ " (WdfFdoInitSetFilter) and cannot be the function driver that owns the FDO";
			case LOWER_FILTER -> driver.getKind() == DriverKind.LOWER_FILTER ? null : filterMismatch(driver, "lower");
			case UPPER_FILTER -> driver.getKind() == DriverKind.UPPER_FILTER ? null : filterMismatch(driver, "upper");
			default -> null;
			};
			if (problem != null) {
				report(DdiRule.DRIVER_KIND_MISMATCH, "'" + driver.getName() + "' sits in the " + roleWord(layer.getRole())
						+ " position of '" + device.getName() + "' but " + problem + ".", layer, P.getStackLayer_Driver());
			}
		}
	}

	private static String filterMismatch(Driver driver, String position) {
		if (driver.getKind() == DriverKind.FUNCTION || driver.getKind() == DriverKind.BUS) {
			return "is a " + kindWord(driver.getKind()) + " driver: a function driver creates the FDO of its own device and"
					+ " is not installed as a " + position + " filter (" + (position.equals("lower") ? "LowerFilters" : "UpperFilters")
					+ ") of another";
		}
		return "is declared " + kindWord(driver.getKind()) + ": the INF's UpperFilters/LowerFilters value decides whether a"
				+ " filter attaches above or below the FDO, so declare it " + position + "-filter or move it";
	}

	/**
	 * DDI406 (R6, §1.2): a KMDF FDO or filter that answered a query still forwards the filled IRP down;
	 * a lower registration of the same GUID overwrites the buffer and takes its own reference, and the
	 * reference the upper producer took is never dereferenced.
	 */
	@Check
	public void checkSingleProducerPerGuid(Device device) {
		List<Registration> registrations = StackRegistrations.topDown(device);
		for (int i = 0; i < registrations.size(); i++) {
			Registration upper = registrations.get(i);
			String guid = guidOf(upper);
			if (guid == null || !forwardsAfterAnswering(upper)) {
				continue;
			}
			for (Registration lower : registrations.subList(i + 1, registrations.size())) {
				if (lower.layer() != upper.layer() && guid.equalsIgnoreCase(Objects.toString(guidOf(lower), ""))) {
					report(DdiRule.TWO_PRODUCERS_IN_STACK, "Two producers of " + guid + " in the stack of '" + device.getName()
							+ "': '" + describe(upper.layer()) + "' (" + upper.producer().getInterface().getName() + ") answers first"
							+ " and, as a KMDF " + roleWord(upper.layer().getRole()) + ", still forwards the filled IRP down;"
							+ " '" + describe(lower.layer()) + "' (" + lower.producer().getInterface().getName() + ", line "
							+ line(lower.layer()) + ") then overwrites the buffer and takes its own reference, so the reference '"
							+ nameOf(upper.layer()) + "' took is never dereferenced (leaked). Register the GUID on one device object"
							+ " of the stack only.", upper.layer(), P.getStackLayer_Driver());
					break;
				}
			}
		}
	}

	/**
	 * Only KMDF FDOs and filters are known to forward after answering (FxPkgFdo::_PnpQueryInterface);
	 * a PDO completes, and a callback that fails the request completes it too. What a WDM dispatch
	 * routine does after answering is its own code, so it is not assumed.
	 */
	private static boolean forwardsAfterAnswering(Registration registration) {
		Driver driver = registration.driver();
		return driver != null && driver.getFramework() == DriverFramework.KMDF
				&& registration.layer().getRole() != LayerRole.PDO
				&& (registration.producer().getCallback() == null
						|| registration.producer().getCallback().getPolicy() != QueryCallbackPolicy.FAIL);
	}

	private static String guidOf(Registration registration) {
		var iface = registration.producer().getInterface();
		return iface == null || iface.eIsProxy() ? null : Interfaces.effectiveGuid(iface);
	}

	/** DDI407 and DDI409: remote targets point at other stacks, one device per target. */
	@Check
	public void checkTargetBindings(Device device) {
		Map<RemoteTargetDecl, TargetBinding> firstBinding = new HashMap<>();
		for (TargetBinding binding : device.getTargets()) {
			RemoteTargetDecl target = binding.getTarget();
			if (target == null || target.eIsProxy()) {
				continue;
			}
			TargetBinding earlier = firstBinding.putIfAbsent(target, binding);
			if (earlier != null) {
				report(DdiRule.TARGET_BOUND_TWICE, "Remote target '" + target.getName() + "' is already bound to '"
						+ nameOf(earlier.getDevice()) + "' on line " + line(earlier) + ": one WDFIOTARGET is opened to one device"
						+ " at a time; declare a second target in the driver for a second device.", binding,
						P.getTargetBinding_Target());
			}
			if (binding.getDevice() == device) {
				report(DdiRule.TARGET_TO_OWN_STACK, "Remote target '" + target.getName() + "' is opened to '" + device.getName()
						+ "', the device's own stack: query the own stack with WdfFdoQueryForInterface, which sends the IRP to the"
						+ " top of the own stack (§1.3). A remote target's file object is an open handle on the device itself,"
						+ " which aborts its own query-remove unless the target is closed first (§4.2).", binding,
						P.getTargetBinding_Device());
			}
		}
	}

	// ---------------------------------------------------------------- wording

	private static int rank(LayerRole role) {
		return switch (role) {
		case PDO -> 0;
		case LOWER_FILTER -> 1;
		case FUNCTION -> 2;
		case UPPER_FILTER -> 3;
		};
	}

	private static String roleWord(LayerRole role) {
		return switch (role) {
		case PDO -> "PDO";
		case LOWER_FILTER -> "lower filter";
		case FUNCTION -> "function driver";
		case UPPER_FILTER -> "upper filter";
		};
	}

	private static String kindWord(DriverKind kind) {
		return switch (kind) {
		case BUS -> "bus";
		case FUNCTION -> "function";
		case LOWER_FILTER -> "lower-filter";
		case UPPER_FILTER -> "upper-filter";
		};
	}

	private static String withArticle(String word) {
		return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
	}

	/** The layer as written, e.g. "lower-filter Acpi" or "pdo root". */
	static String describe(StackLayer layer) {
		return keyword(layer.getRole()) + " " + nameOf(layer);
	}

	/** The DSL keyword of a role (the Ecore literals are prose). */
	static String keyword(LayerRole role) {
		return switch (role) {
		case PDO -> "pdo";
		case LOWER_FILTER -> "lower-filter";
		case FUNCTION -> "function";
		case UPPER_FILTER -> "upper-filter";
		};
	}

	private static String nameOf(StackLayer layer) {
		Driver driver = layer.getDriver();
		if (driver == null) {
			return "root";
		}
		return driver.eIsProxy() ? "?" : driver.getName();
	}

	private static String nameOf(Device device) {
		return device == null || device.eIsProxy() ? "?" : device.getName();
	}

	/** The 1-based source line of an element, for messages that point at a second place. */
	static int line(EObject object) {
		return SourceNodes.startLine(object);
	}
}
