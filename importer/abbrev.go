package importer

import (
	"strings"
	"unicode"
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
				words = append(words, strings.ToLower(t.Text))
			}
		}
		if otherNamePhrases[strings.Join(words, " ")] {
			long[b.Text] = a
		}
	}
	if len(long) == 0 {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if a, ok := long[m.Text]; ok && m.Head == "" {
			// the same key groups them; the short form stays as written, an alias
			m.Type, m.Key, m.shortForm = a.Type, a.Key, true
			if m.Key == "" {
				m.Key = "name:" + FoldName(a.Norm)
			}
		}
	}
}

// otherNamePhrases introduce another name of the same organisation or person.
var otherNamePhrases = wordSet("other_name_phrases")

// isAbbreviationOf reports whether short is written in capitals and its
// letters occur in name in order, the first being the name's first letter
// (after Schwartz and Hearst): "TKMS" of "ThyssenKrupp Marine Systems",
// "DVAG" of "Deutsche Vermögensberatung".
func isAbbreviationOf(short, name string) bool {
	rs := []rune(short)
	if len(rs) < 2 || len(rs) > 8 || !isAllCaps(short) {
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
