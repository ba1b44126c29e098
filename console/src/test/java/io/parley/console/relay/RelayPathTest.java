package io.parley.console.relay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The relay decodes a path once and refuses every spelling of a way out of the route it matched. */
class RelayPathTest {

    @Test
    void aPlainPathIsMatchedAndForwardedAsItCame() throws Exception {
        RelayPath path = RelayPath.parse("/api/v1/conversations/0b6f-42/replies");
        assertEquals("v1/conversations/0b6f-42/replies", path.apiPath());
        assertEquals("/api/v1/conversations/0b6f-42/replies", path.forwarded());
    }

    @Test
    void escapesAreDecodedOnceAndEncodedAgainForTheService() throws Exception {
        RelayPath path = RelayPath.parse("/api/v1/brands/%61cme/advocates/forum/Zofia%20%C5%81%C3%B3d%C5%BA");
        assertEquals("v1/brands/acme/advocates/forum/Zofia Łódź", path.apiPath());
        assertEquals("/api/v1/brands/acme/advocates/forum/Zofia%20%C5%81%C3%B3d%C5%BA", path.forwarded());
        // What a service could read as a separator, a parameter or a query is encoded, never passed raw.
        assertEquals("/api/v1/x%3Fy%23z%2B%40%3A", RelayPath.parse("/api/v1/x%3fy%23z+@:").forwarded());
    }

    @Test
    void aPathNotUnderApiHasNoApiPath() throws Exception {
        assertEquals("", RelayPath.parse("/q/metrics").apiPath());
        assertEquals("", RelayPath.parse("/apis/v1/conversations").apiPath());
        assertEquals("", RelayPath.parse("/api").apiPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the probe's own findings
            "/api/v1/sandbox/..%2fchannels", "/api/v1/sandbox/..%2f..%2fq/metrics",
            // encoded slashes in either case, alone or mixed with dots in every spelling
            "/api/v1/sandbox/..%2Fchannels", "/api/v1/sandbox/%2e%2e%2fchannels", "/api/v1/sandbox/%2E%2E%2Fchannels",
            "/api/v1/sandbox/.%2e%2fchannels", "/api/v1/sandbox/%2e.%2Fchannels", "/api/v1/sandbox%2f..%2fchannels",
            "/api/v1/conversations/x%2f..%2f..%2f..%2fq%2fmetrics", "/api/v1/sandbox/requests%2F",
            // dot segments, plain or encoded
            "/api/v1/sandbox/../channels", "/api/v1/sandbox/./requests", "/api/v1/sandbox/%2e%2e/channels",
            "/api/v1/sandbox/%2E%2E/channels", "/api/v1/sandbox/.%2E/channels", "/api/v1/sandbox/%2e/requests",
            "/api/v1/sandbox/..", "/api/..",
            // double encoding
            "/api/v1/sandbox/..%252fchannels", "/api/v1/sandbox/%252e%252e/channels", "/api/v1/sandbox/%25",
            // backslashes, raw or encoded
            "/api/v1/sandbox/..\\channels", "/api/v1/sandbox/..%5cchannels", "/api/v1/sandbox/..%5Cchannels",
            // path parameters, raw or encoded
            "/api/v1/sandbox/..;/channels", "/api/v1/sandbox;x=1/requests", "/api/v1/sandbox/requests%3bjsessionid=1",
            // NUL and other control characters
            "/api/v1/sandbox/requests%00", "/api/v1/sandbox/%00../channels", "/api/v1/sandbox/a%0d%0aX-Evil:1",
            "/api/v1/sandbox/a%7f",
            // empty segments
            "/api//v1/sandbox/requests", "/api/v1//sandbox/requests", "/api/v1/sandbox/requests/", "//api/v1/x",
            // malformed escapes and bytes that are not UTF-8 (an overlong '.', a lone continuation byte)
            "/api/v1/sandbox/%", "/api/v1/sandbox/%2", "/api/v1/sandbox/%zz", "/api/v1/sandbox/%c0%ae%c0%ae/channels",
            "/api/v1/sandbox/%80", "/api/v1/sandbox/%e2%82",
            // raw characters that should have been encoded
            "/api/v1/sandbox/Łódź",
            // not a path at all
            "", "api/v1/conversations"})
    void everyWayOutIsRefused(String raw) {
        assertThrows(RelayPath.Refused.class, () -> RelayPath.parse(raw), raw);
    }

    @Test
    void theReasonIsNamed() {
        assertEquals("a segment of the path holds an encoded '/'",
                assertThrows(RelayPath.Refused.class, () -> RelayPath.parse("/api/v1/sandbox/..%2fchannels")).getMessage());
        assertEquals("the path is encoded twice",
                assertThrows(RelayPath.Refused.class, () -> RelayPath.parse("/api/v1/x/..%252f")).getMessage());
    }
}
