package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every core Kubernetes object the overlays render is valid against the Kubernetes API's OpenAPI schema, as the
 * Kubernetes Java client's generated models hold it (Kubernetes 1.32): no field the API does not define, every
 * required field present, every nested object likewise. An object of an API group that is neither core nor one of
 * the operators' ({@link OperatorSchemaTest}) fails: nothing is deployed unchecked.
 */
class CoreSchemaTest {

    /** API groups whose kinds the Kubernetes OpenAPI defines ("" is the core group). */
    static final Set<String> CORE_GROUPS = Set.of("", "apps", "batch", "policy", "networking.k8s.io", "autoscaling",
            "rbac.authorization.k8s.io");

    @TestFactory
    List<DynamicTest> everyCoreObjectMatchesTheKubernetesSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String overlay : Overlays.ALL) {
            for (JsonNode object : Overlays.render(overlay)) {
                String group = group(object);
                if (CORE_GROUPS.contains(group)) {
                    tests.add(DynamicTest.dynamicTest(overlay + " " + Overlays.describe(object), () -> validate(object)));
                } else if (!OperatorSchemaTest.OPERATOR_GROUPS.contains(group)) {
                    tests.add(DynamicTest.dynamicTest(overlay + " " + Overlays.describe(object),
                            () -> fail("no schema is known for " + object.path("apiVersion").asText() + " "
                                    + object.path("kind").asText())));
                }
            }
        }
        assertTrue(tests.size() > 20, "too few core objects rendered: " + tests.size());
        return tests;
    }

    /** The check refuses what the API server would: a misplaced field, and a missing required one. */
    @Test
    void theCheckRefusesUnknownAndMissingFields() throws Exception {
        JsonNode deployment = Overlays.ofKind(Overlays.PROD, "Deployment").get(0).deepCopy();
        validate(deployment);

        JsonNode misplaced = deployment.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) misplaced.path("spec").path("template").path("spec")
                .path("containers").get(0)).put("replicas", 2);
        AssertionError unknown = assertThrows(AssertionError.class, () -> validate(misplaced));
        assertTrue(unknown.getMessage().contains("replicas"), unknown.getMessage());

        JsonNode noImage = deployment.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noImage.path("spec").path("template").path("spec")
                .path("containers").get(0)).remove("name");
        AssertionError missing = assertThrows(AssertionError.class, () -> validate(noImage));
        assertTrue(missing.getMessage().contains("name"), missing.getMessage());

        assertEquals("io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler",
                modelClassName("autoscaling/v2", "HorizontalPodAutoscaler"));
    }

    static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static void validate(JsonNode object) throws Exception {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Class<?> model;
        try {
            model = Class.forName(modelClassName(apiVersion, kind));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the Kubernetes API has no " + apiVersion + " " + kind);
        }
        Method validate = model.getMethod("validateJsonElement", JsonElement.class);
        JsonElement json = JsonParser.parseString(object.toString());
        try {
            validate.invoke(null, json);
        } catch (InvocationTargetException e) {
            throw new AssertionError(Overlays.describe(object) + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static String modelClassName(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return "io.kubernetes.client.openapi.models.V" + version.substring(1) + kind;
    }
}
