package io.parley.contracts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from natural keys (name-based UUIDs), so that the same platform object heard twice,
 * or the same command retried, gets the same id everywhere and duplicates merge.
 */
public final class StableIds {

    private StableIds() {
    }

    /** A name-based UUID of the parts, joined with a separator that cannot occur in them unescaped. */
    public static UUID of(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            if (key.length() > 0) {
                key.append('\u001f');
            }
            key.append(part == null ? "" : part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }
}
