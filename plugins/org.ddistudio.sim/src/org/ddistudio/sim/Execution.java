package org.ddistudio.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.ddistudio.model.AcquirePoint;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.Device;
import org.ddistudio.model.DeviceObjectRole;
import org.ddistudio.model.Driver;
import org.ddistudio.model.DriverFramework;
import org.ddistudio.model.Interface;
import org.ddistudio.model.LayerRole;
import org.ddistudio.model.Member;
import org.ddistudio.model.NtStatus;
import org.ddistudio.model.PnpEventKind;
import org.ddistudio.model.Producer;
import org.ddistudio.model.ReferenceCounting;
import org.ddistudio.model.ReleasePoint;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.TargetAction;
import org.ddistudio.model.TargetBinding;
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TargetOpenMode;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.Fill;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.model.routing.Registrations;
import org.ddistudio.sim.SimulationState.DeviceNode;
import org.ddistudio.sim.SimulationState.Hold;
import org.ddistudio.sim.SimulationState.Holding;
import org.ddistudio.sim.SimulationState.Image;
import org.ddistudio.sim.SimulationState.Pnp;
import org.ddistudio.sim.SimulationState.Registration;
import org.ddistudio.sim.SimulationState.Target;
import org.ddistudio.sim.SimulationState.TargetState;
import org.eclipse.emf.ecore.EObject;

/** One run of one plan: the state, the trace and the findings. Not reusable. */
final class Execution {

	/** The simulator lays out interfaces as a 64-bit Windows does. */
	static final Abi ABI = Abi.X64;

