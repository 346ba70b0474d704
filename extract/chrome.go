package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The chrome filter keeps sentences and drops everything a page wraps them
// in. Its rules, in order of how often they fire on pasted news pages:
//   - lines that are not sentences (site names, menus, subheads, captions,
//     "tracking", "Share") are dropped: coding reads sentences only;
//   - sentence-like lines that are chrome all the same (photo credits,
//     doubled captions, "Read more:", copyright, newsletter pitches) are
//     dropped by pattern;
//   - bylines and "Published" lines are read for the byline and the date.

var (
	// bylineRE matches an explicit byline: "By Jane Doe", "Published by Jane Doe".
	bylineRE = regexp.MustCompile(`^(?i:(?:written |published |posted |reported |words |story )?by|author:)\s+(.+)$`)
	// bareByRE matches a "Published by" left alone on its line by a copy.
	bareByRE = regexp.MustCompile(`^(?i:(?:written|published|posted|reported|words|story)\s+by|by|author:?)$`)
	// dateLineRE matches lines that state when the page was published.
	dateLineRE = regexp.MustCompile(`^(?i:published|posted|updated|last updated|date|first published|on)\b`)
	// creditRE matches photo credits glued to captions.
	creditRE = regexp.MustCompile(`(?i)(?:/\s*(?:AFP|AP|Reuters|EPA|Getty|Bloomberg|Xinhua|TASS|Sputnik|Anadolu)\b|\((?:AP|AFP|Reuters) Photo|\bGetty Images\b|\bShutterstock\b|^(?:photo|image|picture|credit|file photo|caption)\s*:|©|\(c\)\s*\d{4})`)
	// chromeRE matches sentence-like lines that are page furniture.
	chromeRE = regexp.MustCompile(`(?i)^(?:(?:read (?:more|also|next)|see also|related(?: articles?| stories| news)?|recommended|click here|sign up|subscribe|follow us|share (?:this|on)|advertisement|copyright|all rights reserved|this (?:article|story) (?:was|has been|first|is)|we use cookies|by (?:clicking|continuing|using)|support (?:our|independent)|download (?:the|our)|join (?:the|our)|filed under|more from|most (?:read|popular)|leave a comment|report an error|have a (?:news )?tip|contact us|terms of|privacy policy)\b|get (?:the|our) .{0,30}newsletter|tags?:|(?:watch|listen)\s*(?::|$|now\b|live\b)|comments?\s*(?::|$|\(\d+\)))`)
	// domainRE spots a site name such as "Voz.us" or "example.com".
	domainRE = regexp.MustCompile(`(?i)\b[a-z0-9-]+\.(?:com|org|net|us|uk|co|io|info|news|eu|de|fr|ru|es|it|ca|au|in|tv)\b`)
)

// words counts whitespace-separated words, and counts CJK characters two
// to a word, since those scripts put no spaces between words.
func words(s string) int {
	n, cjk := len(strings.Fields(s)), 0
	for _, r := range s {
		if r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			cjk++
		}
	}
	return n + cjk/2
}

// endsSentence reports whether s ends like a sentence: terminal punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]」』）", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;。！？；：", r)
}

// isSentence reports whether a line reads as running text rather than a
// label, headline or link: it ends like a sentence and has a few words, or
// it is long enough that it cannot be a headline.
func isSentence(s string) bool {
	n := words(s)
	if n >= 30 {
		return true
	}
	if n < 3 || !endsSentence(s) {
		return false
	}
	return hasLower(s)
}

// hasLower reports whether s has a lower-case letter: all-caps lines are
// labels ("BREAKING NEWS.").
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isChrome reports whether a sentence-like line is page furniture all the
// same: credits, "Read more", copyright lines, newsletter pitches.
func isChrome(s string) bool {
	if chromeRE.MatchString(s) {
		return true
	}
	return words(s) <= 25 && creditRE.MatchString(s)
}

// isName reports whether s looks like a person's name alone on a line:
// two to five capitalised words, particles allowed, no digits.
func isName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || len(s) > 60 {
		return false
	}
	caps := 0
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case particle[strings.ToLower(w)]:
		default:
			return false
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return caps >= 2
}

var particle = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true,
	"al": true, "bin": true, "ibn": true, "la": true, "le": true, "del": true, "dos": true, "and": true}

// cleanByline trims what follows a name on a byline: dates, "|", roles.
func cleanByline(s string) string {
	if i := strings.IndexAny(s, "|•·—–"); i >= 0 {
		s = s[:i]
	}
	for _, sep := range []string{", ", " - ", " on ", " updated ", " published "} {
		if i := strings.Index(strings.ToLower(s), sep); i > 0 {
			// Keep "A, B and C" lists of authors: cut only before a date or role.
			if sep == ", " && findDate(s[i:]) == "" && isName(strings.TrimSpace(s[i+2:])) {
				continue
			}
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// isHeadline reports whether a line can be an article's title: several
// words, not a sentence ending in a full stop, not a site name.
func isHeadline(s string, minWords int) bool {
	n := words(s)
	if n < minWords || n > 30 || domainRE.MatchString(s) {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(s), ".") {
		return false
	}
	return !bylineRE.MatchString(s) && !dateLineRE.MatchString(s) && !isChrome(s)
}
