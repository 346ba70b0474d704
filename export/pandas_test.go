package export

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pandasScript reads the exports the way export/README.md tells users to
// (code columns as strings, no quote processing for the TSV files) and
// prints what it found as JSON.
const pandasScript = `
import csv, json, sys, pandas as pd
d = sys.argv[1]
names = open(d + "/columns.txt").read().split("\t")
mnames = open(d + "/mcolumns.txt").read().split("\t")
tsv = dict(sep="\t", dtype=str, quoting=csv.QUOTE_NONE, keep_default_na=False)
ev = pd.read_csv(d + "/events.tsv", header=None, names=names, **tsv)
evh = pd.read_csv(d + "/events-header.tsv", **tsv)
mn = pd.read_csv(d + "/mentions.tsv", **tsv)
cs = pd.read_csv(d + "/mentions.csv", dtype=str, keep_default_na=False)
out = {}
for k, f in {"events": ev, "events-header": evh, "mentions": mn, "csv": cs}.items():
    out[k] = {"rows": len(f), "cols": len(f.columns), "columns": [str(c) for c in f.columns]}
out["events"]["EventCode"] = list(ev["EventCode"])
out["events"]["ChanceryCode"] = list(ev["ChanceryCode"])
out["events"]["Sentence"] = list(ev["Sentence"])
out["events-header"]["EventRootCode"] = list(evh["EventRootCode"])
out["mentions"]["ChanceryCode"] = list(mn["ChanceryCode"])
out["csv"]["code"] = list(cs["code"])
out["csv"]["sentence"] = list(cs["sentence"])
print(json.dumps(out))
`

// pythonWithPandas finds a Python that imports pandas: python3 on PATH may
// be a pyenv or venv one without it while Debian's python3-pandas sits
// under /usr/bin/python3.
func pythonWithPandas(t *testing.T) string {
	t.Helper()
	for _, py := range []string{os.Getenv("CHANCERY_PYTHON"), "python3", "/usr/bin/python3"} {
		if py == "" {
			continue
		}
		if err := exec.Command(py, "-c", "import importlib.util, sys; sys.exit(importlib.util.find_spec('pandas') is None)").Run(); err == nil {
			return py
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no python3 with pandas (CI=true: a missing dependency is a failure; apt-get install python3-pandas)")
	}
	t.Skip("no python3 with pandas; skipping (in CI this fails; apt-get install python3-pandas)")
	return ""
}

func TestPandasReadsExports(t *testing.T) {
	py := pythonWithPandas(t)
	dir := t.TempDir()
	files := writeAll(t)
	files["columns.txt"] = []byte(strings.Join(append(slices.Clone(EventColumns), EventExtraColumns...), "\t"))
	files["mcolumns.txt"] = []byte(strings.Join(append(slices.Clone(MentionColumns), MentionExtraColumns...), "\t"))
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(py, "-c", pandasScript, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", py, err, out)
	}
	var got map[string]map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("pandas output: %v\n%s", err, out)
	}
	check := func(file, key string, want any) {
		t.Helper()
		g, _ := json.Marshal(got[file][key])
		w, _ := json.Marshal(want)
		if string(g) != string(w) {
			t.Errorf("%s %s = %s, want %s", file, key, g, w)
		}
	}
	nEvents, nExtra := len(fixture()), len(EventExtraColumns)
	check("events", "rows", nEvents)
	check("events", "cols", 61+nExtra)
	check("events", "EventCode", []string{"054", "081", "172"})
	check("events", "ChanceryCode", []string{"054", "0819", "1729"})
	check("events", "Sentence", []string{fixture()[0].Mentions[0].Sentence.Text, fixture()[1].Mentions[0].Sentence.Text,
		`"In 2003 the UN may list the Taliban," said diplomats in New York.`})
	check("events-header", "rows", nEvents)
	check("events-header", "cols", 61+nExtra)
	check("events-header", "columns", append(slices.Clone(EventColumns), EventExtraColumns...))
	check("events-header", "EventRootCode", []string{"05", "08", "17"})
	check("mentions", "rows", len(fixtureMentions()))
	check("mentions", "cols", 16+len(MentionExtraColumns))
	check("mentions", "ChanceryCode", []string{"054", "054", "0819", "1729"})
	check("csv", "rows", len(fixtureMentions()))
	check("csv", "cols", len(CSVColumns))
	check("csv", "code", []string{"054", "054", "0819", "1729"})
	check("csv", "sentence", []string{fixtureMentions()[0].Sentence.Text, fixtureMentions()[1].Sentence.Text,
		fixtureMentions()[2].Sentence.Text, fixtureMentions()[3].Sentence.Text})
}
