package io.parley.ingest.channels;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Connects, changes and removes channel accounts; validates them against {@link ChannelRules}. */
@ApplicationScoped
public class ChannelService {

    private static final Logger LOG = Logger.getLogger(ChannelService.class);

    /** What a caller sends to connect an account or change one. Null maps mean "none". */
    public record Draft(String brand, String platform, String accountId, String name, String mode, Boolean enabled,
            Map<String, String> settings, Map<String, String> secrets) {
    }

    private final ChannelDirectory directory;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final ChannelSecretStores stores;

    @Inject
    jakarta.enterprise.event.Event<ChannelReconnected> reconnected;

    @Inject
    jakarta.enterprise.event.Event<ChannelRemoved> removed;

    @Inject
    public ChannelService(ChannelDirectory directory, Clock clock, TransactionSynchronizationRegistry transactions,
            SecretResolver secrets) {
        this.stores = secrets.stores();
        this.directory = directory;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The account with this id if the caller may see its brand; 404 otherwise (other brands' accounts do not exist). */
    /**
     * The order of {@link #page}, and its cursors' name: (brand, platform, account_id), unique as (platform,
     * account_id) is, index channel_account_brand.
     */
    static final Keyset<ChannelRow> CHANNELS = Keyset.<ChannelRow>ascending("channels")
            .text("brand", r -> r.brand).text("platform", r -> r.platform).text("accountId", r -> r.accountId);

    /**
     * A page of the accounts of {@code brands} by brand, platform and account id, after {@code cursor} (null: the
     * first page).
     */
    public Page<ChannelRow> page(Set<String> brands, String cursor, int limit) {
        return CHANNELS.page((q, p, rows) -> ChannelRow.<ChannelRow>find(q, p).range(0, rows - 1).list(),
                "brand in :brands", Map.of("brands", brands), cursor, limit);
    }

    public ChannelRow visible(String id, io.parley.platform.security.BrandAccess access) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no channel account " + id);
        }
        ChannelRow row = ChannelRow.findById(uuid);
        if (row == null || !access.allows(row.brand)) {
            throw ProblemException.notFound("no channel account " + id);
        }
        return row;
    }

