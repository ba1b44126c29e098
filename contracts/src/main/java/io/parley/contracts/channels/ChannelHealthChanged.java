package io.parley.contracts.channels;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A channel account's health changed: it went quiet, its token was refused or is about to expire, a permission is
 * missing, the platform rate limits it, its polls fail — or it is healthy again. Field meanings are in
 * {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A brand's channel account changed health, as ingest-service sees it: a webhook silent for many times its usual gap, the platform refusing its token (HTTP 401, Graph error 190, X error 89) or a permission (Graph 10 and 200–299, X 403 client-forbidden / 453), a rate limit (429, Graph 4/17/32/613), failing polls (YouTube, RSS, insights), a token expiring soon — or healthy again after a successful call or a new event. Emitted by ingest-service once per change (through the outbox); for people to be told (a banner on the console, notifications) and for integrators.",
        key = "`channelAccountId`",
        fields = {
        "channelAccountId: the channel account (ingest-service's id, as in `GET /api/v1/channels`)",
        "platform: the account's network",
        "accountId: the account's id on the network (page, bot, channel id; a source's name)",
        "name: the account's name, for people",
        "state: `healthy`, `silent`, `token_revoked`, `missing_permission`, `rate_limited`, `poll_errors` or `token_expiring`",
        "previousState: the state it left",
        "since: when the new state began",
        "reason: what was seen, in the platform's words where it gave some (never a credential); null when healthy",
        "whatToDo: a stable key of what a person should do (`none`, `check_source`, `reconnect`, `grant_permission`, `wait`, `check_poll`, `renew_token`); the console words it in each language",
        "lastEventAt: when the gateway last heard an event for the account (webhook, poll or import), null if never",
        "usualGapSeconds: the account's usual gap between events, learned from them (a median of recent gaps, never below the floor); null until learned",
        "until: for `rate_limited`, when the platform lets it send again; for `token_expiring`, when the token expires; else null"})
public record ChannelHealthChanged(
        UUID channelAccountId,
        Platform platform,
        String accountId,
        String name,
        String state,
        String previousState,
        Instant since,
        String reason,
        String whatToDo,
        Instant lastEventAt,
        Long usualGapSeconds,
        Instant until) implements Payload {

    public static final String TYPE = "parley.channels.health-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CHANNELS;
    }
}
