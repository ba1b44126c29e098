package io.parley.contracts.outbound;

/**
 * An image (or video) to publish with a post: Parley's media id, an absolute URL the platform and the gateway fetch
 * it from without a session (signed and expiring), its content type, and its alternative text (or null).
 */
public record OutboundMedia(String mediaId, String url, String contentType, String altText) {
}
