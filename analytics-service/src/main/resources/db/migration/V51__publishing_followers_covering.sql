-- Scale (issue 15 item 7): the followers per day of a window (PublishingStore#followerDays) read 3,650 rows for a
-- year of a brand with ten accounts, one table page each (every brand's days interleaved on the pages): the benchmark's
-- plan showed 3,656 buffers for 3,650 rows. The index by brand and day now carries what the query reads, so it is an
-- index-only scan of a few dozen pages.
CREATE INDEX publishing_followers_brand_days ON publishing_followers (brand, day)
    INCLUDE (channel_account_id, platform, followers);
DROP INDEX publishing_followers_brand;
