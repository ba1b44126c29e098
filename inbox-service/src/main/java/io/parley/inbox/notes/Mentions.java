package io.parley.inbox.notes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the users a note mentions: {@code @name} where name is a user name (letters, digits, '.', '_', '-',
 * any script), not preceded by a letter or digit (so an e-mail address mentions nobody); a trailing '.' or '-'
 * is punctuation. Lower-cased (user names are case-insensitive in Keycloak), each once, in order.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

    private Mentions() {
    }

    public static List<String> of(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[._-]+$", "");
            if (!name.isEmpty() && name.length() <= 100) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(names);
    }
}
