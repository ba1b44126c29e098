package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;

/**
 * Wraps the deserializers of dates, times and numbers so that a value {@link ValueBounds} refuses is
 * a precise 400 naming the field, not a 500 from the database or an answer that prints a
 * 100,000-digit number.
 */
final class BoundedValues {

    private BoundedValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("parley-bounded-values");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return bounded(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static boolean bounded(Class<?> type) {
        return Temporal.class.isAssignableFrom(type) || type == BigDecimal.class || type == BigInteger.class
                || type == Double.class || type == double.class || type == Float.class || type == float.class;
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (Temporal.class.isAssignableFrom(handledType()) && p.currentToken() != null
                    && p.currentToken().isNumeric()) {
                // No coercion (ADR 8): 12345 is not a date, though Jackson would read it as epoch seconds.
                throw new OutOfRangeValueException(p, "must be " + JsonProblems.kind(handledType()) + ", was a number",
                        handledType());
            }
            Object value = super.deserialize(p, ctxt);
            String problem = ValueBounds.problemWith(value);
            if (problem != null) {
                throw new OutOfRangeValueException(p, problem, handledType());
            }
            return value;
        }
    }
}
