package io.parley.ingest.outbound;

/**
 * The HTTP request a platform's API expects for an action, exactly as it would be sent — except for
 * credentials, which are added by the live connector at send time and never recorded.
 */
public record PlatformRequest(String method, String url, String contentType, String body) {
}
