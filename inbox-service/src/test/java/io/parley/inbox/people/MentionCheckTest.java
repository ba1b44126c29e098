package io.parley.inbox.people;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionCheckTest {

    private static final List<String> ACME = List.of("agent1", "editor1", "approver1", "manager1", "admin1");

    @Test
    void aTypoIsUnknownWithTheColleagueItProbablyMeant() {
        assertEquals(List.of(new MentionCheck.Unknown("manger1", Optional.of("manager1"))),
                MentionCheck.unknown(List.of("manger1", "agent1"), ACME));
    }

    @Test
    void someoneOutsideTheBrandIsUnknownAndNothingCloseIsSuggested() {
        assertEquals(List.of(new MentionCheck.Unknown("zofia", Optional.empty())),
                MentionCheck.unknown(List.of("zofia"), ACME));
    }

    @Test
    void twoEquallyCloseNamesSuggestNeither() {
        // agent3 is one edit from agent1 and from agent2
        assertEquals(Optional.empty(), MentionCheck.closest("agent3", List.of("agent1", "agent2")));
    }

    @Test
    void namesCompareWithoutCaseAndInAnyScript() {
        assertEquals(List.of(), MentionCheck.unknown(List.of("Manager1"), ACME));
        assertEquals(List.of(), MentionCheck.unknown(List.of("ζωή"), List.of("Ζωή")));
        assertEquals(1, MentionCheck.distance("ζωή", "ζωι"));
        assertEquals(List.of(), MentionCheck.unknown(List.of(), ACME));
    }
}
