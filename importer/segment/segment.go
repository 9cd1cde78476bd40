package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark with its byte offsets in the
// document text.
type Token struct {
	Text       string
	Start, End int    // byte offsets into Document.Text
	lower      string // Text in lower case, set by the segmenter
}

// NewToken returns a token with its lower-case form computed once.
func NewToken(text string, start, end int) Token {
	return Token{Text: text, Start: start, End: end, lower: Lower(text)}
}

// Lower returns the token's text in lower case. The rules ask for it many
// times per token, so the segmenter computes it once; a token built
// elsewhere computes it on each call.
func (t Token) Lower() string {
	if t.lower != "" || t.Text == "" {
		return t.lower
	}
	return Lower(t.Text)
}

// Sentence is a span of the document text with its tokens.
type Sentence struct {
	Start, End int // byte offsets into Document.Text
	Tokens     []Token
}

// Words returns the texts of the sentence's tokens.
func (s Sentence) Words() []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.Text
	}
	return out
}

// Text returns the sentence's text from the document text it was cut from.
func (s Sentence) Text(doc string) string { return doc[s.Start:s.End] }

// abbreviations end with a full stop that does not end a sentence. Keys are
// the word before the stop, without it.
var abbreviations = setOf(
	// German
	"z", "B", "bzw", "ca", "Dr", "Prof", "Mrd", "Mio", "Nr", "Str", "St", "usw", "vgl", "etc", "u", "a", "d", "h", "o", "s",
	"Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Abs", "Art", "bzgl", "evtl", "ggf",
	"inkl", "max", "min", "rd", "sog", "Tel", "zzgl", "Hr", "Fr", "Hrsg", "gem", "Mr", "Mrs", "Ms", "Jr", "Sr", "Inc",
	"Corp", "Co", "Ltd", "No", "vs", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Mt", "Ave", "approx", "Dept", "est", "e", "i",
	"U", "S", "A", "K", "N", "Y", "Bros", "Prof", "Dipl", "Ing", "Abt",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// months after an ordinal number keep "3. Februar" in one sentence.
var monthWords = setOf("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
	"Oktober", "November", "Dezember", "January", "February", "March", "June", "July", "October", "December")

// Tokenize splits text into tokens. Words keep inner hyphens, apostrophes,
// dots of abbreviations like "U.S." and decimal separators; every other
// non-space character is a token of its own.
func Tokenize(text string, base int) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if isWordRune(r) {
			i += n
			for i < len(text) {
				r, n = utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					i += n
					continue
				}
				// inner joiners: a hyphen, apostrophe, dot or comma between word characters
				if (r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '&') && i+n < len(text) {
					r2, _ := utf8.DecodeRuneInString(text[i+n:])
					prev, _ := utf8.DecodeLastRuneInString(text[start:i])
					if r == ',' || (r == '.' && !isInitialism(text[start:i])) {
						if unicode.IsDigit(prev) && unicode.IsDigit(r2) {
							i += n
							continue
						}
						if r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(r2) {
							i += n
							continue
						}
						break
					}
					if isWordRune(r2) {
						i += n
						continue
					}
					// "U.S." keeps its final dot; "Start-" keeps a trailing hyphen in "Start- und Landerechte"
					if r == '-' && (r2 == ' ') {
						i += n
					}
				}
				break
			}
			// "U.S." / "U.K.": a run of single letters with dots keeps its final dot.
			if i < len(text) && text[i] == '.' && isInitialism(text[start:i]) && strings.Contains(text[start:i], ".") {
				i++
			}
		} else {
			i += n
			if r == '.' { // "..." as one token
				for i < len(text) && text[i] == '.' {
					i++
				}
			}
		}
		toks = append(toks, NewToken(text[start:i], base+start, base+i))
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInitialism reports whether s looks like "U" or "U.S" (single letters joined by dots).
func isInitialism(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// Segment splits the document text into sentences. Line breaks end a
// sentence, except inside the paragraphs of hard-wrapped text (see
// hardWrapped), where only blank lines do; ".", "!", "?" and "…" followed
// by space and a capital, digit or quote end one too, unless the word
// before is an abbreviation, an initial, or an ordinal number before a
// month ("3. Februar 2021").
func Segment(text string) []Sentence {
	wrapped := hardWrapped(text)
	var out []Sentence
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		// a wrapped paragraph runs on to the next blank line
		for wrapped && lineEnd < len(text) && strings.TrimSpace(text[lineStart:lineEnd]) != "" {
			next := strings.IndexByte(text[lineEnd+1:], '\n')
			if next < 0 {
				next = len(text)
			} else {
				next += lineEnd + 1
			}
			if strings.TrimSpace(text[lineEnd+1:next]) == "" {
				break
			}
			lineEnd = next
		}
		out = append(out, segmentLine(text, lineStart, lineEnd)...)
		lineStart = lineEnd + 1
	}
	return out
}

