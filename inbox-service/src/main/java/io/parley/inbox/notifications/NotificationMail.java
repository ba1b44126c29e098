package io.parley.inbox.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail of a notification, in the recipient's language (their {@code locale} in the identity provider: en, pl,
 * el or ru; English otherwise): a subject, a plain-text body and an HTML body saying the same, with the link into the
 * console. Pure: tested without a mail server.
 */
public final class NotificationMail {

    /** One message, ready to send. */
    public record Message(String to, String subject, String text, String html) {
    }

    static final String FALLBACK = "en";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** subject, body line, and the link's words; per language, per kind (and per stage or state where it differs). */
    private static final Map<String, Map<String, String[]>> WORDS = Map.of(
            "en", Map.of(
                    "conversation_breached", new String[] {"A conversation of {brand} passed its due time",
                            "A {platform} conversation of {brand} was due at {dueAt} (target {targetMinutes} min) and is still unanswered; it is escalated to you.",
                            "Open the conversation"},
                    "approval_waiting", new String[] {"A post of {brand} waits for your approval",
                            "The step “{stepName}” of a post of {brand} waits for your decision ({stage}).",
                            "Open the post"},
                    "mentioned", new String[] {"{author} mentioned you in a note ({brand})",
                            "{author} wrote: “{excerpt}”", "Open the conversation"},
                    "channel_health", new String[] {"The {platform} channel “{name}” of {brand}: {state}",
                            "The channel's health changed from {previousState} to {state}. What to do: {whatToDo}.",
                            "Open the channels"},
                    "incident_opened", new String[] {"An incident was opened for {brand}",
                            "“{title}” was opened by {openedBy} ({source}).", "Open the incidents"}),
            "pl", Map.of(
                    "conversation_breached", new String[] {"Rozmowa marki {brand} przekroczyła termin",
                            "Rozmowa {platform} marki {brand} miała termin {dueAt} (cel {targetMinutes} min) i nadal czeka na odpowiedź; eskalowano ją do Ciebie.",
                            "Otwórz rozmowę"},
                    "approval_waiting", new String[] {"Post marki {brand} czeka na Twoją akceptację",
                            "Krok „{stepName}” posta marki {brand} czeka na Twoją decyzję ({stage}).",
                            "Otwórz post"},
                    "mentioned", new String[] {"{author} wspomniał(a) o Tobie w notatce ({brand})",
                            "{author} napisał(a): „{excerpt}”", "Otwórz rozmowę"},
                    "channel_health", new String[] {"Kanał {platform} „{name}” marki {brand}: {state}",
                            "Stan kanału zmienił się z {previousState} na {state}. Co zrobić: {whatToDo}.",
                            "Otwórz kanały"},
                    "incident_opened", new String[] {"Otwarto incydent marki {brand}",
                            "„{title}” otworzył(a) {openedBy} ({source}).", "Otwórz incydenty"}),
            "el", Map.of(
                    "conversation_breached", new String[] {"Μια συνομιλία της {brand} ξεπέρασε την προθεσμία",
                            "Μια συνομιλία {platform} της {brand} έπρεπε να απαντηθεί έως {dueAt} (στόχος {targetMinutes} λεπτά) και περιμένει ακόμη· κλιμακώθηκε σε εσάς.",
                            "Άνοιγμα συνομιλίας"},
                    "approval_waiting", new String[] {"Μια ανάρτηση της {brand} περιμένει την έγκρισή σας",
                            "Το βήμα «{stepName}» μιας ανάρτησης της {brand} περιμένει την απόφασή σας ({stage}).",
                            "Άνοιγμα ανάρτησης"},
                    "mentioned", new String[] {"Ο/Η {author} σας ανέφερε σε σημείωση ({brand})",
                            "Ο/Η {author} έγραψε: «{excerpt}»", "Άνοιγμα συνομιλίας"},
                    "channel_health", new String[] {"Το κανάλι {platform} «{name}» της {brand}: {state}",
                            "Η κατάσταση του καναλιού άλλαξε από {previousState} σε {state}. Τι να κάνετε: {whatToDo}.",
                            "Άνοιγμα καναλιών"},
                    "incident_opened", new String[] {"Άνοιξε συμβάν για την {brand}",
                            "Το «{title}» άνοιξε από {openedBy} ({source}).", "Άνοιγμα συμβάντων"}),
            "ru", Map.of(
                    "conversation_breached", new String[] {"Разговор бренда {brand} просрочен",
                            "Разговор {platform} бренда {brand} нужно было ответить до {dueAt} (цель {targetMinutes} мин), ответа всё ещё нет; он эскалирован вам.",
                            "Открыть разговор"},
                    "approval_waiting", new String[] {"Публикация бренда {brand} ждёт вашего одобрения",
                            "Шаг «{stepName}» публикации бренда {brand} ждёт вашего решения ({stage}).",
                            "Открыть публикацию"},
                    "mentioned", new String[] {"{author} упомянул(а) вас в заметке ({brand})",
                            "{author} пишет: «{excerpt}»", "Открыть разговор"},
                    "channel_health", new String[] {"Канал {platform} «{name}» бренда {brand}: {state}",
                            "Состояние канала изменилось с {previousState} на {state}. Что сделать: {whatToDo}.",
                            "Открыть каналы"},
                    "incident_opened", new String[] {"Открыт инцидент бренда {brand}",
                            "«{title}» открыл(а) {openedBy} ({source}).", "Открыть инциденты"}));

    private NotificationMail() {
    }

    /** The language an e-mail is written in: the locale's language when Parley speaks it, else English. */
    static String language(String locale) {
        if (locale == null) {
            return FALLBACK;
        }
        String lang = locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return WORDS.containsKey(lang) ? lang : FALLBACK;
    }

    public static Message compose(String to, String locale, String kind, String brand, Map<String, Object> params,
            String consoleUrl, String link) {
        String lang = language(locale);
        String[] words = WORDS.get(lang).get(kind);
        if (words == null) {
            throw new IllegalArgumentException("no e-mail for kind " + kind);
        }
        Map<String, String> values = new HashMap<>();
        params.forEach((k, v) -> values.put(k, v == null ? "" : text(v)));
        values.put("brand", brand);
        String subject = fill(words[0], values).replaceAll("[\\r\\n]+", " ");
        String line = fill(words[1], values);
        String url = consoleUrl.replaceAll("/+$", "") + (link == null ? "/" : link);
        String text = line + "\n\n" + words[2] + ": " + url + "\n\n— Parley\n";
        String html = "<p>" + escape(line) + "</p>\n<p><a href=\"" + escape(url) + "\">" + escape(words[2])
                + "</a></p>\n<p>— Parley</p>\n";
        return new Message(to, subject, text, html);
    }

    private static String text(Object v) {
        String s = v.toString();
        if (s.length() >= 20 && s.endsWith("Z") && s.charAt(4) == '-') {
            try {
                return WHEN.format(Instant.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return s;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
