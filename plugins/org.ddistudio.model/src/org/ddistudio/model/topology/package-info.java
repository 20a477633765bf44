/**
 * Device trees and stacks: ancestry, cycles, the order of device objects in a stack, which
 * drivers sit where. Used by the validators, the simulator and the teardown checker.
 */
package org.ddistudio.model.topology;
