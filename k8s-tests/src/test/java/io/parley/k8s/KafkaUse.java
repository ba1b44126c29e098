package io.parley.k8s;

import io.parley.contracts.Topics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service does with Kafka, read from the service itself rather than from the manifests, so that the
 * manifests can be checked against it:
 * <ul>
 *   <li>reads: every {@code mp.messaging.incoming.<channel>.topic} of its application.properties, and topics its
 *   code reads with a plain {@code KafkaConsumer} (a {@code Topics} constant in a class that makes one);</li>
 *   <li>groups: each incoming channel's {@code group.id}, or the connector's default; a group ending in
 *   {@code ${...}} (one per replica) is a prefix;</li>
 *   <li>writes: the topic of every contracts event its code makes ({@code new <Payload>(} or {@code Event<Payload>}
 *   in a class that publishes: {@code Event.of(}, {@code outbox.add(} or {@code publisher.send(}), topics it names
 *   in {@code publisher.send(Topics.X}, the dead-letter topic when it processes records through platform's
 *   {@code RecordProcessing}, and, for the service that replays dead letters to where they came from, every topic
 *   some service reads.</li>
 * </ul>
 */
record KafkaUse(String service, Set<String> reads, Set<String> writes, Map<String, Boolean> groups) {

    static final List<String> SERVICES = List.of("ingest-service", "inbox-service", "calendar-service",
            "standards-service", "analytics-service", "console");

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern TOPICS_CONSTANT = Pattern.compile("Topics\\.([A-Z_]+)");
    private static final Pattern SEND_TO_CONSTANT = Pattern.compile("publisher\\.send\\(\\s*Topics\\.([A-Z_]+)");
    private static final Pattern PAYLOAD_TOPIC = Pattern.compile("return\\s+Topics\\.([A-Z_]+)\\s*;");

    /** Every service's use, the replaying service's writes completed with what the others read. */
    static Map<String, KafkaUse> all() {
        Map<String, String> payloadTopics = payloadTopics();
        Map<String, KafkaUse> uses = new TreeMap<>();
        Set<String> readBySomeone = new TreeSet<>();
        for (String service : SERVICES) {
            KafkaUse use = of(service, payloadTopics);
            uses.put(service, use);
            readBySomeone.addAll(use.reads());
        }
        for (String service : SERVICES) {
            if (replaysDeadLetters(Overlays.root().resolve(service))) {
                uses.get(service).writes().addAll(readBySomeone);
            }
        }
        return uses;
    }

    private static KafkaUse of(String service, Map<String, String> payloadTopics) {
        Path module = Overlays.root().resolve(service);
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> reads = new TreeSet<>();
        Map<String, Boolean> groups = new TreeMap<>();
        String defaultGroup = props.getProperty("mp.messaging.connector.smallrye-kafka.group.id");
        for (String key : props.stringPropertyNames()) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (!m.matches()) {
                continue;
            }
            reads.add(props.getProperty(key).trim());
            String group = props.getProperty("mp.messaging.incoming." + m.group(1) + ".group.id", defaultGroup);
            if (group == null) {
                throw new IllegalStateException(service + " channel " + m.group(1) + " has no group.id: its group would "
                        + "be the application name, which no KafkaUser can be written for in advance");
            }
            int placeholder = group.indexOf("${");
            groups.put(placeholder < 0 ? group : group.substring(0, placeholder), placeholder >= 0);
        }
        Set<String> writes = new TreeSet<>();
        Map<String, String> constants = topicConstants();
        for (String source : sources(module)) {
            if (source.contains("new KafkaConsumer")) {
                Matcher m = TOPICS_CONSTANT.matcher(source);
                while (m.find()) {
                    reads.add(constants.get(m.group(1)));
                }
            }
            boolean publishes = source.contains("Event.of(") || source.contains("outbox.add(")
                    || source.contains("publisher.send(");
            if (!publishes) {
                continue;
            }
            payloadTopics.forEach((payload, topic) -> {
                if (Pattern.compile("new " + payload + "\\(|Event<" + payload + ">").matcher(source).find()) {
                    writes.add(topic);
                }
            });
            Matcher send = SEND_TO_CONSTANT.matcher(source);
            while (send.find()) {
                writes.add(constants.get(send.group(1)));
            }
        }
        if (sources(module).stream().anyMatch(s -> s.contains("RecordProcessing"))) {
            writes.add(Topics.DEAD_LETTER);
        }
        return new KafkaUse(service, reads, writes, groups);
    }

    /** A class that reads the dead-letter topic and publishes records onto the topic named in their headers. */
    private static boolean replaysDeadLetters(Path module) {
        return sources(module).stream().anyMatch(s -> s.contains("Topics.DEAD_LETTER") && s.contains("new ProducerRecord<>(")
                && s.contains("new KafkaConsumer"));
    }

    /** Each contracts payload's simple name and the topic its {@code topic()} returns. */
    static Map<String, String> payloadTopics() {
        Map<String, String> constants = topicConstants();
        Map<String, String> topics = new HashMap<>();
        for (Path file : javaFiles(Overlays.root().resolve("contracts/src/main/java/io/parley/contracts"))) {
            String source = read(file);
            Matcher m = PAYLOAD_TOPIC.matcher(source);
            if (source.contains("Payload") && m.find()) {
                topics.put(file.getFileName().toString().replace(".java", ""), constants.get(m.group(1)));
            }
        }
        if (topics.size() < 10) {
            throw new IllegalStateException("too few contracts payloads found: " + topics);
        }
        return topics;
    }

    /** Topics' constant names and their values. */
    static Map<String, String> topicConstants() {
        Map<String, String> constants = new HashMap<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    constants.put(f.getName(), (String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    private static List<String> sources(Path module) {
        return javaFiles(module.resolve("src/main/java")).stream().map(KafkaUse::read).toList();
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
