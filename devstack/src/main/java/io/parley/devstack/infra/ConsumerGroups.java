package io.parley.devstack.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** What a consumer group has processed, by its committed offsets against the topic's end. */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** How many records the topic holds so far (the sum of its partitions' end offsets). */
    public static long records(String bootstrap, String topic) throws IOException {
        try (Admin admin = admin(bootstrap)) {
            return ends(admin, topic).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** How many of the topic's records the group has committed (the sum of its committed offsets). */
    public static long committed(String bootstrap, String group, String topic) throws IOException {
        try (Admin admin = admin(bootstrap)) {
            return committed(admin, group, topic);
        }
    }

    /**
     * The group's lag on the topic: the records the topic holds less those the group has committed, read through one
     * admin connection (a benchmark samples it every half second for several groups).
     */
    public static long lag(String bootstrap, String group, String topic) throws IOException {
        try (Admin admin = admin(bootstrap)) {
            return ends(admin, topic).values().stream().mapToLong(Long::longValue).sum()
                    - committed(admin, group, topic);
        }
    }

    private static long committed(Admin admin, String group, String topic) throws IOException {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read " + group + "'s offsets on " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * Waits until the topic holds more than {@code recordsBefore} records (something new was
     * published) and the group has committed past all of them.
     */
    public static void awaitProcessed(String bootstrap, String group, String topic, long recordsBefore,
            Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(bootstrap)) {
            while (true) {
                Map<TopicPartition, Long> ends = ends(admin, topic);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                boolean published = ends.values().stream().mapToLong(Long::longValue).sum() > recordsBefore;
                boolean processed = ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
                if (published && processed) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(group + " has not processed the new records of " + topic + " within "
                            + timeout);
                }
                Thread.sleep(200); // polling the broker's view of the group: no notification exists
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read " + group + "'s offsets on " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(props);
    }

    private static Map<TopicPartition, Long> ends(Admin admin, String topic) throws IOException {
        try {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read the end of " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
