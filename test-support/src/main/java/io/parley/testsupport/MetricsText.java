package io.parley.testsupport;

/** Reads values from the services' Prometheus text ({@code /q/metrics}). */
public final class MetricsText {

    private MetricsText() {
    }

    /**
     * The value of one sample line. The value is the first field after the name and labels: a line may end with an
     * exemplar ({@code … 1.0 # {span_id="…"} 1.0 1796547436.741}) whose last field is a timestamp, not the value.
     */
    public static double value(String line) {
        int labels = line.indexOf('}');
        String rest = (labels >= 0 ? line.substring(labels + 1) : line.substring(line.indexOf(' '))).trim();
        return Double.parseDouble(rest.split(" ")[0]);
    }
}
