-- Every version of every brand's standards catalogue (all nine sections, R4) as one JSON document.
-- Versions are only ever added. "Current" is the highest version whose effective_from has come;
-- published_at says when it was published on parley.standards.v1 (exactly once), superseded marks a
-- version that a higher one overtook before it took effect (it is never published).
CREATE TABLE catalogue_version (
    brand            TEXT        NOT NULL,
    version          BIGINT      NOT NULL CHECK (version > 0),
    catalogue        JSONB       NOT NULL,
    author           TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    comment          TEXT        NOT NULL,
    effective_from   TIMESTAMPTZ NOT NULL,
    rolled_back_from BIGINT,
    published_at     TIMESTAMPTZ,
    superseded       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (brand, version)
);

-- What the publisher looks for on every tick: versions whose time may have come.
CREATE INDEX catalogue_version_due ON catalogue_version (effective_from) WHERE published_at IS NULL AND NOT superseded;

-- The response-time targets stored so far become catalogue versions with the same numbers (so that
-- inbox-service, which keeps the highest version it has seen, goes on from there): section 9 holds the
-- targets as first-response / normal-priority targets, every other section is empty.
INSERT INTO catalogue_version (brand, version, catalogue, author, created_at, comment, effective_from, published_at)
SELECT v.brand, v.version,
       jsonb_build_object(
           'approvers', jsonb_build_object('rules', '[]'::jsonb),
           'tools', jsonb_build_object('allowed', '[]'::jsonb),
           'photos', jsonb_build_object('allowedLicences', '[]'::jsonb, 'attributionRequiredFor', '[]'::jsonb,
                                        'modelReleaseRequired', false, 'propertyReleaseRequired', false,
                                        'stockSources', '[]'::jsonb),
           'content', jsonb_build_object('forbidden', '[]'::jsonb, 'topics', '[]'::jsonb, 'patterns', '[]'::jsonb,
                                         'allowed', '[]'::jsonb),
           'links', jsonb_build_object('ownDomains', '[]'::jsonb, 'allowedDomains', '[]'::jsonb,
                                       'forbiddenDomains', '[]'::jsonb, 'requiredUtmParameters', '[]'::jsonb,
                                       'shorteners', jsonb_build_object('policy', 'allow', 'domains', '[]'::jsonb)),
           'otherBrands', jsonb_build_object('brands', '[]'::jsonb),
           'logos', jsonb_build_object('requiredByDefault', false, 'channels', '[]'::jsonb, 'positions', '[]'::jsonb),
           'engagement', jsonb_build_object('mayLike', true, 'mayComment', true, 'mayShare', true,
                                            'avoidTopics', '[]'::jsonb, 'avoidSources', '[]'::jsonb),
           'responseTargets', jsonb_build_object(
               'defaultMinutes', v.default_minutes, 'timeZone', 'UTC',
               'hours', jsonb_build_object('mode', 'always', 'days', '[]'::jsonb),
               'holidays', '[]'::jsonb,
               'targets', COALESCE((SELECT jsonb_agg(jsonb_build_object('channel', c.platform,
                                                         'momentOfTruth', 'first-response', 'priority', 'normal',
                                                         'minutes', c.first_response_minutes) ORDER BY c.position)
                                    FROM response_target_channel c
                                    WHERE c.brand = v.brand AND c.version = v.version), '[]'::jsonb)),
           'overrides', '{}'::jsonb),
       v.changed_by, v.changed_at, 'response-time targets (before the catalogue)', v.changed_at, v.changed_at
FROM response_target_version v;

DROP TABLE response_target_channel;
DROP TABLE response_target_version;
