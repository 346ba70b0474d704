package extract

import (
	"strings"
	"unicode"
)

// stopwords holds frequent function words per language. A text's language
// is the one whose function words cover most of its words: cheap, and good
// enough to tell English news from other news (not to tell close
// languages apart on a line or two).
var stopwords = map[string][]string{
	"en": {"the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "from", "his", "have", "has", "are", "be", "this", "which", "were", "its", "an", "had", "not", "but", "they", "their", "said", "been", "who", "will", "would"},
	"fr": {"le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "par", "avec", "il", "elle", "ont", "sont", "été", "ce", "cette", "mais", "ses"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "den", "dem", "des", "ein", "eine", "einer", "zu", "mit", "sich", "auf", "für", "von", "im", "auch", "es", "sie", "wird", "wurde", "hat", "aus", "bei", "nach", "dass", "sind"},
	"es": {"el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "por", "con", "para", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "este", "esta", "entre", "sobre", "también"},
	"pt": {"o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "que", "um", "uma", "para", "com", "não", "por", "se", "foi", "mais", "ao", "pelo", "pela", "é", "seu", "sua", "também"},
	"it": {"il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "un", "una", "in", "per", "con", "non", "è", "sono", "si", "ha", "al", "alla", "dei", "delle", "anche", "come", "più", "ma", "nel", "nella"},
	"nl": {"de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "die", "aan", "er", "ook", "als", "bij", "door", "heeft", "werd", "naar", "om", "maar", "wordt", "nog", "dan", "hun"},
	"sv": {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte", "om", "ett", "var", "men", "från", "vid", "sig", "så", "kan", "efter"},
	"pl": {"i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "ale", "przez", "od", "za", "dla", "co", "czy", "tak", "jego", "jej", "oraz", "został"},
	"tr": {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ise", "en", "ne", "sonra", "kadar", "değil", "ama", "her"},
	"id": {"yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "dalam", "akan", "juga", "ada", "oleh", "karena", "telah", "sebagai", "bahwa"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "за", "от", "о", "для", "он", "она", "также", "его", "был", "была", "были", "но", "которые", "году"},
	"uk": {"і", "в", "не", "на", "що", "з", "та", "як", "до", "за", "від", "для", "це", "він", "вона", "також", "його", "був", "була", "але", "які", "році", "й", "у"},
}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range stopwords {
		for _, w := range ws {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// scripts maps writing systems to the language they most likely mean in
// news; Latin and Cyrillic go to the stopword vote instead.
var scripts = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"}, {unicode.Hangul, "ko"},
	{unicode.Han, "zh"}, {unicode.Arabic, "ar"}, {unicode.Hebrew, "he"},
	{unicode.Greek, "el"}, {unicode.Devanagari, "hi"}, {unicode.Thai, "th"},
	{unicode.Bengali, "bn"}, {unicode.Armenian, "hy"}, {unicode.Georgian, "ka"},
}

// Language guesses the ISO 639-1 language of text: "" when the text is too
// short to tell (under 8 words) or matches no known language.
func Language(text string) string {
	counts := map[string]int{}
	letters, latinOrCyr := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Cyrillic, r) {
			latinOrCyr++
			continue
		}
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[s.lang]++
				break
			}
		}
	}
	if letters < 20 {
		return ""
	}
	if latinOrCyr*2 < letters {
		// Japanese mixes Han with kana: any kana at all means Japanese.
		if counts["ja"] > 0 && counts["ja"]*20 >= counts["zh"] {
			return "ja"
		}
		return argmax(counts)
	}
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(ws) < 8 {
		return ""
	}
	votes := map[string]int{}
	for _, w := range ws {
		for _, l := range stopIndex[w] {
			votes[l]++
		}
	}
	best := argmax(votes)
	if votes[best]*20 < len(ws) { // under 5% function words: no language we know
		return ""
	}
	// a short English sentence with a foreign phrase ("persona non grata")
	// stays English: another language needs three function words and twice
	// English's count
	if best != "en" && votes["en"] > 0 && (votes[best] < 3 || votes[best] < 2*votes["en"]) {
		return "en"
	}
	return best
}

// argmax returns the key with the highest count, ties broken by name so the
// answer is stable.
func argmax(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}
