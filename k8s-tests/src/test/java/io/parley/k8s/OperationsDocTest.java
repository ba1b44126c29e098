package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/operations.md keeps up with the production overlay: every Secret the overlay refers to is one the runbook
 * tells the platform to create or one an operator creates, and every alert is explained.
 */
class OperationsDocTest {

    private static String runbook() throws IOException {
        return Files.readString(Overlays.root().resolve("docs/operations.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everySecretTheOverlayNamesIsInTheRunbookOrMadeByAnOperator() throws IOException {
        Set<String> referenced = new TreeSet<>();
        for (JsonNode object : Overlays.render(Overlays.PROD)) {
            collectSecretNames(object, referenced);
        }
        assertTrue(referenced.size() > 15, "too few Secret references found: " + referenced);
        Set<String> madeByOperators = new TreeSet<>(Set.of("parley-cluster-ca-cert", "parley-postgres-ca"));
        Overlays.ofKind(Overlays.PROD, "KafkaUser").forEach(u -> madeByOperators.add(Overlays.name(u)));
        String runbook = runbook();
        List<String> undocumented = new ArrayList<>();
        for (String secret : referenced) {
            if (!madeByOperators.contains(secret) && !runbook.contains("`" + secret + "`")) {
                undocumented.add(secret);
            }
        }
        assertTrue(undocumented.isEmpty(), "Secrets the overlay needs but docs/operations.md does not list: " + undocumented);
    }

    @Test
    void everyAlertIsExplained() throws IOException {
        String runbook = runbook();
        List<JsonNode> rules = Overlays.ofKind(Overlays.PROD, "PrometheusRule");
        assertFalse(rules.isEmpty());
        List<String> unexplained = new ArrayList<>();
        for (JsonNode rule : rules) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode r : group.path("rules")) {
                    String alert = r.path("alert").asText();
                    if (!alert.isEmpty() && !runbook.contains("| `" + alert + "`")) {
                        unexplained.add(alert);
                    }
                }
            }
        }
        assertTrue(unexplained.isEmpty(), "alerts without a row in docs/operations.md, Alerts: " + unexplained);
    }

    /**
     * Secret names wherever Kubernetes or an operator takes one: secretKeyRef, secretRef, a secret volume, an
     * ingress's TLS, and the operators' own references (Strimzi and CloudNativePG {@code passwordSecret}/
     * {@code secret}, {@code s3Credentials}, Keycloak's {@code usernameSecret}, {@code bootstrapAdmin}, KEDA's
     * {@code secretTargetRef}).
     */
    private static void collectSecretNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String key = e.getKey();
                JsonNode v = e.getValue();
                if (Set.of("secretKeyRef", "secretRef", "passwordSecret", "usernameSecret", "accessKeyId",
                        "secretAccessKey").contains(key) && v.has("name")) {
                    names.add(v.path("name").asText());
                } else if (key.equals("secretName") && v.isTextual()) {
                    names.add(v.asText());
                } else if (key.equals("secret") && v.isTextual()) {
                    names.add(v.asText());
                } else if (key.equals("secret") && v.has("name")) {
                    names.add(v.path("name").asText());
                } else if (key.equals("secretTargetRef")) {
                    v.forEach(ref -> names.add(ref.path("name").asText()));
                }
                collectSecretNames(v, names);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectSecretNames(n, names));
        }
    }
}
