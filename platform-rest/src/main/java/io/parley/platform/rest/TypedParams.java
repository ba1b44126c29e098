package io.parley.platform.rest;

import io.parley.platform.json.ValueBounds;
import io.parley.platform.problem.Excerpt;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed parameters ({@code int limit}, {@code UUID id}, {@code Instant from}) so that a value
 * of the wrong type is a 400 problem naming the parameter, never the 404 ("no resource at …") that
 * JAX-RS prescribes for a query parameter it cannot convert. Booleans are {@code true} or
 * {@code false} only; instants and dates are held to {@link ValueBounds}.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    private record Reader(String kind, Function<String, Object> parse) {
    }

    private static final Reader WHOLE = new Reader("a whole number", Integer::parseInt);
    private static final Reader LONG = new Reader("a whole number", Long::parseLong);
    private static final Reader BOOLEAN = new Reader("true or false", TypedParams::bool);
    private static final Map<Class<?>, Reader> READERS = Map.ofEntries(
            Map.entry(int.class, WHOLE), Map.entry(Integer.class, WHOLE),
            Map.entry(long.class, LONG), Map.entry(Long.class, LONG),
            Map.entry(boolean.class, BOOLEAN), Map.entry(Boolean.class, BOOLEAN),
            Map.entry(UUID.class, new Reader("an id (a UUID like 3f2c4a9e-0b1d-4c8e-9a57-2d6f1e0c7b44)",
                    TypedParams::uuid)),
            Map.entry(Instant.class, new Reader("an ISO-8601 instant like 2026-11-01T09:00:00Z",
                    v -> bounded(Instant.parse(v)))),
            Map.entry(OffsetDateTime.class, new Reader("an ISO-8601 instant like 2026-11-01T09:00:00Z",
                    v -> bounded(OffsetDateTime.parse(v)))),
            Map.entry(LocalDate.class, new Reader("a date like 2026-11-01", v -> bounded(LocalDate.parse(v)))));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        if (reader == null) {
            return null;
        }
        String name = nameOf(annotations);
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reader.parse().apply(value);
                } catch (RuntimeException e) {
                    String why = e instanceof OutOfBounds bounds ? bounds.getMessage()
                            : "must be " + reader.kind() + ", was '" + Excerpt.of(value) + "'";
                    throw new InvalidParameterException(name, why);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                String name = a instanceof QueryParam q ? q.value()
                        : a instanceof PathParam p ? p.value()
                        : a instanceof HeaderParam h ? h.value()
                        : a instanceof FormParam f ? f.value()
                        : a instanceof CookieParam c ? c.value()
                        : a instanceof MatrixParam m ? m.value()
                        : a instanceof RestQuery q ? q.value()
                        : a instanceof RestPath p ? p.value()
                        : a instanceof RestHeader h ? h.value()
                        : null;
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        }
        return "parameter";
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static UUID uuid(String value) {
        // UUID.fromString takes "1-1-1-1-1"; an id is the 36-character form.
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    private static <V> V bounded(V value) {
        String problem = ValueBounds.problemWith(value);
        if (problem != null) {
            throw new OutOfBounds(problem);
        }
        return value;
    }

    private static final class OutOfBounds extends RuntimeException {
        OutOfBounds(String message) {
            super(message, null, false, false);
        }
    }
}
