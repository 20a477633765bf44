/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ddistudio.model.CallStep;
import org.ddistudio.model.Consumer;
import org.ddistudio.model.DdiPackage;
import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.Interface;
import org.ddistudio.model.Member;
import org.ddistudio.model.RemoteTargetDecl;
import org.ddistudio.model.Routine;
import org.ddistudio.model.StackLayer;
import org.ddistudio.model.layout.Interfaces;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Scopes that follow the domain rather than the file structure: members are named in the context
 * of the interface they belong to, remote targets in the context of the stack that opens them.
 * Elements are named by their simple name, as {@code Scopes.scopeFor} names them, read without
 * Xtext's global name cache (see {@link DdiQualifiedNameProvider}).
 */
public class DdiScopeProvider extends AbstractDdiScopeProvider {

	/**
	 * The references this provider reads in elements that may be in another file while it computes
	 * a scope: the members of an interface include its base's ({@link Interfaces#allMembers}). The
	 * other references it reads (a consumer's or call's interface, a layer's driver) belong to the
	 * element being linked, so to its own file. {@code ParallelLinker} resolves these first, before
	 * it links files in parallel; a scope that starts following another reference across files
	 * must be added here.
	 */
	public static final Set<EReference> READ_IN_OTHER_FILES = Set.of(DdiPackage.Literals.INTERFACE__BASE);

	/** The references whose scope depends on the referring element's domain (answered here, not by name visibility). */
	public static final Set<EReference> DOMAIN_SCOPED = Set.of(DdiPackage.Literals.CONSUMER__USES, DdiPackage.Literals.CALL_STEP__ROUTINE,
			DdiPackage.Literals.TARGET_BINDING__TARGET);

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == DdiPackage.Literals.CONSUMER__USES && context instanceof Consumer consumer) {
			return membersOf(consumer.getInterface(), Member.class);
		}
		if (reference == DdiPackage.Literals.CALL_STEP__ROUTINE && context instanceof CallStep call) {
			return membersOf(call.getInterface(), Routine.class);
		}
		if (reference == DdiPackage.Literals.TARGET_BINDING__TARGET) {
			Device device = EcoreUtil2.getContainerOfType(context, Device.class);
			if (device != null) {
				return Scopes.scopeFor(targetsOpenedBy(device), DdiQualifiedNameProvider::simpleName, IScope.NULLSCOPE);
			}
		}
		return super.getScope(context, reference);
	}

	private static IScope membersOf(Interface iface, Class<? extends Member> kind) {
		if (iface == null || iface.eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		List<Member> members = new ArrayList<>();
		for (Member member : Interfaces.allMembers(iface)) {
			if (kind.isInstance(member)) {
				members.add(member);
			}
		}
		return Scopes.scopeFor(members, DdiQualifiedNameProvider::simpleName, IScope.NULLSCOPE);
	}

	/** The remote targets declared by the drivers of the device's stack. */
	private static List<RemoteTargetDecl> targetsOpenedBy(Device device) {
		List<RemoteTargetDecl> targets = new ArrayList<>();
		for (StackLayer layer : device.getLayers()) {
			Driver driver = layer.getDriver();
			if (driver != null && !driver.eIsProxy()) {
				targets.addAll(driver.getTargets());
			}
		}
		return targets;
	}
}
