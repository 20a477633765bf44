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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.CallStep;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.PnpStep;
import org.ddistudio.model.QueryStep;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.ReleaseStep;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.Scenario;
import org.ddistudio.model.StartStep;
import org.ddistudio.model.Step;
import org.ddistudio.model.SystemLayout;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.UnloadStep;
import org.ddistudio.model.topology.DeviceTrees;
import org.ddistudio.model.topology.StackConsumers;
import org.ddistudio.model.topology.StackConsumers.StackConsumer;
import org.ddistudio.model.topology.Stacks;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

/**
 * DDI5xx: a static walk over each scenario's steps, in order, tracking which consumer holds which
 * interface, which devices are removed and which query-removes are pending. It does not run the
 * query (that is the simulator's job); it finds steps that cannot happen as written.
 */
public class ScenarioValidator extends DdiRuleValidator {

	@Check
	public void checkScenario(Scenario scenario) {
		if (scenario.eContainer() instanceof SystemLayout system) {
			new Walk(system).run(scenario);
		}
	}

	/** Whether a consumer holds its interface, and since which event. */
	private enum Hold {
		HELD, RELEASED, QUERY_FAILED
	}

	private record Holding(Hold hold, String how) {
	}

	/** A consumer declaration in one device's stack: each device has its own driver instance. */
	private record Key(Device device, Consumer consumer) {
	}

	private final class Walk {
		private final SystemLayout system;
		private final Set<Device> started = new HashSet<>();
		private final Map<Device, Step> removedBy = new HashMap<>();
		private final Map<Device, PnpStep> pendingQueryRemove = new HashMap<>();
		private final Map<Device, PnpStep> vetoedQueryRemove = new HashMap<>();
		private final Map<Key, Holding> holdings = new LinkedHashMap<>();

		Walk(SystemLayout system) {
			this.system = system;
		}

		void run(Scenario scenario) {
			for (Step step : scenario.getSteps()) {
				if (step instanceof StartStep start) {
					start(start);
				} else if (step instanceof QueryStep query) {
					query(query);
				} else if (step instanceof CallStep call) {
					call(call);
				} else if (step instanceof ReleaseStep release) {
					release(release);
				} else if (step instanceof PnpStep pnp) {
					pnp(pnp);
				} else if (step instanceof UnloadStep unload) {
					unload(unload);
				}
				// an 'expect references' is an assertion, not an event: checking that a removed
				// producer was left with no outstanding reference is a legitimate teardown check
			}
		}

		// ------------------------------------------------------------ start

		/**
		 * Starting a device starts its ancestors first (a child is enumerated only by a started
		 * parent); a removed device that is started again is a new arrival. Consumers acquiring at
		 * EvtDriverDeviceAdd, EvtDevicePrepareHardware or EvtDeviceSelfManagedIoInit hold the interface
		 * from then on, unless they release it right after use.
		 */
		private void start(StartStep step) {
			List<Device> devices = new ArrayList<>();
			if (step.getDevice() == null) {
				devices.addAll(system.getDevices());
			} else if (!step.getDevice().eIsProxy()) {
				devices.addAll(DeviceTrees.ancestors(step.getDevice()).reversed());
				devices.add(step.getDevice());
			}
			for (Device device : devices) {
				removedBy.remove(device);
				if (!started.add(device)) {
					continue;
				}
				for (Driver driver : Stacks.drivers(device)) {
					if (!Stacks.hasFdoOrFilter(driver, device)) {
						continue;
					}
					for (Consumer consumer : driver.getConsumers()) {
						if (consumer.getAcquire() != AcquirePoint.ON_DEMAND && consumer.getRelease() != ReleasePoint.AFTER_USE) {
							holdings.put(new Key(device, consumer),
									new Holding(Hold.HELD, "in " + consumer.getAcquire().getLiteral() + " when started on line " + line(step)));
						}
					}
				}
			}
		}

