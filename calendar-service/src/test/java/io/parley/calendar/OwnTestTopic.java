package io.parley.calendar;

import io.parley.devstack.infra.TestInfrastructure;
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
 * A topic of the calendar's tests' own, read by one incoming channel in place of the shared broker's topic (which
 * other modules' tests also write to, and would feed the service records a scenario did not send). Created before
 * the service starts, like the harness's own topics.
 */
public abstract class OwnTestTopic implements QuarkusTestResourceLifecycleManager {

    private final String topic;
    private final String channel;

    protected OwnTestTopic(String topic, String channel) {
        this.topic = topic;
        this.channel = channel;
    }

    @Override
    public Map<String, String> start() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafka());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of("mp.messaging.incoming." + channel + ".topic", topic);
    }

    @Override
    public void stop() {
    }
}
