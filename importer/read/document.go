package read

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/kgx/kgx/graph/kg"
)

// ErrUnsupported is returned for files whose format kgx cannot read.
var ErrUnsupported = errors.New("unsupported file type")

// ErrEmpty is returned for files that hold no article text.
var ErrEmpty = errors.New("no article text found")

// ErrTooLarge is returned for files beyond what kgx reads as an article.
var ErrTooLarge = errors.New("too large for an article")

// The limits of one article: the file, and the text read out of it (a
// compressed Word file unpacks to more than it holds).
const (
	MaxFileSize = 50 << 20
	MaxTextSize = 10 << 20
)

// Document is one imported article (the store's type).
type Document = kg.Document

// SupportedExt reports whether files with the extension ext (".txt", …) can be read.
func SupportedExt(ext string) bool {
	switch strings.ToLower(ext) {
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf":
		return true
	}
	return false
}

// LoadFile reads an article file and returns its document with boilerplate
// removed. The language is left empty; Extractor.Extract detects it.
func LoadFile(path string) (Document, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Document{}, err
	}
	if fi.Size() > MaxFileSize {
		return Document{}, fmt.Errorf("%w: %d MB; kgx reads article files up to %d MB", ErrTooLarge, fi.Size()>>20, MaxFileSize>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Document{}, err
	}
	return Parse(path, b)
}

// Parse builds a document from the bytes of a file named path; the
// extension selects the format.
func Parse(path string, b []byte) (Document, error) {
	ext := strings.ToLower(filepath.Ext(path))
	var d Document
	var err error
	switch ext {
	case ".txt", ".text", "":
		d, err = parsePlain(b, false)
	case ".md", ".markdown":
		d, err = parsePlain(b, true)
	case ".html", ".htm":
		d, err = parseHTML(b)
	case ".docx":
		d, err = parseDOCX(b)
	case ".pdf":
		d, err = parsePDF(b)
	default:
		return Document{}, fmt.Errorf("%w %q (kgx reads .txt, .md, .html, .htm, .pdf, .docx)", ErrUnsupported, ext)
	}
	if err != nil {
		return Document{}, err
	}
	d.Path = path
	d.Text = strings.TrimSpace(d.Text)
	if len(strings.Fields(d.Text)) < 3 {
		return Document{}, ErrEmpty
	}
	if d.Title == "" {
		d.Title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	sum := sha256.Sum256([]byte(d.Text))
	d.ID = hex.EncodeToString(sum[:])
	return d, nil
}

var (
	mdLink   = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdMarkup = regexp.MustCompile(`(?m)^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)|\*\*|__|` + "`")
)

func parsePlain(b []byte, markdown bool) (Document, error) {
	s, err := DecodeText(b)
	if err != nil {
		return Document{}, err
	}
	if markdown {
		s = mdLink.ReplaceAllString(s, "$1")
		s = mdMarkup.ReplaceAllString(s, "")
	}
	var d Document
	d.Text, d.Author = stripBoilerplate(s)
	d.Title = titleLine(d.Text)
	d.Date = findDate(d.Text)
	return d, nil
}

// titleLine returns the first line when it reads like a headline: short and
// without a closing full stop.
func titleLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	first = strings.TrimSpace(first)
	if first == "" || len([]rune(first)) > 140 || strings.HasSuffix(first, ".") {
		return ""
	}
	return first
}

