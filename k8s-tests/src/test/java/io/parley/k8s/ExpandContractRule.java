package io.parley.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expand–contract rule for Flyway migrations (docs/operations.md, Upgrades). In a rolling upgrade the new version's
 * first pod migrates the database while the old version's pods still serve from it, so a migration may only
 * <em>expand</em> the schema the previous version uses. A <em>contract</em> change breaks that version's running pods
 * and is allowed only as the contract step of an earlier expand, in a later release, the file saying so with a line
 * {@code -- contract-of: V<n>} naming the expand migration. A change that cannot be expanded at all is shipped in a
 * release that stops every old pod first (the Deployment's {@code Recreate} strategy), the file saying
 * {@code -- recreate: <why>}.
 *
 * <p>Contract changes, on a table the file did not create itself: dropping a table or a column; renaming a table or a
 * column; changing a column's type; {@code SET NOT NULL}; dropping a column's default; adding a {@code NOT NULL}
 * column without a default. Never allowed, marker or not: {@code CONCURRENTLY} — Flyway holds its lock in a
 * transaction, so a concurrent index build waits for it for ever and the pod never finishes starting.
 *
 * <p>Plain code on the SQL text (comments and string literals removed, statements split at semicolons); it reads the
 * statements Parley's migrations use, not every form PostgreSQL accepts.
 */
final class ExpandContractRule {

    static final Pattern CONTRACT_MARKER = Pattern.compile("(?m)^\\s*--\\s*contract-of:\\s*V([0-9][0-9._]*)\\s*$");
    /**
     * A change that cannot be expanded, shipped in a release rolled out with the Deployment's {@code Recreate} strategy
     * (every old pod stops before the new one migrates): {@code -- recreate: <why>}.
     */
    static final Pattern RECREATE_MARKER = Pattern.compile("(?m)^\\s*--\\s*recreate:[ \\t]*(\\S.*)$");

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?([\\w.\"]+)");
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?([\\w.\"]+) (.*)$");
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP TABLE (?:IF EXISTS )?(.+?)(?: CASCADE| RESTRICT)?$");
    private static final Pattern ALTER_COLUMN = Pattern.compile("^ALTER (?:COLUMN )?([\\w\"]+) (.*)$");
    private static final Pattern ADD_COLUMN = Pattern.compile("^ADD (?:COLUMN )?(?:IF NOT EXISTS )?([\\w\"]+) (.*)$");
    private static final Set<String> ADD_NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN",
            "EXCLUDE");

    private ExpandContractRule() {
    }

    /** One change that would break the previous version's pods, or can never run. */
    record Finding(String statement, String why) {
        @Override
        public String toString() {
            return why + ": " + statement;
        }
    }

    /** The version a file marks itself the contract step of ({@code -- contract-of: V12}), if it does. */
    static Optional<String> contractOf(String sql) {
        Matcher m = CONTRACT_MARKER.matcher(sql);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Why a file is shipped with the Recreate strategy ({@code -- recreate: <why>}), if it says so. */
    static Optional<String> recreateBecause(String sql) {
        Matcher m = RECREATE_MARKER.matcher(sql);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /** {@code CONCURRENTLY}: never allowed in a migration. */
    static List<Finding> neverAllowed(String sql) {
        List<Finding> findings = new ArrayList<>();
        for (String statement : statements(sql)) {
            if (statement.matches(".*\\bCONCURRENTLY\\b.*")) {
                findings.add(new Finding(statement, "CONCURRENTLY in a migration: Flyway's transactional lock makes it "
                        + "wait for ever and the pod never starts; build the index by hand first (docs/operations.md)"));
            }
        }
        return findings;
    }

    /** The contract changes of a migration (empty for an expand-only one). */
    static List<Finding> contractChanges(String sql) {
        List<String> statements = statements(sql);
        Set<String> created = new HashSet<>();
        for (String statement : statements) {
            Matcher m = CREATE_TABLE.matcher(statement);
            if (m.find()) {
                created.add(unquote(m.group(1)));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (String statement : statements) {
            Matcher drop = DROP_TABLE.matcher(statement);
            if (drop.matches()) {
                for (String table : drop.group(1).split(",")) {
                    if (!created.contains(unquote(table.trim()))) {
                        findings.add(new Finding(statement, "drops a table"));
                    }
                }
                continue;
            }
            Matcher alter = ALTER_TABLE.matcher(statement);
            if (!alter.matches() || created.contains(unquote(alter.group(1)))) {
                continue;
            }
            for (String action : topLevelParts(alter.group(2))) {
                String why = contractAction(action);
                if (why != null) {
                    findings.add(new Finding(statement, why));
                }
            }
        }
        return findings;
    }

    /** Why one action of an ALTER TABLE on an existing table breaks the previous version; null when it does not. */
    private static String contractAction(String action) {
        if (action.startsWith("RENAME CONSTRAINT ")) {
            return null;
        }
        if (action.startsWith("RENAME ")) {
            return "renames a table or a column";
        }
        if (action.startsWith("DROP ") && !action.startsWith("DROP CONSTRAINT ")) {
            return "drops a column";
        }
        Matcher column = ALTER_COLUMN.matcher(action);
        if (column.matches() && !action.startsWith("ALTER CONSTRAINT ")) {
            String change = column.group(2);
            if (change.startsWith("TYPE ") || change.startsWith("SET DATA TYPE ")) {
                return "changes a column's type";
            }
            if (change.equals("SET NOT NULL")) {
                return "makes a column NOT NULL";
            }
            if (change.equals("DROP DEFAULT")) {
                return "drops a column's default";
            }
            return null;
        }
        Matcher add = ADD_COLUMN.matcher(action);
        if (add.matches() && !ADD_NOT_A_COLUMN.contains(add.group(1))) {
            String definition = " " + add.group(2) + " ";
            boolean notNull = definition.contains(" NOT NULL ");
            boolean filled = definition.contains(" DEFAULT ") || definition.contains(" GENERATED ")
                    || definition.matches("^ (SMALL|BIG)?SERIAL .*");
            if (notNull && !filled) {
                return "adds a NOT NULL column without a default";
            }
        }
        return null;
    }

    /**
     * The statements of a SQL text, upper case, whitespace collapsed, without comments and with every string literal
     * replaced by {@code ''} (so that a word inside one matches nothing).
     */
    static List<String> statements(String sql) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                text.append(' ');
            } else if (c == '\'') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == '\'' && end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
                        end += 2;
                    } else if (sql.charAt(end) == '\'') {
                        break;
                    } else {
                        end++;
                    }
                }
                text.append("''");
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : text.toString().split(";")) {
            String normalised = statement.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
            if (!normalised.isEmpty()) {
                statements.add(normalised);
            }
        }
        return statements;
    }

    /** Splits at commas outside parentheses (the actions of one ALTER TABLE). */
    private static List<String> topLevelParts(String actions) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < actions.length(); i++) {
            char c = actions.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(actions.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(actions.substring(start).trim());
        return parts;
    }

    private static String unquote(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.replace("\"", "");
    }
}
