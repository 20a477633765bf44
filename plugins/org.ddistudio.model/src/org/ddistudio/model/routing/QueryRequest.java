package org.ddistudio.model.routing;

/**
 * The parameters of an IRP_MN_QUERY_INTERFACE as a consumer fills them.
 *
 * @param guid    normalized InterfaceType
 * @param size    QueryInterface.Size (the consumer's buffer size)
 * @param version QueryInterface.Version
 */
public record QueryRequest(String guid, long size, int version) {
}
