package io.parley.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The values Parley takes from outside that Java parses but nothing downstream can hold: a date of
 * year -999999999 (PostgreSQL's timestamps end at 4713 BC and 294276 AD; a ledger window over it
 * failed with 500), an infinite double, a decimal with an exponent of a hundred thousand.
 */
public final class ValueBounds {

    /** The earliest instant taken: 0001-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant taken: the end of 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private ValueBounds() {
    }

    /** Why the value is out of bounds, or null when it is fine (or not a kind this checks). */
    public static String problemWith(Object value) {
        if (value instanceof Instant instant) {
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? yearsMessage() : null;
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            int year = temporal.get(ChronoField.YEAR);
            return year < 1 || year > 9999 ? yearsMessage() : null;
        }
        if (value instanceof BigDecimal decimal) {
            return Math.abs((long) decimal.scale()) > JsonLimits.MAX_DECIMAL_SCALE
                    ? "is out of range: the exponent may be at most " + JsonLimits.MAX_DECIMAL_SCALE : null;
        }
        if (value instanceof BigInteger integer) {
            return integer.bitLength() > 4 * JsonLimits.MAX_NUMBER_LENGTH ? "is out of range" : null;
        }
        if (value instanceof Double d) {
            return d.isInfinite() || d.isNaN() ? "is out of range for a number" : null;
        }
        if (value instanceof Float f) {
            return f.isInfinite() || f.isNaN() ? "is out of range for a number" : null;
        }
        return null;
    }

    private static String yearsMessage() {
        return "is out of range: years 1 to 9999 only";
    }
}
