package io.parley.ingest.channels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which secret references point into the channel secret stores, and what is read through them. */
class ChannelSecretStoresTest {

    private final ChannelSecretStores stores = new ChannelSecretStores(Path.of("/var/run/secrets/parley/channels"));

    private boolean inside(String reference) {
        return stores.refusal(SecretReference.parse(reference)).isEmpty();
    }

    @Test
    void onlyTheThreeStoresAreAccepted() {
        assertTrue(inside("env:PARLEY_CHANNEL_SECRETS_ACME_BOT"));
        assertTrue(inside("config:parley.channel-secrets.telegram.7000000001.secretToken"));
        assertTrue(inside("config:parley.channel-secrets.\"telegram/7\".secretToken"));
        assertTrue(inside("file:/var/run/secrets/parley/channels/acme-bot"));
        assertTrue(inside("file:/var/run/secrets/parley/channels/acme/bot-token"));
        for (String outside : new String[] {"env:PATH", "env:QUARKUS_DATASOURCE_PASSWORD", "env:PARLEY_CHANNEL_SECRETS_",
                "env:PARLEY_INGEST_META_APP_SECRET", "config:quarkus.datasource.password",
                "config:parley.ingest.meta.app-secret", "config:parley.channel-secrets.", "config:parley.channel-secretsX.a",
                "config:parley.channel-secrets.a b", "file:/etc/passwd", "file:/var/run/secrets/parley/channels",
                "file:/var/run/secrets/parley/channels/", "file:/var/run/secrets/parley/channels/../../../../etc/passwd",
                "file:/var/run/secrets/parley/channels/./x", "file:/var/run/secrets/parley/channelsX/y",
                "file:/var/run/secrets/kubernetes.io/serviceaccount/token"}) {
            assertTrue(stores.refusal(SecretReference.parse(outside)).isPresent(), outside);
        }
    }

    @Test
    void theResolverReadsOnlyInsideTheStoresAndNoLinkLeadsOut(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectory(dir.resolve("channels"));
        Files.writeString(store.resolve("bot"), "s3cret\n");
        Path outsideFile = Files.writeString(dir.resolve("outside"), "not a channel secret");
        Files.createSymbolicLink(store.resolve("escape"), outsideFile);
        // Kubernetes mounts a Secret as links into a ..data directory inside the mount: those are read.
        Path data = Files.createDirectory(store.resolve("..2026_12_05"));
        Files.writeString(data.resolve("token"), "mounted");
        Files.createSymbolicLink(store.resolve("..data"), data.getFileName());
        Files.createSymbolicLink(store.resolve("token"), Path.of("..data/token"));
        SecretResolver resolver = new SecretResolver(new ChannelSecretStores(store));
        assertEquals("s3cret", resolver.resolve(SecretReference.parse("file:" + store.resolve("bot"))).orElseThrow());
        assertEquals("mounted", resolver.resolve(SecretReference.parse("file:" + store.resolve("token"))).orElseThrow());
        assertTrue(resolver.resolve(SecretReference.parse("file:" + store.resolve("escape"))).isEmpty());
        assertTrue(resolver.resolve(SecretReference.parse("file:" + outsideFile)).isEmpty());
        assertTrue(resolver.resolve(SecretReference.parse("file:" + store.resolve("missing"))).isEmpty());
        assertTrue(resolver.resolve(SecretReference.parse("file:" + store)).isEmpty());
        assertTrue(resolver.resolve(SecretReference.parse("env:PATH")).isEmpty(), "PATH is set but not a channel secret");
    }
}
