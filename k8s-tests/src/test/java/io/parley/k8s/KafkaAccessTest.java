package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka in the production overlay against what the services do ({@link KafkaUse}, read from their configuration
 * and code): a KafkaTopic for every topic of contracts' Topics, compacted exactly where Topics says; a KafkaUser per
 * service whose ACLs allow reading exactly the topics it reads, writing exactly those it writes, and exactly its
 * consumer groups — a service that starts reading a new topic fails this test until its user may; a ScaledObject
 * per consumer, on its own groups and topics, capped by the partitions.
 */
class KafkaAccessTest {

    private static final Map<String, KafkaUse> USES = KafkaUse.all();

    @Test
    void whatTheServicesDoIsWhatArchitectureSays() {
        // The derivation itself, pinned for the services whose flows docs/architecture.md draws; if a service
        // changes what it reads or writes, this fails first and says what changed.
        assertEquals(Set.of(Topics.INTAKE, Topics.OUTBOUND), USES.get("ingest-service").reads());
        assertEquals(Set.of(Topics.INTAKE, Topics.INTERACTIONS, Topics.DELIVERIES, Topics.ENGAGEMENT,
                Topics.CHANNELS, Topics.DEAD_LETTER), USES.get("ingest-service").writes());
        // inbox: also its own events, the posts' approval events and the channels' health (notifications)
        assertEquals(Set.of(Topics.INTERACTIONS, Topics.STANDARDS, Topics.DELIVERIES, Topics.ALERTS, Topics.POSTS,
                Topics.INBOX, Topics.CHANNELS), USES.get("inbox-service").reads());
        assertEquals(Set.of(Topics.INBOX, Topics.OUTBOUND, Topics.DEAD_LETTER), USES.get("inbox-service").writes());
        assertEquals(Set.of(Topics.DELIVERIES, Topics.ENGAGEMENT), USES.get("calendar-service").reads());
        assertEquals(Set.of(Topics.POSTS, Topics.OUTBOUND, Topics.DEAD_LETTER), USES.get("calendar-service").writes());
        assertEquals(Set.of(Topics.STANDARDS), USES.get("standards-service").writes());
        assertEquals(Map.of("console-", true), USES.get("console").groups());
    }

