package io.parley.ingest.outbound;

import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.FailureKind;

import java.time.Instant;

/**
 * What became of an action (or of one attempt of it).
 *
 * @param outcome          delivered or failed (final), delayed or unknown (on the way)
 * @param platformObjectId the id of what the platform created (the post, the reply comment), or acted on
 * @param reason           why it failed or waits, in words an agent can act on
 * @param sandbox          true when nothing reached the platform because the account is in sandbox mode
 * @param failure          the class of a failure or a wait; null when delivered
 * @param retryAt          when a delayed action is tried again (null while it waits for a reconnected channel)
 * @param permalink        the public address of what was published, when known
 * @param appWide          for a rate limit: the application's (every account of the platform waits), else the account's
 * @param appPausedUntil   the platform said (Graph {@code X-App-Usage}) that the app is near its limit: its next
 *                         actions wait until then, whatever this one's outcome
 * @param permissionMissing a refusal because the token lacks a permission (the channel's health shows it)
 */
public record ConnectorOutcome(DeliveryOutcome outcome, String platformObjectId, String reason, boolean sandbox,
        FailureKind failure, Instant retryAt, String permalink, boolean appWide, Instant appPausedUntil,
        boolean permissionMissing) {

    public ConnectorOutcome(DeliveryOutcome outcome, String platformObjectId, String reason, boolean sandbox,
            FailureKind failure, Instant retryAt, String permalink, boolean appWide, Instant appPausedUntil) {
        this(outcome, platformObjectId, reason, sandbox, failure, retryAt, permalink, appWide, appPausedUntil, false);
    }

    public ConnectorOutcome(DeliveryOutcome outcome, String platformObjectId, String reason, boolean sandbox,
            FailureKind failure, Instant retryAt, String permalink, boolean appWide) {
        this(outcome, platformObjectId, reason, sandbox, failure, retryAt, permalink, appWide, null);
    }

    ConnectorOutcome pausingApp(Instant until) {
        return new ConnectorOutcome(outcome, platformObjectId, reason, sandbox, failure, retryAt, permalink, appWide,
                until, permissionMissing);
    }

    ConnectorOutcome missingPermission() {
        return new ConnectorOutcome(outcome, platformObjectId, reason, sandbox, failure, retryAt, permalink, appWide,
                appPausedUntil, true);
    }

    public static ConnectorOutcome delivered(String platformObjectId, boolean sandbox) {
        return delivered(platformObjectId, null, sandbox);
    }

    public static ConnectorOutcome delivered(String platformObjectId, String permalink, boolean sandbox) {
        return new ConnectorOutcome(DeliveryOutcome.DELIVERED, platformObjectId, null, sandbox, null, null, permalink,
                false);
    }

    public static ConnectorOutcome failed(String reason, boolean sandbox) {
        return failed(FailureKind.CONTENT_REFUSED, reason, sandbox);
    }

    public static ConnectorOutcome failed(FailureKind failure, String reason, boolean sandbox) {
        return new ConnectorOutcome(DeliveryOutcome.FAILED, null, reason, sandbox, failure, null, null, false);
    }

    public static ConnectorOutcome delayed(FailureKind failure, String reason, Instant retryAt, boolean appWide) {
        return new ConnectorOutcome(DeliveryOutcome.DELAYED, null, reason, false, failure, retryAt, null, appWide);
    }

    public static ConnectorOutcome unknown(String reason) {
        return new ConnectorOutcome(DeliveryOutcome.UNKNOWN, null, reason, false, FailureKind.UNKNOWN_OUTCOME, null,
                null, false);
    }

    ConnectorOutcome withReason(String newReason) {
        return new ConnectorOutcome(outcome, platformObjectId, newReason, sandbox, failure, retryAt, permalink, appWide,
                appPausedUntil, permissionMissing);
    }
}