		// ------------------------------------------------------------ query, call, release

		private void query(QueryStep step) {
			boolean removed = warnIfRemoved(step, step.getDevice(), DdiPackage.Literals.QUERY_STEP__DEVICE);
			StackConsumer consumer = resolve(step, step.getDevice(), step.getDriver(), step.getInterface(),
					DdiPackage.Literals.QUERY_STEP__DRIVER, DdiPackage.Literals.QUERY_STEP__INTERFACE);
			if (consumer == null || removed) {
				return;
			}
			Key key = new Key(step.getDevice(), consumer.consumer());
			if (step.isSetExpectedStatus() && step.getExpectedStatus() != NtStatus.STATUS_SUCCESS) {
				holdings.put(key, new Holding(Hold.QUERY_FAILED, "its query on line " + line(step) + " is expected to fail with "
						+ step.getExpectedStatus().getLiteral() + ", which hands out no interface and no reference"));
			} else {
				holdings.put(key, new Holding(Hold.HELD, "queried on line " + line(step)));
			}
		}

		private void call(CallStep step) {
			boolean removed = warnIfRemoved(step, step.getDevice(), DdiPackage.Literals.CALL_STEP__DEVICE);
			StackConsumer consumer = resolve(step, step.getDevice(), step.getDriver(), step.getInterface(),
					DdiPackage.Literals.CALL_STEP__DRIVER, DdiPackage.Literals.CALL_STEP__INTERFACE);
			if (consumer == null || removed) {
				return;
			}
			Holding holding = holdings.get(new Key(step.getDevice(), consumer.consumer()));
			if (holding != null && holding.hold() == Hold.RELEASED) {
				String routine = step.getRoutine() == null || step.getRoutine().eIsProxy() ? "a routine" : step.getRoutine().getName();
				report(DdiRule.USE_AFTER_RELEASE, "'" + consumer.driver().getName() + "' on '" + step.getDevice().getName()
						+ "' calls " + routine + " of " + step.getInterface().getName() + " after releasing it (" + holding.how()
						+ ") and without querying it again: no interface routine may be called after InterfaceDereference (R5);"
						+ " once the producer's device is removed or its driver unloaded the call lands in freed memory or an"
						+ " unloaded image (bug check 0x50 or 0xCE, R8).", step, DdiPackage.Literals.CALL_STEP__ROUTINE);
			}
		}

		private void release(ReleaseStep step) {
			boolean removed = warnIfRemoved(step, step.getDevice(), DdiPackage.Literals.RELEASE_STEP__DEVICE);
			StackConsumer consumer = resolve(step, step.getDevice(), step.getDriver(), step.getInterface(),
					DdiPackage.Literals.RELEASE_STEP__DRIVER, DdiPackage.Literals.RELEASE_STEP__INTERFACE);
			if (consumer == null || removed) {
				return;
			}
			Key key = new Key(step.getDevice(), consumer.consumer());
			Holding holding = holdings.get(key);
			if (holding == null || holding.hold() != Hold.HELD) {
				report(DdiRule.RELEASE_WITHOUT_ACQUIRE, "'" + consumer.driver().getName() + "' on '" + step.getDevice().getName()
						+ "' releases " + step.getInterface().getName() + " but does not hold it: " + whyNotHeld(key, holding)
						+ ". An unmatched InterfaceDereference drops a reference another holder owns; with counted references the"
						+ " producer's count falls below the real number of holders and its query-remove veto no longer protects"
						+ " them (R5, R7).", step, DdiPackage.Literals.RELEASE_STEP__INTERFACE);
			}
			holdings.put(key, new Holding(Hold.RELEASED, "released on line " + line(step)));
		}

