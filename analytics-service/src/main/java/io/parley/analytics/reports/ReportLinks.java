package io.parley.analytics.reports;

import io.parley.platform.security.HmacSha256;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed, expiring link to a delivered report: {@code <delivery id>.<expiry, epoch seconds>.<signature>}, the
 * signature being HMAC-SHA256 with the configured secret over the id and the expiry (base64url). Nothing is stored
 * per link; changing the secret voids every link handed out. Pure: the secret and the time are given.
 */
final class ReportLinks {

    /** What a presented token turned out to be. */
    sealed interface Verdict {
    }

    /** Signed by us and not expired: the delivery it opens. */
    record Valid(UUID delivery) implements Verdict {
    }

    /** Signed by us, but past its expiry. */
    record Expired(UUID delivery, Instant expiredAt) implements Verdict {
    }

    /** Not a token we signed: malformed, altered, or signed with another secret. */
    record Forged() implements Verdict {
    }

    private final HmacSha256 mac;

    ReportLinks(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("parley.analytics.reports.link-secret must be at least 16 characters");
        }
        this.mac = HmacSha256.withKey(secret);
    }

    String token(UUID delivery, Instant expiresAt) {
        String payload = delivery + "." + expiresAt.getEpochSecond();
        return payload + "." + mac.base64Url(payload);
    }

    Verdict verify(String token, Instant now) {
        Optional<String[]> parts = Optional.ofNullable(token).map(t -> t.split("\\.", -1)).filter(p -> p.length == 3);
        if (parts.isEmpty()) {
            return new Forged();
        }
        String[] p = parts.get();
        byte[] presented;
        UUID delivery;
        long expiry;
        try {
            presented = Base64.getUrlDecoder().decode(p[2]);
            delivery = UUID.fromString(p[0]);
            expiry = Long.parseLong(p[1]);
        } catch (IllegalArgumentException e) {
            return new Forged();
        }
        // The id and expiry as written in the token are what was signed: "0012" for "12" fails here, too.
        if (!HmacSha256.matches(mac.sign(p[0] + "." + p[1]), presented)) {
            return new Forged();
        }
        Instant expiresAt = Instant.ofEpochSecond(expiry);
        return now.isBefore(expiresAt) ? new Valid(delivery) : new Expired(delivery, expiresAt);
    }
}
