/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.sim;

import org.ddistudio.model.Device;
import org.ddistudio.model.Driver;
import org.ddistudio.model.StackLayer;

/**
 * Driver images: loaded when a device of theirs starts, unloaded when their last device is gone or when a
 * scenario unloads them while no device of theirs is left. What an unloaded image means for a consumer
 * still holding its routines is R8 and the 0xCE bug check of wdf-semantics.md §5 (raised by
 * {@link InterfaceReferences}); when the PnP manager unloads a driver follows the removal of §4.2.
 */
final class DriverImages {

	private final SimulationState state;
	private final SystemIndex index;
	private final Journal journal;

	DriverImages(SimulationState state, Journal journal) {
		this.state = state;
		this.index = state.index;
		this.journal = journal;
	}

	/** Loads the images of the device's drivers that are not loaded, bottom layer first. */
	void loadFor(Device device) {
		for (StackLayer layer : device.getLayers()) {
			Driver driver = layer.getDriver();
			if (driver != null && state.image(driver) != SimulationState.LOADED) {
				state.setImage(index.driverId(driver), SimulationState.LOADED);
				journal.log(1, () -> "driver " + driver.getName() + " loaded", driver);
			}
		}
	}

	/** A driver image unloads when its last device is gone. */
	void unloadIdle() {
		for (int i = 0; i < state.images; i++) {
			int driver = state.imageOrder[i];
			if (state.image[driver] == SimulationState.LOADED && !inUse(index.drivers().get(driver))) {
				state.image[driver] = SimulationState.UNLOADED;
				Driver d = index.drivers().get(driver);
				journal.log(1, () -> "driver " + d.getName() + " unloaded (its last device is gone)", d);
			}
		}
	}

	/** A scenario unloads a driver: the image stays while one of its devices still exists. */
	void unload(SimEvent.Unload unload) {
		Driver driver = unload.driver();
		journal.log(0, () -> "unload " + driver.getName(), unload.source());
		if (inUse(driver)) {
			journal.log(1, () -> driver.getName() + " still has devices: the image stays loaded", unload.source());
		} else if (state.image(driver) == SimulationState.LOADED) {
			state.image[index.driverId(driver)] = SimulationState.UNLOADED;
			journal.log(1, () -> "driver " + driver.getName() + " unloaded", unload.source());
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
}
