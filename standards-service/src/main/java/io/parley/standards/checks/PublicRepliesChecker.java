package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;
import io.parley.standards.catalogue.Catalogue.MatchMode;
import io.parley.standards.catalogue.Catalogue.Severity;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built-in rule for replies (R2.4): a public problem is answered in public, so a reply that moves it
 * into private - an e-mail address, a phone number, "DM us", "write to us privately", and the same in
 * Polish, Greek and Russian (matched on stems, so other forms match too) - is a warning. Reported under
 * section 4 (content) with rule ids {@code public-reply.*}.
 */
final class PublicRepliesChecker implements Checker {

    private static final int SECTION = 4;
    private static final String WHY = "Replies stay public: a problem raised in public is answered where it was raised, "
            + "so that everyone sees it solved.";
    private static final String SUGGESTION = "answer here; ask for personal details in private only when they are "
            + "really needed, and say so";
    /** An e-mail address, matched from the start of its local part (found by scanning back from an '@'). */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** A phone number, matched from a digit, '+' or '(' that starts a word; 9 to 15 digits in all. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{6,}\\d(?![\\p{L}\\p{N}])");

    /** Phrases that invite the customer into a private channel. */
    private static final TermRules<String> PHRASES = new TermRules<>();

    static {
        // "DM" on its own: in every language the networks' word for a private message ("wyślij DM", "στείλτε DM")
        for (String p : List.of("DM", "DM us", "DM me", "send us a DM", "send a DM", "send us a direct message",
                "direct message", "private message", "message us privately", "write to us privately",
                "contact us privately", "inbox us", "PM us", "email us", "e-mail us", "call us", "send us an email",
                "in private")) {
            PHRASES.add(p, Language.EN, MatchMode.STEM, p);
        }
        for (String p : List.of("napisz do nas prywatnie", "napiszcie do nas prywatnie", "prywatna wiadomość",
                "wiadomość prywatna", "na priv", "na priw", "na pw", "skontaktuj się z nami prywatnie",
                "wyślij nam wiadomość", "napisz do nas maila", "zadzwoń do nas", "wyślij DM", "wyślij nam DM",
                "napisz DM", "napisz na DM", "napisz na priv", "napiszcie na priv", "zapraszamy na priv",
                "w wiadomości prywatnej", "odezwij się prywatnie")) {
            PHRASES.add(p, Language.PL, MatchMode.STEM, p);
        }
        for (String p : List.of("στείλτε μας μήνυμα", "στείλε μας μήνυμα", "προσωπικό μήνυμα", "ιδιωτικό μήνυμα",
                "στείλτε μας email", "επικοινωνήστε μαζί μας ιδιωτικά", "καλέστε μας", "στείλτε μας DM",
                "στείλτε μας ένα μήνυμα", "στείλτε μας ιδιωτικό μήνυμα", "στείλτε μας στο inbox",
                "στα εισερχόμενα")) {
            PHRASES.add(p, Language.EL, MatchMode.STEM, p);
        }
        for (String p : List.of("напишите нам в личные сообщения", "личные сообщения", "личное сообщение", "в личку",
                "в личке", "в директ", "напишите нам на почту", "позвоните нам", "напишите в личку",
                "напишите нам в личку", "пишите в личку", "напишите в личные сообщения", "в лс", "напишите в лс",
                "в личных сообщениях")) {
            PHRASES.add(p, Language.RU, MatchMode.STEM, p);
        }
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    @Override
    public void check(AnalysedDraft draft, List<Finding> findings) {
        String text = draft.text();
        // Regular expressions only where an address or a number can start: a check stays one pass over the text.
        Matcher email = EMAIL.matcher(text);
        int searchedTo = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > searchedTo && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            if (start < at && email.region(start, text.length()).lookingAt()) {
                findings.add(Finding.inText("public-reply.email", SECTION, Severity.WARN, draft.span(email.start(),
                        email.end()), "the reply sends the customer to e-mail; answer here, in public", WHY, SUGGESTION)
                        .keyed("publicReply.email", Map.of("text", email.group())));
                searchedTo = email.end();
                at = Math.max(at, email.end() - 1);
            }
        }
        Matcher phone = PHONE.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isDigit(c) || c == '+' || c == '(') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && phone.region(i, text.length()).lookingAt()) {
                long digits = phone.group().chars().filter(Character::isDigit).count();
                if (digits >= 9 && digits <= 15) {
                    findings.add(Finding.inText("public-reply.phone", SECTION, Severity.WARN, draft.span(phone.start(),
                            phone.end()), "the reply sends the customer to the phone; answer here, in public", WHY,
                            SUGGESTION).keyed("publicReply.phone", Map.of("text", phone.group())));
                }
                i = phone.end() - 1;
            }
        }
        // Overlapping phrases ("direct message" in "send us a direct message") make one finding, the longest.
        List<PhraseIndex.Match<String>> matches = new java.util.ArrayList<>();
        PHRASES.matches(draft, matches::add);
        matches.sort(java.util.Comparator.<PhraseIndex.Match<String>>comparingInt(PhraseIndex.Match::start)
                .thenComparing(m -> -m.end()));
        int coveredTo = -1;
        for (PhraseIndex.Match<String> m : matches) {
            if (m.end() <= coveredTo) {
                continue;
            }
            coveredTo = m.end();
            Finding.Span span = draft.span(m.start(), m.end());
            findings.add(Finding.inText("public-reply.private-channel", SECTION, Severity.WARN, span,
                    "“" + span.text() + "” asks the customer to continue in private; answer here, in public", WHY,
                    SUGGESTION).keyed("publicReply.privateChannel", Map.of("text", span.text())));
        }
    }
}
