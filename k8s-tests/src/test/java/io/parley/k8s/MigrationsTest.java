package io.parley.k8s;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service's Flyway migrations keep the expand–contract rule ({@link ExpandContractRule}, docs/operations.md
 * Upgrades), so that a rolling upgrade — the new version's first pod migrating while the old version's pods serve —
 * never breaks the pods still running. A contract change is allowed only in a file marked as the contract step of an
 * earlier expand ({@code -- contract-of: V<n>}); e2e-tests' {@code RollingUpgradeTest} shows an expand migration
 * applied under load with the old version serving.
 */
class MigrationsTest {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    /**
     * Migrations written before the rule, each with why it was acceptable then. They stay applied in every database
     * and are never edited (Flyway checks their checksums); the list only shrinks.
     */
    private static final Map<String, String> HISTORICAL = Map.of(
            "inbox-service/V2__interaction_thread.sql",
            "before the first production release: interaction's channel_account_id and thread_id are added, filled "
                    + "and made NOT NULL in one step; version 1's inserts would have failed",
            "inbox-service/V40__interaction_attachments_json.sql",
            "before the first production release: attachments turned from TEXT into JSONB in place; the previous "
                    + "version's mapping wrote TEXT",
            "standards-service/V2__response_target_channels.sql",
            "before the first production release: the per-channel targets moved from a JSON text column into rows "
                    + "and the column was dropped in the same step",
            "standards-service/V3__standards_catalogue.sql",
            "before the first production release: the response-target tables were copied into the catalogue and "
                    + "dropped in the same step; version 2's pods read them");