	/** Raised to stop the run when the machine bug-checks. */
	private static final class Crash extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Crash() {
			super(null, null, false, false);
		}
	}

	private final ScenarioPlan plan;
	private final BooleanSupplier cancelled;
	private final SimulationState state = new SimulationState();
	private final List<TraceEntry> trace = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();
	private int step;
	private BugCheck bugCheck;

	Execution(ScenarioPlan plan, BooleanSupplier cancelled) {
		this.plan = plan;
		this.cancelled = cancelled;
	}

	ScenarioResult run() {
		try {
			for (SimEvent event : plan.events()) {
				if (cancelled.getAsBoolean()) {
					log(0, "cancelled", null);
					break;
				}
				step++;
				if (step > Simulator.MAX_EVENTS) {
					finding(FindingKind.EXPECTATION_FAILED, "scenario cut after " + Simulator.MAX_EVENTS + " events", plan.element());
					break;
				}
				execute(event);
			}
		} catch (Crash crash) {
			// the machine is down: nothing after the bug check runs
		}
		return result();
	}

	private ScenarioResult result() {
		Integer expected = plan.expectedBugCheck();
		List<String> problems = new ArrayList<>();
		if (bugCheck != null && (expected == null || expected != bugCheck.code())) {
			problems.add("unexpected bug check " + bugCheck.describe());
		}
		if (expected != null && (bugCheck == null || expected != bugCheck.code())) {
			String msg = String.format("expected bug check 0x%X, %s", expected, bugCheck == null ? "none occurred" : "got " + bugCheck.describe());
			problems.add(msg);
			findings.add(new Finding(FindingKind.EXPECTATION_FAILED, msg, plan.element(), step, null));
		}
		long failedExpectations = findings.stream().filter(f -> f.kind() == FindingKind.EXPECTATION_FAILED).count();
		if (failedExpectations > 0 && problems.isEmpty()) {
			problems.add(failedExpectations + " expectation(s) not met");
		}
		Verdict verdict = problems.isEmpty() ? Verdict.PASS : Verdict.FAIL;
		String summary = problems.isEmpty()
				? (bugCheck != null ? "bug check " + bugCheck.describe() + " as expected" : "all expectations met") + ", "
						+ findings.size() + " finding(s)"
				: String.join("; ", problems);
		return new ScenarioResult(plan.name(), plan.element(), verdict, summary, List.copyOf(trace), List.copyOf(findings), bugCheck);
	}

	// ------------------------------------------------------------------ events

	private void execute(SimEvent event) {
		switch (event) {
		case SimEvent.Start start -> {
			if (start.device() == null) {
				log(0, "start all devices", start.source());
				for (Device device : plan.system().getDevices()) {
					start(device);
				}
			} else {
				log(0, "start " + start.device().getName(), start.source());
				start(start.device());
			}
		}
		case SimEvent.AcquireOnDemand acquire -> {
			log(0, "on-demand consumers acquire and use their interfaces", acquire.source());
			for (Device device : plan.system().getDevices()) {
				for (Consumer consumer : consumersOf(device)) {
					if (consumer.getAcquire() == AcquirePoint.ON_DEMAND && state.present(device)) {
						acquire(device, consumer, null, null, acquire.source());
						afterUse(device, consumer, acquire.source());
					}
				}
			}
		}
		case SimEvent.CallAll callAll -> {
			log(0, "every consumer holding an interface calls the routines it uses", callAll.source());
			for (Map<Consumer, Holding> map : List.copyOf(state.holdings.values())) {
				for (Holding holding : List.copyOf(map.values())) {
					if (holding.state == Hold.HELD && state.present(holding.device)) {
						for (Member member : holding.consumer.getUses()) {
							call(holding.device, holding.consumer, member, callAll.source());
						}
					}
				}
			}
		}
		case SimEvent.Query query -> query(query);
		case SimEvent.Call call -> {
			Consumer consumer = consumer(call.device(), call.driver(), call.iface(), call.source());
			log(0, call.device().getName() + " calls " + call.routine().getName() + " of " + call.iface().getName(), call.source());
			if (consumer != null) {
				call(call.device(), consumer, call.routine(), call.source());
			}
		}
		case SimEvent.Release release -> {
			Consumer consumer = consumer(release.device(), release.driver(), release.iface(), release.source());
			log(0, release.device().getName() + " releases " + release.iface().getName(), release.source());
			if (consumer != null) {
				release(release.device(), consumer, release.source());
			}
		}
		case SimEvent.Pnp pnp -> pnp(pnp);
		case SimEvent.Unload unload -> unload(unload);
		case SimEvent.ReferenceCheck check -> referenceCheck(check);
		}
	}

	// ------------------------------------------------------------------ start

	private void start(Device device) {
		DeviceNode node = state.node(device);
		if (node.pnp != Pnp.ABSENT) {
			return;
		}
		Device parent = device.getParent();
		if (parent != null && !state.present(parent)) {
			if (state.node(parent).pnp == Pnp.REMOVED) {
				log(1, device.getName() + " cannot start: its parent " + parent.getName() + " is removed", device);
				return;
			}
			start(parent);
		}
		for (StackLayer layer : device.getLayers()) {
			Driver driver = layer.getDriver();
			if (driver != null && state.images.get(driver) != Image.LOADED) {
				state.images.put(driver, Image.LOADED);
				log(1, "driver " + driver.getName() + " loaded", driver);
			}
		}
		// AddDevice attaches the device objects bottom up; a query from EvtDriverDeviceAdd sees only those below
		for (StackLayer layer : device.getLayers()) {
			node.attached++;
			register(device, layer);
			forEachConsumer(device, layer, AcquirePoint.DEVICE_ADD);
		}
		node.pnp = Pnp.STARTED;
		log(1, device.getName() + " started (IRP_MN_START_DEVICE)", device);
		for (StackLayer layer : device.getLayers()) {
			forEachConsumer(device, layer, AcquirePoint.PREPARE_HARDWARE);
		}
		openTargets(device);
		for (StackLayer layer : device.getLayers()) {
			forEachConsumer(device, layer, AcquirePoint.SELF_MANAGED_IO_INIT);
		}
	}

	private void register(Device device, StackLayer layer) {
		for (Producer producer : Producers.on(layer)) {
			String rejection = Registrations.rejection(producer);
			if (rejection != null) {
				log(2, driverName(layer) + ": WdfDeviceAddQueryInterface(" + producer.getInterface().getName()
						+ ") fails with STATUS_INVALID_PARAMETER: " + rejection, producer);
			} else {
				state.node(device).registrations.add(new Registration(device, layer, producer));
			}
		}
	}

	private void forEachConsumer(Device device, StackLayer layer, AcquirePoint point) {
		Driver driver = layer.getDriver();
		if (driver == null || layer.getRole() == LayerRole.PDO) {
			return;
		}
		for (Consumer consumer : driver.getConsumers()) {
			if (consumer.getAcquire() == point) {
				acquire(device, consumer, null, null, consumer);
				afterUse(device, consumer, consumer);
			}
		}
	}

	/** A consumer that releases right after use calls what it uses, then releases, in the same callback. */
	private void afterUse(Device device, Consumer consumer, EObject source) {
		Holding holding = state.holding(device, consumer);
		if (holding == null || holding.state != Hold.HELD || consumer.getRelease() != ReleasePoint.AFTER_USE) {
			return;
		}
		for (Member member : consumer.getUses()) {
			call(device, consumer, member, source);
		}
		release(device, consumer, source);
	}

	private void openTargets(Device owner) {
		for (TargetBinding binding : owner.getTargets()) {
			Target target = new Target(owner, binding);
			state.targets.add(target);
			open(target);
		}
	}

	private void open(Target target) {
		Device to = target.targetDevice();
		if (state.present(to) && state.node(to).pnp == Pnp.STARTED) {
			target.state = TargetState.OPEN;
			log(1, target.owner.getName() + " opens remote target " + target.decl().getName() + " to " + to.getName(), target.binding);
		} else {
			target.state = TargetState.CLOSED;
			log(1, target.owner.getName() + ": WdfIoTargetOpen(" + target.decl().getName() + ") fails: " + to.getName()
					+ " is not started", target.binding);
		}
	}

	// ------------------------------------------------------------------ query, call, release

	private void query(SimEvent.Query query) {
		Consumer consumer = consumer(query.device(), query.driver(), query.iface(), query.source());
		log(0, query.device().getName() + " queries " + query.iface().getName(), query.source());
		if (consumer == null) {
			return;
		}
		QueryOutcome outcome = acquire(query.device(), consumer, query.size(), query.version(), query.source());
		NtStatus status = outcome == null ? NtStatus.STATUS_INVALID_DEVICE_STATE : outcome.status();
		if (query.expectedStatus() != null && query.expectedStatus() != status) {
			expectationFailed("expected " + query.expectedStatus().getName() + ", the query completed with " + status.getName(), query.source());
		}
		Holding holding = state.holding(query.device(), consumer);
		boolean answered = holding != null && holding.state == Hold.HELD && outcome != null && outcome.succeeded();
		if (query.expectedProducer() != null) {
			Driver actual = answered ? holding.answer.driver() : null;
			if (actual != query.expectedProducer()) {
				expectationFailed("expected an answer from " + query.expectedProducer().getName() + ", "
						+ (actual == null ? "nobody answered" : "it came from " + actual.getName()), query.source());
			}
		}
		if (query.expectedVersion() != null && (!answered || holding.returnedVersion != query.expectedVersion())) {
			expectationFailed("expected version " + query.expectedVersion() + ", "
					+ (answered ? "the interface returned is version " + holding.returnedVersion : "no interface was returned"), query.source());
		}
	}

	/** Sends the consumer's query; returns the outcome, or null when it could not be sent. */
	private QueryOutcome acquire(Device device, Consumer consumer, Integer size, Integer version, EObject source) {
		Interface iface = consumer.getInterface();
		String guid = Guids.normalize(Interfaces.effectiveGuid(iface));
		if (guid == null) {
			return null;
		}
		Device entry = device;
		if (consumer.getTarget() == null) {
			if (consumer.isSetOn() && consumer.getOn() == DeviceObjectRole.CHILD_PDO) {
				log(1, "WdfFdoQueryForInterface from a PDO returns STATUS_INVALID_PARAMETER (§1.3)", consumer);
				return new QueryOutcome(NtStatus.STATUS_INVALID_PARAMETER, null, null, List.of(), false, List.of(), List.of());
			}
		} else {
			Target target = targetOf(device, consumer);
			if (target == null || target.state == TargetState.NEVER_OPENED) {
				log(1, "no open remote target " + consumer.getTarget().getName() + ": the query is not sent", consumer);
				return null;
			}
			if (target.state != TargetState.OPEN) {
				crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, "WdfIoTargetQueryForInterface on remote target "
						+ target.decl().getName() + " while it is closed: the framework dereferences its NULL target device (§1.3)",
						source, consumer);
			}
			entry = target.targetDevice();
		}
		long requestedSize = size != null ? size : consumer.isSetRequestedSize() ? consumer.getRequestedSize() : sizeOf(iface);
		int requestedVersion = version != null ? version : consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : iface.getVersion();
		Holding previous = state.holding(device, consumer);
		if (previous != null && previous.state == Hold.HELD) {
			leak(previous, "queried again into the same buffer without releasing it first", source);
		}
		QueryOutcome outcome = QueryRouter.query(entry, new QueryRequest(guid, requestedSize, requestedVersion), ABI, state);
		log(1, (consumer.getTarget() == null ? "WdfFdoQueryForInterface" : "WdfIoTargetQueryForInterface") + "("
				+ iface.getName() + ", Size " + requestedSize + ", Version " + requestedVersion + ") enters the top of "
				+ entry.getName() + "'s stack", consumer);
		for (String line : outcome.trace()) {
			log(2, line, null);
		}
		Registration last = null;
		for (Fill fill : outcome.fills()) {
			Registration registration = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
			if (registration != null) {
				reference(registration, consumer);
				last = registration;
			}
		}
		log(1, "completes with " + outcome.status().getName(), consumer);
		Holding holding = new Holding(device, consumer);
		holding.acquiredBy = source;
		if (outcome.status() == NtStatus.STATUS_SUCCESS && last != null) {
			holding.answer = last;
			holding.returnedSize = templateSize(last.producer, requestedSize);
			holding.returnedVersion = last.producer.isNullTemplate() ? requestedVersion : last.producer.getInterface().getVersion();
			state.hold(holding);
			for (Fill fill : outcome.fills()) {
				Registration overwritten = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
				if (overwritten != null && overwritten != last && counted(overwritten)) {
					finding(FindingKind.LEAKED_REFERENCE, overwritten.driver().getName() + " filled the buffer and took a reference, then "
							+ last.driver().getName() + " below it overwrote the buffer (R6): the consumer will dereference only "
							+ last.driver().getName() + "'s Context, so " + overwritten.driver().getName() + "'s reference leaks", overwritten.producer);
				}
			}
		} else {
			if (previous != null) {
				previous.state = Hold.RELEASED; // the consumer zeroed its buffer before the query
			}
			for (Fill fill : outcome.fills()) {
				Registration filled = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
				if (filled != null && counted(filled)) {
					finding(FindingKind.LEAKED_REFERENCE, filled.driver().getName() + " copied its template and took a reference, but the query completed with "
							+ outcome.status().getName() + ", so the consumer never dereferences it (§1.2 step 6)", filled.producer);
				}
			}
		}
		return outcome;
	}

	private void call(Device device, Consumer consumer, Member member, EObject source) {
		Holding holding = state.holding(device, consumer);
		String name = member.getName();
		if (holding == null) {
			crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, consumer.getInterface().getName() + "." + name
					+ " called through a buffer that no query ever filled: the routine pointer is NULL", source, consumer);
		}
		long end = memberEnd(consumer, member);
		if (end > holding.returnedSize) {
			crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, name + " lies beyond the " + holding.returnedSize
					+ " bytes the producer returned (version " + holding.returnedVersion + "): its pointer was never filled", source, consumer);
		}
		if (holding.state == Hold.RELEASED) {
			finding(FindingKind.USE_AFTER_RELEASE, device.getName() + " calls " + name + " after releasing "
					+ consumer.getInterface().getName() + " (R5: no routine may be called after InterfaceDereference)", source);
		}
		Registration answer = holding.answer;
		checkProducerCode(answer, answer.driver(), name, source, consumer);
		log(1, device.getName() + " calls " + name + " in " + answer.driver().getName(), source);
	}

	/** Calling into the producer: its image must be loaded and its context alive. */
	private void checkProducerCode(Registration answer, Driver code, String routine, EObject source, EObject culprit) {
		if (state.images.get(code) == Image.UNLOADED) {
			crash(BugCheck.DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine + " is code of " + code.getName()
					+ ", which has been unloaded: the call faults in an unloaded driver image (R8)", source, culprit);
		}
		if (answer.freed) {
			crash(BugCheck.PAGE_FAULT_IN_NONPAGED_AREA, routine + " of " + code.getName() + " runs on the Context of "
					+ answer.device.getName() + ", whose device object was deleted: freed memory (R8)", source, culprit);
		}
	}

	private void release(Device device, Consumer consumer, EObject source) {
		Holding holding = state.holding(device, consumer);
		if (holding == null) {
			crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, "InterfaceDereference called through a buffer that no query filled: the pointer is NULL",
					source, consumer);
		}
		if (holding.state == Hold.RELEASED) {
			finding(FindingKind.DOUBLE_RELEASE, device.getName() + " releases " + consumer.getInterface().getName() + " a second time"
					+ (counted(holding.answer) ? ": the producer's count drops below what it handed out" : ""), source);
			// R5/R8: the buffer still holds the pointers, so the second InterfaceDereference really runs the
			// producer's routine: it decrements a real count again, and faults if the producer is gone (below)
		}
		Registration answer = holding.answer;
		if (!isFrameworkNoOp(answer)) {
			checkProducerCode(answer, answer.driver(), "InterfaceDereference", source, consumer);
		}
		holding.state = Hold.RELEASED;
		if (counted(answer)) {
			answer.references--;
		}
		log(1, "InterfaceDereference(" + answer.driver().getName() + ") " + refText(answer), source);
	}

	private void reference(Registration registration, Consumer consumer) {
		if (counted(registration)) {
			registration.references++;
		}
		log(2, "InterfaceReference(" + registration.driver().getName() + " on " + registration.device.getName() + ") "
				+ refText(registration), registration.producer);
	}

	private void leak(Holding holding, String why, EObject source) {
		holding.state = Hold.RELEASED;
		if (counted(holding.answer)) {
			finding(FindingKind.LEAKED_REFERENCE, holding.consumer.getInterface().getName() + " " + why + ": the reference on "
					+ holding.answer.driver().getName() + " leaks", source);
		}
	}

	// ------------------------------------------------------------------ PnP

	private void pnp(SimEvent.Pnp pnp) {
		Device device = pnp.device();
		log(0, pnp.kind().getLiteral() + " " + device.getName(), pnp.source());
		if (!state.present(device)) {
			log(1, device.getName() + " is not present: nothing happens", pnp.source());
			return;
		}
		Boolean vetoed = null;
		switch (pnp.kind()) {
		case QUERY_REMOVE -> vetoed = queryRemove(device, pnp.vetoedBy(), pnp.source());
		case CANCEL_REMOVE -> {
			// §4.2: IRP_MN_CANCEL_REMOVE_DEVICE only follows a query-remove: without one pending nothing is sent
			List<Device> pending = subtreePreOrder(device).stream().filter(d -> state.node(d).pnp == Pnp.QUERY_REMOVED).toList();
			if (pending.isEmpty()) {
				log(1, "no query-remove pending on " + device.getName() + ": nothing to cancel", pnp.source());
			}
			cancelRemove(pending, pending, pnp.source());
		}
		case REMOVE -> {
			boolean pending = state.node(device).pnp == Pnp.QUERY_REMOVED;
			vetoed = pending ? Boolean.FALSE : queryRemove(device, pnp.vetoedBy(), pnp.source());
			if (!vetoed) {
				remove(device, false, pnp.source());
			}
		}
		case SURPRISE_REMOVE -> remove(device, true, pnp.source());
		}
		if (pnp.expectVetoed() != null && vetoed != null && !pnp.expectVetoed().equals(vetoed)) {
			expectationFailed("expected the removal to be " + (pnp.expectVetoed() ? "vetoed" : "not vetoed") + ", it was "
					+ (vetoed ? "vetoed" : "not vetoed"), pnp.source());
		} else if (vetoed != null && vetoed && pnp.expectVetoed() == null && pnp.kind() == PnpEventKind.REMOVE) {
			finding(FindingKind.REMOVAL_VETOED, device.getName() + " cannot be removed: its query-remove is vetoed (see the trace); the device stays until reboot",
					pnp.source());
		}
	}

	/**
	 * Query-remove parent before children (§4.2); a veto cancels everything already queried. Returns whether vetoed.
	 * Windows (documented) order, chosen over ReactOS's: GUID_TARGET_DEVICE_QUERY_REMOVE goes to the registrants of
	 * every device of the removal set before the first IRP_MN_QUERY_REMOVE_DEVICE, so a consumer that releases in a
	 * child's notification has released before the parent's producer is asked.
	 */
	private boolean queryRemove(Device root, Driver forcedVeto, EObject source) {
		List<Device> subtree = subtreePreOrder(root).stream().filter(state::present).toList();
		for (Device device : subtree) {
			for (Target target : targetsTo(device)) {
				notifyTarget(target, TargetEvent.QUERY_REMOVE, source);
			}
		}
		List<Device> queried = new ArrayList<>();
		for (Device device : subtree) {
			queried.add(device);
			String veto = vetoOf(device, forcedVeto);
			if (veto != null) {
				log(1, "IRP_MN_QUERY_REMOVE_DEVICE on " + device.getName() + " fails: " + veto, source);
				cancelRemove(queried, subtree, source);
				return true;
			}
			state.node(device).pnp = Pnp.QUERY_REMOVED;
			log(1, "IRP_MN_QUERY_REMOVE_DEVICE on " + device.getName() + " succeeds", source);
		}
		return false;
	}

	private String vetoOf(Device device, Driver forcedVeto) {
		for (StackLayer layer : device.getLayers()) {
			if (forcedVeto != null && layer.getDriver() == forcedVeto) {
				return forcedVeto.getName() + " vetoes (scenario)";
			}
		}
		for (Registration registration : state.node(device).registrations) {
			if (registration.producer.isVetoQueryRemove() && counted(registration) && registration.references > 0) {
				return registration.driver().getName() + " vetoes: " + registration.references + " reference(s) to "
						+ registration.producer.getInterface().getName() + " outstanding";
			}
		}
		for (Target target : targetsTo(device)) {
			if (target.state == TargetState.OPEN && hasHandle(target)) {
				return "remote target " + target.decl().getName() + " of " + target.owner.getName() + " still has the device open";
			}
		}
		return null;
	}

	/**
	 * IRP_MN_CANCEL_REMOVE_DEVICE to every device that was queried, the one that failed included (§4.2), then
	 * GUID_TARGET_DEVICE_REMOVE_CANCELLED (delivered after the cancel IRP completes) to the registrants of every
	 * device that got the query-remove notification.
	 */
	private void cancelRemove(List<Device> queried, List<Device> notified, EObject source) {
		for (Device device : queried) {
			DeviceNode node = state.node(device);
			if (node.pnp == Pnp.QUERY_REMOVED || node.pnp == Pnp.STARTED) {
				node.pnp = Pnp.STARTED;
				log(1, "IRP_MN_CANCEL_REMOVE_DEVICE on " + device.getName(), source);
			}
		}
		for (Device device : notified) {
			for (Target target : targetsTo(device)) {
				notifyTarget(target, TargetEvent.REMOVE_CANCELED, source);
			}
		}
	}

	/** Removal children first (§4.2); surprise removal sends no query-remove and waits for open handles. */
	private void remove(Device root, boolean surprise, EObject source) {
		List<Device> subtree = subtreePostOrder(root).stream().filter(state::present).toList();
		if (surprise) {
			// §4.2: the whole subtree is gone, so every device of it gets IRP_MN_SURPRISE_REMOVAL and its
			// registrants remove-complete, even when the remove IRP of one of them will never come
			for (Device device : subtree) {
				if (state.node(device).pnp != Pnp.SURPRISE_REMOVED) {
					state.node(device).pnp = Pnp.SURPRISE_REMOVED;
					log(1, "IRP_MN_SURPRISE_REMOVAL on " + device.getName(), source);
					for (Target target : targetsTo(device)) {
						notifyTarget(target, TargetEvent.REMOVE_COMPLETE, source);
					}
				}
			}
		}
		for (Device device : subtree) {
			if (!surprise) {
				for (Target target : targetsTo(device)) {
					notifyTarget(target, TargetEvent.REMOVE_COMPLETE, source);
				}
			}
			if (surprise && blocked(device)) {
				continue;
			}
			// a parent's IRP_MN_REMOVE_DEVICE follows its children's: a child still waiting for its handles holds it
			// (choice: siblings of a blocked device are removed; the spec does not say otherwise)
			if (hasPresentChild(device)) {
				log(1, "IRP_MN_REMOVE_DEVICE for " + device.getName() + " waits: a child of it is not removed", source);
				continue;
			}
			removeDevice(device, source);
		}
		unloadIdleDrivers();
	}

	/** After surprise removal IRP_MN_REMOVE_DEVICE comes only when every handle is closed (§4.2). */
	private boolean blocked(Device device) {
		for (Target target : targetsTo(device)) {
			if (target.state == TargetState.OPEN && hasHandle(target)) {
				finding(FindingKind.REMOVAL_BLOCKED, "IRP_MN_REMOVE_DEVICE for " + device.getName() + " never comes: remote target "
						+ target.decl().getName() + " of " + target.owner.getName() + " keeps it open after remove-complete", target.decl());
				return true;
			}
		}
		return false;
	}

	private boolean hasPresentChild(Device device) {
		for (Device child : plan.system().getDevices()) {
			if (child.getParent() == device && state.present(child)) {
				return true;
			}
		}
		return false;
	}

	private void removeDevice(Device device, EObject source) {
		log(1, "IRP_MN_REMOVE_DEVICE on " + device.getName(), source);
		Map<Consumer, Holding> held = state.holdings.get(device);
		if (held != null) {
			for (Holding holding : held.values()) {
				if (holding.state != Hold.HELD) {
					continue;
				}
				if (holding.consumer.getRelease() == ReleasePoint.RELEASE_HARDWARE) {
					release(device, holding.consumer, holding.consumer);
				} else if (!holding.reportedNeverReleased) {
					holding.reportedNeverReleased = true;
					finding(FindingKind.NEVER_RELEASED, device.getName() + " is removed while " + driverOf(holding.consumer).getName()
							+ " still holds " + holding.consumer.getInterface().getName() + " from " + holding.answer.driver().getName()
							+ ": InterfaceDereference is never called" + (counted(holding.answer) ? " and the count never returns to zero" : ""),
							holding.consumer);
				}
			}
		}
		for (Target target : state.targets) {
			if (target.owner == device) {
				target.state = TargetState.CLOSED; // the driver's targets are deleted with its device
			}
		}
		DeviceNode node = state.node(device);
		for (Registration registration : node.registrations) {
			if (counted(registration) && registration.references > 0) {
				finding(FindingKind.REFERENCES_OUTSTANDING, registration.driver().getName() + "'s " + registration.producer.getInterface().getName()
						+ " on " + device.getName() + " is freed with " + registration.references
						+ " reference(s) outstanding: its holders keep pointers into freed memory", registration.producer);
			}
			registration.freed = true;
		}
		node.pnp = Pnp.REMOVED;
	}

	/** A driver image unloads when its last device is gone. */
	private void unloadIdleDrivers() {
		for (Map.Entry<Driver, Image> image : state.images.entrySet()) {
			if (image.getValue() == Image.LOADED && !inUse(image.getKey())) {
				image.setValue(Image.UNLOADED);
				log(1, "driver " + image.getKey().getName() + " unloaded (its last device is gone)", image.getKey());
			}
		}
	}

	private boolean inUse(Driver driver) {
		for (DeviceNode node : state.devices.values()) {
			if (node.pnp != Pnp.REMOVED && node.pnp != Pnp.ABSENT) {
				for (StackLayer layer : node.device.getLayers()) {
					if (layer.getDriver() == driver) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private void unload(SimEvent.Unload unload) {
		Driver driver = unload.driver();
		log(0, "unload " + driver.getName(), unload.source());
		if (inUse(driver)) {
			log(1, driver.getName() + " still has devices: the image stays loaded", unload.source());
		} else if (state.images.get(driver) == Image.LOADED) {
			state.images.put(driver, Image.UNLOADED);
			log(1, "driver " + driver.getName() + " unloaded", unload.source());
		}
	}

	// ------------------------------------------------------------------ remote-target notifications (§4.3)

	private void notifyTarget(Target target, TargetEvent event, EObject source) {
		if (!hasNotifications(target)) {
			return;
		}
		boolean relevant = switch (event) {
		case QUERY_REMOVE, REMOVE_COMPLETE -> target.state == TargetState.OPEN || target.state == TargetState.CLOSED_FOR_QUERY_REMOVE;
		// §4.2/§4.3: remove-cancelled goes to every registrant, like query-remove; a callback that did not close
		// the target on query-remove still gets EvtIoTargetRemoveCanceled (e.g. to requery what it released)
		case REMOVE_CANCELED -> target.state == TargetState.OPEN || target.state == TargetState.CLOSED_FOR_QUERY_REMOVE;
		};
		if (!relevant) {
			return;
		}
		TargetCallback callback = target.decl().getCallbacks().stream().filter(c -> c.getEvent() == event).findFirst().orElse(null);
		String who = target.owner.getName() + "'s target " + target.decl().getName();
		if (callback == null) {
			log(1, who + ": no " + event.getLiteral() + ", framework default", source);
			switch (event) {
			case QUERY_REMOVE -> target.state = TargetState.CLOSED_FOR_QUERY_REMOVE;
			case REMOVE_COMPLETE -> target.state = TargetState.CLOSED;
			case REMOVE_CANCELED -> {
				// choice: the default reopen of a target that is still open has nothing to reopen
				if (target.state == TargetState.CLOSED_FOR_QUERY_REMOVE) {
					reopen(target, false, source);
				}
			}
			}
			return;
		}
		log(1, who + ": " + event.getLiteral(), callback);
		for (TargetAction action : callback.getActions()) {
			switch (action) {
			case RELEASE -> releaseThrough(target, callback);
			case CLOSE -> target.state = event == TargetEvent.QUERY_REMOVE ? TargetState.CLOSED_FOR_QUERY_REMOVE : TargetState.CLOSED;
			case REOPEN -> reopen(target, true, callback);
			case REQUERY -> requeryThrough(target, callback);
			}
		}
	}

	private void reopen(Target target, boolean explicit, EObject source) {
		if (target.decl().getOpenMode() != TargetOpenMode.BY_NAME) {
			log(2, (explicit ? "WdfIoTargetOpen(REOPEN)" : "default reopen") + " fails with STATUS_INVALID_DEVICE_REQUEST: only targets opened by name can be reopened", source);
			target.state = TargetState.CLOSED;
			return;
		}
		target.state = TargetState.OPEN;
		log(2, "target " + target.decl().getName() + " reopened", source);
	}

	private void releaseThrough(Target target, EObject source) {
		Map<Consumer, Holding> held = state.holdings.get(target.owner);
		if (held == null) {
			return;
		}
		for (Holding holding : List.copyOf(held.values())) {
			if (holding.consumer.getTarget() == target.decl() && holding.state == Hold.HELD) {
				release(target.owner, holding.consumer, source);
			}
		}
	}

	private void requeryThrough(Target target, EObject source) {
		if (target.state != TargetState.OPEN) {
			return;
		}
		for (Consumer consumer : consumersOf(target.owner)) {
			if (consumer.getTarget() == target.decl()) {
				Holding holding = state.holding(target.owner, consumer);
				if (holding == null || holding.state == Hold.RELEASED) {
					acquire(target.owner, consumer, null, null, source);
				}
			}
		}
	}

	private static boolean hasNotifications(Target target) {
		return target.decl().getOpenMode() == TargetOpenMode.BY_NAME || target.decl().isWithFileObject();
	}

	/** Opened by name or with a file object, the target holds a handle (file object) to the device. */
	private static boolean hasHandle(Target target) {
		return hasNotifications(target);
	}

	// ------------------------------------------------------------------ checks and helpers

	private void referenceCheck(SimEvent.ReferenceCheck check) {
		log(0, "expect references of " + check.iface().getName() + " on " + check.device().getName() + " = " + check.count(), check.source());
		String guid = Guids.normalize(Interfaces.effectiveGuid(check.iface()));
		int actual = 0;
		boolean found = false;
		DeviceNode node = state.devices.get(check.device());
		if (node != null) {
			for (Registration registration : node.registrations) {
				if (Objects.equals(guid, Producers.guidOf(registration.producer))) {
					actual += registration.references;
					found = true;
				}
			}
		}
		if (!found || actual != check.count()) {
			expectationFailed("expected " + check.count() + " reference(s), " + (found ? "found " + actual : "no producer of it on the device"),
					check.source());
		}
	}

	private Consumer consumer(Device device, Driver driver, Interface iface, EObject source) {
		List<Consumer> candidates = new ArrayList<>();
		for (Consumer consumer : consumersOf(device)) {
			if ((driver == null || driverOf(consumer) == driver) && sameInterface(consumer.getInterface(), iface)) {
				candidates.add(consumer);
			}
		}
		if (candidates.isEmpty()) {
			expectationFailed("no driver of " + device.getName() + "'s stack consumes " + iface.getName(), source);
			return null;
		}
		return candidates.get(0);
	}

	private static boolean sameInterface(Interface a, Interface b) {
		return a == b || (a != null && b != null && Objects.equals(Guids.normalize(Interfaces.effectiveGuid(a)),
				Guids.normalize(Interfaces.effectiveGuid(b))));
	}

	private static List<Consumer> consumersOf(Device device) {
		List<Consumer> result = new ArrayList<>();
		for (StackLayer layer : device.getLayers()) {
			if (layer.getRole() != LayerRole.PDO && layer.getDriver() != null) {
				result.addAll(layer.getDriver().getConsumers());
			}
		}
		return result;
	}

	private Target targetOf(Device device, Consumer consumer) {
		for (Target target : state.targets) {
			if (target.owner == device && target.decl() == consumer.getTarget()) {
				return target;
			}
		}
		return null;
	}

	private List<Target> targetsTo(Device device) {
		return state.targets.stream().filter(t -> t.targetDevice() == device && state.present(t.owner)).toList();
	}

	private List<Device> subtreePreOrder(Device root) {
		List<Device> result = new ArrayList<>();
		collect(root, result, true, new java.util.HashSet<>());
		return result;
	}

	private List<Device> subtreePostOrder(Device root) {
		List<Device> result = new ArrayList<>();
		collect(root, result, false, new java.util.HashSet<>());
		return result;
	}

	private void collect(Device device, List<Device> out, boolean preOrder, java.util.Set<Device> seen) {
		if (!seen.add(device)) {
			return;
		}
		if (preOrder) {
			out.add(device);
		}
		for (Device child : plan.system().getDevices()) {
			if (child.getParent() == device) {
				collect(child, out, preOrder, seen);
			}
		}
		if (!preOrder) {
			out.add(device);
		}
	}

	private static boolean counted(Registration registration) {
		return Producers.counting(registration.producer) == ReferenceCounting.COUNTED;
	}

	/** KMDF fills WdfDeviceInterfaceReferenceNoOp/DereferenceNoOp, code of the framework, never unloaded (§1.1). */
	private static boolean isFrameworkNoOp(Registration registration) {
		return !counted(registration) && registration.driver().getFramework() == DriverFramework.KMDF;
	}

	private static String refText(Registration registration) {
		return counted(registration) ? "-> " + registration.references + " reference(s)" : "(no-op)";
	}

	private static long sizeOf(Interface iface) {
		try {
			return InterfaceLayout.compute(iface, ABI).size();
		} catch (LayoutException e) {
			return 0;
		}
	}

	private static long templateSize(Producer producer, long requestedSize) {
		return producer.isNullTemplate() ? requestedSize : sizeOf(producer.getInterface());
	}

	private static long memberEnd(Consumer consumer, Member member) {
		try {
			InterfaceLayout layout = InterfaceLayout.compute(consumer.getInterface(), ABI);
			InterfaceLayout.Slot slot = layout.slotOf(member);
			return slot == null ? 0 : slot.end();
		} catch (LayoutException e) {
			return 0;
		}
	}

	private static Driver driverOf(Consumer consumer) {
		return (Driver) consumer.eContainer();
	}

	private static String driverName(StackLayer layer) {
		return layer.getDriver() == null ? "root" : layer.getDriver().getName();
	}

	private void log(int depth, String text, EObject element) {
		trace.add(new TraceEntry(step, depth, text, element));
	}

	private void finding(FindingKind kind, String message, EObject element) {
		findings.add(new Finding(kind, message, element, step, null));
		log(1, kind.code() + " " + message, element);
	}

	private void expectationFailed(String message, EObject element) {
		finding(FindingKind.EXPECTATION_FAILED, message, element);
	}

	private void crash(BugCheck code, String message, EObject source, EObject culprit) {
		bugCheck = code;
		findings.add(new Finding(FindingKind.BUG_CHECK, "bug check " + code.describe() + ": " + message, culprit, step, code));
		log(1, "*** BUG CHECK " + code.describe() + ": " + message, source);
		throw new Crash();
	}
}
