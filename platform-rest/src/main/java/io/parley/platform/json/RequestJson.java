package io.parley.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one way every Parley service reads a JSON request body (ADR 8): the application's object
 * mapper, made strict. Refused, each with a 400 problem naming the field: duplicate keys, unknown
 * fields, anything after the JSON value, a number where text belongs or text where a number
 * belongs, a fraction for a whole number, an enum by number, control characters and lone
 * surrogates in text, dates outside years 1-9999, non-finite numbers and giant exponents; and the
 * {@link JsonLimits} on depth, number and string length. Only request bodies: the same mapper
 * writes responses, and REST clients and Kafka keep tolerating fields a newer peer adds.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class RequestJson implements ContextResolver<ObjectMapper> {

    @Inject
    ObjectMapper application;

    private volatile ObjectMapper strict;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper mapper = strict;
        if (mapper == null) {
            mapper = strict(application);
            strict = mapper;
        }
        return mapper;
    }

    /** A strict copy of {@code base} for reading what callers send. */
    public static ObjectMapper strict(ObjectMapper base) {
        ObjectMapper mapper = base.copyWith(JsonLimits.apply(new TextCheckingJsonFactory(base.getFactory())));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(BoundedValues.module());
        return mapper;
    }
}
