package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b/2.txt", sent2)
	write("b/1.html", "<p>"+sent1+"</p>")
	write("a.jsonl", `{"text":"`+sent1+`"}`+"\n"+`{"text":"`+sent2+`"}`)
	write(".hidden/x.txt", sent1)
	write("c/empty.txt", "")
	write("d.gz", string(gz(sent2)))

	var origins, errs []string
	err := Walk(context.Background(),
		[]string{dir, "-", filepath.Join(dir, "missing.txt")},
		bytes.NewReader([]byte(sent1)), Options{},
		func(a event.Article) error {
			origins = append(origins, strings.TrimPrefix(a.Origin, dir+"/"))
			return nil
		},
		func(err error) { errs = append(errs, strings.ReplaceAll(err.Error(), dir+"/", "")) })
	if err != nil {
		t.Fatal(err)
	}
	want := "a.jsonl:1,a.jsonl:2,b/1.html,b/2.txt,d.gz,stdin"
	if got := strings.Join(origins, ","); got != want {
		t.Errorf("origins %s\nwant    %s", got, want)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "c/empty.txt: empty input") || !strings.Contains(errs[1], "missing.txt") {
		t.Errorf("errors %q", errs)
	}
}

func TestWalkCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Walk(ctx, []string{"-"}, strings.NewReader(sent1), Options{},
		func(event.Article) error { return nil }, func(error) {})
	if err == nil {
		t.Error("want an error from a cancelled context")
	}
}

// FuzzRead checks that Read never panics and only reports through onErr.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"", sent1, "<p>" + sent1 + "</p>", `{"text":"` + sent1 + `"}` + "\n{bad\n", "\x1f\x8b\x08", "\xff\xfe\x00<"} {
		f.Add([]byte(s))
	}
	f.Add(gz(`{"html":"<p>x</p>"}`))
	f.Fuzz(func(t *testing.T, in []byte) { fuzzRead(t, in, 1<<16) })
}

// fuzzRead reads fuzz input: never a panic or an error, every article with
// an id and text.
func fuzzRead(t *testing.T, in []byte, max int64) {
	err := Read(context.Background(), "fuzz", bytes.NewReader(in), Options{MaxArticleBytes: max},
		func(a event.Article) error {
			if a.ID == "" || a.Text == "" {
				t.Fatalf("article without id or text: %+v", a)
			}
			return nil
		}, func(error) {})
	if err != nil {
		t.Fatalf("Read returned %v", err)
	}
}
