package io.parley.inbox.views;

import java.util.Collection;
import java.util.Set;

/**
 * Who may see and change a saved view: a person's own view only its owner; a team's view the team's members and
 * managers, and the brand's managers and admins (who look after every team). Pure, so a unit test states the rule.
 */
public final class ViewScope {

    private ViewScope() {
    }

    /** The person asking: their name, their teams (as member or team manager) and whether they manage the brand. */
    public record Viewer(String user, Set<String> teams, boolean brandManager) {
    }

    public static boolean visible(Viewer viewer, String owner, String team) {
        if (owner != null) {
            return owner.equals(viewer.user());
        }
        return team != null && (viewer.brandManager() || viewer.teams().contains(team));
    }

    /** A view may be changed or deleted by whoever sees it: the owner, or the team. */
    public static boolean mayChange(Viewer viewer, String owner, String team) {
        return visible(viewer, owner, team);
    }

    /** The teams a person is in, from each team's members and managers. */
    public static Set<String> teamsOf(String user, Collection<TeamNames> teams) {
        return teams.stream().filter(t -> t.members().contains(user) || t.managers().contains(user))
                .map(TeamNames::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A team's name with its people. */
    public record TeamNames(String name, Collection<String> members, Collection<String> managers) {
    }
}
