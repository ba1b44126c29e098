package io.parley.inbox.notifications;

import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/** Binds a parameter that may be null with its type, so PostgreSQL gets a typed null rather than an untyped one. */
final class NullableParams {

    private NullableParams() {
    }

    @SuppressWarnings("unchecked")
    static <T> Query bind(Query query, int position, T value, Class<T> type) {
        ((NativeQuery<Object>) query.unwrap(NativeQuery.class)).setParameter(position, value, type);
        return query;
    }
}
