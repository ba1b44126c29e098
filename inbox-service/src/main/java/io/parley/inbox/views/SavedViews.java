package io.parley.inbox.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.ownership.Teams;
import io.parley.inbox.queue.ConversationFilter;
import io.parley.inbox.queue.ConversationQueue;
import io.parley.inbox.queue.QueueOrder;
import io.parley.inbox.queue.QueueParameters;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Saved views of the queue: a named filter and order, a person's own or a team's (docs/inbox.md#saved-views). The
 * filters are checked by the listing's own code ({@link QueueParameters}) so a view holds only what the queue can
 * list; each view is shown with how many conversations it holds now, counted as the listing counts its total.
 */
@ApplicationScoped
public class SavedViews {

    /** A person, and a team, keep at most this many views per brand: each is counted whenever the list is read. */
    static final int MAX_PER_SCOPE = 50;

    private static final TypeReference<LinkedHashMap<String, String>> FILTERS = new TypeReference<>() {
    };

    @Inject
    ConversationQueue conversations;

    @Inject
    Teams teams;

    @Inject
    InboxConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What a view is asked to be, already read from the request. */
    public record Draft(String name, String team, Map<String, String> filters, String sort) {
    }

    /** A view with the number of conversations it holds now. */
    public record Counted(SavedView view, Map<String, String> filters, ConversationQueue.Total total) {
    }

    /** The person asking, with their teams in the brand. */
    @Transactional
    public ViewScope.Viewer viewer(String brand, String user, boolean brandManager) {
        List<ViewScope.TeamNames> names = teams.list(brand).stream()
                .map(t -> new ViewScope.TeamNames(t.name, t.memberNames(), t.managerNames())).toList();
        return new ViewScope.Viewer(user, ViewScope.teamsOf(user, names), brandManager);
    }

    /**
     * The listing of {@link #list}: the person's own views first, then their teams', each by name, then id
     * (found by indexes saved_view_by_owner and saved_view_by_team; a person sees few).
     */
    static final Keyset<SavedView> VIEWS = Keyset.<SavedView>ascending("saved-views")
            .flag("case when owner is null then 1 else 0 end", v -> v.owner == null ? 1 : 0)
            .text("name", v -> v.name).uuid("id", v -> v.id);

    /**
     * A page of the views the person sees in the brand (ViewScope.visible, as a query): their own first, then their
     * teams', each by name, with counts; after {@code cursor} (null: the first page).
     */
    @Transactional
    public io.parley.platform.rest.Page<Counted> list(String brand, ViewScope.Viewer viewer, String cursor,
            int limit) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("b", brand, "u", viewer.user()));
        String shared;
        if (viewer.brandManager()) {
            shared = " or (owner is null and team is not null)";
        } else if (viewer.teams().isEmpty()) {
            shared = "";
        } else {
            shared = " or (owner is null and team in :teams)";
            params.put("teams", viewer.teams());
        }
        return VIEWS.page((q, p, rows) -> SavedView.<SavedView>find(q, p).range(0, rows - 1).list(),
                "brand = :b and (owner = :u" + shared + ")", params, cursor, limit)
                .map(v -> counted(v, viewer));
    }

    @Transactional
    public Counted get(String brand, UUID id, ViewScope.Viewer viewer) {
        return counted(find(brand, id, viewer), viewer);
    }

    @Transactional
    public Counted create(String brand, Draft draft, ViewScope.Viewer viewer) {
        SavedView v = new SavedView();
        v.id = UUID.randomUUID();
        v.brand = brand;
        v.createdBy = viewer.user();
        v.createdAt = clock.instant();
        apply(v, draft, viewer);
        v.persist();
        return counted(v, viewer);
    }

    @Transactional
    public Counted update(String brand, UUID id, Draft draft, ViewScope.Viewer viewer) {
        SavedView v = find(brand, id, viewer);
        apply(v, draft, viewer);
        return counted(v, viewer);
    }

    @Transactional
    public void delete(String brand, UUID id, ViewScope.Viewer viewer) {
        find(brand, id, viewer).delete();
    }

    private void apply(SavedView v, Draft draft, ViewScope.Viewer viewer) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (draft.filters() != null) {
            draft.filters().forEach((k, value) -> {
                if (value != null) {
                    filters.put(k, value);
                }
            });
        }
        QueueParameters.filter(filters, "filters.", a -> a); // refuses what the listing would refuse, naming it
        String sort = QueueOrder.parse("sort", draft.sort()).id();
        String name = draft.name().strip();
        String owner = null;
        String team = null;
        if (draft.team() == null) {
            owner = viewer.user();
        } else {
            team = draft.team();
            if (teams.find(v.brand, team).isEmpty()) {
                throw ProblemException.invalid("team", "'" + io.parley.platform.problem.Excerpt.of(team)
                        + "' is not a team of brand " + v.brand);
            }
            if (!viewer.brandManager() && !viewer.teams().contains(team)) {
                throw ProblemException.invalid("team", "you are not in team '" + team
                        + "': share a view with a team you belong to");
            }
        }
        String sameScope = owner != null ? "owner = ?2" : "team = ?2";
        Object scopeValue = owner != null ? owner : team;
        if (SavedView.count("brand = ?1 and " + sameScope + " and lower(name) = lower(?3) and id <> ?4", v.brand,
                scopeValue, name, v.id) > 0) {
            throw ProblemException.conflict("a view named '" + name + "' exists already "
                    + (owner != null ? "among your views" : "in team " + team));
        }
        boolean moving = v.name == null || !java.util.Objects.equals(v.owner, owner)
                || !java.util.Objects.equals(v.team, team);
        if (moving && SavedView.count("brand = ?1 and " + sameScope, v.brand, scopeValue) >= MAX_PER_SCOPE) {
            throw ProblemException.conflict((owner != null ? "you have " : "team " + team + " has ") + MAX_PER_SCOPE
                    + " views in brand " + v.brand + ", the most there may be: delete one first");
        }
        v.name = name;
        v.owner = owner;
        v.team = team;
        v.sort = sort;
        try {
            v.filters = json.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        v.updatedAt = clock.instant();
    }

    private SavedView find(String brand, UUID id, ViewScope.Viewer viewer) {
        SavedView v = SavedView.findById(id);
        if (v == null || !v.brand.equals(brand) || !ViewScope.visible(viewer, v.owner, v.team)) {
            throw ProblemException.notFound("saved view " + id + " does not exist");
        }
        return v;
    }

    private Counted counted(SavedView v, ViewScope.Viewer viewer) {
        Map<String, String> filters = filtersOf(v);
        ConversationFilter filter = QueueParameters.filter(filters, "filters.",
                a -> a.equals("me") ? viewer.user() : a);
        return new Counted(v, filters, conversations.total(Set.of(v.brand), filter, config.exactCountUpTo()));
    }

    private Map<String, String> filtersOf(SavedView v) {
        try {
            return json.readValue(v.filters, FILTERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved view " + v.id + " holds filters that are not JSON", e);
        }
    }
}