    @Test
    void everyTopicHasAKafkaTopicCompactedWhereContractsSay() {
        Map<String, JsonNode> topics = new TreeMap<>();
        Overlays.ofKind(Overlays.PROD, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(), t));
        assertEquals(new TreeSet<>(Topics.ALL), topics.keySet(), "one KafkaTopic per topic of contracts' Topics");
        for (String topic : Topics.ALL) {
            JsonNode spec = topics.get(topic).path("spec");
            String policy = spec.path("config").path("cleanup.policy").asText();
            assertEquals(Topics.COMPACTED.contains(topic) ? "compact" : "delete", policy, topic + " cleanup.policy");
            if (!Topics.COMPACTED.contains(topic)) {
                assertTrue(spec.path("config").path("retention.ms").asLong() >= 7L * 24 * 3600 * 1000,
                        topic + " keeps records at least a week");
            }
            assertTrue(spec.path("replicas").asInt() >= 3, topic + " has three copies");
            assertTrue(spec.path("partitions").asInt() >= 3, topic + " has partitions to share among replicas");
        }
    }

    @Test
    void topicsAreConfiguredOnlyWithSettingsKafkaKnows() throws IllegalAccessException {
        Set<String> known = new TreeSet<>();
        for (java.lang.reflect.Field f : org.apache.kafka.common.config.TopicConfig.class.getFields()) {
            if (f.getName().endsWith("_CONFIG") && f.getType() == String.class) {
                known.add((String) f.get(null));
            }
        }
        for (JsonNode topic : Overlays.ofKind(Overlays.PROD, "KafkaTopic")) {
            topic.path("spec").path("config").fieldNames().forEachRemaining(key ->
                    assertTrue(known.contains(key), Overlays.describe(topic) + ": Kafka has no topic setting " + key));
        }
        for (KafkaUse use : USES.values()) {
            Set<String> used = new TreeSet<>(use.reads());
            used.addAll(use.writes());
            assertTrue(Topics.ALL.containsAll(used), use.service() + " uses a topic contracts' Topics does not list: " + used);
        }
    }

    @Test
    void theDevelopmentKafkaCreatesTheSameTopics() {
        JsonNode job = Overlays.find(Overlays.DEV, "Job", "kafka-topics").orElseThrow();
        String script = job.path("spec").path("template").path("spec").path("containers").get(0).path("command").toString();
        for (String topic : Topics.ALL) {
            assertTrue(script.contains(topic), "the dev overlay does not create " + topic);
        }
        for (String topic : Topics.COMPACTED) {
            assertTrue(script.matches("(?s).*--topic " + topic.replace(".", "\\.") + " [^;]*cleanup\\.policy=compact.*"),
                    "the dev overlay does not compact " + topic);
        }
    }

    @Test
    void everyServiceHasAUserAllowedExactlyWhatItDoes() {
        List<String> problems = new ArrayList<>();
        for (KafkaUse use : USES.values()) {
            JsonNode user = Overlays.find(Overlays.PROD, "KafkaUser", use.service()).orElse(null);
            if (user == null) {
                problems.add(use.service() + ": no KafkaUser");
                continue;
            }
            assertEquals("tls", user.path("spec").path("authentication").path("type").asText());
            Set<String> reads = new TreeSet<>();
            Set<String> writes = new TreeSet<>();
            Map<String, Boolean> groups = new TreeMap<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                assertEquals("allow", acl.path("type").asText("allow"));
                JsonNode resource = acl.path("resource");
                Set<String> ops = new TreeSet<>();
                acl.path("operations").forEach(o -> ops.add(o.asText()));
                String name = resource.path("name").asText();
                boolean prefix = resource.path("patternType").asText("literal").equals("prefix");
                switch (resource.path("type").asText()) {
                    case "topic" -> {
                        if (prefix) {
                            problems.add(use.service() + ": topic ACL by prefix " + name + " allows more than its topics");
                        }
                        if (ops.contains("Read")) {
                            reads.add(name);
                        }
                        if (ops.contains("Write")) {
                            writes.add(name);
                        }
                        ops.removeAll(Set.of("Read", "Write", "Describe"));
                    }
                    case "group" -> {
                        groups.put(name, prefix);
                        ops.remove("Read");
                    }
                    default -> problems.add(use.service() + ": ACL on " + resource.path("type").asText());
                }
                if (!ops.isEmpty()) {
                    problems.add(use.service() + ": more than it needs on " + name + ": " + ops);
                }
            }
            if (!reads.equals(use.reads())) {
                problems.add(use.service() + " reads " + use.reads() + " but may read " + reads);
            }
            if (!writes.equals(use.writes())) {
                problems.add(use.service() + " writes " + use.writes() + " but may write " + writes);
            }
            if (!groups.equals(use.groups())) {
                problems.add(use.service() + " uses groups " + use.groups() + " (true = prefix) but may use " + groups);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void consumersScaleOnTheirOwnLagCappedByPartitions() {
        Map<String, Integer> partitions = new TreeMap<>();
        Overlays.ofKind(Overlays.PROD, "KafkaTopic").forEach(t -> partitions.put(t.path("spec").path("topicName").asText(),
                t.path("spec").path("partitions").asInt()));
        Set<String> scaled = new TreeSet<>();
        for (JsonNode so : Overlays.ofKind(Overlays.PROD, "ScaledObject")) {
            String service = so.path("spec").path("scaleTargetRef").path("name").asText();
            KafkaUse use = USES.get(service);
            int widest = 0;
            for (JsonNode trigger : so.path("spec").path("triggers")) {
                if (!trigger.path("type").asText().equals("kafka")) {
                    continue;
                }
                JsonNode m = trigger.path("metadata");
                String topic = m.path("topic").asText();
                assertTrue(use.reads().contains(topic), service + " scales on " + topic + ", which it does not read");
                assertTrue(use.groups().containsKey(m.path("consumerGroup").asText()),
                        service + " scales on group " + m.path("consumerGroup").asText() + ", which is not its own");
                assertFalse(m.path("allowIdleConsumers").asBoolean(false), "replicas beyond the partitions would idle");
                assertTrue(m.path("bootstrapServers").asText().endsWith(":9093"), "the TLS listener");
                widest = Math.max(widest, partitions.get(topic));
            }
            assertTrue(widest > 0, service + " ScaledObject has no Kafka trigger");
            int max = so.path("spec").path("maxReplicaCount").asInt();
            assertTrue(max <= widest, service + " may scale to " + max + " replicas but its topics have " + widest
                    + " partitions at most");
            assertTrue(so.path("spec").path("minReplicaCount").asInt() >= 2, service + " keeps two replicas for a drain");
            scaled.add(service);
        }
        Set<String> consumers = new TreeSet<>();
        USES.values().stream().filter(u -> u.groups().values().stream().anyMatch(prefix -> !prefix))
                .forEach(u -> consumers.add(u.service()));
        assertEquals(consumers, scaled, "every service with a consumer group of its own scales on its lag");
    }

    @Test
    void kedaMayDescribeTheGroupsItScalesOnAndNothingMore() {
        JsonNode keda = Overlays.find(Overlays.PROD, "KafkaUser", "keda-lag-reader").orElseThrow();
        Set<String> groups = new TreeSet<>();
        for (JsonNode acl : keda.path("spec").path("authorization").path("acls")) {
            List<String> ops = new ArrayList<>();
            acl.path("operations").forEach(o -> ops.add(o.asText()));
            assertEquals(List.of("Describe"), ops, "KEDA only describes");
            if (acl.path("resource").path("type").asText().equals("group")) {
                groups.add(acl.path("resource").path("name").asText());
            }
        }
        Set<String> scaledGroups = new TreeSet<>();
        Overlays.ofKind(Overlays.PROD, "ScaledObject").forEach(so -> so.path("spec").path("triggers")
                .forEach(t -> {
                    if (t.path("type").asText().equals("kafka")) {
                        scaledGroups.add(t.path("metadata").path("consumerGroup").asText());
                    }
                }));
        assertEquals(scaledGroups, groups);
    }
}
