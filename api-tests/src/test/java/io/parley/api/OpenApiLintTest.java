package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's document through Redocly CLI (pinned in {@code lint/package-lock.json}, installed by this module's
 * build with {@code npm ci}) with {@code lint/redocly.yaml}: the recommended rules, and as errors an example that
 * contradicts its schema, a missing or repeated operationId, no server. Any error fails, named with its place in the
 * document; warnings are printed.
 */
class OpenApiLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> modules() {
        return OpenApiDocuments.modules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void redoclyFindsNoError(String module) throws IOException, InterruptedException {
        Path lint = Path.of("lint").toAbsolutePath();
        Path redocly = lint.resolve("node_modules/.bin/redocly");
        assertTrue(Files.isExecutable(redocly), redocly + " is missing: the module's build runs npm ci in lint/");
        Path report = Files.createTempFile("redocly-" + module, ".json");
        Process process = new ProcessBuilder(redocly.toString(), "lint", "--config", lint.resolve("redocly.yaml").toString(),
                "--format=json", "--max-problems=1000", OpenApiDocuments.path(module).toString())
                .redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "redocly did not finish");
        JsonNode result = JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
        Files.deleteIfExists(report);

        List<String> errors = new ArrayList<>();
        int warnings = 0;
        for (JsonNode problem : result.path("problems")) {
            String where = problem.path("location").path(0).path("pointer").asText();
            String line = problem.path("ruleId").asText() + " at " + where + ": " + problem.path("message").asText();
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(line);
            } else {
                warnings++;
                System.out.println(module + " warning: " + line);
            }
        }
        System.out.println(module + ": " + errors.size() + " errors, " + warnings + " warnings");
        assertEquals(List.of(), errors.stream().limit(60).toList(), module + ": Redocly found " + errors.size()
                + " errors (the first 60 shown)");
    }
}
