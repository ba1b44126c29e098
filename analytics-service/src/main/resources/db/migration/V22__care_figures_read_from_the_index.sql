-- Scale (issue 15 item 7): every care figure and drill-down reads one brand's conversations of a window in arrival
-- order. The window's index now carries every column they read, so that a year of a large brand is an index-only
-- scan in order (no visit to the table's pages, which hold every brand's rows interleaved by arrival), and the
-- drill-down's keyset pages (received_at, conversation_id) > cursor read 51 index entries wherever the cursor is.
DROP INDEX care_fact_window;
CREATE INDEX care_fact_window ON care_fact (brand, received_at, conversation_id)
    INCLUDE (channel, team, assignee, first_responder, moment, language, due_at, target_minutes, first_response_at,
             met, first_resolved_at, resolved_at, reopened_count, ttfr_seconds, ttfr_business_seconds,
             resolution_seconds, resolution_business_seconds);

-- Meaningful contacts count the questions first answered in the window: counted from this index alone.
CREATE INDEX care_fact_questions_answered ON care_fact (brand, first_response_at)
    WHERE moment = 'question' AND first_response_at IS NOT NULL;

-- The contacts of a window, counted per kind from the index alone.
DROP INDEX care_contact_window;
CREATE INDEX care_contact_window ON care_contact (brand, happened_at) INCLUDE (kind);

-- Publishing figures sum a window's posts per channel account: from the index alone, the clicks joined per variant.
DROP INDEX publishing_post_window;
CREATE INDEX publishing_post_window ON publishing_post (brand, published_at DESC, post_key)
    INCLUDE (channel_account_id, platform, variant_id, impressions, reach, reactions, comments, shares, views);
