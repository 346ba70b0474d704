-- The record: articles, their mentions (one coded event mention each) and
-- the events that merge mentions. Booleans are 0/1 integers.
CREATE TABLE articles (
	id            TEXT PRIMARY KEY,
	url           TEXT NOT NULL DEFAULT '',
	domain        TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	byline        TEXT NOT NULL DEFAULT '',
	published     TEXT NOT NULL DEFAULT '',
	language      TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	paragraphs    TEXT NOT NULL DEFAULT 'null',
	text_hash     TEXT NOT NULL,
	simhash       INTEGER NOT NULL,
	sh0           INTEGER NOT NULL,
	sh1           INTEGER NOT NULL,
	sh2           INTEGER NOT NULL,
	sh3           INTEGER NOT NULL,
	near_dup_of   TEXT,
	ingested_at   TEXT NOT NULL,
	retracted     INTEGER NOT NULL DEFAULT 0,
	coder_version TEXT NOT NULL DEFAULT '',
	dict_hash     TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url <> '';
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_sh0 ON articles (sh0);
CREATE INDEX articles_sh1 ON articles (sh1);
CREATE INDEX articles_sh2 ON articles (sh2);
CREATE INDEX articles_sh3 ON articles (sh3);
CREATE INDEX articles_domain ON articles (domain);
CREATE INDEX articles_ingested ON articles (ingested_at);

CREATE TABLE mentions (
	seq            INTEGER PRIMARY KEY, -- the full-text index's rowid
	id             TEXT NOT NULL UNIQUE,
	article_id     TEXT NOT NULL,
	event_id       TEXT,
	sentence_index INTEGER NOT NULL,
	sentence_text  TEXT NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	trigger_text   TEXT NOT NULL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	source_code    TEXT NOT NULL,
	source_country TEXT NOT NULL,
	source_name    TEXT NOT NULL,
	source_text    TEXT NOT NULL,
	source_start   INTEGER NOT NULL,
	source_end     INTEGER NOT NULL,
	target_code    TEXT NOT NULL,
	target_country TEXT NOT NULL,
	target_name    TEXT NOT NULL,
	target_text    TEXT NOT NULL,
	target_start   INTEGER NOT NULL,
	target_end     INTEGER NOT NULL,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover_type    TEXT NOT NULL,
	plover_mode    TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	modality       TEXT NOT NULL,
	cue_text       TEXT,
	cue_start      INTEGER NOT NULL,
	cue_end        INTEGER NOT NULL,
	date           TEXT NOT NULL,
	date_start     TEXT NOT NULL,
	date_year      TEXT NOT NULL,
	date_basis     TEXT NOT NULL,
	date_cue_text  TEXT,
	date_cue_start INTEGER NOT NULL,
	date_cue_end   INTEGER NOT NULL,
	rule           TEXT NOT NULL,
	confidence     REAL NOT NULL,
	coder_version  TEXT NOT NULL,
	dict_hash      TEXT NOT NULL,
	wrong          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_partition ON mentions (source_code, target_code, code, date_year);
CREATE INDEX mentions_date ON mentions (date_start);

CREATE VIRTUAL TABLE mentions_fts USING fts5 (
	sentence_text, content = 'mentions', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
	INSERT INTO mentions_fts (rowid, sentence_text) VALUES (new.seq, new.sentence_text);
END;
CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
	INSERT INTO mentions_fts (mentions_fts, rowid, sentence_text) VALUES ('delete', old.seq, old.sentence_text);
END;
CREATE TRIGGER mentions_fts_update AFTER UPDATE OF sentence_text ON mentions BEGIN
	INSERT INTO mentions_fts (mentions_fts, rowid, sentence_text) VALUES ('delete', old.seq, old.sentence_text);
	INSERT INTO mentions_fts (rowid, sentence_text) VALUES (new.seq, new.sentence_text);
END;

CREATE TABLE events (
	event_id       TEXT PRIMARY KEY,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	source_code    TEXT NOT NULL,
	target_code    TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	date_year      TEXT NOT NULL,
	date           TEXT NOT NULL,
	date_start     TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	num_mentions   INTEGER NOT NULL,
	num_sources    INTEGER NOT NULL,
	num_articles   INTEGER NOT NULL,
	first_seen     TEXT NOT NULL
);
CREATE INDEX events_partition ON events (source_code, target_code, code, date_year);
CREATE INDEX events_date ON events (date_start);

CREATE TABLE retracted_sources (
	domain       TEXT PRIMARY KEY,
	retracted_at TEXT NOT NULL
);
