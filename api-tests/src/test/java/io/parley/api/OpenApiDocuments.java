package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.stack.ParleyService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The OpenAPI document each service's build wrote ({@code <module>/target/openapi/openapi.json}). */
final class OpenApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocuments() {
    }

    static List<String> modules() {
        return ParleyService.all().stream().map(ParleyService::module).toList();
    }

    static Path path(String module) {
        Path document = RepositoryRoot.find().resolve(module).resolve("target/openapi/openapi.json");
        if (!Files.isRegularFile(document)) {
            throw new IllegalStateException(document + " is missing: build the service first (mvn install -DskipTests)");
        }
        return document;
    }

    static JsonNode read(String module) {
        try {
            return JSON.readTree(path(module).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
