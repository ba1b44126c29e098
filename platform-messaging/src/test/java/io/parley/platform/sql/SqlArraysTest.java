package io.parley.platform.sql;

import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The array literals of {@link SqlArrays} read back by a real PostgreSQL exactly as they went in: every character a
 * customer may write (quotes, backslashes, commas, braces, the word NULL, emoji, Greek, Polish, Russian), SQL nulls,
 * instants to the microsecond and doubles to the last bit — batches of rows are written with them in one statement.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "platform"))
class SqlArraysTest {

    @Inject
    EntityManager em;

    @Test
    void textComesBackAsItWent() {
        List<String> texts = List.of("plain", "with \"quotes\" and \\backslash\\", "a,b", "{braces}", "NULL", "",
                " leading and trailing ", "❤ Καλημέρα, zażółć gęślą jaźń, Привет", "tab\there");
        assertEquals(texts, unnest("text", SqlArrays.text(texts)));
        List<String> withNulls = Arrays.asList("NULL", null, "x", null);
        assertEquals(withNulls, unnest("text", SqlArrays.textOrNull(withNulls)));
    }

    @Test
    void instantsBooleansNumbersAndUuidsComeBackExactly() {
        List<Instant> instants = Arrays.asList(Instant.parse("2026-03-29T00:59:59.123456Z"),
                Instant.parse("1999-12-31T23:00:00Z"), null);
        List<Object> read = unnest("timestamptz", SqlArrays.instants(instants));
        assertEquals(instants, read.stream().map(SqlArraysTest::instant).toList());
        List<Boolean> booleans = Arrays.asList(true, false, null);
        assertEquals(booleans, unnest("boolean", SqlArrays.booleans(booleans)));
        List<Long> longs = Arrays.asList(0L, -1L, Long.MAX_VALUE, null);
        assertEquals(longs, unnest("bigint", SqlArrays.longs(longs)).stream()
                .map(v -> v == null ? null : ((Number) v).longValue()).toList());
        List<Double> doubles = Arrays.asList(0.1, -2.5e-300, 1.0 / 3, Double.NaN, Double.NEGATIVE_INFINITY, null);
        assertEquals(doubles, unnest("float8", SqlArrays.doubles(doubles)).stream()
                .map(v -> v == null ? null : ((Number) v).doubleValue()).toList());
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        assertEquals(ids, unnest("uuid", SqlArrays.uuids(ids)).stream()
                .map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString())).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Object> unnest(String type, String literal) {
        return em.createNativeQuery("SELECT v FROM unnest(CAST(?1 AS " + type + "[])) WITH ORDINALITY AS t(v, n) "
                + "ORDER BY n").setParameter(1, literal).getResultList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
