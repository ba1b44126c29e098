package io.parley.inbox.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Whom a breach escalates to: the managers of the team that owns the conversation, else the managers of
 * the brand's default team (team configuration is where a brand says who answers for its queue).
 */
@ApplicationScoped
public class Escalation {

    @Inject
    Teams teams;

    public List<String> managersOf(String brand, String team) {
        Optional<Team> owning = team == null ? Optional.empty() : teams.find(brand, team);
        List<String> managers = owning.map(Team::managerNames).orElse(List.of());
        if (!managers.isEmpty()) {
            return managers;
        }
        return teams.defaultTeam(brand, false).map(Team::managerNames).orElse(List.of());
    }
}
