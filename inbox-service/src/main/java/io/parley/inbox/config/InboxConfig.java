package io.parley.inbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The inbox's own settings. */
@ConfigMapping(prefix = "parley.inbox")
public interface InboxConfig {

    /** The first-response target for a brand whose standards say nothing yet. */
    @WithDefault("PT1H")
    Duration defaultFirstResponse();

    /** How long "I am answering" holds a conversation for an agent unless renewed (collision safety). */
    @WithDefault("PT3M")
    Duration answeringFor();

    /** The team that owns a brand's conversations while the brand has no team at all. */
    @WithDefault("care")
    String defaultTeam();

    /** How often the deadline scanner looks for warnings and breaches whose moment has come. */
    @WithDefault("PT0.5S")
    Duration deadlineScanEvery();

    /** How often the away scanner returns conversations of people away longer than their team's limit (item 4). */
    @WithDefault("PT30S")
    Duration awayScanEvery();

    /** How many overdue conversations the deadline scanner takes per pass and kind. */
    @WithDefault("200")
    int deadlineBatch();

    /**
     * Up to this many conversations a queue listing's total is counted exactly; above, it is PostgreSQL's estimate,
     * flagged as such (counting a million rows on every refresh of every agent's queue would take most of a second).
     */
    @WithDefault("10000")
    int exactCountUpTo();

    /**
     * How long counting a listing exactly may take before PostgreSQL's estimate stands instead: a filtered count
     * whose rows must be read from the table can take over a second at a million conversations.
     */
    @WithDefault("PT0.15S")
    Duration exactCountBudget();
}
