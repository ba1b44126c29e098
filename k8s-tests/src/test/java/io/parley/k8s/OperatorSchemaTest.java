package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The operators' resources. Strimzi's are read into Strimzi's own API model ({@code io.strimzi:api} 0.49.0), strictly,
 * and must use kafka.strimzi.io/v1 without any field the model deprecates (v1 removed them); the Prometheus
 * Operator's into fabric8's model of monitoring.coreos.com/v1. KEDA, CloudNativePG, its Barman Cloud plugin and the
 * Keycloak operator publish no Java model or schema that resolves offline here: their resources are held to an
 * exact list of kinds and API versions, and every reference between objects must resolve (a Database names a
 * Cluster and a managed role, a ScaledObject a Deployment, ...). Their field-level schema is NOT checked.
 */
class OperatorSchemaTest {

    /** Kinds per API version that the overlays may use outside the core Kubernetes API. */
    static final Map<String, Set<String>> OPERATOR_KINDS = Map.of(
            "kafka.strimzi.io/v1", Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"),
            "monitoring.coreos.com/v1", Set.of("ServiceMonitor", "PodMonitor", "PrometheusRule"),
            "keda.sh/v1alpha1", Set.of("ScaledObject", "TriggerAuthentication"),
            "postgresql.cnpg.io/v1", Set.of("Cluster", "Database", "ScheduledBackup"),
            "barmancloud.cnpg.io/v1", Set.of("ObjectStore"),
            "k8s.keycloak.org/v2alpha1", Set.of("Keycloak"));

    static final Set<String> OPERATOR_GROUPS = Set.of("kafka.strimzi.io", "monitoring.coreos.com", "keda.sh",
            "postgresql.cnpg.io", "barmancloud.cnpg.io", "k8s.keycloak.org");

