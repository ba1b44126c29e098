-- The brands' registered logos (section 7 of the catalogue names one by id); the image checks look for them.
CREATE TABLE brand_logo (
    brand        TEXT        NOT NULL,
    logo_id      TEXT        NOT NULL,
    image        BYTEA       NOT NULL,
    content_type TEXT        NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    PRIMARY KEY (brand, logo_id)
);
