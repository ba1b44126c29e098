package io.parley.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What an event means and how its records are keyed; read by {@link EventCatalogue} to write docs/events.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventDoc {

    /** One or two sentences: what happened, who emits it, who consumes it. */
    String summary();

    /** What the Kafka record key is. */
    String key();

    /** Per field, "name: meaning", in declaration order. */
    String[] fields() default {};
}
