package io.parley.bench;

/**
 * Lists the benchmarks. Each benchmark is a class with its own {@code main} that prints its figures; run one with
 * {@code mvn -q -pl bench -am install -DskipTests && mvn -q -pl bench exec:java -Dbench.main=<class>}.
 * docs/benchmarks.md quotes the figures and the exact commands.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        System.out.println("Parley benchmarks — run one with: mvn -q -pl bench exec:java -Dbench.main=<class>");
        System.out.println("See docs/benchmarks.md for the list, the figures and how they were measured.");
    }
}
