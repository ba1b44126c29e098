-- Saved views of the queue (views.SavedViews, docs/inbox.md#saved-views): a named filter and order, a person's own
-- (owner) or shared with a team of the brand (team). The filters are the listing's query parameters as JSON text
-- ({"status": "new,open", "moment": "complaint"}), checked by the same code as the listing's.
CREATE TABLE saved_view (
    id          UUID PRIMARY KEY,
    brand       TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    owner       TEXT,
    team        TEXT,
    filters     TEXT        NOT NULL DEFAULT '{}',
    sort        TEXT        NOT NULL DEFAULT 'due',
    position    INT         NOT NULL DEFAULT 0,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CHECK ((owner IS NULL) <> (team IS NULL))
);
CREATE INDEX saved_view_by_owner ON saved_view (brand, owner) WHERE owner IS NOT NULL;
CREATE INDEX saved_view_by_team ON saved_view (brand, team) WHERE team IS NOT NULL;
