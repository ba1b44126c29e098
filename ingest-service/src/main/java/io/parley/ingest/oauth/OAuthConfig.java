package io.parley.ingest.oauth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth connect flow ({@code /api/v1/channels/oauth/{network}/...}): the keys it signs states and encrypts tokens
 * with, where the browser comes back, and each network's endpoints and client (configurable, so tests and the local
 * stack point them at the fake platform). A network without a {@code client-id} is not offered.
 */
@ConfigMapping(prefix = "parley.ingest.oauth")
public interface OAuthConfig {

    /** The HMAC-SHA256 key that signs states (at least 32 characters; {@code PARLEY_INGEST_OAUTH_STATE_KEY}). */
    String stateKey();

    /**
     * The AES-256 key (base64 of 32 bytes) that encrypts stored tokens ({@code PARLEY_INGEST_OAUTH_TOKEN_KEY}); see
     * docs/adr/0011-channel-tokens-encrypted-in-postgresql.md.
     */
    String tokenKey();

    /** How long a started flow may take before its state is refused. */
    @WithDefault("10m")
    Duration stateTtl();

    /**
     * The public address the platforms send the browser back to, before {@code /api/v1/channels/oauth/<network>/callback}:
     * the console's origin (the console relays the callback with the user's session).
     */
    @WithDefault("http://localhost:8080")
    String redirectBase();

    /** The console's address the flow ends on ({@code <console-url>/channels?connected=…}); none: this origin's path. */
    Optional<String> consoleUrl();

    /** Tokens of the refreshing networks expiring within this are refreshed ({@link TokenRefresh}). */
    @WithDefault("15m")
    Duration refreshAhead();

    /** How often {@link TokenRefresh} looks for tokens to refresh. */
    @WithDefault("60s")
    String refreshEvery();

    /** How long after start {@link TokenRefresh} first looks. */
    @WithDefault("30s")
    String refreshFirstDelay();

    /** Per network id ({@code facebook}, {@code instagram}, {@code linkedin}, {@code x}, {@code tiktok}). */
    Map<String, Network> networks();

    interface Network {
        String authorizeUrl();

        String tokenUrl();

        Optional<String> clientId();

        Optional<String> clientSecret();

        /** The scopes, as the network writes them (comma- or space-separated), sent as {@code scope}. */
        @WithDefault("")
        String scopes();

        /** PKCE (S256) on the authorization request and the exchange (X). */
        @WithDefault("false")
        boolean pkce();

        /** The name of the client id parameter ({@code client_key} on TikTok). */
        @WithDefault("client_id")
        String clientIdParam();

        /** How the client authenticates at the token endpoint: {@code form} (in the body) or {@code basic} (X). */
        @WithDefault("form")
        String clientAuth();

        /** A read of the connected account with the new token ({@code /2/users/me}); none: the token answer says. */
        Optional<String> accountUrl();

        /** Where the account id is in the account read (or, without one, in the token answer): a JSON pointer. */
        @WithDefault("/id")
        String accountIdPointer();

        /** Where the account's name is (optional). */
        Optional<String> accountNamePointer();

        /**
         * Where the account's own token is in the account read (a Facebook page's token in {@code /me/accounts});
         * none: the token answer's {@code access_token}.
         */
        Optional<String> accountTokenPointer();

        /**
         * The token is the person's, and they pick which of the accounts it manages to connect (Facebook Pages,
         * Instagram business accounts: {@code account-url} is Graph's {@code /me/accounts}); see {@link OAuthPickings}.
         */
        @WithDefault("false")
        boolean picker();
    }
}
