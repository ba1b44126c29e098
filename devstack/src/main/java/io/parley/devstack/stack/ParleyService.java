package io.parley.devstack.stack;

import java.util.List;

/** The five services, with their module folder, database and local-stack port. */
public enum ParleyService {
    INGEST("ingest-service", "ingest", 8081),
    INBOX("inbox-service", "inbox", 8082),
    CALENDAR("calendar-service", "calendar", 8083),
    STANDARDS("standards-service", "standards", 8084),
    ANALYTICS("analytics-service", "analytics", 8085);

    private final String module;
    private final String database;
    private final int stackPort;

    ParleyService(String module, String database, int stackPort) {
        this.module = module;
        this.database = database;
        this.stackPort = stackPort;
    }

    public String module() {
        return module;
    }

    /** The database's name without the environment's prefix ({@code parley_}, {@code e2e_}). */
    public String database() {
        return database;
    }

    public int stackPort() {
        return stackPort;
    }

    public static List<ParleyService> all() {
        return List.of(values());
    }
}
