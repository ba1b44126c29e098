-- Search in the open queue (new and open) when its words are rare there: the matches are collected through this
-- index of the awaiting conversations alone. Through conversation_search, a word common in answered conversations
-- but rare in the queue would fetch every answered match first (136 ms p95 at a million, docs/benchmarks.md).
CREATE INDEX conversation_awaiting_search ON conversation USING gin (search) WHERE status IN ('new', 'open');
