package io.parley.inbox.savedreplies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved-reply variables: {@code {author.name}}, {@code {author.firstName}}, {@code {brand}}, {@code {agent.name}},
 * {@code {channel}}. A body may use only these (checked when it is saved); {@code {{} and {@code }}} write braces.
 */
public final class Templates {

    public static final List<String> VARIABLES = List.of("author.name", "author.firstName", "brand", "agent.name",
            "channel");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z.]+)}");

    private Templates() {
    }

    /** The variables a body uses that do not exist. */
    public static Set<String> unknown(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(body);
        while (m.find()) {
            if (!VARIABLES.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** The body with every variable replaced; a value that is missing becomes an empty string. */
    public static String render(String body, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = VARIABLES.contains(m.group(1)) ? values.getOrDefault(m.group(1), "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString().replace("{{}", "{").replace("{}}", "}");
    }
}
