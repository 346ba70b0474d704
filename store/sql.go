package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Dialect is what differs between the SQL backends.
type Dialect interface {
	// Rebind turns the shared queries' ? placeholders into the backend's.
	Rebind(query string) string
	// TextMatch restricts the mentions table aliased alias to sentences that
	// contain every word, in any case.
	TextMatch(alias string, words []string) (clause string, args []any)
	// Lock serializes writing transactions (no-op where the driver already
	// has a single writer).
	Lock(ctx context.Context, tx *sql.Tx) error
}

// DB is the Store over database/sql that every backend shares. Writes go
// through w (one connection for SQLite), reads through r.
type DB struct {
	w, r *sql.DB
	d    Dialect
	now  func() time.Time

	cache bool // keep prepared statements (single writer connection)

	mu      sync.Mutex
	stmts   map[string]*sql.Stmt // prepared on the single writer
	pending []string
}

// NewDB wraps open, migrated connections. reader may equal writer.
func NewDB(writer, reader *sql.DB, d Dialect) *DB {
	return &DB{w: writer, r: reader, d: d, now: time.Now, stmts: map[string]*sql.Stmt{},
		cache: writer.Stats().MaxOpenConnections == 1}
}

// Close closes the connections.
func (s *DB) Close() error {
	var err error
	s.mu.Lock()
	for _, st := range s.stmts {
		err = errors.Join(err, st.Close())
	}
	s.stmts = nil
	s.mu.Unlock()
	err = errors.Join(err, s.w.Close())
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	return err
}

func (s *DB) q(query string) string { return s.d.Rebind(query) }

// write runs fn in one locked transaction.
func (s *DB) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := s.d.Lock(ctx, tx); err != nil {
		tx.Rollback() //nolint:errcheck // the lock error matters more
		return err
	}
	err = fn(tx)
	if err == nil {
		err = tx.Commit()
	} else {
		tx.Rollback() //nolint:errcheck // fn's error matters more
	}
	if s.cache {
		s.prepare(ctx)
	}
	return err
}

// Migrate applies the numbered NNNN_name.sql files of fsys that
// schema_migrations does not list yet, each in its own transaction.
func Migrate(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("store: migrate: %s: name must start with its number", name)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
		if err := migrateOne(ctx, db, d, v, string(body)); err != nil {
			return fmt.Errorf("store: migrate %s: %w", name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, db *sql.DB, d Dialect, v int, body string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck
	if err := d.Lock(ctx, tx); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, d.Rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), v).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, d.Rebind(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), v, formatStamp(time.Now())); err != nil {
		return err
	}
	return tx.Commit()
}

// Stats counts the record.
func (s *DB) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles WHERE NOT retracted),
		(SELECT COUNT(*) FROM articles WHERE NOT retracted AND near_dup_of IS NOT NULL),
		(SELECT COUNT(*) FROM articles WHERE retracted),
		(SELECT COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE NOT a.retracted),
		(SELECT COUNT(*) FROM events)`).Scan(&st.Articles, &st.NearDuplicates, &st.Retracted, &st.Mentions, &st.Events)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}

// stmt returns a prepared statement for query within tx. With a single
// writer connection (SQLite) statements are kept and reused: a query seen
// for the first time is prepared in tx, and on the connection once tx is
// over (the only connection is busy until then). pgx caches its own.
func (s *DB) stmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	q := s.d.Rebind(query)
	if !s.cache {
		return tx.PrepareContext(ctx, q)
	}
	s.mu.Lock()
	st, ok := s.stmts[q]
	if !ok && s.stmts != nil {
		s.pending = append(s.pending, q)
	}
	s.mu.Unlock()
	if !ok {
		return tx.PrepareContext(ctx, q)
	}
	return tx.StmtContext(ctx, st), nil
}

// prepare keeps the statements first seen in the last transaction. It
// must not hold mu while it waits for the connection: the transaction that
// has it may need mu.
func (s *DB) prepare(ctx context.Context) {
	s.mu.Lock()
	pending := s.pending
	s.pending = nil
	s.mu.Unlock()
	for _, q := range pending {
		s.mu.Lock()
		_, ok := s.stmts[q]
		s.mu.Unlock()
		if ok {
			continue
		}
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			continue // the statement is prepared in each transaction instead
		}
		s.mu.Lock()
		if _, ok := s.stmts[q]; ok || s.stmts == nil {
			st.Close()
		} else {
			s.stmts[q] = st
		}
		s.mu.Unlock()
	}
}

func (s *DB) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	if !s.cache {
		return tx.ExecContext(ctx, s.q(query), args...)
	}
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (s *DB) query(ctx context.Context, tx *sql.Tx, query string, args ...any) (*sql.Rows, error) {
	if !s.cache {
		return tx.QueryContext(ctx, s.q(query), args...)
	}
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (s *DB) queryRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	if !s.cache {
		return tx.QueryRowContext(ctx, s.q(query), args...)
	}
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return tx.QueryRowContext(ctx, s.q(query), args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

var _ Store = (*DB)(nil)
