-- Stories told per channel: a story holds one variant per channel account. The old "post" table stays for the
-- /api/v1/posts and /api/v1/calendar endpoints the console's first calendar used.
CREATE TABLE story (
    id         UUID PRIMARY KEY,
    brand      TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    brief      TEXT        NOT NULL DEFAULT '',
    campaign   TEXT,
    tags       JSONB       NOT NULL DEFAULT '[]',
    owner      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    INT         NOT NULL
);
CREATE INDEX story_brand ON story (brand, created_at);

CREATE TABLE media (
    id           UUID PRIMARY KEY,
    brand        TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    size_bytes   INT         NOT NULL,
    data         BYTEA       NOT NULL,
    licence      TEXT        NOT NULL,
    author       TEXT,
    source       TEXT,
    expires_at   TIMESTAMPTZ,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE variant (
    id              UUID PRIMARY KEY,
    story_id        UUID        NOT NULL REFERENCES story (id),
    brand           TEXT        NOT NULL,
    channel_account TEXT        NOT NULL,
    channel_name    TEXT,
    platform        TEXT        NOT NULL,
    text            TEXT        NOT NULL,
    media           JSONB       NOT NULL DEFAULT '[]',
    link            TEXT,
    tracked_link    TEXT,
    first_comment   TEXT,
    content_type    TEXT        NOT NULL,
    risk_level      TEXT        NOT NULL,
    scheduled_for   TIMESTAMPTZ,
    time_zone       TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    version         INT         NOT NULL,
    author          TEXT        NOT NULL,
    last_editor     TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    findings        JSONB       NOT NULL DEFAULT '[]',
    overrides       JSONB       NOT NULL DEFAULT '{}',
    approval        JSONB,
    round           INT         NOT NULL DEFAULT 0,
    reviewed_version INT,
    -- The scanner's moments for the active step (null when nothing is due).
    remind_at       TIMESTAMPTZ,
    escalate_at     TIMESTAMPTZ
);
CREATE INDEX variant_story ON variant (story_id);
CREATE INDEX variant_calendar ON variant (brand, scheduled_for);
CREATE INDEX variant_remind ON variant (remind_at) WHERE remind_at IS NOT NULL;
CREATE INDEX variant_escalate ON variant (escalate_at) WHERE escalate_at IS NOT NULL;
CREATE INDEX variant_expiry ON variant (scheduled_for) WHERE status IN ('draft', 'in_review', 'changes_requested');

-- Every version of every variant, as it was after each change.
CREATE TABLE variant_version (
    variant_id    UUID        NOT NULL REFERENCES variant (id),
    version       INT         NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    by_user       TEXT        NOT NULL,
    text          TEXT        NOT NULL,
    media         JSONB       NOT NULL,
    link          TEXT,
    first_comment TEXT,
    scheduled_for TIMESTAMPTZ,
    status        TEXT        NOT NULL,
    PRIMARY KEY (variant_id, version)
);

-- Who did what to a story and when: every change, decision, skip, override, comment and reviewer action.
CREATE TABLE story_audit (
    id          BIGSERIAL PRIMARY KEY,
    story_id    UUID        NOT NULL REFERENCES story (id),
    variant_id  UUID,
    actor       TEXT        NOT NULL,
    external    BOOLEAN     NOT NULL DEFAULT FALSE,
    reviewer_id UUID,
    action      TEXT        NOT NULL,
    detail      JSONB       NOT NULL DEFAULT '{}',
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX story_audit_story ON story_audit (story_id, id);

CREATE TABLE story_comment (
    id              UUID PRIMARY KEY,
    story_id        UUID        NOT NULL REFERENCES story (id),
    variant_id      UUID REFERENCES variant (id),
    parent_id       UUID REFERENCES story_comment (id),
    author          TEXT        NOT NULL,
    author_external BOOLEAN     NOT NULL DEFAULT FALSE,
    reviewer_id     UUID,
    text            TEXT        NOT NULL,
    mentions        JSONB       NOT NULL DEFAULT '[]',
    visibility      TEXT        NOT NULL,
    span_start      INT,
    span_end        INT,
    resolved_by     TEXT,
    resolved_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX story_comment_story ON story_comment (story_id, created_at);

-- External reviewers: the token itself is never stored, only its SHA-256.
CREATE TABLE reviewer_link (
    id         UUID PRIMARY KEY,
    story_id   UUID        NOT NULL REFERENCES story (id),
    brand      TEXT        NOT NULL,
    email      TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    token_hash BYTEA       NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    revoked_by TEXT,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX reviewer_link_story ON reviewer_link (story_id);

-- What each approver last saw of a variant, for "the diff since your last look".
CREATE TABLE approval_seen (
    user_name  TEXT        NOT NULL,
    variant_id UUID        NOT NULL REFERENCES variant (id),
    version    INT         NOT NULL,
    seen_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_name, variant_id)
);
