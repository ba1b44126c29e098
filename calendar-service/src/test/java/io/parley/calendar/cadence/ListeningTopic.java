package io.parley.calendar.cadence;

import io.parley.testsupport.infra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * The topic the calendar's tests play listening's competitor posts on ({@code %test} configuration of the engagement
 * channel): the shared broker's {@code parley.engagement.v1} also carries what a real gateway's tests observe, which
 * would add posts the scenario did not. Created before the service starts, like the harness's own topics.
 */
public class ListeningTopic implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC = "parley.engagement.v1.calendar-tests";

    @Override
    public Map<String, String> start() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafka());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of("mp.messaging.incoming.engagement.topic", TOPIC);
    }

    @Override
    public void stop() {
    }
}
