package io.parley.inbox.views;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewScopeTest {

    private final ViewScope.Viewer agent = new ViewScope.Viewer("agent1", Set.of("care"), false);
    private final ViewScope.Viewer manager = new ViewScope.Viewer("manager1", Set.of(), true);

    @Test
    void aPersonsOwnViewIsTheirsAlone() {
        assertTrue(ViewScope.visible(agent, "agent1", null));
        assertFalse(ViewScope.visible(manager, "agent1", null), "not even a manager sees another's own view");
    }

    @Test
    void aTeamsViewIsItsMembersAndTheBrandsManagers() {
        assertTrue(ViewScope.visible(agent, null, "care"));
        assertFalse(ViewScope.visible(agent, null, "care-el"));
        assertTrue(ViewScope.visible(manager, null, "care-el"));
        assertTrue(ViewScope.mayChange(agent, null, "care"));
    }

    @Test
    void aPersonsTeamsAreThoseTheyWorkInOrManage() {
        assertEquals(Set.of("care", "vip"), ViewScope.teamsOf("agent1", List.of(
                new ViewScope.TeamNames("care", List.of("agent1", "agent3"), List.of("manager1")),
                new ViewScope.TeamNames("vip", List.of(), List.of("agent1")),
                new ViewScope.TeamNames("care-el", List.of("agent2"), List.of()))));
    }
}
