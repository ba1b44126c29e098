-- The channel account's id on its platform (e.g. the Facebook page id), as the channel gateway names the account
-- that acts in an outbound request; kept from ingest-service's channel list on every write of the variant.
ALTER TABLE variant ADD COLUMN platform_account_id TEXT;
