-- The public reply an agent drafted to carry a compensation offer: what the approver reads beside the thread
-- before deciding (issue 21, item 6). Null for offers made without one.
ALTER TABLE compensation_offer ADD COLUMN draft_reply TEXT;
