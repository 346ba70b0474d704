// Package postgres is the PostgreSQL backend of store, through pgx. Text
// search uses to_tsvector('simple', …) with a GIN index. Importing it
// registers the "postgres" scheme.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"

	"github.com/chancery/chancery/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

func init() {
	open := func(ctx context.Context, u string) (store.Store, error) {
		db, err := Open(ctx, u)
		if err != nil {
			return nil, err
		}
		return db, nil
	}
	store.Register("postgres", open)
}

// Open connects to the database at u (postgres://…), migrating it when
// needed. A search_path parameter in u selects the schema.
func Open(ctx context.Context, u string) (*store.DB, error) {
	db, err := sql.Open("pgx", u)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	sub, _ := fs.Sub(migrations, "migrations")
	if err := store.Migrate(ctx, db, dialect{}, sub); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	return store.NewDB(db, db, dialect{}), nil
}

type dialect struct{}

// Rebind numbers the placeholders: ? → $1, $2 … (the shared queries have
// no ? inside string literals).
func (dialect) Rebind(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// writerLock is the advisory lock that makes writers take turns, as SQLite's
// single writer does: merging reads and rewrites whole partitions.
const writerLock = 0x63686e6372790001

func (dialect) Lock(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(writerLock))
	return err
}

// TextMatch: plainto_tsquery ANDs the words; 'simple' only lower-cases.
func (dialect) TextMatch(alias string, words []string) (string, []any) {
	return "to_tsvector('simple', " + alias + ".sentence_text) @@ plainto_tsquery('simple', ?)", []any{strings.Join(words, " ")}
}
