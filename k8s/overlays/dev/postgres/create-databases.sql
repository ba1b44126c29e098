-- One database per service; no service reads another's tables.
CREATE DATABASE parley_ingest;
CREATE DATABASE parley_inbox;
CREATE DATABASE parley_calendar;
CREATE DATABASE parley_standards;
CREATE DATABASE parley_analytics;
-- the console's sessions (tokens encrypted at rest), shared by its replicas
CREATE DATABASE parley_console;
