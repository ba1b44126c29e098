package io.parley.ingest.generic;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parley's own item format: a field of the wrong type is named by its path. */
class GenericItemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChannelAccount FORUM = new ChannelAccount(Platform.FORUM, "acme-forum", "acme",
            ChannelMode.sandbox);

    private static GenericItems.InvalidItemException refused(String item) {
        return assertThrows(GenericItems.InvalidItemException.class, () -> GenericItems.read(JSON.readTree(item), FORUM));
    }

    @Test
    void anAuthorsFieldIsNamedUnderAuthor() {
        assertEquals("author.id", refused("{\"id\":\"p1\",\"text\":\"hi\",\"author\":{\"id\":{}}}").field());
        assertEquals("author.url", refused("{\"id\":\"p1\",\"text\":\"hi\",\"author\":{\"url\":\"ftp://x\"}}").field());
        assertEquals("author", refused("{\"id\":\"p1\",\"text\":\"hi\",\"author\":\"x\"}").field());
    }

    @Test
    void theItemsOwnFieldsAreNamedAsThemselves() {
        assertEquals("text", refused("{\"id\":\"p1\",\"text\":{}}").field());
        assertEquals("id", refused("{\"id\":[],\"text\":\"hi\"}").field());
        assertEquals("attachments[0].type", refused("{\"id\":\"p1\",\"text\":\"hi\",\"attachments\":[{\"type\":\"x\"}]}").field());
    }
}
