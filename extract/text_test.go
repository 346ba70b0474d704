package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published: March 16, 2023", "2023-03-16"},
		{"Updated 4 April 2023, 10:32", "2023-04-04"},
		{"Sept. 3rd, 2024", "2024-09-03"},
		{"2025-07-04T10:00:00Z", "2025-07-04"},
		{"the 31st of April 2024", ""},
		{"04/07/2025", ""},
		{"no date here", ""},
		{"May 2025", ""},
	}
	for _, tt := range tests {
		if got := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia accepted the credentials of the ambassador, becoming the first country to do so.", "en"},
		{"La Russie est devenue le premier pays à reconnaître le gouvernement des talibans, a annoncé le ministère.", "fr"},
		{"Russland hat als erstes Land die Regierung der Taliban anerkannt, teilte das Ministerium in Moskau mit.", "de"},
		{"Rusia se convirtió en el primer país en reconocer al gobierno de los talibanes, según el ministerio.", "es"},
		{"Россия стала первой страной, которая признала правительство талибов, сообщили в министерстве.", "ru"},
		{"ロシアはタリバン政権を承認した最初の国となったと外務省が発表した。", "ja"},
		{"روسيا أصبحت أول دولة تعترف بحكومة طالبان في أفغانستان", "ar"},
		{"Too short.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Language(tt.in); got != tt.want {
			t.Errorf("Language(%.30q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextChrome(t *testing.T) {
	tests := []struct {
		name, in           string
		title, byline, pub string
		text               string
	}{
		{
			name:  "byline line with date",
			in:    "Site\n\nMinisters meet in Geneva to discuss grain exports\n\nBy John Roe | July 3, 2025\n\nThe ministers met in Geneva on Wednesday.\n\nShare\nRead more",
			title: "Ministers meet in Geneva to discuss grain exports", byline: "John Roe", pub: "2025-07-03",
			text: "The ministers met in Geneva on Wednesday.",
		},
		{
			name: "hard-wrapped paragraph rejoined",
			in:   "Officials from the two countries met on Monday in the capital and\nagreed to restore direct flights between their largest cities after\na pause of three years, the ministry said.",
			text: "Officials from the two countries met on Monday in the capital and agreed to restore direct flights between their largest cities after a pause of three years, the ministry said.",
		},
		{
			name: "subheads, duplicates, credits and chrome lines dropped",
			in:   "The army withdrew from the town on Sunday.\n\nAftermath\n\nThe army withdrew from the town on Sunday.\n\nSoldiers leave the town (AP Photo/Jane Roe).\n\nCopyright 2025 Example News. All rights reserved.\n\nResidents returned on Monday.",
			text: "The army withdrew from the town on Sunday.\n\nResidents returned on Monday.",
		},
		{
			name:   "name after Published by",
			in:     "Published by\nAnna Smith\n\nThe talks ended without an agreement.",
			byline: "Anna Smith", text: "The talks ended without an agreement.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Text(context.Background(), []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Byline != tt.byline || a.Published != tt.pub || a.Text != tt.text {
				t.Errorf("got title=%q byline=%q pub=%q text=%q", a.Title, a.Byline, a.Published, a.Text)
			}
			checkSpans(t, a)
		})
	}
}

func TestTextEncodings(t *testing.T) {
	body := "The two governments signed a new border agreement on Friday."
	u16 := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune(body)) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name    string
		in      []byte
		wantErr string
	}{
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, body...), ""},
		{"utf-16le BOM", u16, ""},
		{"latin-1", []byte(strings.Replace(body, "new", "new\xe9", 1)), ""},
		{"binary", []byte("\x00\x01\x02\xff\xfe\x00garbage\x00\x9f"), "offset"},
		{"empty", nil, ErrNoText.Error()},
		{"only chrome", []byte("Home\nNews\nShare\n"), ErrNoText.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Text(context.Background(), tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, "The two governments") {
				t.Errorf("text = %q", a.Text)
			}
		})
	}
}

func TestTextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Text(ctx, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if _, err := HTML(ctx, []byte("x"), ""); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

// TestSeedArticle runs Text on the first user story, a pasted news page:
// every real paragraph kept, the chrome dropped.
func TestSeedArticle(t *testing.T) {
	path := filepath.Join(sharedDir(t, "examples"), "seed-article.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Text(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	if !strings.HasPrefix(a.Title, "Russia becomes the first country") || a.Byline != "Leandro Fleischer" || a.Language != "en" {
		t.Errorf("title=%q byline=%q lang=%q", a.Title, a.Byline, a.Language)
	}
	for _, chrome := range []string{"Voz", "Published by", "tracking", "OSZAR", "AFP", "Vladimir Putin, President", "Taliban oppression\n"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("chrome %q left in text", chrome)
		}
	}
	// Every paragraph of the page that is a sentence must survive.
	kept := 0
	for _, p := range strings.Split(string(raw), "\n") {
		p = cleanLine(p)
		if words(p) >= 10 && endsSentence(p) && !strings.Contains(p, "AFP") {
			kept++
			if !strings.Contains(a.Text, p) {
				t.Errorf("paragraph lost: %.60q", p)
			}
		}
	}
	if kept < 15 || len(a.Paragraphs) != kept {
		t.Errorf("kept %d paragraphs, page has %d", len(a.Paragraphs), kept)
	}
}