// hardWrapped reports whether the text is broken into short lines inside
// its paragraphs, as plain-text mail and saved pages often are: most lines
// that another line follows end without closing a sentence, and no line is
// longer than a screen line.
func hardWrapped(text string) bool {
	lines := strings.Split(text, "\n")
	pairs, open := 0, 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) > 100 {
			return false
		}
		if l == "" || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
			continue
		}
		pairs++
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, "\"'“”»«)’"))
		if !strings.ContainsRune(".!?…:", last) {
			open++
		}
	}
	return pairs >= 3 && open*3 >= pairs*2
}

func segmentLine(text string, start, end int) []Sentence {
	toks := Tokenize(text[start:end], start)
	var out []Sentence
	from := 0
	for i, t := range toks {
		if i+1 >= len(toks) {
			break
		}
		next := toks[i+1]
		closesSentence := isClosing(t.Text) && i > 0 && isTerminal(toks[i-1].Text)
		if !isTerminal(t.Text) && !closesSentence {
			continue
		}
		// closing quotes and brackets stay with the sentence they close
		if isClosing(next.Text) && !closesSentence {
			continue
		}
		if t.Text == "." && i > 0 {
			prev := toks[i-1].Text
			if prev == "" || abbreviations[strings.TrimSuffix(prev, ".")] && toks[i-1].End == t.Start {
				continue
			}
			if IsNumber(prev) && (monthWords[next.Text] || StartsLower(next.Text)) {
				continue
			}
			// "Jens H. Andersen": a middle initial after a first name
			if r := []rune(prev); len(r) == 1 && unicode.IsUpper(r[0]) && toks[i-1].End == t.Start && i >= 2 &&
				unicode.IsUpper([]rune(toks[i-2].Text)[0]) && len([]rune(toks[i-2].Text)) > 1 {
				continue
			}
		}
		if !StartsUpperOrDigit(next.Text) && !isOpening(next.Text) {
			continue
		}
		out = append(out, sentence(toks[from:i+1]))
		from = i + 1
	}
	if from < len(toks) {
		out = append(out, sentence(toks[from:]))
	}
	return out
}

func sentence(toks []Token) Sentence {
	return Sentence{Start: toks[0].Start, End: toks[len(toks)-1].End, Tokens: toks}
}

func isTerminal(s string) bool {
	return s == "." || s == "!" || s == "?" || s == "…" || s == "..."
}

func isClosing(s string) bool {
	return s == "“" || s == "”" || s == "\"" || s == "’" || s == "«" || s == "»" || s == ")" || s == "'"
}

func isOpening(s string) bool {
	return s == "„" || s == "“" || s == "\"" || s == "«" || s == "»" || s == "(" || s == "‚" || s == "'"
}

// IsNumber reports whether s is a non-empty run of digits.
func IsNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// StartsLower reports whether s starts with a lowercase letter.
func StartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// StartsUpperOrDigit reports whether s starts with a capital letter or a digit.
func StartsUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// IsAllCaps reports whether s has two or more letters and no small one: "ZTE", "US-EU".
func IsAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// IsAcronym reports whether a name is one word in capitals: "HSV", "CMA".
func IsAcronym(name string) bool {
	return IsAllCaps(name) && !strings.Contains(name, " ") && utf8.RuneCountInString(name) >= 2
}
