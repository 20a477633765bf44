package org.ddistudio.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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
import org.ddistudio.model.TargetCallback;
import org.ddistudio.model.TargetEvent;
import org.ddistudio.model.TargetOpenMode;
import org.ddistudio.model.layout.Abi;
import org.ddistudio.model.layout.Guids;
import org.ddistudio.model.layout.InterfaceLayout;
import org.ddistudio.model.layout.Interfaces;
import org.ddistudio.model.layout.LayoutException;
import org.ddistudio.model.routing.Fill;
import org.ddistudio.model.routing.Hop;
import org.ddistudio.model.routing.Producers;
import org.ddistudio.model.routing.QueryOutcome;
import org.ddistudio.model.routing.QueryRequest;
import org.ddistudio.model.routing.QueryRouter;
import org.ddistudio.model.routing.Registrations;
import org.ddistudio.sim.SystemIndex.HoldSlot;
import org.ddistudio.sim.SystemIndex.RegSlot;
import org.ddistudio.sim.SystemIndex.TargetSlot;
import org.eclipse.emf.ecore.EObject;

/**
 * The semantics of every event on a {@link SimulationState}. Two uses: {@link #run()} runs a whole plan
 * from a system where nothing is started (the simulator); {@link #apply(SimEvent)} applies one event to a
 * given state (the teardown checker, which copies the state before each event and may switch the trace
 * off: trace texts are built lazily, only when traced).
 */
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
	private final SystemIndex index;
	private final BooleanSupplier cancelled;
	private final SimulationState state;
	private final boolean tracing;
	private final List<TraceEntry> trace = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();
	/** The queries routed while tracing, with their paths (a debugger shows the last ones as frames). */
	private final List<SentQuery> sent = new ArrayList<>();
	private int step;
	private BugCheck bugCheck;
	/** The plan was longer than {@link Simulator#MAX_EVENTS}: the rest is not run. */
	private boolean cut;

	Execution(ScenarioPlan plan, BooleanSupplier cancelled) {
		this.plan = plan;
		this.index = new SystemIndex(plan.system());
		this.cancelled = cancelled;
		this.state = new SimulationState(index);
		this.tracing = true;
	}

	/** Applies events to {@code state} one at a time (it is changed in place); {@code step} numbers the next event. */
	Execution(SimulationState state, boolean tracing, int step) {
		this.plan = null;
		this.index = state.index;
		this.cancelled = () -> false;
		this.state = state;
		this.tracing = tracing;
		this.step = step;
	}

	ScenarioResult run() {
		while (!finished()) {
			if (cancelled.getAsBoolean()) {
				log(0, () -> "cancelled", null);
				break;
			}
			next();
		}
		return result();
	}

	/** The plan is done: every event ran, the machine bug-checked (nothing after it runs), or it was cut. */
	boolean finished() {
		return bugCheck != null || cut || step >= plan.events().size();
	}

	/** Runs the plan's next event (the simulator's loop, and a debugger's step); call only while not {@link #finished()}. */
	void next() {
		SimEvent event = plan.events().get(step);
		step++;
		if (step > Simulator.MAX_EVENTS) {
			finding(FindingKind.EXPECTATION_FAILED, "scenario cut after " + Simulator.MAX_EVENTS + " events", plan.element());
			cut = true;
			return;
		}
		try {
			execute(event);
		} catch (Crash crash) {
			// the machine is down: finished() says so
		}
	}

	/** Events run so far (the number of the last one). */
	int step() {
		return step;
	}

	/** Applies one event; returns the bug check it ended in, or null. After a bug check the state is not usable. */
	BugCheck apply(SimEvent event) {
		step++;
		try {
			execute(event);
		} catch (Crash crash) {
			// the machine is down
		}
		return bugCheck;
	}

	List<TraceEntry> trace() {
		return trace;
	}

	List<Finding> findings() {
		return findings;
	}

	List<SentQuery> sent() {
		return sent;
	}

	SimulationState state() {
		return state;
	}

	/** The result of the events run so far: the scenario's result once {@link #finished()}. */
	ScenarioResult result() {
		Integer expected = plan.expectedBugCheck();
		// a copy: asking for the result between steps must not add the end-of-plan finding to the run
		List<Finding> findings = new ArrayList<>(this.findings);
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
				log(0, () -> "start all devices", start.source());
				for (Device device : index.devices()) {
					start(device);
				}
			} else {
				log(0, () -> "start " + start.device().getName(), start.source());
				start(start.device());
			}
		}
		case SimEvent.AcquireOnDemand acquire -> {
			log(0, () -> "on-demand consumers acquire and use their interfaces", acquire.source());
			for (Device device : index.devices()) {
				for (Consumer consumer : consumersOf(device)) {
					if (consumer.getAcquire() == AcquirePoint.ON_DEMAND && state.present(device)) {
						acquire(device, consumer, null, null, acquire.source());
						afterUse(device, consumer, acquire.source());
					}
				}
			}
		}
		case SimEvent.CallAll callAll -> {
			log(0, () -> "every consumer holding an interface calls the routines it uses", callAll.source());
			for (int slot : holdingsInOrder()) {
				HoldSlot holding = index.holdings().get(slot);
				if (state.hold[slot] == SimulationState.HELD && state.present(holding.device())) {
					for (Member member : holding.consumer().getUses()) {
						call(holding.deviceObject(), holding.consumer(), member, callAll.source());
					}
				}
			}
		}
		case SimEvent.Acquire acquire -> {
			log(0, () -> acquire.device().getName() + ": " + driverOf(acquire.consumer()).getName() + " acquires "
					+ acquire.consumer().getInterface().getName() + " on demand", acquire.source());
			acquire(acquire.device(), acquire.consumer(), null, null, acquire.source());
			afterUse(acquire.device(), acquire.consumer(), acquire.source());
		}
		case SimEvent.Use use -> {
			log(0, () -> use.device().getName() + ": " + driverOf(use.consumer()).getName() + " calls what it uses of "
					+ use.consumer().getInterface().getName(), use.source());
			for (Member member : use.consumer().getUses()) {
				call(use.device(), use.consumer(), member, use.source());
			}
		}
		case SimEvent.Query query -> query(query);
		case SimEvent.Call call -> {
			Consumer consumer = consumer(call.device(), call.driver(), call.iface(), call.source());
			log(0, () -> call.device().getName() + " calls " + call.routine().getName() + " of " + call.iface().getName(), call.source());
			if (consumer != null) {
				call(call.device(), consumer, call.routine(), call.source());
			}
		}
		case SimEvent.Release release -> {
			Consumer consumer = consumer(release.device(), release.driver(), release.iface(), release.source());
			log(0, () -> release.device().getName() + " releases " + release.iface().getName(), release.source());
			if (consumer != null) {
				release(release.device(), consumer, release.source());
			}
		}
		case SimEvent.Pnp pnp -> pnp(pnp);
		case SimEvent.Unload unload -> unload(unload);
		case SimEvent.ReferenceCheck check -> referenceCheck(check);
		}
	}

	/** Holdings grouped by device in the order each device first held something, then in creation order. */
	private int[] holdingsInOrder() {
		int[] out = new int[state.holdCount];
		int n = 0;
		boolean[] done = new boolean[index.devices().size()];
		for (int i = 0; i < state.holdCount; i++) {
			int device = index.holdings().get(state.holdOrder[i]).device();
			if (done[device]) {
				continue;
			}
			done[device] = true;
			for (int j = i; j < state.holdCount; j++) {
				if (index.holdings().get(state.holdOrder[j]).device() == device) {
					out[n++] = state.holdOrder[j];
				}
			}
		}
		return out;
	}

	// ------------------------------------------------------------------ start

	private void start(Device device) {
		int id = state.id(device);
		if (id < 0 || state.pnp[id] != SimulationState.ABSENT) {
			return;
		}
		Device parent = device.getParent();
		if (parent != null && !state.present(parent)) {
			int parentId = state.id(parent);
			if (parentId >= 0 && state.pnp[parentId] == SimulationState.REMOVED) {
				log(1, () -> device.getName() + " cannot start: its parent " + parent.getName() + " is removed", device);
				return;
			}
			start(parent);
		}
		for (StackLayer layer : device.getLayers()) {
			Driver driver = layer.getDriver();
			if (driver != null && state.image(driver) != SimulationState.LOADED) {
				state.setImage(index.driverId(driver), SimulationState.LOADED);
				log(1, () -> "driver " + driver.getName() + " loaded", driver);
			}
		}
		// AddDevice attaches the device objects bottom up; a query from EvtDriverDeviceAdd sees only those below
		for (StackLayer layer : device.getLayers()) {
			state.attached[id]++;
			register(layer);
			forEachConsumer(device, layer, AcquirePoint.DEVICE_ADD);
		}
		state.pnp[id] = SimulationState.STARTED;
		log(1, () -> device.getName() + " started (IRP_MN_START_DEVICE)", device);
		for (StackLayer layer : device.getLayers()) {
			forEachConsumer(device, layer, AcquirePoint.PREPARE_HARDWARE);
		}
		openTargets(id);
		for (StackLayer layer : device.getLayers()) {
			forEachConsumer(device, layer, AcquirePoint.SELF_MANAGED_IO_INIT);
		}
	}

	/** The accepted registrations of a layer exist once it is attached (SystemIndex numbers them); rejections are logged. */
	private void register(StackLayer layer) {
		for (Producer producer : Producers.on(layer)) {
			String rejection = Registrations.rejection(producer);
			if (rejection != null) {
				log(2, () -> driverName(layer) + ": WdfDeviceAddQueryInterface(" + producer.getInterface().getName()
						+ ") fails with STATUS_INVALID_PARAMETER: " + rejection, producer);
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
		int holding = index.holdingId(device, consumer);
		if (holding < 0 || state.hold[holding] != SimulationState.HELD || consumer.getRelease() != ReleasePoint.AFTER_USE) {
			return;
		}
		for (Member member : consumer.getUses()) {
			call(device, consumer, member, source);
		}
		release(device, consumer, source);
	}

	private void openTargets(int owner) {
		for (int target : index.targetsOwnedBy(owner)) {
			state.openTargetObject(target);
			open(index.targets().get(target));
		}
	}

	private void open(TargetSlot target) {
		Device to = target.binding().getDevice();
		int toId = state.id(to);
		if (state.present(toId) && state.pnp[toId] == SimulationState.STARTED) {
			state.target[target.id()] = SimulationState.OPEN;
			log(1, () -> target.ownerDevice().getName() + " opens remote target " + target.binding().getTarget().getName() + " to " + to.getName(),
					target.binding());
		} else {
			state.target[target.id()] = SimulationState.CLOSED;
			log(1, () -> target.ownerDevice().getName() + ": WdfIoTargetOpen(" + target.binding().getTarget().getName() + ") fails: " + to.getName()
					+ " is not started", target.binding());
		}
	}

	// ------------------------------------------------------------------ query, call, release

	private void query(SimEvent.Query query) {
		Consumer consumer = consumer(query.device(), query.driver(), query.iface(), query.source());
		log(0, () -> query.device().getName() + " queries " + query.iface().getName(), query.source());
		if (consumer == null) {
			return;
		}
		QueryOutcome outcome = acquire(query.device(), consumer, query.size(), query.version(), query.source());
		NtStatus status = outcome == null ? NtStatus.STATUS_INVALID_DEVICE_STATE : outcome.status();
		if (query.expectedStatus() != null && query.expectedStatus() != status) {
			expectationFailed("expected " + query.expectedStatus().getName() + ", the query completed with " + status.getName(), query.source());
		}
		int holding = index.holdingId(query.device(), consumer);
		boolean answered = holding >= 0 && state.hold[holding] == SimulationState.HELD && outcome != null && outcome.succeeded();
		if (query.expectedProducer() != null) {
			Driver actual = answered ? reg(state.answer[holding]).driver() : null;
			if (actual != query.expectedProducer()) {
				expectationFailed("expected an answer from " + query.expectedProducer().getName() + ", "
						+ (actual == null ? "nobody answered" : "it came from " + actual.getName()), query.source());
			}
		}
		if (query.expectedVersion() != null && (!answered || state.returnedVersion[holding] != query.expectedVersion())) {
			expectationFailed("expected version " + query.expectedVersion() + ", "
					+ (answered ? "the interface returned is version " + state.returnedVersion[holding] : "no interface was returned"), query.source());
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
				log(1, () -> "WdfFdoQueryForInterface from a PDO returns STATUS_INVALID_PARAMETER (§1.3)", consumer);
				return QueryOutcome.unrouted(NtStatus.STATUS_INVALID_PARAMETER);
			}
		} else {
			int target = targetOf(device, consumer);
			if (target < 0 || state.target[target] == SimulationState.NEVER_OPENED) {
				log(1, () -> "no open remote target " + consumer.getTarget().getName() + ": the query is not sent", consumer);
				return null;
			}
			if (state.target[target] != SimulationState.OPEN) {
				crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, "WdfIoTargetQueryForInterface on remote target "
						+ consumer.getTarget().getName() + " while it is closed: the framework dereferences its NULL target device (§1.3)",
						source, consumer);
			}
			entry = index.targets().get(target).binding().getDevice();
		}
		long requestedSize = size != null ? size : consumer.isSetRequestedSize() ? consumer.getRequestedSize() : sizeOf(iface);
		int requestedVersion = version != null ? version : consumer.isSetRequestedVersion() ? consumer.getRequestedVersion() : iface.getVersion();
		int holding = index.holdingId(device, consumer);
		if (holding >= 0 && state.hold[holding] == SimulationState.HELD) {
			leak(holding, "queried again into the same buffer without releasing it first", source);
		}
		QueryOutcome outcome = QueryRouter.query(entry, new QueryRequest(guid, requestedSize, requestedVersion), ABI, state);
		Device queried = entry;
		log(1, () -> (consumer.getTarget() == null ? "WdfFdoQueryForInterface" : "WdfIoTargetQueryForInterface") + "("
				+ iface.getName() + ", Size " + requestedSize + ", Version " + requestedVersion + ") enters the top of "
				+ queried.getName() + "'s stack", consumer);
		if (tracing) {
			// each line of the path points at the layer it is about (console links, results view)
			for (Hop hop : outcome.hops()) {
				log(2, hop::describe, hop.stop().layer());
			}
			sent.add(new SentQuery(step, device, consumer, consumer.getTarget() != null, entry, requestedSize, requestedVersion, outcome));
		}
		int last = -1;
		for (Fill fill : outcome.fills()) {
			int registration = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
			if (registration >= 0) {
				reference(registration);
				last = registration;
			}
		}
		log(1, () -> "completes with " + outcome.status().getName(), consumer);
		if (outcome.status() == NtStatus.STATUS_SUCCESS && last >= 0 && holding >= 0) {
			RegSlot answer = reg(last);
			state.noteHolding(holding);
			state.hold[holding] = SimulationState.HELD;
			state.reportedNeverReleased[holding] = false;
			state.answer[holding] = last;
			state.returnedSize[holding] = templateSize(answer.producer(), requestedSize);
			state.returnedVersion[holding] = answer.producer().isNullTemplate() ? requestedVersion : answer.producer().getInterface().getVersion();
			for (Fill fill : outcome.fills()) {
				int overwritten = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
				if (overwritten >= 0 && overwritten != last && counted(overwritten)) {
					Driver over = reg(overwritten).driver();
					finding(FindingKind.LEAKED_REFERENCE, over.getName() + " filled the buffer and took a reference, then "
							+ answer.driver().getName() + " below it overwrote the buffer (R6): the consumer will dereference only "
							+ answer.driver().getName() + "'s Context, so " + over.getName() + "'s reference leaks", reg(overwritten).producer());
				}
			}
		} else {
			if (holding >= 0 && state.hold[holding] != SimulationState.NONE) {
				state.hold[holding] = SimulationState.RELEASED; // the consumer zeroed its buffer before the query
			}
			for (Fill fill : outcome.fills()) {
				int filled = state.registrationFor(fill.stop().device(), fill.stop().layer(), guid);
				if (filled >= 0 && counted(filled)) {
					finding(FindingKind.LEAKED_REFERENCE, reg(filled).driver().getName() + " copied its template and took a reference, but the query completed with "
							+ outcome.status().getName() + ", so the consumer never dereferences it (§1.2 step 6)", reg(filled).producer());
				}
			}
		}
		return outcome;
	}

	private void call(Device device, Consumer consumer, Member member, EObject source) {
		int holding = index.holdingId(device, consumer);
		String name = member.getName();
		if (holding < 0 || state.hold[holding] == SimulationState.NONE) {
			crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, consumer.getInterface().getName() + "." + name
					+ " called through a buffer that no query ever filled: the routine pointer is NULL", source, consumer);
		}
		long end = memberEnd(consumer, member);
		if (end > state.returnedSize[holding]) {
			crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, name + " lies beyond the " + state.returnedSize[holding]
					+ " bytes the producer returned (version " + state.returnedVersion[holding] + "): its pointer was never filled", source, consumer);
		}
		if (state.hold[holding] == SimulationState.RELEASED) {
			finding(FindingKind.USE_AFTER_RELEASE, device.getName() + " calls " + name + " after releasing "
					+ consumer.getInterface().getName() + " (R5: no routine may be called after InterfaceDereference)", source);
		}
		int answer = state.answer[holding];
		checkProducerCode(answer, reg(answer).driver(), name, source, consumer);
		log(1, () -> device.getName() + " calls " + name + " in " + reg(answer).driver().getName(), source);
	}

	/** Calling into the producer: its image must be loaded and its context alive. */
	private void checkProducerCode(int answer, Driver code, String routine, EObject source, EObject culprit) {
		if (state.image(code) == SimulationState.UNLOADED) {
			crash(BugCheck.DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine + " is code of " + code.getName()
					+ ", which has been unloaded: the call faults in an unloaded driver image (R8)", source, culprit);
		}
		if (state.freed[answer]) {
			crash(BugCheck.PAGE_FAULT_IN_NONPAGED_AREA, routine + " of " + code.getName() + " runs on the Context of "
					+ reg(answer).deviceObject().getName() + ", whose device object was deleted: freed memory (R8)", source, culprit);
		}
	}

	private void release(Device device, Consumer consumer, EObject source) {
		int holding = index.holdingId(device, consumer);
		if (holding < 0 || state.hold[holding] == SimulationState.NONE) {
			crash(BugCheck.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, "InterfaceDereference called through a buffer that no query filled: the pointer is NULL",
					source, consumer);
		}
		int answer = state.answer[holding];
		if (state.hold[holding] == SimulationState.RELEASED) {
			finding(FindingKind.DOUBLE_RELEASE, device.getName() + " releases " + consumer.getInterface().getName() + " a second time"
					+ (counted(answer) ? ": the producer's count drops below what it handed out" : ""), source);
			// R5/R8: the buffer still holds the pointers, so the second InterfaceDereference really runs the
			// producer's routine: it decrements a real count again, and faults if the producer is gone (below)
		}
		if (!isFrameworkNoOp(answer)) {
			checkProducerCode(answer, reg(answer).driver(), "InterfaceDereference", source, consumer);
		}
		state.hold[holding] = SimulationState.RELEASED;
		if (counted(answer)) {
			state.references[answer]--;
		}
		log(1, () -> "InterfaceDereference(" + reg(answer).driver().getName() + ") " + refText(answer), source);
	}

	private void reference(int registration) {
		if (counted(registration)) {
			state.references[registration]++;
		}
		log(2, () -> "InterfaceReference(" + reg(registration).driver().getName() + " on " + reg(registration).deviceObject().getName() + ") "
				+ refText(registration), reg(registration).producer());
	}

	private void leak(int holding, String why, EObject source) {
		state.hold[holding] = SimulationState.RELEASED;
		int answer = state.answer[holding];
		if (counted(answer)) {
			finding(FindingKind.LEAKED_REFERENCE, index.holdings().get(holding).consumer().getInterface().getName() + " " + why + ": the reference on "
					+ reg(answer).driver().getName() + " leaks", source);
		}
	}

	// ------------------------------------------------------------------ PnP

	private void pnp(SimEvent.Pnp pnp) {
		Device device = pnp.device();
		int id = state.id(device);
		log(0, () -> pnp.kind().getLiteral() + " " + device.getName() + (pnp.vetoedBy() == null ? "" : " vetoed by " + pnp.vetoedBy().getName()),
				pnp.source());
		if (!state.present(id)) {
			log(1, () -> device.getName() + " is not present: nothing happens", pnp.source());
			return;
		}
		Boolean vetoed = null;
		switch (pnp.kind()) {
		case QUERY_REMOVE -> vetoed = queryRemove(id, pnp.vetoedBy(), pnp.source());
		case CANCEL_REMOVE -> {
			// §4.2: IRP_MN_CANCEL_REMOVE_DEVICE only follows a query-remove: without one pending nothing is sent
			List<Integer> pending = subtree(id, true).stream().filter(d -> state.pnp[d] == SimulationState.QUERY_REMOVED).toList();
			if (pending.isEmpty()) {
				log(1, () -> "no query-remove pending on " + device.getName() + ": nothing to cancel", pnp.source());
			}
			cancelRemove(pending, pending, pnp.source());
		}
		case REMOVE -> {
			boolean pending = state.pnp[id] == SimulationState.QUERY_REMOVED;
			vetoed = pending ? Boolean.FALSE : queryRemove(id, pnp.vetoedBy(), pnp.source());
			if (!vetoed) {
				remove(id, false, pnp.source());
			}
		}
		case SURPRISE_REMOVE -> remove(id, true, pnp.source());
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
	private boolean queryRemove(int root, Driver forcedVeto, EObject source) {
		List<Integer> subtree = subtree(root, true).stream().filter(state::present).toList();
		for (int device : subtree) {
			for (int target : targetsTo(device)) {
				notifyTarget(target, TargetEvent.QUERY_REMOVE, source);
			}
		}
		List<Integer> queried = new ArrayList<>();
		for (int device : subtree) {
			queried.add(device);
			String veto = vetoOf(device, forcedVeto);
			Device d = index.device(device);
			if (veto != null) {
				log(1, () -> "IRP_MN_QUERY_REMOVE_DEVICE on " + d.getName() + " fails: " + veto, source);
				cancelRemove(queried, subtree, source);
				return true;
			}
			state.pnp[device] = SimulationState.QUERY_REMOVED;
			log(1, () -> "IRP_MN_QUERY_REMOVE_DEVICE on " + d.getName() + " succeeds", source);
		}
		return false;
	}

	private String vetoOf(int device, Driver forcedVeto) {
		for (StackLayer layer : index.device(device).getLayers()) {
			if (forcedVeto != null && layer.getDriver() == forcedVeto) {
				return forcedVeto.getName() + " vetoes (scenario)";
			}
		}
		for (int registration : index.registrationsOf(device)) {
			RegSlot slot = reg(registration);
			if (state.registered(registration) && slot.producer().isVetoQueryRemove() && counted(registration) && state.references[registration] > 0) {
				return slot.driver().getName() + " vetoes: " + state.references[registration] + " reference(s) to "
						+ slot.producer().getInterface().getName() + " outstanding";
			}
		}
		for (int target : targetsTo(device)) {
			if (state.target[target] == SimulationState.OPEN && hasHandle(target)) {
				TargetSlot slot = index.targets().get(target);
				return "remote target " + slot.binding().getTarget().getName() + " of " + slot.ownerDevice().getName() + " still has the device open";
			}
		}
		return null;
	}

	/**
	 * IRP_MN_CANCEL_REMOVE_DEVICE to every device that was queried, the one that failed included (§4.2), then
	 * GUID_TARGET_DEVICE_REMOVE_CANCELLED (delivered after the cancel IRP completes) to the registrants of every
	 * device that got the query-remove notification.
	 */
	private void cancelRemove(List<Integer> queried, List<Integer> notified, EObject source) {
		for (int device : queried) {
			if (state.pnp[device] == SimulationState.QUERY_REMOVED || state.pnp[device] == SimulationState.STARTED) {
				state.pnp[device] = SimulationState.STARTED;
				log(1, () -> "IRP_MN_CANCEL_REMOVE_DEVICE on " + index.device(device).getName(), source);
			}
		}
		for (int device : notified) {
			for (int target : targetsTo(device)) {
				notifyTarget(target, TargetEvent.REMOVE_CANCELED, source);
			}
		}
	}

	/** Removal children first (§4.2); surprise removal sends no query-remove and waits for open handles. */
	private void remove(int root, boolean surprise, EObject source) {
		List<Integer> subtree = subtree(root, false).stream().filter(state::present).toList();
		if (surprise) {
			// §4.2: the whole subtree is gone, so every device of it gets IRP_MN_SURPRISE_REMOVAL and its
			// registrants remove-complete, even when the remove IRP of one of them will never come
			for (int device : subtree) {
				if (state.pnp[device] != SimulationState.SURPRISE_REMOVED) {
					state.pnp[device] = SimulationState.SURPRISE_REMOVED;
					log(1, () -> "IRP_MN_SURPRISE_REMOVAL on " + index.device(device).getName(), source);
					for (int target : targetsTo(device)) {
						notifyTarget(target, TargetEvent.REMOVE_COMPLETE, source);
					}
				}
			}
		}
		for (int device : subtree) {
			if (!surprise) {
				for (int target : targetsTo(device)) {
					notifyTarget(target, TargetEvent.REMOVE_COMPLETE, source);
				}
			}
			if (surprise && blocked(device)) {
				continue;
			}
			// a parent's IRP_MN_REMOVE_DEVICE follows its children's: a child still waiting for its handles holds it
			// (choice: siblings of a blocked device are removed; the spec does not say otherwise)
			if (hasPresentChild(device)) {
				log(1, () -> "IRP_MN_REMOVE_DEVICE for " + index.device(device).getName() + " waits: a child of it is not removed", source);
				continue;
			}
			removeDevice(device, source);
		}
		unloadIdleDrivers();
	}

	/** After surprise removal IRP_MN_REMOVE_DEVICE comes only when every handle is closed (§4.2). */
	private boolean blocked(int device) {
		for (int target : targetsTo(device)) {
			if (state.target[target] == SimulationState.OPEN && hasHandle(target)) {
				TargetSlot slot = index.targets().get(target);
				finding(FindingKind.REMOVAL_BLOCKED, "IRP_MN_REMOVE_DEVICE for " + index.device(device).getName() + " never comes: remote target "
						+ slot.binding().getTarget().getName() + " of " + slot.ownerDevice().getName() + " keeps it open after remove-complete",
						slot.binding().getTarget());
				return true;
			}
		}
		return false;
	}

	private boolean hasPresentChild(int device) {
		for (int child : index.children(device)) {
			if (state.present(child)) {
				return true;
			}
		}
		return false;
	}

	private void removeDevice(int id, EObject source) {
		Device device = index.device(id);
		log(1, () -> "IRP_MN_REMOVE_DEVICE on " + device.getName(), source);
		for (int i = 0; i < state.holdCount; i++) {
			int holding = state.holdOrder[i];
			HoldSlot slot = index.holdings().get(holding);
			if (slot.device() != id || state.hold[holding] != SimulationState.HELD) {
				continue;
			}
			Consumer consumer = slot.consumer();
			if (consumer.getRelease() == ReleasePoint.RELEASE_HARDWARE) {
				release(device, consumer, consumer);
			} else if (!state.reportedNeverReleased[holding]) {
				state.reportedNeverReleased[holding] = true;
				int answer = state.answer[holding];
				finding(FindingKind.NEVER_RELEASED, device.getName() + " is removed while " + driverOf(consumer).getName()
						+ " still holds " + consumer.getInterface().getName() + " from " + reg(answer).driver().getName()
						+ ": InterfaceDereference is never called" + (counted(answer) ? " and the count never returns to zero" : ""),
						consumer);
			}
		}
		for (int target : index.targetsOwnedBy(id)) {
			if (state.target[target] != SimulationState.NO_TARGET) {
				state.target[target] = SimulationState.CLOSED; // the driver's targets are deleted with its device
			}
		}
		for (int registration : index.registrationsOf(id)) {
			if (!state.registered(registration)) {
				continue;
			}
			if (counted(registration) && state.references[registration] > 0) {
				RegSlot slot = reg(registration);
				finding(FindingKind.REFERENCES_OUTSTANDING, slot.driver().getName() + "'s " + slot.producer().getInterface().getName()
						+ " on " + device.getName() + " is freed with " + state.references[registration]
						+ " reference(s) outstanding: its holders keep pointers into freed memory", slot.producer());
			}
			state.freed[registration] = true;
		}
		state.pnp[id] = SimulationState.REMOVED;
	}

	/** A driver image unloads when its last device is gone. */
	private void unloadIdleDrivers() {
		for (int i = 0; i < state.images; i++) {
			int driver = state.imageOrder[i];
			if (state.image[driver] == SimulationState.LOADED && !inUse(index.drivers().get(driver))) {
				state.image[driver] = SimulationState.UNLOADED;
				Driver d = index.drivers().get(driver);
				log(1, () -> "driver " + d.getName() + " unloaded (its last device is gone)", d);
			}
		}
	}

	private boolean inUse(Driver driver) {
		int id = index.driverId(driver);
		if (id < 0) {
			return false;
		}
		for (int device : index.devicesOf(id)) {
			if (state.pnp[device] != SimulationState.REMOVED && state.pnp[device] != SimulationState.ABSENT) {
				return true;
			}
		}
		return false;
	}

	private void unload(SimEvent.Unload unload) {
		Driver driver = unload.driver();
		log(0, () -> "unload " + driver.getName(), unload.source());
		if (inUse(driver)) {
			log(1, () -> driver.getName() + " still has devices: the image stays loaded", unload.source());
		} else if (state.image(driver) == SimulationState.LOADED) {
			state.image[index.driverId(driver)] = SimulationState.UNLOADED;
			log(1, () -> "driver " + driver.getName() + " unloaded", unload.source());
		}
	}

	// ------------------------------------------------------------------ remote-target notifications (§4.3)

	private void notifyTarget(int target, TargetEvent event, EObject source) {
		if (!hasNotifications(target)) {
			return;
		}
		byte current = state.target[target];
		boolean relevant = switch (event) {
		case QUERY_REMOVE, REMOVE_COMPLETE -> current == SimulationState.OPEN || current == SimulationState.CLOSED_FOR_QUERY_REMOVE;
		// §4.2/§4.3: remove-cancelled goes to every registrant, like query-remove; a callback that did not close
		// the target on query-remove still gets EvtIoTargetRemoveCanceled (e.g. to requery what it released)
		case REMOVE_CANCELED -> current == SimulationState.OPEN || current == SimulationState.CLOSED_FOR_QUERY_REMOVE;
		};
		if (!relevant) {
			return;
		}
		TargetSlot slot = index.targets().get(target);
		TargetCallback callback = slot.binding().getTarget().getCallbacks().stream().filter(c -> c.getEvent() == event).findFirst().orElse(null);
		Supplier<String> who = () -> slot.ownerDevice().getName() + "'s target " + slot.binding().getTarget().getName();
		if (callback == null) {
			log(1, () -> who.get() + ": no " + event.getLiteral() + ", framework default", source);
			switch (event) {
			case QUERY_REMOVE -> state.target[target] = SimulationState.CLOSED_FOR_QUERY_REMOVE;
			case REMOVE_COMPLETE -> state.target[target] = SimulationState.CLOSED;
			case REMOVE_CANCELED -> {
				// choice: the default reopen of a target that is still open has nothing to reopen
				if (state.target[target] == SimulationState.CLOSED_FOR_QUERY_REMOVE) {
					reopen(target, false, source);
				}
			}
			}
			return;
		}
		log(1, () -> who.get() + ": " + event.getLiteral(), callback);
		for (TargetAction action : callback.getActions()) {
			switch (action) {
			case RELEASE -> releaseThrough(slot, callback);
			case CLOSE -> state.target[target] = event == TargetEvent.QUERY_REMOVE ? SimulationState.CLOSED_FOR_QUERY_REMOVE : SimulationState.CLOSED;
			case REOPEN -> reopen(target, true, callback);
			case REQUERY -> requeryThrough(slot, callback);
			}
		}
	}

	private void reopen(int target, boolean explicit, EObject source) {
		TargetSlot slot = index.targets().get(target);
		if (slot.binding().getTarget().getOpenMode() != TargetOpenMode.BY_NAME) {
			log(2, () -> (explicit ? "WdfIoTargetOpen(REOPEN)" : "default reopen")
					+ " fails with STATUS_INVALID_DEVICE_REQUEST: only targets opened by name can be reopened", source);
			state.target[target] = SimulationState.CLOSED;
			return;
		}
		state.target[target] = SimulationState.OPEN;
		log(2, () -> "target " + slot.binding().getTarget().getName() + " reopened", source);
	}

	private void releaseThrough(TargetSlot target, EObject source) {
		List<Integer> held = new ArrayList<>();
		for (int i = 0; i < state.holdCount; i++) {
			int holding = state.holdOrder[i];
			if (index.holdings().get(holding).device() == target.owner()) {
				held.add(holding);
			}
		}
		for (int holding : held) {
			Consumer consumer = index.holdings().get(holding).consumer();
			if (consumer.getTarget() == target.binding().getTarget() && state.hold[holding] == SimulationState.HELD) {
				release(target.ownerDevice(), consumer, source);
			}
		}
	}

	private void requeryThrough(TargetSlot target, EObject source) {
		if (state.target[target.id()] != SimulationState.OPEN) {
			return;
		}
		for (Consumer consumer : consumersOf(target.ownerDevice())) {
			if (consumer.getTarget() == target.binding().getTarget()) {
				int holding = index.holdingId(target.ownerDevice(), consumer);
				if (holding < 0 || state.hold[holding] != SimulationState.HELD) {
					acquire(target.ownerDevice(), consumer, null, null, source);
				}
			}
		}
	}

	private boolean hasNotifications(int target) {
		return hasNotifications(index.targets().get(target));
	}

	/** Opened by name or with a file object, the target registers for target-device notifications (§4.3). */
	static boolean hasNotifications(TargetSlot target) {
		return target.binding().getTarget().getOpenMode() == TargetOpenMode.BY_NAME || target.binding().getTarget().isWithFileObject();
	}

	/** Opened by name or with a file object, the target holds a handle (file object) to the device. */
	private boolean hasHandle(int target) {
		return hasNotifications(target);
	}

	// ------------------------------------------------------------------ checks and helpers

	private void referenceCheck(SimEvent.ReferenceCheck check) {
		log(0, () -> "expect references of " + check.iface().getName() + " on " + check.device().getName() + " = " + check.count(), check.source());
		String guid = Guids.normalize(Interfaces.effectiveGuid(check.iface()));
		int actual = 0;
		boolean found = false;
		int device = state.id(check.device());
		if (device >= 0) {
			for (int registration : index.registrationsOf(device)) {
				if (state.registered(registration) && Objects.equals(guid, reg(registration).guid())) {
					actual += state.references[registration];
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

	/** The remote target the consumer queries through, of the device's stack, once it exists; -1 otherwise. */
	private int targetOf(Device device, Consumer consumer) {
		int owner = state.id(device);
		if (owner < 0) {
			return -1;
		}
		// a device's targets are created together, in declaration order, when it starts
		for (int target : index.targetsOwnedBy(owner)) {
			if (state.target[target] != SimulationState.NO_TARGET && index.targets().get(target).binding().getTarget() == consumer.getTarget()) {
				return target;
			}
		}
		return -1;
	}

	/** The targets opened to a device whose owners are present, in the order they were opened. */
	private int[] targetsTo(int device) {
		int[] bound = index.targetsTo(device);
		if (bound.length == 0) {
			return bound;
		}
		int[] out = new int[bound.length];
		int n = 0;
		for (int target : bound) {
			if (state.target[target] != SimulationState.NO_TARGET && state.present(index.targets().get(target).owner())) {
				// insertion sort by the order the targets were opened in
				int at = n++;
				while (at > 0 && state.targetPosition[out[at - 1]] > state.targetPosition[target]) {
					out[at] = out[at - 1];
					at--;
				}
				out[at] = target;
			}
		}
		return n == out.length ? out : java.util.Arrays.copyOf(out, n);
	}

	/** The device and its descendants, parent before children (pre-order) or children first (post-order). */
	private List<Integer> subtree(int root, boolean preOrder) {
		List<Integer> result = new ArrayList<>();
		collect(root, result, preOrder, new boolean[index.devices().size()]);
		return result;
	}

	private void collect(int device, List<Integer> out, boolean preOrder, boolean[] seen) {
		if (seen[device]) {
			return;
		}
		seen[device] = true;
		if (preOrder) {
			out.add(device);
		}
		for (int child : index.children(device)) {
			collect(child, out, preOrder, seen);
		}
		if (!preOrder) {
			out.add(device);
		}
	}

	private RegSlot reg(int registration) {
		return index.registrations().get(registration);
	}

	private boolean counted(int registration) {
		return Producers.counting(reg(registration).producer()) == ReferenceCounting.COUNTED;
	}

	/** KMDF fills WdfDeviceInterfaceReferenceNoOp/DereferenceNoOp, code of the framework, never unloaded (§1.1). */
	private boolean isFrameworkNoOp(int registration) {
		return !counted(registration) && reg(registration).driver().getFramework() == DriverFramework.KMDF;
	}

	private String refText(int registration) {
		return counted(registration) ? "-> " + state.references[registration] + " reference(s)" : "(no-op)";
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

	private void log(int depth, Supplier<String> text, EObject element) {
		if (tracing) {
			trace.add(new TraceEntry(step, depth, text.get(), element));
		}
	}

	private void finding(FindingKind kind, String message, EObject element) {
		findings.add(new Finding(kind, message, element, step, null));
		log(1, () -> kind.code() + " " + message, element);
	}

	private void expectationFailed(String message, EObject element) {
		finding(FindingKind.EXPECTATION_FAILED, message, element);
	}

	private void crash(BugCheck code, String message, EObject source, EObject culprit) {
		bugCheck = code;
		findings.add(new Finding(FindingKind.BUG_CHECK, "bug check " + code.describe() + ": " + message, culprit, step, code));
		log(1, () -> "*** BUG CHECK " + code.describe() + ": " + message, source);
		throw new Crash();
	}
}
