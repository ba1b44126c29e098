-- A table of the test application only: the "domain change" the outbox must commit with.
CREATE TABLE probe_change (id UUID PRIMARY KEY, note TEXT NOT NULL);
