package io.parley.inbox.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
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
                            "The {platform} channel “{name}” of {brand} went from {previousState} to {state}. What to do: {whatToDo}",
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
                            "Stan kanału {platform} „{name}” marki {brand} zmienił się z {previousState} na {state}. Co zrobić: {whatToDo}",
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
                            "Η κατάσταση του καναλιού {platform} «{name}» της {brand} άλλαξε από {previousState} σε {state}. Τι να κάνετε: {whatToDo}",
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
                            "Состояние канала {platform} «{name}» бренда {brand} изменилось с {previousState} на {state}. Что сделать: {whatToDo}",
                            "Открыть каналы"},
                    "incident_opened", new String[] {"Открыт инцидент бренда {brand}",
                            "«{title}» открыл(а) {openedBy} ({source}).", "Открыть инциденты"}));

    /**
     * A channel's health states and what to do about each, in each language (the console's words for them, in its
     * channels locale files): an e-mail says "Token revoked or expired" and what to do, never {@code token_revoked} or
     * {@code reconnect}. A state this list does not know yet is shown as its id.
     */
    private static final Map<String, Map<String, Map<String, String>>> HEALTH_WORDS = Map.of(
            "en", Map.of("state", Map.ofEntries(Map.entry("healthy", "Healthy"), Map.entry("silent", "Silent"), Map.entry("token_revoked", "Token revoked or expired"), Map.entry("missing_permission", "Missing permission"), Map.entry("rate_limited", "Rate-limited"), Map.entry("poll_errors", "Poll errors"), Map.entry("token_expiring", "Token expires soon")),
                    "whatToDo", Map.ofEntries(Map.entry("none", "Nothing to do."), Map.entry("check_source", "No events for much longer than usual. Check on the network that the webhook subscription is still active and the account still exists."), Map.entry("reconnect", "The network no longer accepts the token. Reconnect the account: give it a new token reference (its replies and posts wait and are sent once it is reconnected)."), Map.entry("grant_permission", "The token lacks a permission for this. Grant it in the network's app settings, then reconnect the account."), Map.entry("wait", "The network limits how often Parley may call it. Nothing to do: calls resume by themselves."), Map.entry("check_poll", "Several reads in a row failed. Check the feed's or channel's address and its key."), Map.entry("renew_token", "The token expires soon. Renew it and update the account's token reference before then."))),
            "pl", Map.of("state", Map.ofEntries(Map.entry("healthy", "Sprawne"), Map.entry("silent", "Cisza"), Map.entry("token_revoked", "Token unieważniony lub wygasły"), Map.entry("missing_permission", "Brak uprawnienia"), Map.entry("rate_limited", "Limit wywołań"), Map.entry("poll_errors", "Błędy odczytu"), Map.entry("token_expiring", "Token wkrótce wygaśnie")),
                    "whatToDo", Map.ofEntries(Map.entry("none", "Nic nie trzeba robić."), Map.entry("check_source", "Brak zdarzeń znacznie dłużej niż zwykle. Sprawdź w serwisie, czy subskrypcja webhooka jest aktywna i czy konto nadal istnieje."), Map.entry("reconnect", "Serwis nie przyjmuje już tokenu. Połącz konto ponownie: podaj nowe odwołanie do tokenu (odpowiedzi i posty czekają i wyjdą po ponownym połączeniu)."), Map.entry("grant_permission", "Tokenowi brakuje uprawnienia. Nadaj je w ustawieniach aplikacji w serwisie, a potem połącz konto ponownie."), Map.entry("wait", "Serwis ogranicza, jak często Parley może go wywoływać. Nic nie trzeba robić: wywołania wznowią się same."), Map.entry("check_poll", "Kilka odczytów z rzędu się nie powiodło. Sprawdź adres kanału lub źródła i jego klucz."), Map.entry("renew_token", "Token wkrótce wygaśnie. Odnów go i zaktualizuj odwołanie do tokenu przed tym terminem."))),
            "el", Map.of("state", Map.ofEntries(Map.entry("healthy", "Υγιές"), Map.entry("silent", "Σιωπηλό"), Map.entry("token_revoked", "Το διακριτικό ανακλήθηκε ή έληξε"), Map.entry("missing_permission", "Λείπει άδεια"), Map.entry("rate_limited", "Όριο κλήσεων"), Map.entry("poll_errors", "Σφάλματα ανάγνωσης"), Map.entry("token_expiring", "Το διακριτικό λήγει σύντομα")),
                    "whatToDo", Map.ofEntries(Map.entry("none", "Δεν χρειάζεται καμία ενέργεια."), Map.entry("check_source", "Κανένα συμβάν για πολύ περισσότερο από το συνηθισμένο. Ελέγξτε στο δίκτυο ότι η συνδρομή webhook είναι ενεργή και ότι ο λογαριασμός υπάρχει ακόμη."), Map.entry("reconnect", "Το δίκτυο δεν δέχεται πλέον το διακριτικό. Συνδέστε ξανά τον λογαριασμό με νέα αναφορά διακριτικού (οι απαντήσεις και οι αναρτήσεις περιμένουν και στέλνονται μόλις συνδεθεί ξανά)."), Map.entry("grant_permission", "Στο διακριτικό λείπει μια άδεια. Χορηγήστε την στις ρυθμίσεις της εφαρμογής στο δίκτυο και συνδέστε ξανά τον λογαριασμό."), Map.entry("wait", "Το δίκτυο περιορίζει πόσο συχνά μπορεί να το καλεί το Parley. Δεν χρειάζεται ενέργεια: οι κλήσεις συνεχίζονται μόνες τους."), Map.entry("check_poll", "Αρκετές διαδοχικές αναγνώσεις απέτυχαν. Ελέγξτε τη διεύθυνση της ροής ή του καναλιού και το κλειδί της."), Map.entry("renew_token", "Το διακριτικό λήγει σύντομα. Ανανεώστε το και ενημερώστε την αναφορά διακριτικού του λογαριασμού πριν από τότε."))),
            "ru", Map.of("state", Map.ofEntries(Map.entry("healthy", "Исправен"), Map.entry("silent", "Тишина"), Map.entry("token_revoked", "Токен отозван или истёк"), Map.entry("missing_permission", "Нет разрешения"), Map.entry("rate_limited", "Лимит запросов"), Map.entry("poll_errors", "Ошибки чтения"), Map.entry("token_expiring", "Токен скоро истечёт")),
                    "whatToDo", Map.ofEntries(Map.entry("none", "Ничего делать не нужно."), Map.entry("check_source", "Событий нет намного дольше обычного. Проверьте в сети, что подписка на вебхуки активна и аккаунт ещё существует."), Map.entry("reconnect", "Сеть больше не принимает токен. Подключите аккаунт заново: укажите новую ссылку на токен (ответы и посты ждут и будут отправлены после подключения)."), Map.entry("grant_permission", "У токена нет нужного разрешения. Выдайте его в настройках приложения в сети и подключите аккаунт заново."), Map.entry("wait", "Сеть ограничивает частоту вызовов Parley. Ничего делать не нужно: вызовы возобновятся сами."), Map.entry("check_poll", "Несколько чтений подряд не удались. Проверьте адрес ленты или канала и его ключ."), Map.entry("renew_token", "Токен скоро истечёт. Обновите его и ссылку на токен аккаунта до этого срока."))));

    /** A digest's subject, its first line, and the words of the link to all of them; per language. */
    private static final Map<String, String[]> DIGEST = Map.of(
            "en", new String[] {"{kind} ({brand}): {count}",
                    "Notifications of this kind since the last e-mail: {count}. The oldest ({shown}) are below. Parley bundles e-mails that come in numbers.",
                    "Open them all"},
            "pl", new String[] {"{kind} ({brand}): {count}",
                    "Powiadomień tego rodzaju od ostatniego e-maila: {count}. Poniżej najstarsze ({shown}). Parley łączy e-maile, gdy przychodzi ich wiele naraz.",
                    "Otwórz wszystkie"},
            "el", new String[] {"{kind} ({brand}): {count}",
                    "Ειδοποιήσεις αυτού του είδους από το τελευταίο e-mail: {count}. Παρακάτω οι παλαιότερες ({shown}). Το Parley ομαδοποιεί τα e-mail όταν φτάνουν πολλά μαζί.",
                    "Άνοιγμα όλων"},
            "ru", new String[] {"{kind} ({brand}): {count}",
                    "Уведомлений этого вида с последнего письма: {count}. Ниже самые ранние ({shown}). Parley объединяет письма, когда их много.",
                    "Открыть все"});

    /** The kinds' names, as the console's notification preferences name them (locales/<lang>/notifications.json). */
    private static final Map<String, Map<String, String>> KIND_NAMES = Map.of(
            "en", Map.of("conversation_breached", "Breached due times", "approval_waiting", "Approvals waiting for me",
                    "mentioned", "@mentions of me", "channel_health", "Channel health", "incident_opened", "Incidents opened"),
            "pl", Map.of("conversation_breached", "Przekroczone terminy", "approval_waiting", "Akceptacje czekające na mnie",
                    "mentioned", "Wzmianki @ o mnie", "channel_health", "Stan kanałów", "incident_opened", "Otwarte incydenty"),
            "el", Map.of("conversation_breached", "Χαμένες προθεσμίες", "approval_waiting", "Εγκρίσεις που με περιμένουν",
                    "mentioned", "Αναφορές @ σε μένα", "channel_health", "Κατάσταση καναλιών", "incident_opened", "Νέα συμβάντα"),
            "ru", Map.of("conversation_breached", "Просроченные ответы", "approval_waiting", "Ожидающие меня одобрения",
                    "mentioned", "Упоминания @ меня", "channel_health", "Состояние каналов", "incident_opened", "Открытые инциденты"));

    /** The networks' own names, for an e-mail's words (ids otherwise). */
    private static final Map<String, String> NETWORKS = Map.of("facebook", "Facebook", "instagram", "Instagram", "x",
            "X", "telegram", "Telegram", "vk", "VK", "linkedin", "LinkedIn", "youtube", "YouTube", "tiktok", "TikTok",
            "rss", "RSS");

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
        String[] words = words(lang, kind);
        Map<String, String> values = values(lang, kind, brand, params);
        String subject = fill(words[0], values).replaceAll("[\\r\\n]+", " ");
        String line = fill(words[1], values);
        String url = url(consoleUrl, link);
        String text = line + "\n\n" + words[2] + ": " + url + "\n\n— Parley\n";
        String html = "<p>" + escape(line) + "</p>\n<p><a href=\"" + escape(url) + "\">" + escape(words[2])
                + "</a></p>\n<p>— Parley</p>\n";
        return new Message(to, subject, text, html);
    }

    /** One notification of a digest: what it was made of and where it links to. */
    public record Item(Map<String, Object> params, String link) {
    }

    /**
     * A digest ({@link MailPacing}): {@code count} notifications of one kind in one e-mail, the oldest {@code items}
     * listed each with its own line and link, then a link to where all of them are. The subject names the kind as
     * the console does and the count after a colon ("Breached due times (acme): 412"), which reads in every language
     * without a plural form to choose.
     */
    public static Message digest(String to, String locale, String kind, String brand, long count, List<Item> items,
            String consoleUrl) {
        String lang = language(locale);
        String[] words = words(lang, kind);
        String[] digest = DIGEST.get(lang);
        Map<String, String> counts = Map.of("count", String.valueOf(count), "shown", String.valueOf(items.size()),
                "brand", brand, "kind", KIND_NAMES.get(lang).getOrDefault(kind, kind));
        String subject = fill(digest[0], counts).replaceAll("[\\r\\n]+", " ");
        String intro = fill(digest[1], counts);
        String all = url(consoleUrl, NotificationKind.of(kind).map(NotificationKind::listLink).orElse("/"));
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(intro)).append("</p>\n<ul>\n");
        for (Item item : items) {
            String line = fill(words[1], values(lang, kind, brand, item.params()));
            String url = url(consoleUrl, item.link());
            text.append("• ").append(line).append("\n  ").append(words[2]).append(": ").append(url).append("\n");
            html.append("<li>").append(escape(line)).append(" <a href=\"").append(escape(url)).append("\">")
                    .append(escape(words[2])).append("</a></li>\n");
        }
        text.append("\n").append(digest[2]).append(": ").append(all).append("\n\n— Parley\n");
        html.append("</ul>\n<p><a href=\"").append(escape(all)).append("\">").append(escape(digest[2]))
                .append("</a></p>\n<p>— Parley</p>\n");
        return new Message(to, subject, text.toString(), html.toString());
    }

    private static String[] words(String lang, String kind) {
        String[] words = WORDS.get(lang).get(kind);
        if (words == null) {
            throw new IllegalArgumentException("no e-mail for kind " + kind);
        }
        return words;
    }

    private static Map<String, String> values(String lang, String kind, String brand, Map<String, Object> params) {
        Map<String, String> values = new HashMap<>();
        params.forEach((k, v) -> values.put(k, v == null ? "" : text(v)));
        values.put("brand", brand);
        if ("channel_health".equals(kind)) {
            Map<String, Map<String, String>> health = HEALTH_WORDS.get(lang);
            for (String key : new String[] {"state", "previousState"}) {
                values.computeIfPresent(key, (k, id) -> health.get("state").getOrDefault(id, id));
            }
            values.computeIfPresent("whatToDo", (k, id) -> health.get("whatToDo").getOrDefault(id, id));
        }
        values.computeIfPresent("platform", (k, id) -> NETWORKS.getOrDefault(id, id));
        return values;
    }

    private static String url(String consoleUrl, String link) {
        return consoleUrl.replaceAll("/+$", "") + (link == null ? "/" : link);
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
