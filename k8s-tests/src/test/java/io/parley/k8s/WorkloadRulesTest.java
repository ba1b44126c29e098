package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What makes a workload safe to run, in both overlays — requests and limits, probes, non-root — and in production
 * what keeps it serving through load and a node drain — a disruption budget, an autoscaler, replicas spread over
 * nodes — with secrets only by reference and the network closed but for the flows the services are configured for.
 */
class WorkloadRulesTest {

    private static final Pattern SERVICE_URL = Pattern.compile("^https?://([a-z0-9-]+)(:\\d+)?(/.*)?$");

    @Test
    void everyContainerHasResourcesProbesAndRunsAsNonRoot() {
        List<String> problems = new ArrayList<>();
        for (String overlay : Overlays.ALL) {
            for (JsonNode workload : podOwners(overlay)) {
                String where = overlay + " " + Overlays.describe(workload);
                JsonNode pod = workload.path("spec").path("template").path("spec");
                boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
                boolean job = workload.path("kind").asText().equals("Job");
                for (JsonNode c : pod.path("containers")) {
                    String container = where + " " + c.path("name").asText();
                    for (String kind : List.of("requests", "limits")) {
                        JsonNode r = c.path("resources").path(kind);
                        if (!r.has("cpu") || !r.has("memory")) {
                            problems.add(container + ": no cpu and memory " + kind);
                        }
                    }
                    if (!job) {
                        for (String probe : List.of("livenessProbe", "readinessProbe")) {
                            if (!c.has(probe)) {
                                problems.add(container + ": no " + probe);
                            }
                        }
                    }
                    if (!c.path("securityContext").path("runAsNonRoot").asBoolean(podNonRoot)) {
                        problems.add(container + ": not runAsNonRoot");
                    }
                    if (c.path("image").asText().endsWith(":latest") || !c.path("image").asText().contains(":")) {
                        problems.add(container + ": image without a fixed tag");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Parley's JVMs size their heap from the pod's memory limit (docs/operations.md, "The services' JVM"): the options
     * ship in {@code JDK_JAVA_OPTIONS} with a heap share of the limit and no fixed heap or memory size that an overlay's
     * larger limit would not move, and the share leaves the JVM's memory outside the heap (classes, compiled code,
     * threads, buffers: about 100 MB measured idle, more under load) at least 192 MiB.
     */
    @Test
    void everyServiceJvmSizesItsHeapFromItsPodsLimit() {
        List<String> problems = new ArrayList<>();
        for (String overlay : Overlays.ALL) {
            List<JsonNode> deployments = Overlays.ofKind(overlay, "Deployment").stream()
                    .filter(d -> d.path("metadata").path("labels").path("app.kubernetes.io/managed-by").asText()
                            .equals("quarkus")).toList();
            assertEquals(6, deployments.size(), overlay);
            for (JsonNode d : deployments) {
                JsonNode c = d.path("spec").path("template").path("spec").path("containers").path(0);
                String where = overlay + " " + Overlays.name(d);
                String options = "";
                for (JsonNode env : c.path("env")) {
                    if (env.path("name").asText().equals("JDK_JAVA_OPTIONS")) {
                        options = env.path("value").asText();
                    }
                }
                Matcher share = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(\\.\\d+)?)").matcher(options);
                if (!share.find()) {
                    problems.add(where + ": no -XX:MaxRAMPercentage in JDK_JAVA_OPTIONS (" + options + ")");
                    continue;
                }
                if (Pattern.compile("-Xmx|-Xms|-XX:MaxRAM=|-XX:MaxHeapSize").matcher(options).find()) {
                    problems.add(where + ": a fixed heap or memory size in JDK_JAVA_OPTIONS (" + options + ")");
                }
                long limit = mebibytes(c.path("resources").path("limits").path("memory").asText());
                double outside = limit * (1 - Double.parseDouble(share.group(1)) / 100);
                if (outside < 192) {
                    problems.add(String.format(java.util.Locale.ROOT, "%s: the heap leaves %.0f MiB of its %d MiB "
                            + "limit to the rest of the JVM, less than 192", where, outside, limit));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertTrue(m.matches(), "a memory limit in Mi or Gi: " + quantity);
        return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
    }

    @Test
    void everyProductionDeploymentSurvivesADrainAndScales() {
        List<String> problems = new ArrayList<>();
        List<JsonNode> deployments = Overlays.ofKind(Overlays.PROD, "Deployment");
        assertEquals(6, deployments.size());
        for (JsonNode d : deployments) {
            String name = Overlays.name(d);
            JsonNode podLabels = d.path("spec").path("template").path("metadata").path("labels");
            long budgets = Overlays.ofKind(Overlays.PROD, "PodDisruptionBudget").stream()
                    .filter(p -> selects(p.path("spec").path("selector"), podLabels)).count();
            if (budgets != 1) {
                problems.add(name + ": " + budgets + " PodDisruptionBudgets select it, not one");
            }
            List<JsonNode> scalers = new ArrayList<>();
            Overlays.ofKind(Overlays.PROD, "HorizontalPodAutoscaler").stream()
                    .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(name)).forEach(scalers::add);
            Overlays.ofKind(Overlays.PROD, "ScaledObject").stream()
                    .filter(s -> s.path("spec").path("scaleTargetRef").path("name").asText().equals(name)).forEach(scalers::add);
            if (scalers.size() != 1) {
                problems.add(name + ": " + scalers.size() + " autoscalers, not one");
            } else {
                JsonNode spec = scalers.get(0).path("spec");
                int min = spec.has("minReplicas") ? spec.path("minReplicas").asInt() : spec.path("minReplicaCount").asInt();
                if (min < 2) {
                    problems.add(name + ": at least two replicas, so a drain leaves one serving (min " + min + ")");
                }
            }
            if (d.path("spec").has("replicas")) {
                problems.add(name + ": spec.replicas would reset the autoscaler's count on every apply");
            }
            boolean spreadOverNodes = false;
            for (JsonNode c : d.path("spec").path("template").path("spec").path("topologySpreadConstraints")) {
                if (c.path("topologyKey").asText().equals("kubernetes.io/hostname")
                        && selects(c.path("labelSelector"), podLabels)) {
                    spreadOverNodes = true;
                }
            }
            if (!spreadOverNodes) {
                problems.add(name + ": replicas not spread over nodes");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void productionHoldsNoSecretOnlyReferencesToThem() {
        assertTrue(Overlays.ofKind(Overlays.PROD, "Secret").isEmpty(), "the platform creates Secrets from its vault");
        Pattern sensitive = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|_KEY$");
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : podOwners(Overlays.PROD)) {
            for (JsonNode c : workload.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode env : c.path("env")) {
                    if (sensitive.matcher(env.path("name").asText()).find() && env.has("value")) {
                        problems.add(Overlays.describe(workload) + " " + env.path("name").asText() + " is inline");
                    }
                }
            }
        }
        for (JsonNode cm : Overlays.ofKind(Overlays.PROD, "ConfigMap")) {
            cm.path("data").fieldNames().forEachRemaining(k -> {
                if (sensitive.matcher(k).find() && !k.endsWith("_LOCATION") && !k.endsWith("_TYPE")) {
                    problems.add("ConfigMap/" + Overlays.name(cm) + " holds " + k);
                }
            });
            if (cm.path("data").toString().matches("(?s).*\"secret\"\\s*:\\s*\"(?!\\$\\(env:).*")) {
                problems.add("ConfigMap/" + Overlays.name(cm) + " holds a client secret");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theNetworkIsClosedButForTheConfiguredFlows() {
        List<JsonNode> policies = Overlays.ofKind(Overlays.PROD, "NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("ingress").isMissingNode() && p.path("spec").path("egress").isMissingNode()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("policyTypes").toString().contains("Egress")), "a default-deny policy");

        // The calls the services are configured to make: an http://<service> address in a Deployment's env.
        Map<String, Integer> ports = new TreeMap<>();
        for (JsonNode d : Overlays.ofKind(Overlays.PROD, "Deployment")) {
            ports.put(Overlays.name(d), d.path("spec").path("template").path("spec").path("containers").get(0)
                    .path("ports").get(0).path("containerPort").asInt());
        }
        Map<String, Set<String>> configured = new TreeMap<>();
        for (JsonNode d : Overlays.ofKind(Overlays.PROD, "Deployment")) {
            Set<String> callees = new TreeSet<>();
            for (JsonNode env : d.path("spec").path("template").path("spec").path("containers").get(0).path("env")) {
                Matcher m = SERVICE_URL.matcher(env.path("value").asText());
                if (m.matches() && ports.containsKey(m.group(1))) {
                    callees.add(m.group(1));
                }
            }
            configured.put(Overlays.name(d), callees);
        }
        assertEquals(Set.of("ingest-service", "inbox-service", "calendar-service", "standards-service",
                "analytics-service"), configured.get("console"), "the console relays to every service");

        // What the policies allow between Parley's pods: egress from the caller, ingress at the callee, on its port.
        Map<String, Set<String>> allowedOut = new TreeMap<>();
        Map<String, Set<String>> allowedIn = new TreeMap<>();
        for (JsonNode p : policies) {
            String self = p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
            if (!ports.containsKey(self)) {
                continue;
            }
            for (JsonNode rule : p.path("spec").path("egress")) {
                for (JsonNode peer : rule.path("to")) {
                    String callee = peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                    if (ports.containsKey(callee) && allowsPort(rule, ports.get(callee))) {
                        allowedOut.computeIfAbsent(self, k -> new TreeSet<>()).add(callee);
                    }
                }
            }
            for (JsonNode rule : p.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    String caller = peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                    if (ports.containsKey(caller) && allowsPort(rule, ports.get(self))) {
                        allowedIn.computeIfAbsent(caller, k -> new TreeSet<>()).add(self);
                    }
                }
            }
        }
        configured.values().removeIf(Set::isEmpty);
        assertEquals(configured, allowedOut, "egress between services = the calls they are configured to make");
        assertEquals(configured, allowedIn, "ingress between services = the calls they are configured to make");
    }

    @Test
    void everyServiceMayReachKafkaItsDatabaseAndKeycloak() {
        Map<String, KafkaUse> kafka = KafkaUse.all();
        List<String> problems = new ArrayList<>();
        for (JsonNode d : Overlays.ofKind(Overlays.PROD, "Deployment")) {
            String name = Overlays.name(d);
            boolean database = Overlays.find(Overlays.PROD, "ConfigMap", name + "-config")
                    .map(c -> c.path("data").has("QUARKUS_DATASOURCE_JDBC_URL")).orElse(false);
            boolean usesKafka = !kafka.get(name).reads().isEmpty() || !kafka.get(name).writes().isEmpty();
            Map<String, Integer> needs = new TreeMap<>();
            needs.put("app=keycloak", 8080);
            if (usesKafka) {
                needs.put("strimzi.io/cluster=parley", 9093);
            }
            if (database) {
                needs.put("cnpg.io/cluster=parley-postgres", 5432);
            }
            Set<String> allowed = new TreeSet<>();
            for (JsonNode p : Overlays.ofKind(Overlays.PROD, "NetworkPolicy")) {
                if (!name.equals(p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())) {
                    continue;
                }
                for (JsonNode rule : p.path("spec").path("egress")) {
                    for (JsonNode peer : rule.path("to")) {
                        peer.path("podSelector").path("matchLabels").fields().forEachRemaining(l -> {
                            String label = l.getKey() + "=" + l.getValue().asText();
                            if (needs.containsKey(label) && allowsPort(rule, needs.get(label))) {
                                allowed.add(label);
                            }
                        });
                    }
                }
            }
            if (!allowed.equals(needs.keySet())) {
                problems.add(name + " needs egress to " + needs.keySet() + ", allowed " + allowed);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theConsoleTheWebhooksAndTheSignedMediaAreReachableOnlyOverTls() {
        Set<String> backends = new TreeSet<>();
        for (JsonNode ingress : Overlays.ofKind(Overlays.PROD, "Ingress")) {
            Set<String> tlsHosts = new TreeSet<>();
            ingress.path("spec").path("tls").forEach(t -> t.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                assertTrue(tlsHosts.contains(rule.path("host").asText()), rule.path("host").asText() + " without TLS");
                for (JsonNode path : rule.path("http").path("paths")) {
                    backends.add(path.path("backend").path("service").path("name").asText() + " " + path.path("path").asText());
                }
            }
            assertFalse(ingress.path("spec").path("tls").isEmpty());
        }
        assertTrue(backends.contains("console /"), backends.toString());
        assertTrue(backends.contains("ingest-service /webhooks/"), backends.toString());
        assertFalse(backends.stream().anyMatch(b -> b.startsWith("ingest-service") && !b.endsWith("/webhooks/")),
                "only the webhooks of ingest-service are public: " + backends);
        // The networks fetch a post's images from calendar-service's signed links, and nothing else of it.
        assertTrue(backends.contains("calendar-service /api/v1/public/media/"), backends.toString());
        assertFalse(backends.stream().anyMatch(b -> b.startsWith("calendar-service")
                && !b.endsWith("/api/v1/public/media/")), "only the signed media of calendar-service is public: " + backends);
        assertEquals(Set.of("console", "ingest-service", "calendar-service", "parley-keycloak-service"),
                backends.stream().map(b -> b.substring(0, b.indexOf(' '))).collect(java.util.stream.Collectors.toSet()),
                "nothing else is published");
    }

    private static boolean allowsPort(JsonNode rule, int port) {
        if (!rule.has("ports")) {
            return true;
        }
        for (JsonNode p : rule.path("ports")) {
            if (p.path("port").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    /** A label selector's matchLabels (the only form the overlays use) against a pod's labels. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode match = selector.path("matchLabels");
        if (match.isEmpty() || selector.has("matchExpressions")) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = match.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> podOwners(String overlay) {
        List<JsonNode> owners = new ArrayList<>();
        for (String kind : List.of("Deployment", "StatefulSet", "Job")) {
            owners.addAll(Overlays.ofKind(overlay, kind));
        }
        assertFalse(owners.isEmpty());
        return owners;
    }
}
