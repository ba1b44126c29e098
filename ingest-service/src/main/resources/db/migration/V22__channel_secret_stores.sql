-- Channel secret references may point only into the channel secret stores (ChannelSecretStores):
-- env:PARLEY_CHANNEL_SECRETS_*, files in the channel secrets directory, config:parley.channel-secrets.*.
-- Accounts declared in configuration were seeded with references to the old keys
-- (config:parley.ingest.telegram.bots."<id>".secret-token, ...vk.communities."<id>".secret / .confirmation,
-- ...sources."<name>".secrets.<name>); their secrets now live at
-- parley.channel-secrets.<platform>.<accountId>.<secret name>, so those references move there.
-- References of accounts connected through the API are left as they are: one outside the stores reads as
-- unavailable, and the API names it (outsideStores) until it is changed.
UPDATE channel_account c
   SET secret_refs = (
         SELECT jsonb_object_agg(e.key,
                CASE WHEN e.value LIKE 'config:parley.ingest.%'
                     THEN 'config:parley.channel-secrets.' || c.platform || '.' || c.account_id || '.' || e.key
                     ELSE e.value END)
           FROM jsonb_each_text(c.secret_refs) AS e(key, value)),
       version = version + 1
 WHERE c.origin = 'configuration'
   AND EXISTS (SELECT 1 FROM jsonb_each_text(c.secret_refs) AS e(key, value)
                WHERE e.value LIKE 'config:parley.ingest.%');
