package io.parley.platform.kafka;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Properties;

/**
 * Readiness includes the Kafka broker the service publishes to: a pod that cannot make events
 * durable must not receive traffic (webhooks would be answered 503 anyway).
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    KafkaSettings settings;

    @Inject
    KafkaConnection connection;

    private volatile Admin admin;

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check).runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure
                .getDefaultWorkerPool());
    }

    private HealthCheckResponse check() {
        var builder = HealthCheckResponse.named("kafka-publisher").withData("bootstrap", settings.bootstrapServers());
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get().size();
            return builder.up().withData("nodes", nodes).build();
        } catch (Exception e) {
            return builder.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = connection.clientProperties("parley-readiness");
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
                    admin = Admin.create(props);
                }
                a = admin;
            }
        }
        return a;
    }
}
