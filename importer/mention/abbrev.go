package mention

import (
	"strings"
	"unicode"

	"github.com/kgx/kgx/graph/kg"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// shortForms joins a short form defined in brackets to its name
// ("ThyssenKrupp Marine Systems (TKMS)", "Europäische Fußball-Union
// (UEFA)"), and another name given for it ("Foxconn, formally known as Hon
// Hai Precision Industry"). That name, there and wherever else the text uses
// it, names the same entity (it becomes an alias).
func shortForms(res *Result) {
	long := map[string]Mention{} // short form → the mention of the name it stands for
	for i := 1; i < len(res.Mentions); i++ {
		a, b := res.Mentions[i-1], res.Mentions[i]
		if a.Sent != b.Sent || a.Head != "" || b.Head != "" || a.Type == PER || b.Tok0 != a.Tok1+1 || b.Tok1 != b.Tok0+1 {
			continue
		}
		toks := res.Sentences[b.Sent].Tokens
		if toks[a.Tok1].Text != "(" || b.Tok1 >= len(toks) || toks[b.Tok1].Text != ")" {
			continue
		}
		if isAbbreviationOf(b.Text, a.Norm) {
			long[b.Text] = a
		}
	}
	// "Foxconn, formally known as Hon Hai Precision Industry": another name
	for i := 1; i < len(res.Mentions); i++ {
		a, b := res.Mentions[i-1], res.Mentions[i]
		if a.Sent != b.Sent || a.Head != "" || b.Head != "" || a.Type != b.Type || a.Type == LOC || b.Tok0 <= a.Tok1 {
			continue
		}
		var words []string
		for _, t := range res.Sentences[a.Sent].Tokens[a.Tok1:b.Tok0] {
			if t.Text != "," && t.Text != "(" {
				words = append(words, t.Lower())
			}
		}
		if otherNamePhrases[strings.Join(words, " ")] {
			long[b.Text] = a
		}
	}
	laterAcronyms(res, long)
	if len(long) == 0 {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if a, ok := long[m.Text]; ok && m.Head == "" {
			// the same key groups them; the short form stays as written, an alias
			m.Type, m.Key, m.ShortForm = a.Type, a.Key, true
			if m.Key == "" {
				m.Key = "name:" + kg.Fold(a.Norm)
			}
		}
	}
}

// otherNamePhrases introduce another name of the same organisation or person.
var otherNamePhrases = lexicon.WordSet("other_name_phrases")

// isAbbreviationOf reports whether short is written in capitals and its
// letters occur in name in order, the first being the name's first letter
// (after Schwartz and Hearst): "TKMS" of "ThyssenKrupp Marine Systems",
// "DVAG" of "Deutsche Vermögensberatung".
func isAbbreviationOf(short, name string) bool {
	rs := []rune(short)
	if len(rs) < 2 || len(rs) > 8 || !segment.IsAllCaps(short) {
		return false
	}
	letters := []rune(strings.ToUpper(name))
	if len(letters) == 0 || letters[0] != unicode.ToUpper(rs[0]) {
		return false
	}
	j := 0
	for _, r := range strings.ToUpper(short) {
		if !unicode.IsLetter(r) {
			continue
		}
		for j < len(letters) && letters[j] != r {
			j++
		}
		if j == len(letters) {
			return false
		}
		j++
	}
	return true
}

// laterAcronyms joins an acronym the text uses without defining it to the
// one organisation of the text whose words it abbreviates: "FTC" after
// "Federal Trade Commission", "HP" beside "Hewlett-Packard", "CMA" for the
// "Competition and Markets Authority".
func laterAcronyms(res *Result, long map[string]Mention) {
	byInitials := map[string][]Mention{}
	for _, m := range res.Mentions {
		if m.Type == ORG && m.Head == "" {
			if in := wordInitials(m.Norm); len([]rune(in)) >= 2 && in != m.Norm {
				byInitials[in] = append(byInitials[in], m)
			}
		}
	}
	for _, m := range res.Mentions {
		if _, done := long[m.Text]; done || m.Head != "" || !segment.IsAcronym(m.Text) || m.Key != "" && !strings.HasPrefix(m.Key, "name:") {
			continue
		}
		cands := byInitials[m.Text]
		if len(cands) == 0 {
			continue
		}
		one := true
		for _, c := range cands[1:] {
			one = one && kg.Fold(c.Norm) == kg.Fold(cands[0].Norm)
		}
		if one {
			long[m.Text] = cands[0]
		}
	}
}

// wordInitials are the first letters of a name's words and hyphenated
// parts, without "of", "and", "the" and their German kin.
func wordInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if initialSkips[segment.Lower(w)] {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// initialSkips are the small words an acronym leaves out.
var initialSkips = lexicon.WordSet("initial_skips")
