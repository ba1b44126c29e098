package io.parley.inbox.stories;

import io.parley.contracts.posts.VariantPublished;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only a published variant is read from the posts topic: a type newer than this build is skipped, not set aside. */
class PublishedPostsConsumerTest {

    private static String typeOf(String json) {
        return PublishedPostsConsumer.typeOf(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherTypeIsSkippedAndGarbageGoesToTheReaderThatSetsItAside() {
        assertEquals("parley.variant.publish-failed.v1", typeOf("{\"type\":\"parley.variant.publish-failed.v1\",\"data\":{}}"));
        assertEquals(VariantPublished.TYPE, typeOf("{\"type\":\"" + VariantPublished.TYPE + "\"}"));
        assertEquals(VariantPublished.TYPE, typeOf("not json"));
        assertEquals(VariantPublished.TYPE, typeOf("[1,2]"));
    }
}
