package org.ddistudio.generator;

/** How interface declarations are distributed over generated headers. */
public enum HeaderLayout {
	/** One header per .ddi file, named after it (toaster.ddi gives toaster.h). */
	PER_FILE,
	/**
	 * One header per interface, named after it (TOASTER_INTERFACE_STANDARD.h); the structs, typedefs and
	 * opaque types of a file go to FILE_types.h.
	 */
	PER_INTERFACE
}