    @Test
    void everyMigrationOnlyExpandsTheSchemaOrIsAMarkedContractStep() throws IOException {
        Map<String, Map<String, Path>> migrations = migrations();
        assertTrue(migrations.size() >= 6, "migration folders found: " + migrations.keySet());
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> module : migrations.entrySet()) {
            for (Map.Entry<String, Path> migration : module.getValue().entrySet()) {
                String name = module.getKey() + "/" + migration.getValue().getFileName();
                String sql = Files.readString(migration.getValue(), StandardCharsets.UTF_8);
                ExpandContractRule.neverAllowed(sql).forEach(f -> broken.add(name + ": " + f));
                List<ExpandContractRule.Finding> contract = ExpandContractRule.contractChanges(sql);
                if (contract.isEmpty() || HISTORICAL.containsKey(name)) {
                    continue;
                }
                if (ExpandContractRule.recreateBecause(sql).isPresent()) {
                    continue; // reviewed: this release stops every old pod before migrating
                }
                var expand = ExpandContractRule.contractOf(sql);
                if (expand.isEmpty()) {
                    contract.forEach(f -> broken.add(name + ": " + f + " — a contract change; make it an expand, or "
                            + "mark the file '-- contract-of: V<n>' as the contract step of an earlier release's "
                            + "expand V<n>, or '-- recreate: <why>' for a release rolled out with the Recreate "
                            + "strategy"));
                } else if (!module.getValue().containsKey(expand.get())) {
                    broken.add(name + ": contract-of V" + expand.get() + ", which is not a migration of "
                            + module.getKey());
                } else if (compare(expand.get(), migration.getKey()) >= 0) {
                    broken.add(name + ": contract-of V" + expand.get() + ", which is not earlier than itself");
                }
            }
        }
        assertTrue(broken.isEmpty(), "migrations that would break the previous version's running pods in a "
                + "rolling upgrade (docs/operations.md, Upgrades):\n" + String.join("\n", broken));
    }

    /**
     * Quarkus refuses by default to start against a database holding a migration newer than its own ("Detected applied
     * migration not resolved locally"): in a rolling upgrade every old pod that restarts, or that an autoscaler adds,
     * after the new version's first pod migrated would fail to start, and a roll-back could not start at all.
     * RollingUpgradeTest found it; every service that migrates must accept the future.
     */
    @Test
    void everyServiceThatMigratesStartsOnANewerSchema() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : migrations().keySet()) {
            Path properties = Overlays.root().resolve(module).resolve("src/main/resources/application.properties");
            if (!Files.exists(properties)) {
                continue; // a library's migrations (platform's), run by the services that use them
            }
            String text = Files.readString(properties, StandardCharsets.UTF_8);
            if (text.contains("quarkus.flyway.migrate-at-start=true")
                    && !text.contains("\nquarkus.flyway.ignore-future-migrations=true")) {
                missing.add(module);
            }
        }
        assertTrue(missing.isEmpty(), "services that migrate at start without quarkus.flyway.ignore-future-migrations"
                + "=true (their old pods could not start during a rolling upgrade): " + missing);
    }

    /**
     * Native queries name their columns: a prepared {@code SELECT * FROM t} fails with "cached plan must not change
     * result type" once the next version's migration adds a column to {@code t} while this version serves (found by
     * RollingUpgradeTest on the inbox's queue). A subquery's {@code SELECT * FROM (...)} takes the columns its inner
     * query names and is fine.
     */
    @Test
    void nativeQueriesNameTheirColumns() throws IOException {
        Pattern selectAll = Pattern.compile("(?i)\\bSELECT\\s+(?:\\w+\\.)?\\*\\s+FROM\\s+(?!\\()(\\w+)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Overlays.root())) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/resources/db"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = selectAll.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (m.find()) {
                            String where = module.getFileName() + "/" + file.getFileName() + ": " + m.group(1);
                            if (!NOT_YET_NAMED.contains(where)) {
                                found.add(where);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "native queries reading SELECT * (list the columns, as inbox's Conversation.COLUMNS "
                + "does): " + found);
    }

    /**
     * SELECT * not rewritten yet: each breaks while a migration adds a column to its table during a rolling upgrade.
     * Rewrite it before a release whose migration touches the table; the list only shrinks.
     */
    private static final java.util.Set<String> NOT_YET_NAMED = java.util.Set.of(
            "inbox-service/ComplaintLibrary.java: complaint_case",
            "calendar-service/ApprovalScanner.java: variant",
            "calendar-service/PublishScheduler.java: variant");

    @Test
    void theHistoricalExceptionsStillExistAndStillNeedToBe() throws IOException {
        Map<String, Map<String, Path>> migrations = migrations();
        for (String name : HISTORICAL.keySet()) {
            String module = name.substring(0, name.indexOf('/'));
            String file = name.substring(name.indexOf('/') + 1);
            Path path = migrations.getOrDefault(module, Map.of()).values().stream()
                    .filter(p -> p.getFileName().toString().equals(file)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is listed as an exception but does not exist"));
            assertFalse(ExpandContractRule.contractChanges(Files.readString(path, StandardCharsets.UTF_8)).isEmpty(),
                    name + " keeps the rule: take it off the list of exceptions");
        }
    }

    @Test
    void theRollingUpgradeTestsNextVersionIsAnExpand() throws IOException {
        String sql = Files.readString(Overlays.root().resolve(
                "e2e-tests/src/test/resources/rolling-upgrade/next-version-expand.sql"), StandardCharsets.UTF_8);
        assertEquals(List.of(), ExpandContractRule.contractChanges(sql));
        assertEquals(List.of(), ExpandContractRule.neverAllowed(sql));
    }

    @Test
    void expandChangesPass() {
        String sql = """
                SET LOCAL lock_timeout = '10s';
                ALTER TABLE conversation ADD COLUMN label TEXT;
                ALTER TABLE conversation ADD COLUMN reopened INT NOT NULL DEFAULT 0, ADD COLUMN seq BIGSERIAL NOT NULL;
                ALTER TABLE interaction ADD COLUMN IF NOT EXISTS kind_v2 TEXT;
                ALTER TABLE interaction ALTER COLUMN kind DROP NOT NULL;
                ALTER TABLE interaction ALTER CONSTRAINT interaction_fk DEFERRABLE INITIALLY DEFERRED;
                ALTER TABLE reply ADD CONSTRAINT reply_status_known CHECK (status IN ('a', 'b'));
                ALTER TABLE reply RENAME CONSTRAINT reply_old TO reply_new;
                CREATE TABLE label (id UUID PRIMARY KEY, name TEXT);
                ALTER TABLE label ALTER COLUMN name SET NOT NULL;
                ALTER TABLE label RENAME COLUMN name TO title;
                CREATE INDEX label_by_title ON label (title);
                DROP INDEX conversation_old_index;
                UPDATE conversation SET label = 'x -- DROP COLUMN; ALTER TABLE a RENAME TO b' WHERE label IS NULL;
                -- ALTER TABLE conversation DROP COLUMN preview;
                """;
        assertEquals(List.of(), ExpandContractRule.contractChanges(sql));
        assertEquals(List.of(), ExpandContractRule.neverAllowed(sql));
    }

    @Test
    void contractChangesAreFound() {
        Map<String, String> contract = Map.of(
                "ALTER TABLE conversation DROP COLUMN preview", "drops a column",
                "alter table conversation drop preview cascade", "drops a column",
                "ALTER TABLE conversation RENAME COLUMN preview TO excerpt", "renames a table or a column",
                "ALTER TABLE conversation RENAME TO thread", "renames a table or a column",
                "ALTER TABLE interaction ALTER COLUMN attachments TYPE JSONB USING attachments::jsonb",
                "changes a column's type",
                "ALTER TABLE interaction ALTER thread_id SET NOT NULL", "makes a column NOT NULL",
                "ALTER TABLE interaction ALTER COLUMN attachments DROP DEFAULT", "drops a column's default",
                "ALTER TABLE reply ADD COLUMN channel TEXT NOT NULL", "adds a NOT NULL column without a default",
                "DROP TABLE IF EXISTS response_target", "drops a table");
        contract.forEach((sql, why) -> {
            List<ExpandContractRule.Finding> findings = ExpandContractRule.contractChanges(sql + ";");
            assertEquals(1, findings.size(), sql + " -> " + findings);
            assertEquals(why, findings.get(0).why(), sql);
        });
        assertEquals(2, ExpandContractRule.contractChanges(
                "ALTER TABLE a ADD COLUMN b TEXT, DROP COLUMN c, ALTER COLUMN d TYPE BIGINT").size());
    }

    @Test
    void concurrentlyIsNeverAllowedAndTheMarkerNamesTheExpand() {
        assertEquals(1, ExpandContractRule.neverAllowed(
                "CREATE INDEX CONCURRENTLY conversation_x ON conversation (x);").size());
        assertEquals("12", ExpandContractRule.contractOf("""
                -- Drops the old column once every pod reads the new one.
                -- contract-of: V12
                ALTER TABLE conversation DROP COLUMN old;""").orElseThrow());
        assertTrue(ExpandContractRule.contractOf("-- not a contract-of: V12 marker\nSELECT 1;").isEmpty());
        assertEquals("a unique constraint version 14's writes could break", ExpandContractRule.recreateBecause(
                "-- recreate: a unique constraint version 14's writes could break\nALTER TABLE a ADD UNIQUE (b);")
                .orElseThrow());
        assertTrue(ExpandContractRule.recreateBecause("-- recreate:\nSELECT 1;").isEmpty());
    }

    /** Each module's versioned migrations (every {@code src/main/resources/db} folder), by version. */
    private static Map<String, Map<String, Path>> migrations() throws IOException {
        Map<String, Map<String, Path>> found = new TreeMap<>();
        try (Stream<Path> modules = Files.list(Overlays.root())) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path db = module.resolve("src/main/resources/db");
                if (!Files.isDirectory(db)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(db)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Matcher m = VERSIONED.matcher(file.getFileName().toString());
                        if (m.matches()) {
                            found.computeIfAbsent(module.getFileName().toString(), k -> new TreeMap<>())
                                    .put(m.group(1), file);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Flyway's order of two versions ({@code 2} before {@code 10}, {@code 0.1} before {@code 1}). */
    private static int compare(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
