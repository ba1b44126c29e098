package io.parley.testsupport;

import io.parley.devstack.infra.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code @QuarkusTest} class names its test resources itself.
 *
 * <p>Quarkus applies every {@code @QuarkusTestResource} it finds among a module's compiled test classes that is not
 * {@code restrictToAnnotatedClass} to all of the module's tests (a fake platform, a stand-in service, a topic of the
 * tests' own), also when one class runs alone. A class that names none of them works only while a sibling does:
 * remove or restrict the sibling's annotation and the class loses its database or its fake without a word. So each
 * class names <em>every</em> such resource of its module ({@link ParleyInfrastructure} with the module's database
 * among them), or its {@code @TestProfile} lists its own and turns the module's off
 * ({@code disableGlobalTestResources}). As all classes name the same set, they also share one application start.
 */
class QuarkusTestsNameTheirInfrastructureTest {

    private static final Pattern QUARKUS_TEST = Pattern.compile("^@QuarkusTest\\s*$", Pattern.MULTILINE);
    /** One annotation with its arguments (they hold at most one level of parentheses: {@code @ResourceArg(...)}). */
    private static final Pattern RESOURCE = Pattern.compile(
            "@(?:QuarkusTestResource|WithTestResource)\\(((?:[^()]|\\([^()]*\\))*)\\)");
    private static final Pattern RESOURCE_CLASS = Pattern.compile("(?:^|value\\s*=\\s*)\\s*([A-Za-z0-9_.]+)\\.class");
    private static final Pattern PROFILE_ENTRY = Pattern.compile("new TestResourceEntry\\(\\s*([A-Za-z0-9_.]+)\\.class");

    /** A test class and the resources it names. */
    private record TestClass(Path file, Set<String> named, Set<String> global, boolean ownProfileOnly) {
    }

    @Test
    void everyQuarkusTestClassNamesEveryTestResourceItsModuleApplies() throws IOException {
        Path root = RepositoryRoot.find();
        List<String> missing = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/test/java"))).sorted().toList()) {
                List<TestClass> tests = quarkusTests(module.resolve("src/test/java"));
                classes += tests.size();
                Set<String> moduleWide = new TreeSet<>();
                tests.forEach(t -> moduleWide.addAll(t.global()));
                for (TestClass t : tests) {
                    if (t.named().isEmpty()) {
                        missing.add(root.relativize(t.file()) + " names no test resource (it would run without its "
                                + "database: add ParleyInfrastructure as its neighbours do)");
                    } else if (!t.ownProfileOnly() && !t.named().containsAll(moduleWide)) {
                        Set<String> absent = new TreeSet<>(moduleWide);
                        absent.removeAll(t.named());
                        missing.add(root.relativize(t.file()) + " relies on its siblings for " + absent);
                    }
                }
            }
        }
        assertTrue(classes > 40, "found only " + classes + " @QuarkusTest classes under " + root);
        assertEquals(List.of(), missing, "each @QuarkusTest class names every test resource its module applies to all "
                + "of its tests, e.g. @QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = "
                + "@ResourceArg(name = \"database\", value = \"<module>\")) and the module's fakes, as its neighbours do");
    }

    @Test
    void theCheckSeesAResourceOnlyASiblingNames() {
        TestClass named = read(Path.of("A.java"), """
                @QuarkusTest
                @QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
                        value = "ingest"))
                @QuarkusTestResource(FakePlatform.class)
                @QuarkusTestResource(value = Own.class, restrictToAnnotatedClass = true)
                class A {}
                """);
        assertEquals(Set.of("ParleyInfrastructure", "FakePlatform", "Own"), named.named());
        assertEquals(Set.of("ParleyInfrastructure", "FakePlatform"), named.global());
        TestClass profiled = read(Path.of("B.java"), """
                @QuarkusTest
                @TestProfile(B.Away.class)
                class B {
                    public static class Away implements QuarkusTestProfile {
                        public List<TestResourceEntry> testResources() {
                            return List.of(new TestResourceEntry(Switch.class, Map.of("database", "platform")));
                        }
                        public boolean disableGlobalTestResources() {
                            return true;
                        }
                    }
                }
                """);
        assertEquals(Set.of("Switch"), profiled.named());
        assertTrue(profiled.ownProfileOnly());
        assertEquals(Set.of(), read(Path.of("C.java"), "@QuarkusTest\n@TestProfile(C.Reading.class)\nclass C {}")
                .named(), "a profile that lists no resource names none");
    }

    private static List<TestClass> quarkusTests(Path tests) throws IOException {
        Map<Path, TestClass> found = new TreeMap<>(); // each file read once
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (QUARKUS_TEST.matcher(source).find()) {
                    found.put(file, read(file, source));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static TestClass read(Path file, String source) {
        Set<String> named = new TreeSet<>();
        Set<String> global = new TreeSet<>();
        Matcher annotation = RESOURCE.matcher(source);
        while (annotation.find()) {
            String args = annotation.group(1).strip();
            Matcher type = RESOURCE_CLASS.matcher(args);
            if (!type.find()) {
                continue;
            }
            String name = simpleName(type.group(1));
            named.add(name);
            boolean restricted = args.matches("(?s).*restrictToAnnotatedClass\\s*=\\s*true.*")
                    || (annotation.group().startsWith("@WithTestResource") && !args.contains("GLOBAL"));
            if (!restricted) {
                global.add(name);
            }
        }
        Matcher entry = PROFILE_ENTRY.matcher(source);
        while (entry.find()) {
            named.add(simpleName(entry.group(1)));
        }
        boolean ownProfileOnly = source.matches("(?s).*disableGlobalTestResources\\(\\)\\s*\\{\\s*return true;.*");
        return new TestClass(file, named, global, ownProfileOnly);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