		private String whyNotHeld(Key key, Holding holding) {
			Consumer consumer = key.consumer();
			if (holding != null) {
				return holding.hold() == Hold.RELEASED ? "it was already " + holding.how() : holding.how();
			}
			if (consumer.getAcquire() == AcquirePoint.ON_DEMAND) {
				return "it acquires the interface on demand and no 'queries' step for it came before in this scenario";
			}
			if (!started.contains(key.device())) {
				return "'" + key.device().getName() + "' was not started in this scenario, so "
						+ consumer.getAcquire().getLiteral() + " never ran and never queried it";
			}
			return "it releases it right after use in " + consumer.getAcquire().getLiteral()
					+ ", so after start it holds no reference any more";
		}

		/**
		 * The consumer a query, call or release step stands for: the named driver's, or the only one of
		 * the stack (DDI502, DDI506); {@code null} when there is none or it is ambiguous.
		 */
		private StackConsumer resolve(Step step, Device device, Driver asDriver, Interface iface, EReference driverFeature,
				EReference interfaceFeature) {
			if (device == null || device.eIsProxy() || iface == null || iface.eIsProxy()
					|| (asDriver != null && asDriver.eIsProxy())) {
				return null;
			}
			if (asDriver != null) {
				if (!Stacks.hasFdoOrFilter(asDriver, device)) {
					String why = Stacks.contains(device, asDriver)
							? "it only owns the PDO of '" + device.getName() + "', and a PDO cannot query (WdfFdoQueryForInterface"
									+ " from a PDO fails with STATUS_INVALID_PARAMETER, §1.3)"
							: "it has no device object in the stack of '" + device.getName() + "' (" + stackOf(device) + ")";
					report(DdiRule.NO_CONSUMER_FOR_STEP, "'" + asDriver.getName() + "' cannot act for '" + device.getName()
							+ "' here: " + why + ".", step, driverFeature);
					return null;
				}
				Consumer consumer = StackConsumers.consumerOf(asDriver, iface);
				if (consumer == null) {
					report(DdiRule.NO_CONSUMER_FOR_STEP, "'" + asDriver.getName() + "' does not consume " + iface.getName()
							+ ": add 'consume " + iface.getName() + "' to it, or name the driver of '" + device.getName()
							+ "' that does.", step, interfaceFeature);
					return null;
				}
				return new StackConsumer(asDriver, consumer);
			}
			List<StackConsumer> consumers = StackConsumers.of(device, iface);
			Driver bus = consumers.isEmpty() ? StackConsumers.childPdoConsumerOf(device, iface) : null;
			if (bus != null) {
				report(DdiRule.NO_CONSUMER_FOR_STEP, ChildPdoConsumers.why(bus, device, iface), step, interfaceFeature);
				return null;
			}
			if (consumers.isEmpty()) {
				report(DdiRule.NO_CONSUMER_FOR_STEP, "No driver in the stack of '" + device.getName() + "' (" + stackOf(device)
						+ ") consumes " + iface.getName() + ": only a driver of that stack can query it (WdfFdoQueryForInterface,"
						+ " or WdfIoTargetQueryForInterface on a remote target); add 'consume " + iface.getName()
						+ "' to its function or filter driver, or name the right device.", step, interfaceFeature);
				return null;
			}
			if (consumers.size() > 1) {
				report(DdiRule.AMBIGUOUS_CONSUMER, "Several drivers of the stack of '" + device.getName() + "' consume "
						+ iface.getName() + " (" + consumers.stream().map(c -> c.driver().getName()).collect(Collectors.joining(", "))
						+ "), each with its own query and its own reference: say which one with 'as <Driver>'.", step,
						interfaceFeature);
				return null;
			}
			return consumers.get(0);
		}

		// ------------------------------------------------------------ PnP

