package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/chancery/chancery/event"
)

// RetractArticle flags an article; its mentions stop counting.
func (s *DB) RetractArticle(ctx context.Context, id string) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := s.updateOne(ctx, tx, `UPDATE articles SET retracted = TRUE WHERE id = ?`, id); err != nil {
			return err
		}
		return s.recomputeWhere(ctx, tx, `article_id = ?`, id)
	})
	if err != nil {
		return fmt.Errorf("store: retract article %s: %w", id, err)
	}
	return nil
}

// RetractSource flags every article of a domain, and the domain itself so
// that its later articles arrive flagged.
func (s *DB) RetractSource(ctx context.Context, domain string) (int, error) {
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		if domain == "" {
			return fmt.Errorf("no domain: %w", ErrInvalid)
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO retracted_sources (domain, retracted_at) VALUES (?, ?)
			ON CONFLICT (domain) DO NOTHING`, domain, formatStamp(s.now())); err != nil {
			return err
		}
		res, err := s.exec(ctx, tx, `UPDATE articles SET retracted = TRUE WHERE domain = ? AND NOT retracted`, domain)
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		return s.recomputeWhere(ctx, tx, `article_id IN (SELECT id FROM articles WHERE domain = ?)`, domain)
	})
	if err != nil {
		return 0, fmt.Errorf("store: retract source %s: %w", domain, err)
	}
	return int(n), nil
}

// MarkMention flags (or unflags) a mention as wrongly coded.
func (s *DB) MarkMention(ctx context.Context, mentionID string, wrong bool) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := s.updateOne(ctx, tx, `UPDATE mentions SET wrong = ? WHERE id = ?`, wrong, mentionID); err != nil {
			return err
		}
		return s.recomputeWhere(ctx, tx, `id = ?`, mentionID)
	})
	if err != nil {
		return fmt.Errorf("store: mark mention %s: %w", mentionID, err)
	}
	return nil
}

// updateOne runs an UPDATE that must touch a row: none is ErrNotFound.
func (s *DB) updateOne(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	res, err := s.exec(ctx, tx, query, args...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return errors.Join(err, ErrNotFound)
	}
	return nil
}

// recomputeWhere recomputes the events and relations of the partitions
// whose mentions match where (a condition on mentions with one argument).
func (s *DB) recomputeWhere(ctx context.Context, tx *sql.Tx, where string, arg any) error {
	parts := map[partKey]bool{}
	if err := s.partitionsOf(ctx, tx, where, arg, parts); err != nil {
		return err
	}
	return s.recompute(ctx, tx, parts)
}

// ArticlesForRecode streams the non-retracted articles ingested at or
// after since, oldest first.
func (s *DB) ArticlesForRecode(ctx context.Context, since time.Time, fn func(event.Article) error) error {
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT id, url, title, byline, published, language, text, paragraphs
		FROM articles WHERE NOT retracted AND ingested_at >= ? ORDER BY ingested_at, id`), formatStamp(since))
	if err != nil {
		return fmt.Errorf("store: articles for recode: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a event.Article
		var paras string
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Byline, &a.Published, &a.Language, &a.Text, &paras); err != nil {
			return fmt.Errorf("store: articles for recode: %w", err)
		}
		if err := json.Unmarshal([]byte(paras), &a.Paragraphs); err != nil {
			return fmt.Errorf("store: articles for recode: article %s: paragraphs: %w", a.ID, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: articles for recode: %w", err)
	}
	return nil
}
