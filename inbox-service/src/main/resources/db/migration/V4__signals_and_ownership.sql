-- What enrichment read in each interaction, and the columns the inbox's features share: a conversation's
-- moment of truth, language, sentiment and priority (for targets, routing and filters), its owner, when
-- its warning and breach fired, who is answering it right now, and the incident it belongs to.
-- Feature migrations of the inbox use their own number ranges: V10-V19 ownership and time,
-- V20-V29 answering, search, notes and audit, V30-V39 compensation, complaints, incidents, advocates.
ALTER TABLE interaction ADD COLUMN language TEXT;
ALTER TABLE interaction ADD COLUMN moment TEXT;
ALTER TABLE interaction ADD COLUMN sentiment TEXT;
ALTER TABLE interaction ADD COLUMN sentiment_score DOUBLE PRECISION;
ALTER TABLE interaction ADD COLUMN abusive BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interaction ADD COLUMN spam BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE conversation ADD COLUMN language TEXT;
ALTER TABLE conversation ADD COLUMN moment TEXT;
ALTER TABLE conversation ADD COLUMN sentiment TEXT;
ALTER TABLE conversation ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';
ALTER TABLE conversation ADD COLUMN assignee TEXT;
ALTER TABLE conversation ADD COLUMN team TEXT;
ALTER TABLE conversation ADD COLUMN warned_at TIMESTAMPTZ;
ALTER TABLE conversation ADD COLUMN breached_at TIMESTAMPTZ;
ALTER TABLE conversation ADD COLUMN answering_by TEXT;
ALTER TABLE conversation ADD COLUMN answering_since TIMESTAMPTZ;
ALTER TABLE conversation ADD COLUMN incident_id UUID;
