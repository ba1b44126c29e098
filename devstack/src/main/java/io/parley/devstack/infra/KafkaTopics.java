package io.parley.devstack.infra;

import io.parley.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Parley's topics on a test broker ({@link Topics#ALL}, the compacted ones compacted): created when the broker
 * starts, and emptied for a run that must begin as a fresh machine does — the end-to-end stack, whose services
 * read their topics from the beginning and would otherwise take in what the modules' tests left there (a
 * standards test's catalogue version 40 for brand acme outranks the stack's own version 3 for ever).
 */
public final class KafkaTopics {

    private static final Duration DELETION = Duration.ofSeconds(60);
    /** Longer than a consumer's session timeout (the services' 10 s; 45 s, Kafka's default, for other clients). */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(60);

    private KafkaTopics() {
    }

    /** Creates every topic that does not exist yet. */
    public static void create(String bootstrap) throws IOException {
        try (Admin admin = admin(bootstrap)) {
            for (String topic : Topics.ALL) {
                NewTopic newTopic = new NewTopic(topic, KafkaBroker.PARTITIONS, (short) 1);
                if (Topics.COMPACTED.contains(topic)) {
                    newTopic.configs(Map.of("cleanup.policy", "compact"));
                }
                try {
                    admin.createTopics(List.of(newTopic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IOException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * Deletes every topic and every consumer group, waits until the broker has let the topics go, and creates the
     * topics again, empty. Refuses while any consumer group has members: nothing may be consuming meanwhile.
     */
    public static void recreate(String bootstrap) throws IOException {
        try (Admin admin = admin(bootstrap)) {
            List<String> groups = new ArrayList<>();
            for (ConsumerGroupListing g : admin.listConsumerGroups().all().get()) {
                groups.add(g.groupId());
            }
            // Another stack (or a module's tests) consuming from this broker would share its consumer groups with
            // the one about to start, and lose records to it: refuse rather than fail strangely later.
            // A stack stopped a moment ago (a SIGKILLed consumer never says goodbye) stays a member until its
            // session times out (10 s for the services, 45 s for Kafka's default): wait that out before deciding that something else is consuming.
            List<String> busy = busyGroups(admin, groups);
            Instant patience = Instant.now().plus(SESSION_TIMEOUT);
            while (!busy.isEmpty() && Instant.now().isBefore(patience)) {
                Thread.sleep(1000);
                busy = busyGroups(admin, groups);
            }
            if (!busy.isEmpty()) {
                throw new IOException("something else is consuming from the broker at " + bootstrap + ": "
                        + String.join(", ", busy) + "; stop it (another ./parley test, a stack or a module's tests "
                        + "on the same test infrastructure) or give this run infrastructure of its own");
            }
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups).deletedGroups().forEach((group, done) -> {
                    try {
                        done.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                        // a group that gained a member meanwhile stays; its offsets go with the topics
                    }
                });
            }
            Set<String> existing = new HashSet<>(admin.listTopics().names().get());
            existing.retainAll(Topics.ALL);
            if (!existing.isEmpty()) {
                admin.deleteTopics(existing).all().get();
            }
            Instant deadline = Instant.now().plus(DELETION);
            while (admin.listTopics().names().get().stream().anyMatch(Topics.ALL::contains)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("the broker at " + bootstrap + " still lists Parley's topics " + DELETION
                            + " after deleting them");
                }
                Thread.sleep(200);
            }
        } catch (ExecutionException e) {
            throw new IOException("cannot empty the topics at " + bootstrap + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        // A topic deleted a moment ago may still be on its way out of the controller: create until it takes.
        Instant deadline = Instant.now().plus(DELETION);
        while (true) {
            try {
                create(bootstrap);
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException(interrupted);
                }
            }
        }
    }

    private static List<String> busyGroups(Admin admin, List<String> groups)
            throws ExecutionException, InterruptedException {
        List<String> busy = new ArrayList<>();
        admin.describeConsumerGroups(groups).all().get().forEach((id, group) -> {
            if (!group.members().isEmpty()) {
                busy.add(id + " (" + group.members().size() + " members)");
            }
        });
        return busy;
    }

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(props);
    }
}
