package io.parley.ingest.outbound;

import io.parley.ingest.channels.ChannelAccount;

import java.util.Optional;

/**
 * A channel account's secrets for calling its platform ({@code access-token}). Whatever backs it, a
 * secret is only ever placed in the outgoing request: never logged, recorded or returned by an API.
 */
public interface CredentialSource {

    /** The access token every platform API call needs. */
    String ACCESS_TOKEN = "access-token";

    Optional<String> secret(ChannelAccount account, String name);
}
