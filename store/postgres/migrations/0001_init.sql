-- The record: articles, their mentions (one coded event mention each) and
-- the events that merge mentions.
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
	simhash       BIGINT NOT NULL,
	sh0           INTEGER NOT NULL,
	sh1           INTEGER NOT NULL,
	sh2           INTEGER NOT NULL,
	sh3           INTEGER NOT NULL,
	near_dup_of   TEXT,
	ingested_at   TEXT NOT NULL,
	retracted     BOOLEAN NOT NULL DEFAULT FALSE,
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
	id             TEXT PRIMARY KEY,
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
	goldstein      DOUBLE PRECISION NOT NULL,
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
	confidence     DOUBLE PRECISION NOT NULL,
	coder_version  TEXT NOT NULL,
	dict_hash      TEXT NOT NULL,
	wrong          BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_partition ON mentions (source_code, target_code, code, date_year);
CREATE INDEX mentions_date ON mentions (date_start);

CREATE INDEX mentions_text ON mentions USING GIN (to_tsvector('simple', sentence_text));

CREATE TABLE events (
	event_id       TEXT PRIMARY KEY,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      DOUBLE PRECISION NOT NULL,
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
