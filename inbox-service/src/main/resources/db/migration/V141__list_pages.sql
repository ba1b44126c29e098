-- Keyset orders of the lists that became pages (docs/api/README.md "Lists are pages"; inbox-service/README.md):
-- each list's filter columns, then its sort keys, the last one unique, so that a page is an index range.
CREATE INDEX conversation_note_page ON conversation_note (conversation_id, created_at, id);
DROP INDEX conversation_note_by_conversation;
CREATE INDEX moderation_action_page ON moderation_action (conversation_id, requested_at, action_id);
CREATE INDEX compensation_offer_of_conversation ON compensation_offer (conversation_id, offered_at, id);
DROP INDEX compensation_offer_conversation;
CREATE INDEX incident_action_page ON incident_action (incident_id, done_at, id);
DROP INDEX incident_action_of;
CREATE INDEX advocate_request_page ON advocate_request (brand, platform, author_id, requested_at DESC, id DESC);
DROP INDEX advocate_request_author;
CREATE INDEX saved_reply_page ON saved_reply (brand, language, title, id);
DROP INDEX saved_reply_by_brand;
CREATE INDEX compensation_offer_pending_page ON compensation_offer (brand, approval_due_at, id)
    WHERE status = 'pending_approval';
DROP INDEX compensation_offer_pending;
CREATE INDEX compensation_offer_ledger_page ON compensation_offer (brand, offered_at DESC, id DESC);
DROP INDEX compensation_offer_ledger;
CREATE INDEX assignment_gap_page ON assignment_gap (brand, at DESC, id DESC);
DROP INDEX assignment_gap_recent;
CREATE INDEX incident_page ON incident (brand, opened_at DESC, id DESC);
CREATE INDEX incident_banner_page ON incident (brand, state, opened_at DESC, id DESC);
DROP INDEX incident_banner;
CREATE INDEX setup_change_page ON setup_change (brand, at DESC, id DESC);
CREATE INDEX setup_change_subject_page ON setup_change (brand, subject, at DESC, id DESC);
DROP INDEX setup_change_brand_at;
CREATE INDEX webhook_subscription_page ON webhook_subscription (brand, created_at, id) WHERE deleted_at IS NULL;
DROP INDEX webhook_subscription_of_brand;
