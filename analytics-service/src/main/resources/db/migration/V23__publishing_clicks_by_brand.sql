-- Scale (issue 15 item 7): the publishing figures join a window's posts to their click-throughs. Without an index
-- by brand PostgreSQL read every brand's clicks (a sequential scan of the table) for each request; this one gives it
-- the brand's clicks alone, from the index.
CREATE INDEX publishing_clicks_brand ON publishing_clicks (brand, variant_id) INCLUDE (clicks);
