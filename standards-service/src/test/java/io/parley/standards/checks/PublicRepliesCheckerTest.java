package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.parley.standards.checks.TestCatalogues.post;
import static io.parley.standards.checks.TestCatalogues.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R2.4: a reply that moves a public problem into private is flagged, in EN, PL, EL and RU. */
class PublicRepliesCheckerTest {

    // Even an empty catalogue flags it: the rule is built in.
    private final ChecksEngine engine = ChecksEngine.of(Catalogue.empty(60));

    private List<Finding> flagged(Draft draft) {
        return engine.check(draft).findings().stream().filter(f -> f.ruleId().startsWith("public-reply.")).toList();
    }

    @Test
    void anEmailAddressInAReplyIsFlagged() {
        List<Finding> found = flagged(reply("So sorry 😞 write to us at help@acme.com and we will sort it out"));
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("public-reply.email", f.ruleId());
        assertEquals(new Finding.Span(26, 39, "help@acme.com"), f.span());
        assertEquals(Severity.WARN, f.severity());
        assertEquals(CheckResult.Verdict.WARN, engine.check(reply("write to us at help@acme.com")).verdict());
    }

    @Test
    void aPhoneNumberIsFlaggedButAnOrderNumberIsNot() {
        assertEquals("+48 22 123 45 67", flagged(reply("Call +48 22 123 45 67 today")).stream()
                .filter(f -> f.ruleId().equals("public-reply.phone")).findFirst().orElseThrow().span().text());
        assertTrue(flagged(reply("Your order 12345 ships on 2026-11-24")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please DM us your order number|DM us",
            "Could you write to us privately?|write to us privately",
            "Napiszcie do nas prywatnie, sprawdzimy to|Napiszcie do nas prywatnie",
            "Prosimy o prywatną wiadomość|prywatną wiadomość",
            "Στείλτε μας μήνυμα με τον αριθμό παραγγελίας|Στείλτε μας μήνυμα",
            "Напишите нам в личные сообщения, пожалуйста|Напишите нам в личные сообщения",
            "Пишите в личку|Пишите в личку",
            // issue 21: each of these moves the conversation to private too
            "Wyślij DM, sprawdzimy zamówienie|Wyślij DM",
            "Napisz na priv, pomożemy|Napisz na priv",
            "Napisz do nas DM z numerem zamówienia|DM",
            "Παρακαλούμε στείλτε μας μήνυμα με τα στοιχεία σας|στείλτε μας μήνυμα",
            "Στείλτε μας DM για να το λύσουμε|Στείλτε μας DM",
            "Напишите в личку, разберёмся|Напишите в личку",
            "Напишите в личные сообщения номер заказа|Напишите в личные сообщения",
            "Напишите в ЛС, пожалуйста|Напишите в ЛС",
            "DM us and we will fix it|DM us",
            "Send a DM with your order number|Send a DM"})
    void askingToContinueInPrivateIsFlaggedInEveryLanguage(String text, String phrase) {
        List<Finding> found = flagged(reply(text));
        assertEquals(List.of(phrase), found.stream().map(f -> f.span().text()).toList(), text);
        assertEquals("public-reply.private-channel", found.get(0).ruleId());
        assertEquals("publicReply.privateChannel", found.get(0).messageKey());
        assertEquals(phrase, found.get(0).params().get("text"));
        assertEquals("“" + phrase + "” asks the customer to continue in private; answer here, in public",
                found.get(0).message());
    }

    @Test
    void postsAndPublicAnswersAreNotFlagged() {
        assertTrue(flagged(post("Questions? help@acme.com")).isEmpty());
        assertTrue(flagged(reply("Thanks! Your parcel left our warehouse today and arrives tomorrow.")).isEmpty());
    }
}
