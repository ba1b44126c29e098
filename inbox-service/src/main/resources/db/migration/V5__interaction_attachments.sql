-- Photos, videos, files, stickers and links a customer attached, as the gateway read them (a JSON array of
-- {type, url, platformId, width, height}); an empty array when none.
ALTER TABLE interaction ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
