package eval

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// brief renders a record for comparison: id, skip, published, category,
// text and events.
func brief(r Record) string {
	var ev []string
	for _, g := range r.Events {
		ev = append(ev, g.String())
	}
	return fmt.Sprintf("%s skip=%v pub=%s cat=%s text=%q events=[%s]", r.ID, r.Skip, r.Published, r.Category, r.Text,
		strings.Join(ev, "; "))
}

func TestReaders(t *testing.T) {
	tests := []struct {
		file  string
		suite string
		want  []string
	}{
		{"mini.jsonl", SuiteChancery, []string{
			`m-1 skip=false pub=2024-03-08 cat=simple text="Brazil praised Chile on Tuesday." events=[051 BRA→CHL]`,
			`m-2 skip=false pub=2024-03-08 cat=negation text="Peru did not recognize the new government of Bolivia." events=[054 PER→BOLGOV negated]`,
			`m-3 skip=true pub= cat=skip text="A record kept out of scoring." events=[]`,
		}},
		{"mini.xml", SuitePetrarch, []string{
			`T-01 skip=false pub=2001-02-03 cat=DEMO text="Aland's president travelled to Bothnia." events=[042 AAAGOV→BBB; 043 ---GOV→BBB]`,
			`T-02 skip=true pub=2001-02-03 cat=COMPOUND text="Skipped sentence." events=[042 AAA→BBB]`,
			`T-03 skip=false pub=2001-02-03 cat=SYNSET text="Nothing happened." events=[]`,
			`T-04 skip=true pub=2001-02-03 cat=ERROR text="A broken parse." events=[]`,
			`T-05 skip=true pub=2001-02-03 cat=PATTERN text="Some phrase spoke." events=[]`,
		}},
		{"mini.text", SuiteTabari, []string{
			`OPT-Modify skip=true pub=2001-02-03 cat=OPT text="Switching an option." events=[]`,
			`DEMO-01 skip=false pub=1999-01-05 cat=DEMO text="Aland met Bothnia on Monday." events=[036 AAA→BBB; 036 BBB→---REB]`,
			`DEMO-02 skip=false pub=1999-01-05 cat=DEMO text="Aland stayed at home." events=[]`,
			`DEMO-03 skip=true pub=1999-01-05 cat=DEMO text="Aland deplorex Bothnia." events=[]`,
			`DEMO-04 skip=false pub=1999-01-05 cat=DEMO text="Aland left Bothnia." events=[032 AAA→BBB]`,
			`DEMO-05 skip=false pub=1999-01-05 cat=DEMO text="Aland warned Bothnia." events=[130 AAA→BBB]`,
			`FINAL-01 skip=true pub=1999-01-01 cat=FINAL text="The end of the standard records." events=[]`,
			`AFTER-01 skip=true pub=1999-01-05 cat=AFTER text="Aland attacked Bothnia." events=[190 AAA→BBB]`,
		}},
		{"mini.json", SuitePlover, []string{
			`P-AGREE-1 skip=false pub=2000-01-01 cat=AGREE text="Aland and Bothnia agreed to talk." events=[AGREE/03 AAA→BBB; AGREE/03 BBB→AAA]`,
			`P-DEMAND-1 skip=false pub=2000-01-01 cat=DEMAND text="Tokyo demanded answers from Aland and Bothnia." events=[REQUEST/10 JPN→AAA; REQUEST/10 JPN→BBB]`,
			`P-FIGHT-1 skip=false pub=2000-01-01 cat=FIGHT text="Aland shelled the hills." events=[ASSAULT AAA→*]`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			recs, err := ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range recs {
				if r.Suite != tt.suite {
					t.Errorf("%s: suite %q, want %q", r.ID, r.Suite, tt.suite)
				}
				got = append(got, brief(r))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"a.jsonl", `{"id":"x"}`, SuiteChancery},
		{"a.txt", "\ufeff  [ {} ]", SuitePlover},
		{"a", "<Validation>", SuitePetrarch},
		{"Validate.text", "# banner\n\n950101  DEMO-01\ntext", SuiteTabari},
		{"a.text", "", SuiteTabari},
		{"a.txt", "just prose", ""},
		{"a.txt", "", ""},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.data), tt.name); got != tt.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", tt.data, tt.name, got, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"bad.jsonl", "{\"id\":\"x\"}\n{broken\n", "bad.jsonl:2"},
		{"bad.xml", "<Sentences><Sentence id=\"x\"><Text>a</Sentence>", "bad.xml"},
		{"bad.json", "[{\"id\":1}]", "bad.json"},
		{"prose.txt", "nothing known", "unknown gold format"},
	}
	for _, tt := range tests {
		_, err := Read([]byte(tt.data), tt.name)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "eval: ") {
			t.Errorf("Read(%s) error = %v, want one naming %q", tt.name, err, tt.want)
		}
	}
}