    private static final Map<String, Class<?>> MODELS = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class, "ServiceMonitor", ServiceMonitor.class, "PodMonitor", PodMonitor.class,
            "PrometheusRule", PrometheusRule.class);

    @TestFactory
    List<DynamicTest> everyOperatorResourceIsAKnownKindAndModelledOnesMatchTheirModel() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String overlay : Overlays.ALL) {
            for (JsonNode object : Overlays.render(overlay)) {
                if (OPERATOR_GROUPS.contains(CoreSchemaTest.group(object))) {
                    tests.add(DynamicTest.dynamicTest(overlay + " " + Overlays.describe(object), () -> check(object)));
                }
            }
        }
        assertFalse(tests.isEmpty());
        return tests;
    }

    private static void check(JsonNode object) throws Exception {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Set<String> kinds = OPERATOR_KINDS.get(apiVersion);
        assertTrue(kinds != null && kinds.contains(kind), "not an expected operator kind: " + apiVersion + " " + kind
                + " (expected " + OPERATOR_KINDS + ")");
        Class<?> model = MODELS.get(kind);
        if (model == null) {
            return;
        }
        Object read;
        try {
            read = StrictModel.read(object, model);
        } catch (Exception e) {
            throw new AssertionError(Overlays.describe(object) + " does not match " + model.getName() + ": "
                    + e.getMessage(), e);
        }
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            List<String> deprecated = StrictModel.deprecatedFieldsSet(object, read);
            assertTrue(deprecated.isEmpty(), Overlays.describe(object) + " sets fields kafka.strimzi.io/v1 removed: "
                    + deprecated);
        }
    }

    /**
     * Where the operators without a model offline take a core Kubernetes type, that part is checked against the
     * Kubernetes schema like any core object ({@code *} is every element of a list).
     */
    private static final List<String[]> EMBEDDED_CORE_TYPES = List.of(
            new String[] {"Cluster", "spec.resources", "V1ResourceRequirements"},
            new String[] {"Cluster", "spec.managed.roles.*.passwordSecret", "V1LocalObjectReference"},
            new String[] {"Cluster", "spec.bootstrap.initdb.secret", "V1LocalObjectReference"},
            new String[] {"ObjectStore", "spec.configuration.s3Credentials.accessKeyId", "V1SecretKeySelector"},
            new String[] {"ObjectStore", "spec.configuration.s3Credentials.secretAccessKey", "V1SecretKeySelector"},
            new String[] {"Keycloak", "spec.resources", "V1ResourceRequirements"},
            new String[] {"Keycloak", "spec.db.usernameSecret", "V1SecretKeySelector"},
            new String[] {"Keycloak", "spec.db.passwordSecret", "V1SecretKeySelector"},
            new String[] {"ScaledObject", "spec.scaleTargetRef", "V2CrossVersionObjectReference"},
            new String[] {"ScaledObject", "spec.advanced.horizontalPodAutoscalerConfig.behavior",
                    "V2HorizontalPodAutoscalerBehavior"});

    @Test
    void coreTypesInsideOperatorResourcesMatchTheKubernetesSchema() throws Exception {
        int checked = 0;
        for (String[] embedded : EMBEDDED_CORE_TYPES) {
            for (JsonNode object : Overlays.ofKind(Overlays.PROD, embedded[0])) {
                for (JsonNode part : at(object, embedded[1].split("\\."), 0)) {
                    Class<?> model = Class.forName("io.kubernetes.client.openapi.models." + embedded[2]);
                    try {
                        model.getMethod("validateJsonElement", com.google.gson.JsonElement.class)
                                .invoke(null, com.google.gson.JsonParser.parseString(part.toString()));
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        fail(Overlays.describe(object) + " " + embedded[1] + " is no " + embedded[2] + ": "
                                + e.getCause().getMessage());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 15, "only " + checked + " embedded parts found: a path above no longer matches");
    }

    private static List<JsonNode> at(JsonNode node, String[] path, int i) {
        if (node == null || node.isMissingNode()) {
            return List.of();
        }
        if (i == path.length) {
            return List.of(node);
        }
        List<JsonNode> found = new ArrayList<>();
        if (path[i].equals("*")) {
            node.forEach(element -> found.addAll(at(element, path, i + 1)));
        } else {
            found.addAll(at(node.get(path[i]), path, i + 1));
        }
        return found;
    }

    /** The strict reading catches what a lenient one would keep silently. */
    @Test
    void theStrictReadingRefusesAMisplacedField() throws Exception {
        JsonNode kafka = Overlays.find(Overlays.PROD, "Kafka", "parley").orElseThrow();
        StrictModel.read(kafka, Kafka.class);
        ObjectNode wrong = kafka.deepCopy();
        ((ObjectNode) wrong.path("spec").path("kafka")).put("listener", "tls");
        Exception unknown = assertThrows(Exception.class, () -> StrictModel.read(wrong, Kafka.class));
        assertTrue(unknown.getMessage().contains("listener"), unknown.getMessage());
        // v1beta2's replicas on the Kafka resource: KRaft clusters size their node pools instead
        ObjectNode old = kafka.deepCopy();
        ((ObjectNode) old.path("spec").path("kafka")).put("replicas", 3);
        assertEquals(List.of("spec.kafka.replicas"), StrictModel.deprecatedFieldsSet(old, StrictModel.read(old, Kafka.class)));

        JsonNode user = Overlays.find(Overlays.PROD, "KafkaUser", "inbox-service").orElseThrow();
        ObjectNode oldUser = user.deepCopy();
        ObjectNode rule = (ObjectNode) oldUser.path("spec").path("authorization").path("acls").get(0);
        rule.remove("operations");
        rule.put("operation", "Read");
        KafkaUser read = StrictModel.read(oldUser, KafkaUser.class);
        assertEquals(List.of("spec.authorization.acls[0].operation"), StrictModel.deprecatedFieldsSet(oldUser, read));
    }

    @Test
    void productionRunsTheKafkaAndKeycloakTheTestsRunOn() throws java.io.IOException {
        String pom = java.nio.file.Files.readString(Overlays.root().resolve("pom.xml"));
        java.util.function.Function<String, String> property = name -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(pom);
            assertTrue(m.find(), "no " + name + " in pom.xml");
            return m.group(1).trim();
        };
        JsonNode kafka = Overlays.find(Overlays.PROD, "Kafka", "parley").orElseThrow();
        assertEquals(property.apply("kafka.broker.version"), kafka.path("spec").path("kafka").path("version").asText());
        JsonNode keycloak = Overlays.ofKind(Overlays.PROD, "Keycloak").get(0);
        assertEquals("quay.io/keycloak/keycloak:" + property.apply("keycloak.version"), keycloak.path("spec").path("image").asText());
    }

    @Test
    void strimziResourcesBelongToTheCluster() {
        Set<String> clusters = names(Overlays.ofKind(Overlays.PROD, "Kafka"));
        assertEquals(Set.of("parley"), clusters);
        for (String kind : List.of("KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            for (JsonNode o : Overlays.ofKind(Overlays.PROD, kind)) {
                assertTrue(clusters.contains(o.path("metadata").path("labels").path("strimzi.io/cluster").asText()),
                        Overlays.describe(o) + " names no Kafka cluster of the overlay");
            }
        }
        Set<String> roles = new TreeSet<>();
        Overlays.ofKind(Overlays.PROD, "KafkaNodePool").forEach(p -> p.path("spec").path("roles")
                .forEach(r -> roles.add(r.asText())));
        assertEquals(Set.of("broker", "controller"), roles, "KRaft needs controller and broker node pools");
    }

    @Test
    void postgresResourcesReferToEachOther() {
        List<JsonNode> clusters = Overlays.ofKind(Overlays.PROD, "Cluster");
        assertEquals(1, clusters.size());
        JsonNode cluster = clusters.get(0);
        String name = Overlays.name(cluster);
        assertEquals(3, cluster.path("spec").path("instances").asInt(), "three instances");
        assertTrue(cluster.path("spec").path("backup").isMissingNode(),
                "the in-tree backup settings are deprecated: back up through the Barman Cloud plugin");
        JsonNode plugin = pluginOf(cluster, "barman-cloud.cloudnative-pg.io");
        assertTrue(plugin.path("isWALArchiver").asBoolean(), "the plugin archives WAL");
        String store = plugin.path("parameters").path("barmanObjectName").asText();
        assertTrue(Overlays.find(Overlays.PROD, "ObjectStore", store).isPresent(), "no ObjectStore " + store);

        Set<String> managedRoles = new TreeSet<>();
        cluster.path("spec").path("managed").path("roles").forEach(r -> managedRoles.add(r.path("name").asText()));
        for (JsonNode db : Overlays.ofKind(Overlays.PROD, "Database")) {
            assertEquals(name, db.path("spec").path("cluster").path("name").asText(), Overlays.describe(db));
            assertTrue(managedRoles.contains(db.path("spec").path("owner").asText()),
                    Overlays.describe(db) + " is owned by a role the Cluster does not manage: " + managedRoles);
        }
        List<JsonNode> backups = Overlays.ofKind(Overlays.PROD, "ScheduledBackup");
        assertFalse(backups.isEmpty(), "no scheduled backup");
        for (JsonNode b : backups) {
            assertEquals(name, b.path("spec").path("cluster").path("name").asText());
            assertEquals("plugin", b.path("spec").path("method").asText());
            assertEquals("barman-cloud.cloudnative-pg.io", b.path("spec").path("pluginConfiguration").path("name").asText());
            assertEquals(6, b.path("spec").path("schedule").asText().split(" ").length,
                    "CloudNativePG schedules have six fields, seconds first");
        }
    }

    @Test
    void theRestoreDrillRecoversFromTheProductionBackups() throws Exception {
        JsonNode restore = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Overlays.root().resolve("k8s/drills/restore-cluster.yaml").toFile());
        assertEquals("postgresql.cnpg.io/v1", restore.path("apiVersion").asText());
        assertEquals("Cluster", restore.path("kind").asText());
        JsonNode production = Overlays.ofKind(Overlays.PROD, "Cluster").get(0);
        assertTrue(!Overlays.name(restore).equals(Overlays.name(production)), "never restore over the running cluster");
        assertEquals(production.path("metadata").path("namespace").asText(), restore.path("metadata").path("namespace").asText());
        assertEquals(production.path("spec").path("imageName"), restore.path("spec").path("imageName"),
                "the same PostgreSQL major version as the backups");
        JsonNode recovery = restore.path("spec").path("bootstrap").path("recovery");
        JsonNode origin = null;
        for (JsonNode external : restore.path("spec").path("externalClusters")) {
            if (external.path("name").asText().equals(recovery.path("source").asText())) {
                origin = external.path("plugin");
            }
        }
        assertTrue(origin != null, "recovery.source names no externalCluster");
        JsonNode plugin = pluginOf(production, origin.path("name").asText());
        assertEquals(plugin.path("parameters").path("barmanObjectName"), origin.path("parameters").path("barmanObjectName"));
        assertEquals(Overlays.name(production), origin.path("parameters").path("serverName").asText(),
                "backups are stored under the production cluster's name");
    }

    @Test
    void keycloakUsesTheClusterDatabaseAndTheRealmJobReachesIt() {
        JsonNode keycloak = Overlays.ofKind(Overlays.PROD, "Keycloak").get(0);
        JsonNode cluster = Overlays.ofKind(Overlays.PROD, "Cluster").get(0);
        JsonNode db = keycloak.path("spec").path("db");
        assertEquals(Overlays.name(cluster) + "-rw", db.path("host").asText());
        assertEquals(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText(),
                db.path("database").asText());
        assertTrue(Overlays.ofKind(Overlays.PROD, "KeycloakRealmImport").isEmpty(),
                "KeycloakRealmImport never updates a realm: the realm Job applies it");
        JsonNode job = Overlays.find(Overlays.PROD, "Job", "parley-realm").orElseThrow();
        String url = job.path("spec").path("template").path("spec").path("containers").get(0).path("env")
                .findParents("name").stream().filter(e -> e.path("name").asText().equals("KEYCLOAK_URL")).findFirst()
                .orElseThrow().path("value").asText();
        assertEquals("http://" + Overlays.name(keycloak) + "-service:8080", url);
    }

    @Test
    void scaledObjectsTargetDeploymentsAndAuthenticationsThatExist() {
        for (JsonNode so : Overlays.ofKind(Overlays.PROD, "ScaledObject")) {
            JsonNode target = so.path("spec").path("scaleTargetRef");
            assertEquals("Deployment", target.path("kind").asText());
            assertTrue(Overlays.find(Overlays.PROD, "Deployment", target.path("name").asText()).isPresent(),
                    Overlays.describe(so) + " scales nothing");
            for (JsonNode trigger : so.path("spec").path("triggers")) {
                if (trigger.has("authenticationRef")) {
                    String auth = trigger.path("authenticationRef").path("name").asText();
                    assertTrue(Overlays.find(Overlays.PROD, "TriggerAuthentication", auth).isPresent(),
                            Overlays.describe(so) + " names no TriggerAuthentication " + auth);
                }
            }
        }
        for (JsonNode auth : Overlays.ofKind(Overlays.PROD, "TriggerAuthentication")) {
            for (JsonNode ref : auth.path("spec").path("secretTargetRef")) {
                for (String field : List.of("parameter", "name", "key")) {
                    if (ref.path(field).asText().isEmpty()) {
                        fail(Overlays.describe(auth) + " secretTargetRef without " + field);
                    }
                }
            }
        }
    }

    private static JsonNode pluginOf(JsonNode cluster, String plugin) {
        for (JsonNode p : cluster.path("spec").path("plugins")) {
            if (p.path("name").asText().equals(plugin)) {
                return p;
            }
        }
        throw new AssertionError("the Cluster does not use " + plugin);
    }

    private static Set<String> names(List<JsonNode> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> names.add(Overlays.name(o)));
        return names;
    }
}