    @Transactional
    public ChannelRow connect(Draft draft, String user) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (blank(draft.brand())) {
            errors.add(new Problem.FieldError("brand", "is required"));
        }
        Platform platform = platform(draft.platform(), errors);
        String accountId = text("accountId", draft.accountId(), true, errors);
        List<Problem.FieldError> outsideStores = new ArrayList<>();
        Row row = validate(platform, draft, errors, outsideStores);
        throwIfAny(errors, outsideStores);
        if (ChannelRow.count("platform = ?1 and accountId = ?2", platform.id(), accountId) > 0) {
            throw ProblemException.conflict(platform.id() + " account '" + accountId
                    + "' is already connected; an account belongs to one brand");
        }
        ChannelRow r = new ChannelRow();
        r.id = ChannelIds.of(platform, accountId);
        r.brand = draft.brand();
        r.platform = platform.id();
        r.accountId = accountId;
        r.origin = "api";
        r.version = 1;
        r.createdAt = clock.instant();
        r.createdBy = user;
        apply(r, row, user, r.createdAt);
        r.persist();
        LOG.infof("channel %s %s connected for brand %s by %s (%s)", r.platform, r.accountId, r.brand, user, r.mode);
        afterCommit();
        return r;
    }

    @Transactional
    public ChannelRow change(ChannelRow existing, Draft draft, String user) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Platform platform = Platform.fromId(existing.platform);
        if (draft.brand() != null && !draft.brand().equals(existing.brand)) {
            errors.add(new Problem.FieldError("brand", "cannot change; remove the account and connect it again"));
        }
        if (draft.platform() != null && !draft.platform().equalsIgnoreCase(existing.platform)) {
            errors.add(new Problem.FieldError("platform", "cannot change"));
        }
        if (draft.accountId() != null && !draft.accountId().equals(existing.accountId)) {
            errors.add(new Problem.FieldError("accountId", "cannot change"));
        }
        List<Problem.FieldError> outsideStores = new ArrayList<>();
        Row row = validate(platform, draft, errors, outsideStores);
        throwIfAny(errors, outsideStores);
        ChannelRow r = ChannelRow.findById(existing.id);
        r.version++;
        apply(r, row, user, clock.instant());
        if ("needs_reconnect".equals(r.health)) {
            // The account was changed (its token reference updated): take it as reconnected, and release what waited.
            r.health = "ok";
            r.healthReason = null;
            r.healthChangedAt = clock.instant();
            reconnected.fire(new ChannelReconnected(platform, r.accountId));
        }
        LOG.infof("channel %s %s of brand %s changed by %s (version %d, %s)", r.platform, r.accountId, r.brand, user,
                r.version, r.mode);
        afterCommit();
        return r;
    }

    @Transactional
    public void remove(UUID id, String user) {
        ChannelRow r = ChannelRow.findById(id);
        if (r != null) {
            io.parley.ingest.pull.PullCursor.deleteById(id);
            r.delete();
            removed.fire(new ChannelRemoved(io.parley.contracts.Platform.fromId(r.platform), r.accountId, r.brand));
            LOG.infof("channel %s %s of brand %s removed by %s", r.platform, r.accountId, r.brand, user);
        }
        afterCommit();
    }

    /** The directory reads the accounts again once the change is committed (or rolled back). */
    private void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                directory.refresh();
            }
        });
    }

    private record Row(String name, ChannelMode mode, boolean enabled, Map<String, String> settings,
            Map<String, String> secrets) {
    }

    private static void apply(ChannelRow r, Row row, String user, Instant now) {
        r.name = row.name() != null ? row.name() : r.platform + " " + r.accountId;
        r.mode = row.mode().name();
        r.enabled = row.enabled();
        r.settings = new HashMap<>(row.settings());
        r.secretRefs = new HashMap<>(row.secrets());
        r.updatedAt = now;
        r.updatedBy = user;
    }

    /**
     * Checks a draft; a well-formed secret reference that points outside the channel secret stores goes to
     * {@code outsideStores} (answered 422), every other fault to {@code errors} (400).
     */
    private Row validate(Platform platform, Draft draft, List<Problem.FieldError> errors,
            List<Problem.FieldError> outsideStores) {
        String name = text("name", draft.name(), false, errors);
        ChannelMode mode = ChannelMode.sandbox;
        if (draft.mode() != null) {
            try {
                mode = ChannelMode.valueOf(draft.mode());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("mode", "must be sandbox or live"));
            }
        }
        Map<String, String> settings = draft.settings() == null ? Map.of() : draft.settings();
        Map<String, String> secrets = draft.secrets() == null ? Map.of() : draft.secrets();
        Map<String, String> refs = new LinkedHashMap<>();
        if (platform != null) {
            Set<String> settingNames = ChannelRules.settings(platform).stream().map(ChannelRules.SettingSlot::name)
                    .collect(Collectors.toSet());
            settings.forEach((key, value) -> {
                if (!settingNames.contains(key)) {
                    errors.add(new Problem.FieldError("settings." + key, settingNames.isEmpty()
                            ? platform.id() + " accounts have no settings"
                            : "unknown; " + platform.id() + " accounts take " + String.join(", ", settingNames)));
                } else {
                    checkSetting(key, value, errors);
                }
            });
            if (settings.containsKey("competitor") && "true".equals(settings.get("listening"))) {
                errors.add(new Problem.FieldError("settings.competitor", "cannot be combined with listening=true: a "
                        + "competitor's feed is counted as its posts, not matched for mentions of the brand"));
            }
            ChannelRules.settings(platform).stream().filter(ChannelRules.SettingSlot::required)
                    .filter(s -> blank(settings.get(s.name())))
                    .forEach(s -> errors.add(new Problem.FieldError("settings." + s.name(), "is required: " + s.purpose())));
            Set<String> secretNames = ChannelRules.secrets(platform).stream().map(ChannelRules.SecretSlot::name)
                    .collect(Collectors.toSet());
            secrets.forEach((key, value) -> {
                if (!secretNames.contains(key)) {
                    errors.add(new Problem.FieldError("secrets." + key, secretNames.isEmpty()
                            ? platform.id() + " accounts have no secrets"
                            : "unknown; " + platform.id() + " accounts take " + String.join(", ", secretNames)));
                    return;
                }
                try {
                    SecretReference ref = SecretReference.parse(value);
                    stores.refusal(ref).ifPresentOrElse(
                            why -> outsideStores.add(new Problem.FieldError("secrets." + key, why)),
                            () -> refs.put(key, ref.toString()));
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError("secrets." + key, e.getMessage()
                            + " (send where the secret is kept, never the secret itself)"));
                }
            });
            ChannelRules.secrets(platform).stream().filter(ChannelRules.SecretSlot::required)
                    .filter(s -> !secrets.containsKey(s.name()))
                    .forEach(s -> errors.add(new Problem.FieldError("secrets." + s.name(), "is required: " + s.purpose())));
        }
        return new Row(name, mode, draft.enabled() == null || draft.enabled(), settings, refs);
    }

    private static void checkSetting(String key, String value, List<Problem.FieldError> errors) {
        switch (key) {
            case "feedUrl", "apiBaseUrl" -> {
                try {
                    URI uri = URI.create(value == null ? "" : value);
                    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                        errors.add(new Problem.FieldError("settings." + key, "must be an absolute http(s) address"));
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError("settings." + key, "is not an address"));
                }
            }
            case "backfillDays" -> {
                try {
                    int days = Integer.parseInt(value);
                    if (days < 0 || days > 3650) {
                        errors.add(new Problem.FieldError("settings.backfillDays", "must be between 0 and 3650"));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError("settings.backfillDays", "must be a whole number of days"));
                }
            }
            case "listening" -> {
                if (!"true".equals(value) && !"false".equals(value)) {
                    errors.add(new Problem.FieldError("settings.listening", "must be true or false"));
                }
            }
            case "competitor" -> {
                if (value == null || !io.parley.ingest.competitors.CompetitorFeeds.COMPETITOR_ID.matcher(value).matches()) {
                    errors.add(new Problem.FieldError("settings.competitor", "must be a competitor's id from the "
                            + "brand's catalogue (section 6): lower-case letters, digits, '.', '_' or '-', e.g. globex"));
                }
            }
            case "tokenExpiresAt" -> {
                try {
                    Instant.parse(value == null ? "" : value);
                } catch (java.time.format.DateTimeParseException e) {
                    errors.add(new Problem.FieldError("settings.tokenExpiresAt", "must be an ISO-8601 instant, e.g. "
                            + "2027-02-01T00:00:00Z"));
                }
            }
            case "pollSeconds" -> {
                try {
                    int seconds = Integer.parseInt(value);
                    if (seconds < 30 || seconds > 86_400) {
                        errors.add(new Problem.FieldError("settings.pollSeconds", "must be between 30 and 86400"));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError("settings.pollSeconds", "must be a whole number of seconds"));
                }
            }
            default -> {
            }
        }
    }

    private static Platform platform(String id, List<Problem.FieldError> errors) {
        if (blank(id)) {
            errors.add(new Problem.FieldError("platform", "is required"));
            return null;
        }
        try {
            return Platform.fromId(id);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("platform", e.getMessage()));
            return null;
        }
    }

    private static String text(String field, String value, boolean required, List<Problem.FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required"));
            }
            return null;
        }
        if (value.length() > 200) {
            errors.add(new Problem.FieldError(field, "is longer than 200 characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new Problem.FieldError(field, "contains control characters"));
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void throwIfAny(List<Problem.FieldError> errors, List<Problem.FieldError> outsideStores) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        if (!outsideStores.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, outsideStores.stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), outsideStores);
        }
    }
}
