package io.parley.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** How a service reaches Kafka to publish events. The broker list is the one Quarkus Kafka uses too. */
@ConfigMapping(prefix = "parley.kafka")
public interface KafkaSettings {

    /** Broker addresses; defaults to {@code kafka.bootstrap.servers}. */
    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers:localhost:9092}")
    String bootstrapServers();

    /** How long a publish may wait for the broker's acknowledgement before it counts as failed. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Producer linger: a little batching without visible latency. */
    @WithDefault("2")
    int lingerMs();
}
