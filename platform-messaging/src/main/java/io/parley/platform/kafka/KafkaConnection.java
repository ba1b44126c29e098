package io.parley.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How every Kafka client Parley builds itself (the event publisher, the readiness check, analytics' dead-letter reader)
 * connects: the broker list and the same security settings the messaging channels use — {@code kafka.security.protocol},
 * {@code kafka.ssl.*}, {@code kafka.sasl.*}, also given as environment variables ({@code KAFKA_SECURITY_PROTOCOL=SSL},
 * as the Kubernetes prod overlay does). Read from Quarkus' {@code default-kafka-broker} configuration, so that a
 * broker reached over TLS with client certificates is reached so by every client, not by the channels alone.
 */
@ApplicationScoped
public class KafkaConnection {

    private final Map<String, Object> security = new TreeMap<>();
    private final KafkaSettings settings;

    @Inject
    public KafkaConnection(KafkaSettings settings, @Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.settings = settings;
        broker.forEach((key, value) -> {
            if (isConnectionSetting(key) && value != null) {
                security.put(key, value);
            }
        });
    }

    static boolean isConnectionSetting(String key) {
        return key.equals("security.protocol") || key.startsWith("ssl.") || key.startsWith("sasl.");
    }

    /** A client's starting properties: the brokers and the security settings; the caller adds its own. */
    public Properties clientProperties(String clientId) {
        Properties props = new Properties();
        props.put("bootstrap.servers", settings.bootstrapServers());
        props.put("client.id", clientId);
        props.putAll(security);
        return props;
    }
}
