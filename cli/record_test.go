package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chancery/chancery/internal/testenv"
)

// seedCopy puts the seed article (../shared) in a temp folder, as a user's
// file.
func seedCopy(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(testenv.Shared(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "seed.txt")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRecordFlagship is issue 4's question of state, end to end on a real
// SQLite file: ingest the seed article, then ask who recognizes the
// government of Afghanistan as of 2025-07-04.
func TestRecordFlagship(t *testing.T) {
	db := filepath.Join(t.TempDir(), "chancery.db")
	seed := seedCopy(t)
	_, stderr, err := run(t, "", "ingest", "--db", db, "--published", "2025-07-04", seed)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "1 new") {
		t.Errorf("ingest summary: %s", stderr)
	}
	// idempotent: the same article again changes nothing
	_, stderr, err = run(t, "", "ingest", "--db", db, "--published", "2025-07-04", seed)
	if err != nil || !strings.Contains(stderr, "1 unchanged") {
		t.Errorf("second ingest: %v %s", err, stderr)
	}

	out, _, err := run(t, "", "relations", "--db", db, "--as-of", "2025-07-04", "--kind", "recognition", "--target", "AFG", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var rels []struct {
		Source, Target, Since string
		Evidence              []struct{ Sentence string }
	}
	if err := json.Unmarshal([]byte(out), &rels); err != nil {
		t.Fatalf("relations json: %v\n%s", err, out)
	}
	if len(rels) != 1 || !strings.HasPrefix(rels[0].Source, "RUS") || rels[0].Since != "2025-07-03" ||
		len(rels[0].Evidence) == 0 || !strings.Contains(rels[0].Evidence[0].Sentence, "recognize the Taliban government") {
		t.Fatalf("who recognizes Afghanistan as of 2025-07-04: %s", out)
	}
	out, _, _ = run(t, "", "relations", "--db", db, "--as-of", "2025-07-02", "--kind", "recognition", "--target", "AFG", "--format", "json")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("as of 2025-07-02 nobody recognized it yet: %s", out)
	}

	out, _, err = run(t, "", "timeline", "--db", db, "--dyad", "RUS-AFG", "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct{ Date, Code string }
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("timeline line %q: %v", line, err)
		}
		dates = append(dates, e.Date)
	}
	if len(dates) < 3 {
		t.Fatalf("timeline RUS-AFG: %s", out)
	}
	for i := 1; i < len(dates); i++ {
		if dates[i][:4] < dates[i-1][:4] {
			t.Errorf("timeline not in date order: %v", dates)
		}
	}

	out, _, err = run(t, "", "query", "--db", db, "--format", "csv", "--source", "USA")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("csv export: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "query", "--db", db, "--format", "gdelt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := len(strings.Split(line, "\t")); n < 61 {
			t.Fatalf("GDELT row with %d columns: %q", n, line)
		}
	}
	if !strings.Contains(out, "\t054\t") {
		t.Errorf("GDELT export lacks the 054 event with its leading zero")
	}
}

// TestRecordCorrections: a retracted article stops counting; relations
// are recomputed from what remains.
func TestRecordCorrections(t *testing.T) {
	db := filepath.Join(t.TempDir(), "chancery.db")
	if _, stderr, err := run(t, "", "ingest", "--db", db, "--published", "2025-07-04", seedCopy(t)); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	out, _, err := run(t, "", "query", "--db", db, "--format", "jsonl", "--code", "054")
	if err != nil || out == "" {
		t.Fatalf("query 054: %v %q", err, out)
	}
	var m struct {
		ID      string              `json:"id"`
		Article struct{ ID string } `json:"article"`
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &m); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "", "mark", "--db", db, m.ID); err != nil {
		t.Fatalf("mark: %v", err)
	}
	out, _, _ = run(t, "", "relations", "--db", db, "--as-of", "2025-07-04", "--kind", "recognition", "--format", "json")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("a mention marked wrong still makes a relation: %s", out)
	}
	if _, _, err := run(t, "", "mark", "--db", db, "--ok", m.ID); err != nil {
		t.Fatalf("mark --ok: %v", err)
	}
	if _, _, err := run(t, "", "retract", "--db", db, "--article", m.Article.ID); err != nil {
		t.Fatalf("retract: %v", err)
	}
	out, _, _ = run(t, "", "query", "--db", db, "--format", "jsonl")
	if strings.TrimSpace(out) != "" {
		t.Errorf("a retracted article's mentions are still listed: %s", out)
	}
	if _, stderr, err := run(t, "", "recode", "--db", db); err != nil {
		t.Fatalf("recode: %v %s", err, stderr)
	}
}

// TestIngestBadInput: a JSONL line that is not JSON, a truncated WARC and a
// corrupt feed are reported with file and position; the rest is ingested,
// and nothing already stored is lost.
func TestIngestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := `{"id":"a1","url":"https://example.org/a1","published":"2024-05-10","text":"On Wednesday, Germany recognized Kosovo."}` + "\n" +
		`{"id":"a2", this is not json` + "\n" +
		`{"id":"a3","url":"https://example.org/a3","published":"2024-05-10","text":"Russia praised China on Monday."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "news.jsonl"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"truncated.warc.gz", "malformed.xml"} {
		b, err := os.ReadFile(filepath.Join("..", "source", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "chancery.db")
	_, stderr, err := run(t, "", "ingest", "--db", db, dir)
	if err != nil {
		t.Fatalf("bad input must not stop the ingest: %v\n%s", err, stderr)
	}
	for _, want := range []string{"news.jsonl:2", "truncated.warc.gz", "malformed.xml"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, stderr)
		}
	}
	out, _, err := run(t, "", "query", "--db", db, "--format", "jsonl", "--all")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{`"id":"a1"`, `"id":"a3"`} {
		if !strings.Contains(out, id) {
			t.Errorf("article %s was not ingested:\n%s", id, out)
		}
	}
	// a later bad run loses nothing already stored
	bad := filepath.Join(t.TempDir(), "garbage.jsonl")
	os.WriteFile(bad, []byte("\x00\x01\x02 garbage\n"), 0o644)
	run(t, "", "ingest", "--db", db, bad)
	out2, _, _ := run(t, "", "query", "--db", db, "--format", "jsonl", "--all")
	if out2 != out {
		t.Errorf("a bad ingest changed what was stored")
	}
}
