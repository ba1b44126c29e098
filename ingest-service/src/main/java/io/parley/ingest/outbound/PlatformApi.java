package io.parley.ingest.outbound;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;

import java.time.Instant;

/**
 * One platform's API, as outbound actions need it: the request for an action, and how to read the
 * answer. Implementations are pure (no I/O), so each is unit tested on exact requests and answers.
 */
public interface PlatformApi {

    Platform platform();

    /** The API's real root; the sandbox always records against it, live delivery may be pointed elsewhere. */
    String apiRoot();

    /**
     * The request for the action, or why the platform cannot take it. Called only with a target object
     * when the action needs one (checked by {@link PlatformRequests}).
     */
    PlatformRequests.Result request(OutboundActionRequested action);

    /** Reads the platform's answer to an attempt of {@code request}. */
    PlatformAnswer answer(OutboundActionRequested action, PlatformRequest request, PlatformResponse response,
            Instant now);
}