var (
	teaserEnd   = regexp.MustCompile(`(…|\.\.\.)\s*$`)
	attribution = regexp.MustCompile(`(?i)^\s*[\[(]\s*(mit material von|mit material der|with material from|reporting by|von|by)\b[^\])]*[\])]\s*$`)
	// a byline on its own line: "By Jane Miller", "Von Anna Schmidt und Max Weber, dpa"
	byline  = regexp.MustCompile(`^\s*(By|Von|Text:|Text von)\s+(\p{Lu}[\p{L}.'-]+\s+){1,3}?(\p{Lu}[\p{L}'-]+)((\s*,\s*|\s+(and|und)\s+)(\p{Lu}[\p{L}.'-]+\s+){1,3}?\p{Lu}[\p{L}'-]+)*(\s*,\s*[\p{L}. -]{2,30})?\s*$`)
	dateDE  = regexp.MustCompile(`\b([0-3]?\d)\.\s?(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+((?:19|20)\d\d)\b`)
	dateEN  = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+([0-3]?\d),\s+((?:19|20)\d\d)\b`)
	dateISO = regexp.MustCompile(`\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b`)
)

// stripBoilerplate removes attribution lines (returned as author) and the
// block of teaser lines, cut off with "…", that many sites put after the
// article.
func stripBoilerplate(s string) (text, author string) {
	lines := strings.Split(s, "\n")
	// Find the start of a trailing teaser zone: from the first teaser line in
	// the second half of the text, most non-empty lines are teasers.
	cut := len(lines)
	for i := len(lines) / 3; i < len(lines); i++ {
		if !teaserEnd.MatchString(lines[i]) {
			continue
		}
		teasers, other := 0, 0
		for _, l := range lines[i:] {
			switch {
			case strings.TrimSpace(l) == "":
			case teaserEnd.MatchString(l):
				teasers++
			default:
				other++
			}
		}
		if teasers >= 2 && teasers >= other {
			cut = i
			break
		}
	}
	var kept []string
	for _, l := range lines[:cut] {
		if attribution.MatchString(l) {
			a := strings.Trim(strings.TrimSpace(l), "[]()")
			author = strings.TrimSpace(a)
			continue
		}
		if byline.MatchString(l) {
			if author == "" {
				_, name, _ := strings.Cut(strings.TrimSpace(l), " ")
				author = strings.TrimSpace(name)
			}
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n"), author
}

// dateHead and dateFoot are how much of an article's beginning and end
// findDate reads: an article states its own date in its head (dateline,
// byline) or its foot; dates in between are what it reports on.
const dateHead, dateFoot = 2000, 1000

// findDate returns the first full date the article's head or foot states,
// as written.
func findDate(s string) string {
	parts := []string{s}
	if len(s) > dateHead+dateFoot {
		parts = []string{strings.ToValidUTF8(s[:dateHead], ""), strings.ToValidUTF8(s[len(s)-dateFoot:], "")}
	}
	for _, re := range []*regexp.Regexp{dateISO, dateDE, dateEN} {
		for _, p := range parts {
			if m := findAroundYears(re, p); m != "" {
				return m
			}
		}
	}
	return ""
}

// yearBefore and yearAfter are how far before and after its year a written
// date reaches ("30. September 2024", "2024-09-30").
const yearBefore, yearAfter = 48, 12

// findAroundYears returns re's first match in s, trying re only around the
// four-digit years (19xx, 20xx) that every date pattern holds: an
// unanchored pattern tried at every byte of an article's head was a third
// of reading it. A year inside a word ("x2020", "2020b") is in no date;
// each window is cut where words begin and end, so \b holds there as in s
// and the windows stay short whatever s holds.
func findAroundYears(re *regexp.Regexp, s string) string {
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		if i > 0 && isWordByte(s[i-1]) || i+4 < len(s) && isWordByte(s[i+4]) {
			i += 3
			continue
		}
		lo, hi := max(0, i-yearBefore), min(len(s), i+4+yearAfter)
		for lo > 0 && isWordByte(s[lo-1]) && isWordByte(s[lo]) { // no match starts inside a word
			lo++
		}
		for hi < len(s) && isWordByte(s[hi-1]) && isWordByte(s[hi]) { // nor ends inside one
			hi--
		}
		if m := re.FindString(s[lo:hi]); m != "" {
			return m
		}
		i += 3
	}
	return ""
}

// isYearAt reports whether s holds a run of exactly four digits starting
// with 19 or 20 at i.
func isYearAt(s string, i int) bool {
	if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return false
	}
	return (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4]))
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isWordByte reports whether b is an ASCII word character, as \b sees it.
func isWordByte(b byte) bool {
	return isDigit(b) || b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
