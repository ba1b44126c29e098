package io.parley.bench.gateway;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The gateway's sandbox log ({@code sandbox_request} in ingest-service's database), read by the publishing benchmarks:
 * how many times the sandbox recorded each action's first request — every action once, none twice.
 */
public final class SandboxLog {

    private SandboxLog() {
    }

    /** Prints, for {@code actions}, how many were recorded once, more than once and never. */
    public static void print(String jdbc, String user, String password, Collection<UUID> actions) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement q = db.prepareStatement("SELECT action_id, count(*) FILTER (WHERE step = 1), "
                     + "count(*) FROM sandbox_request WHERE action_id = ANY (?) GROUP BY action_id")) {
            Array ids = db.createArrayOf("uuid", actions.toArray());
            q.setArray(1, ids);
            int once = 0;
            int twice = 0;
            long requests = 0;
            Set<UUID> seen = new HashSet<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    seen.add((UUID) rs.getObject(1));
                    if (rs.getLong(2) == 1) {
                        once++;
                    } else {
                        twice++;
                    }
                    requests += rs.getLong(3);
                }
            }
            System.out.printf(Locale.ROOT, "sandbox log: %,d actions recorded once, %,d more than once, %,d never "
                    + "(%,d platform requests in all, uploads and containers included)%n", once, twice,
                    actions.size() - seen.size(), requests);
        }
    }
}
