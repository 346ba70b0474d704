package store

import (
	"context"
	"database/sql"
	"github.com/chancery/chancery/when"
	"sort"

	"github.com/chancery/chancery/event"
)

const mentionCols = `id, article_id, sentence_index, sentence_text, sentence_start, sentence_end,
	trigger_text, trigger_start, trigger_end,
	source_code, source_country, source_name, source_text, source_start, source_end,
	target_code, target_country, target_name, target_text, target_start, target_end,
	code, root, quad, goldstein, plover_type, plover_mode, cameo,
	modality, cue_text, cue_start, cue_end,
	date, date_start, date_year, date_basis, date_cue_text, date_cue_start, date_cue_end,
	rule, confidence, coder_version, dict_hash`

// insertMentions writes ms for an article and notes their partitions.
func (s *DB) insertMentions(ctx context.Context, tx *sql.Tx, articleID string, ms []event.Event, parts map[partKey]bool) error {
	if len(ms) == 0 {
		return nil
	}
	stmt, err := s.stmt(ctx, tx, `INSERT INTO mentions (`+mentionCols+`) VALUES (
		?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, m := range ms {
		cue, dcue := cueCols(m.ModalityCue), cueCols(m.DateCue)
		_, err := stmt.ExecContext(ctx, m.ID, articleID,
			m.Sentence.Index, m.Sentence.Text, m.Sentence.Span[0], m.Sentence.Span[1],
			m.Trigger.Text, m.Trigger.Span[0], m.Trigger.Span[1],
			m.Source.Code, m.Source.Country, m.Source.Name, m.Source.Text, m.Source.Span[0], m.Source.Span[1],
			m.Target.Code, m.Target.Country, m.Target.Name, m.Target.Text, m.Target.Span[0], m.Target.Span[1],
			m.Code, m.Root, m.Quad, m.Goldstein, m.Plover.Type, m.Plover.Mode, m.CAMEO,
			string(m.Modality), cue[0], cue[1], cue[2],
			m.Date, when.FirstDay(m.Date), year(m.Date), m.DateBasis, dcue[0], dcue[1], dcue[2],
			m.Rule, m.Confidence, m.Coder.Version, m.Coder.Dictionaries)
		if err != nil {
			return err
		}
		parts[partKey{m.Source.Code, m.Target.Code, m.Code, year(m.Date)}] = true
	}
	return nil
}

// cueCols is a cue as (text or NULL, start, end).
func cueCols(c *event.Cue) [3]any {
	if c == nil {
		return [3]any{nil, 0, 0}
	}
	return [3]any{c.Text, c.Span[0], c.Span[1]}
}

// partitionsOf adds the partitions of the mentions matching where.
func (s *DB) partitionsOf(ctx context.Context, tx *sql.Tx, where string, arg any, parts map[partKey]bool) error {
	rows, err := s.query(ctx, tx, `SELECT DISTINCT source_code, target_code, code, date_year FROM mentions WHERE `+where, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k partKey
		if err := rows.Scan(&k.Source, &k.Target, &k.Code, &k.Year); err != nil {
			return err
		}
		parts[k] = true
	}
	return rows.Err()
}

// recompute rebuilds the events of each partition from its mentions.
func (s *DB) recompute(ctx context.Context, tx *sql.Tx, parts map[partKey]bool) error {
	keys := make([]partKey, 0, len(parts))
	for k := range parts {
		keys = append(keys, k)
	}
	// A fixed order keeps concurrent writers from deadlocking.
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Year < b.Year
	})
	for _, k := range keys {
		if err := s.recomputeOne(ctx, tx, k); err != nil {
			return err
		}
	}
	return nil
}

const partWhere = `source_code = ? AND target_code = ? AND code = ? AND date_year = ?`

func (s *DB) recomputeOne(ctx context.Context, tx *sql.Tx, k partKey) error {
	rows, err := s.query(ctx, tx, `SELECT m.id, COALESCE(m.event_id, ''), m.date,
		(m.modality = 'asserted' AND NOT m.wrong AND NOT a.retracted),
		COALESCE(a.near_dup_of, a.id), COALESCE(r.domain, a.domain), a.ingested_at,
		m.source_country, m.target_country, m.root, m.quad, m.goldstein
		FROM mentions m JOIN articles a ON a.id = m.article_id
		LEFT JOIN articles r ON r.id = a.near_dup_of
		WHERE m.source_code = ? AND m.target_code = ? AND m.code = ? AND m.date_year = ?`,
		k.Source, k.Target, k.Code, k.Year)
	if err != nil {
		return err
	}
	var prs []partRow
	for rows.Next() {
		var r partRow
		if err := rows.Scan(&r.MentionID, &r.EventID, &r.Date, &r.Qualifies, &r.Cluster, &r.Domain, &r.Ingested,
			&r.SourceCountry, &r.TargetCountry, &r.Root, &r.Quad, &r.Goldstein); err != nil {
			rows.Close()
			return err
		}
		prs = append(prs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	events := merge(k, prs)
	old, err := s.partitionEvents(ctx, tx, k)
	if err != nil {
		return err
	}
	want := map[string]string{}
	for _, e := range events {
		for _, id := range e.Members {
			want[id] = e.ID
		}
		prev, ok := old[e.ID]
		delete(old, e.ID)
		if ok && prev == e.Event {
			continue // most of a partition is untouched by one article
		}
		if ok {
			if _, err := s.exec(ctx, tx, `DELETE FROM events WHERE event_id = ?`, e.ID); err != nil {
				return err
			}
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO events (event_id, code, root, quad, goldstein,
			source_code, target_code, source_country, target_country, date_year, date, date_start, date_precision,
			num_mentions, num_sources, num_articles, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			e.ID, e.Code, e.Root, e.Quad, e.Goldstein, e.Source, e.Target, e.SourceCountry, e.TargetCountry,
			e.Year, e.Date, when.FirstDay(e.Date), e.Precision, e.NumMentions, e.NumSources, e.NumArticles,
			formatStamp(e.FirstSeen)); err != nil {
			return err
		}
	}
	for id := range old {
		if _, err := s.exec(ctx, tx, `DELETE FROM events WHERE event_id = ?`, id); err != nil {
			return err
		}
	}
	for _, r := range prs {
		if want[r.MentionID] == r.EventID {
			continue
		}
		if _, err := s.exec(ctx, tx, `UPDATE mentions SET event_id = ? WHERE id = ?`, nullable(want[r.MentionID]), r.MentionID); err != nil {
			return err
		}
	}
	return nil
}

const eventCols = `e.event_id, e.date, e.date_precision, e.code, e.root, e.quad, e.goldstein,
	e.source_code, e.target_code, e.source_country, e.target_country,
	e.num_mentions, e.num_sources, e.num_articles, e.first_seen`

func scanEvent(rows *sql.Rows) (Event, error) {
	var e Event
	var seen string
	err := rows.Scan(&e.ID, &e.Date, &e.Precision, &e.Code, &e.Root, &e.Quad, &e.Goldstein,
		&e.Source, &e.Target, &e.SourceCountry, &e.TargetCountry,
		&e.NumMentions, &e.NumSources, &e.NumArticles, &seen)
	e.FirstSeen = parseStamp(seen)
	return e, err
}

// partitionEvents reads a partition's stored events by id.
func (s *DB) partitionEvents(ctx context.Context, tx *sql.Tx, k partKey) (map[string]Event, error) {
	rows, err := s.query(ctx, tx, `SELECT `+eventCols+` FROM events e WHERE `+partWhere, k.Source, k.Target, k.Code, k.Year)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Event{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out[e.ID] = e
	}
	return out, rows.Err()
}