		/**
		 * Query-remove goes to the subtree parent first, remove children first (§4.2); a vetoed
		 * query-remove is cancelled by the PnP manager itself (IRP_MN_CANCEL_REMOVE_DEVICE and
		 * GUID_TARGET_DEVICE_REMOVE_CANCELLED). Remote-target consumers hear about the target device
		 * through their EvtIoTarget callbacks (§4.3).
		 */
		private void pnp(PnpStep step) {
			Device device = step.getDevice();
			if (device == null || device.eIsProxy()) {
				return;
			}
			if (warnIfRemoved(step, device, DdiPackage.Literals.PNP_STEP__DEVICE)) {
				return;
			}
			boolean vetoed = step.getVetoedBy() != null || (step.isSetExpectVetoed() && step.isExpectVetoed());
			switch (step.getKind()) {
			case QUERY_REMOVE -> {
				notifyTargets(device, TargetEvent.QUERY_REMOVE, step);
				if (vetoed) {
					notifyTargets(device, TargetEvent.REMOVE_CANCELED, step);
					vetoedQueryRemove.put(device, step);
				} else {
					pendingQueryRemove.put(device, step);
				}
			}
			case CANCEL_REMOVE -> {
				if (pendingQueryRemove.remove(device) == null) {
					PnpStep vetoedOne = vetoedQueryRemove.remove(device);
					String why = vetoedOne != null
							? "its query-remove on line " + line(vetoedOne) + " was vetoed, and after a veto the PnP manager"
									+ " already sent IRP_MN_CANCEL_REMOVE_DEVICE itself"
							: "no query-remove of '" + device.getName() + "' is pending";
					report(DdiRule.CANCEL_WITHOUT_QUERY_REMOVE, "cancel-remove of '" + device.getName() + "' without a pending"
							+ " query-remove: " + why + ". IRP_MN_CANCEL_REMOVE_DEVICE and GUID_TARGET_DEVICE_REMOVE_CANCELLED only"
							+ " follow a query-remove that succeeded (§4.2).", step, DdiPackage.Literals.PNP_STEP__DEVICE);
				} else {
					notifyTargets(device, TargetEvent.REMOVE_CANCELED, step);
				}
			}
			case REMOVE -> {
				if (!pendingQueryRemove.containsKey(device)) {
					notifyTargets(device, TargetEvent.QUERY_REMOVE, step);
				}
				if (vetoed) {
					notifyTargets(device, TargetEvent.REMOVE_CANCELED, step);
					pendingQueryRemove.remove(device);
				} else {
					notifyTargets(device, TargetEvent.REMOVE_COMPLETE, step);
					removeSubtree(device, step);
				}
			}
			case SURPRISE_REMOVE -> {
				// no query-remove: registrants get remove-complete only (§4.2)
				notifyTargets(device, TargetEvent.REMOVE_COMPLETE, step);
				removeSubtree(device, step);
			}
			}
		}

		private void removeSubtree(Device device, PnpStep step) {
			removedBy.put(device, step);
			for (Device other : system.getDevices()) {
				if (DeviceTrees.isSelfOrAncestor(device, other)) {
					started.remove(other);
					pendingQueryRemove.remove(other);
					vetoedQueryRemove.remove(other);
					holdings.keySet().removeIf(key -> key.device() == other);
				}
			}
		}

		/**
		 * Delivers a target-device notification for {@code device} and its subtree to every consumer
		 * that holds an interface obtained through a remote target bound into that subtree: a
		 * 'release' action drops it, a 'requery' on remove-canceled takes it again. Without a
		 * callback the framework only closes or reopens the target and never releases an interface
		 * (§4.3).
		 */
		private void notifyTargets(Device device, TargetEvent event, PnpStep step) {
			for (Map.Entry<Key, Holding> entry : holdings.entrySet()) {
				RemoteTargetDecl target = entry.getKey().consumer().getTarget();
				Device bound = target == null || target.eIsProxy() ? null : boundDevice(entry.getKey().device(), target);
				if (bound == null || !DeviceTrees.isSelfOrAncestor(device, bound)) {
					continue;
				}
				List<TargetAction> actions = actionsOf(target, event);
				Hold hold = entry.getValue().hold();
				if (event != TargetEvent.REMOVE_CANCELED && hold == Hold.HELD && actions.contains(TargetAction.RELEASE)) {
					entry.setValue(new Holding(Hold.RELEASED, "released by its " + event.getLiteral() + " callback when '"
							+ device.getName() + "' went through '" + step.getKind().getLiteral() + "' on line " + line(step)));
				} else if (event == TargetEvent.REMOVE_CANCELED && hold == Hold.RELEASED && actions.contains(TargetAction.REQUERY)) {
					entry.setValue(new Holding(Hold.HELD, "queried again by its " + event.getLiteral() + " callback on line "
							+ line(step)));
				}
			}
		}

