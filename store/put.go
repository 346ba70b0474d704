package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/store/simhash"
)

// stored is what PutArticle needs of an existing article.
type stored struct {
	id, hash  string
	retracted bool
}

// PutArticle stores a and its mentions in one transaction (see Store).
func (s *DB) PutArticle(ctx context.Context, a event.Article, ms []event.Event) (PutResult, error) {
	if err := checkArticle(a); err != nil {
		return PutResult{}, err
	}
	if err := checkMentions(a, ms); err != nil {
		return PutResult{}, err
	}
	sum := sha256.Sum256([]byte(a.Text))
	hash := hex.EncodeToString(sum[:])
	res := PutResult{ArticleID: a.ID}
	err := s.write(ctx, func(tx *sql.Tx) error {
		old, err := s.existing(ctx, tx, a)
		if err != nil {
			return err
		}
		parts := map[partKey]bool{}
		retracted := false
		switch {
		case old != nil && old.hash == hash:
			res.Status, res.ArticleID = Unchanged, old.id
			return nil
		case old != nil:
			res.Status, retracted = Updated, old.retracted
			if err := s.dropArticle(ctx, tx, old.id, parts); err != nil {
				return err
			}
			if old.id != a.ID {
				if _, err := s.exec(ctx, tx, `UPDATE articles SET near_dup_of = ? WHERE near_dup_of = ?`, a.ID, old.id); err != nil {
					return err
				}
			}
		default:
			var dup string
			err := s.queryRow(ctx, tx, `SELECT id FROM articles WHERE text_hash = ? ORDER BY ingested_at LIMIT 1`, hash).Scan(&dup)
			if err == nil {
				res.Status, res.ArticleID = Duplicate, dup
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			res.Status = Inserted
		}
		domain := Domain(a.URL)
		if !retracted && domain != "" {
			var n int
			if err := s.queryRow(ctx, tx, `SELECT COUNT(*) FROM retracted_sources WHERE domain = ?`, domain).Scan(&n); err != nil {
				return err
			}
			retracted = n > 0
		}
		fp, words := simhash.Sum(a.Text)
		near, err := s.nearest(ctx, tx, a.ID, fp, words)
		if err != nil {
			return err
		}
		if near != "" {
			res.NearDupOf = near
			if res.Status == Inserted {
				res.Status = NearDuplicate
			}
		}
		paras, err := json.Marshal(a.Paragraphs)
		if err != nil {
			return err
		}
		var coder event.CoderRef
		if len(ms) > 0 {
			coder = ms[0].Coder
		}
		b := simhash.Bands(fp)
		_, err = s.exec(ctx, tx, `INSERT INTO articles (id, url, domain, title, byline, published, language,
			text, paragraphs, text_hash, simhash, sh0, sh1, sh2, sh3, near_dup_of, ingested_at, retracted,
			coder_version, dict_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			a.ID, a.URL, domain, a.Title, a.Byline, a.Published, a.Language, a.Text, string(paras), hash,
			int64(fp), b[0], b[1], b[2], b[3], nullable(near), formatStamp(s.now()), retracted,
			coder.Version, coder.Dictionaries)
		if err != nil {
			return err
		}
		if err := s.insertMentions(ctx, tx, a.ID, ms, parts); err != nil {
			return err
		}
		res.Mentions = len(ms)
		return s.recompute(ctx, tx, parts)
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("store: put article %s: %w", a.ID, err)
	}
	return res, nil
}

// existing finds the article a replaces: same URL, else same id.
func (s *DB) existing(ctx context.Context, tx *sql.Tx, a event.Article) (*stored, error) {
	var o stored
	query := `SELECT id, text_hash, retracted FROM articles WHERE id = ?`
	key := a.ID
	if a.URL != "" {
		query, key = `SELECT id, text_hash, retracted FROM articles WHERE url = ? AND url <> '' UNION ALL `+query, a.URL
	}
	args := []any{key}
	if a.URL != "" {
		args = append(args, a.ID)
	}
	err := s.queryRow(ctx, tx, query+` LIMIT 1`, args...).Scan(&o.id, &o.hash, &o.retracted)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &o, nil
}

// nearest returns the original that fingerprint fp nearly copies, or "".
func (s *DB) nearest(ctx context.Context, tx *sql.Tx, id string, fp uint64, words int) (string, error) {
	if words < simhash.MinWords {
		return "", nil
	}
	b := simhash.Bands(fp)
	rows, err := s.query(ctx, tx, `SELECT id, simhash, near_dup_of FROM articles
		WHERE (sh0 = ? OR sh1 = ? OR sh2 = ? OR sh3 = ?) AND id <> ? AND NOT retracted
		ORDER BY ingested_at, id`, b[0], b[1], b[2], b[3], id)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	best, bestD := "", 4
	for rows.Next() {
		var cand string
		var other int64
		var root sql.NullString
		if err := rows.Scan(&cand, &other, &root); err != nil {
			return "", err
		}
		if d := simhash.Distance(fp, uint64(other)); d < bestD {
			best, bestD = cand, d
			if root.Valid {
				best = root.String
			}
		}
	}
	return best, rows.Err()
}

// dropArticle deletes an article and its mentions, noting their partitions.
func (s *DB) dropArticle(ctx context.Context, tx *sql.Tx, id string, parts map[partKey]bool) error {
	if err := s.deleteMentions(ctx, tx, id, parts); err != nil {
		return err
	}
	_, err := s.exec(ctx, tx, `DELETE FROM articles WHERE id = ?`, id)
	return err
}

func (s *DB) deleteMentions(ctx context.Context, tx *sql.Tx, id string, parts map[partKey]bool) error {
	if err := s.partitionsOf(ctx, tx, `article_id = ?`, id, parts); err != nil {
		return err
	}
	_, err := s.exec(ctx, tx, `DELETE FROM mentions WHERE article_id = ?`, id)
	return err
}

// ReplaceMentions swaps an article's mentions for a recoded set.
func (s *DB) ReplaceMentions(ctx context.Context, articleID string, ms []event.Event) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		a := event.Article{ID: articleID}
		err := s.queryRow(ctx, tx, `SELECT text FROM articles WHERE id = ?`, articleID).Scan(&a.Text)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if err := checkMentions(a, ms); err != nil {
			return err
		}
		parts := map[partKey]bool{}
		if err := s.deleteMentions(ctx, tx, articleID, parts); err != nil {
			return err
		}
		if err := s.insertMentions(ctx, tx, articleID, ms, parts); err != nil {
			return err
		}
		if len(ms) > 0 {
			if _, err := s.exec(ctx, tx, `UPDATE articles SET coder_version = ?, dict_hash = ? WHERE id = ?`,
				ms[0].Coder.Version, ms[0].Coder.Dictionaries, articleID); err != nil {
				return err
			}
		}
		return s.recompute(ctx, tx, parts)
	})
	if err != nil && !errors.Is(err, ErrInvalid) {
		return fmt.Errorf("store: replace mentions of article %s: %w", articleID, err)
	}
	return err
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
