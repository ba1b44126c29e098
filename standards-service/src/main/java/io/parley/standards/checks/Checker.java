package io.parley.standards.checks;

import java.util.List;

/**
 * The checks of one catalogue section, compiled for one catalogue on one channel. Pure and
 * thread-safe: the same draft always gives the same findings. An image checker (pixel analysis)
 * plugs in the same way.
 */
public interface Checker {

    /** Adds the findings about the draft. */
    void check(AnalysedDraft draft, List<Finding> findings);
}