		private static Device boundDevice(Device consumerDevice, RemoteTargetDecl target) {
			for (TargetBinding binding : consumerDevice.getTargets()) {
				if (binding.getTarget() == target && binding.getDevice() != null && !binding.getDevice().eIsProxy()) {
					return binding.getDevice();
				}
			}
			return null;
		}

		private static List<TargetAction> actionsOf(RemoteTargetDecl target, TargetEvent event) {
			for (TargetCallback callback : target.getCallbacks()) {
				if (callback.getEvent() == event) {
					return callback.getActions();
				}
			}
			return List.of();
		}

		// ------------------------------------------------------------ unload, removed devices

		/** DDI505: the I/O manager unloads a driver only once its last device object is deleted. */
		private void unload(UnloadStep step) {
			Driver driver = step.getDriver();
			if (driver == null || driver.eIsProxy()) {
				return;
			}
			List<String> inUse = new ArrayList<>();
			for (Device device : system.getDevices()) {
				if (Stacks.contains(device, driver) && removal(device) == null) {
					inUse.add(device.getName());
				}
			}
			if (!inUse.isEmpty()) {
				report(DdiRule.UNLOAD_WHILE_IN_USE, "'" + driver.getName() + "' still has device objects in "
						+ inUse.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
						+ ", which were not removed: the I/O manager calls DriverUnload only after the driver's last device"
						+ " object is deleted, so remove those devices first. Code still running in an unloaded image faults"
						+ " with bug check 0xCE (R8).", step, DdiPackage.Literals.UNLOAD_STEP__DRIVER);
			}
		}

		/** DDI503, once per step; returns whether the device is removed. */
		private boolean warnIfRemoved(Step step, Device device, EReference deviceFeature) {
			if (device == null || device.eIsProxy()) {
				return false;
			}
			Device removedAncestor = removal(device);
			if (removedAncestor == null) {
				return false;
			}
			PnpStep removal = (PnpStep) removedBy.get(removedAncestor);
			String which = removedAncestor == device ? "'" + device.getName() + "' was removed"
					: "its ancestor '" + removedAncestor.getName() + "' was removed, and with it '" + device.getName() + "'";
			report(DdiRule.STEP_ON_REMOVED_DEVICE, which + " by '" + removal.getKind().getLiteral() + "' on line " + line(removal)
					+ ": after IRP_MN_REMOVE_DEVICE its device objects are deleted, so this event cannot happen until the device"
					+ " is started again.", step, deviceFeature);
			return true;
		}

		/** The device itself or the nearest ancestor that was removed, or {@code null}. */
		private Device removal(Device device) {
			if (removedBy.containsKey(device)) {
				return device;
			}
			for (Device ancestor : DeviceTrees.ancestors(device)) {
				if (removedBy.containsKey(ancestor)) {
					return ancestor;
				}
			}
			return null;
		}

		private static String stackOf(Device device) {
			if (device.getLayers().isEmpty()) {
				return "empty stack";
			}
			return device.getLayers().stream().map(StackValidator::describe).collect(Collectors.joining(", "));
		}
	}

	private static int line(EObject object) {
		return StackValidator.line(object);
	}
}
