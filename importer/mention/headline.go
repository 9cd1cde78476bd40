package mention

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// titleCased reports whether an English sentence is written in headline
// case ("Amazon Buys Whole Foods Market"): nearly every content word is
// capitalised, common words included, so capitals tell nothing of names.
func (x *Finder) titleCased(toks []Token) bool {
	content, caps, common := 0, 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(t.Text) < 2 || lexicon.FunctionWords[t.Lower()] {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			caps++
			if lw := t.Lower(); x.lex.EnWord[lw] && !x.knownName(t.Text) {
				common++
			}
		}
	}
	return content >= 3 && caps*5 >= content*4 && common > 0
}

// headlineMentions rereads the names of English headline-case sentences
// by the rest of the document: a name there stands when a strong cue typed
// it or the body names it too; otherwise the body's names inside it are
// taken ("Amazon" and "Whole Foods Market" in "Amazon Buys Whole Foods
// Market"), and nothing else. A document in headline case throughout is
// left as it is.
func (x *Finder) headlineMentions(res *Result) {
	title := make([]bool, len(res.Sentences))
	any, body := false, false
	for i, s := range res.Sentences {
		title[i] = x.titleCased(s.Tokens)
		any = any || title[i]
		body = body || !title[i]
	}
	if !any || !body {
		return
	}
	known := map[string]Mention{} // lower-case surface or name → a body mention
	for _, m := range res.Mentions {
		if title[m.Sent] || m.Head != "" {
			continue
		}
		for _, k := range []string{segment.Lower(m.Text), segment.Lower(m.Norm)} {
			if _, ok := known[k]; !ok {
				known[k] = m
			}
		}
	}
	var out []Mention
	for _, m := range res.Mentions {
		if !title[m.Sent] || m.Head != "" || m.ByRule {
			out = append(out, m)
			continue
		}
		if _, ok := known[segment.Lower(m.Text)]; ok {
			out = append(out, m)
			continue
		}
		toks := res.Sentences[m.Sent].Tokens
		for a := m.Tok0; a < m.Tok1; {
			b := m.Tok1
			for ; b > a; b-- {
				if k, ok := known[segment.Lower(doc.JoinTokens(toks[a:b]))]; ok {
					n := doc.NewMention(toks, a, b, k.Norm, k.Type, k.Key, k.Conf)
					n.Sent, n.ByRule = m.Sent, k.ByRule
					out = append(out, n)
					break
				}
			}
			if b > a {
				a = b
			} else {
				a++
			}
		}
	}
	setMentions(res, out)
}

// setMentions replaces the document's mentions, sorted, and marks their
// coordination again (its links index the list).
func setMentions(res *Result, out []Mention) {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Sent != out[j].Sent {
			return out[i].Sent < out[j].Sent
		}
		return out[i].Tok0 < out[j].Tok0
	})
	res.Mentions = out
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && out[j].Sent == out[i].Sent {
			j++
		}
		markCoordination(res.Sentences[out[i].Sent].Tokens, out[i:j], i)
		i = j
	}
}

// headReferences finds an organisation named by the last word of its name
// after an article: "the Commission" for the European Commission, "die
// Kommission" for the EU-Kommission, "the bank" not (lowercase in English).
// Only a word that ends one organisation's name in the text counts.
func (x *Finder) headReferences(res *Result, lang string) {
	byHead := map[string]Mention{}
	ambiguous := map[string]bool{}
	for _, m := range res.Mentions {
		if m.Type != ORG || m.Head != "" {
			continue
		}
		for _, name := range []string{m.Norm, m.Text} { // "Europäische Kommission", "European Commission"
			h := name[strings.LastIndexAny(name, " -")+1:] // "EU-Kommission"
			if h == name || !lexicon.OrgHeads[h] {
				continue
			}
			if o, ok := byHead[h]; ok && o.Norm != m.Norm {
				ambiguous[h] = true
			}
			byHead[h] = m
		}
	}
	if len(byHead) == 0 {
		return
	}
	covered := map[[2]int]bool{}
	for _, m := range res.Mentions {
		for k := m.Tok0; k < m.Tok1; k++ {
			covered[[2]int{m.Sent, k}] = true
		}
	}
	out := res.Mentions
	added := false
	for si, s := range res.Sentences {
		for k := 1; k < len(s.Tokens); k++ {
			w := s.Tokens[k].Text
			m, ok := byHead[w]
			if !ok || ambiguous[w] || covered[[2]int{si, k}] || !lexicon.IsDefinite(s.Tokens[k-1].Text) {
				continue
			}
			if k+1 < len(s.Tokens) && segment.StartsUpperOrDigit(s.Tokens[k+1].Text) && lang == "en" {
				continue // "the Commission President …" may start another name
			}
			n := doc.NewMention(s.Tokens, k, k+1, m.Norm, ORG, m.Key, 0.6)
			n.Sent, n.ByRule = si, false
			out = append(out, n)
			added = true
		}
	}
	if added {
		setMentions(res, out)
	}
}

// englishTypeHints corrects names the model typed as people where English
// grammar says otherwise: "Spotify, which filed …" is no person, and
// neither is a name right after "its" ("its Android operating system").
func (x *Finder) englishTypeHints(res *Result) {
	// "Union Pacific CEO Jim Vena": a name before a role and a person is the
	// organisation, unless it starts with a given name
	orgNames := map[string]bool{}
	for _, m := range res.Mentions {
		toks := res.Sentences[m.Sent].Tokens
		if m.Type != PER && (m.Type != LOC || m.Key != "" && m.Tok1-m.Tok0 < 2) || m.Head != "" || m.Tok1+1 >= len(toks) || x.lex.Given[toks[m.Tok0].Text] {
			continue
		}
		k := m.Tok1
		if _, two := lexicon.RoleWords[segment.Lower(toks[k].Text+" "+toks[k+1].Text)]; two {
			k++
		} else if _, role := lexicon.RoleWords[toks[k].Text]; !role {
			continue
		}
		if k+1 < len(toks) && x.lex.Given[toks[k+1].Text] {
			orgNames[m.Norm] = true
		}
	}
	out := res.Mentions[:0]
	for _, m := range res.Mentions {
		if (m.Type == PER || m.Type == LOC) && orgNames[m.Norm] {
			m.Type, m.Conf = ORG, 0.7
		}
		if m.Type == PER && !m.ByRule && m.Head == "" {
			toks := res.Sentences[m.Sent].Tokens
			if m.Tok0 > 0 {
				if p := toks[m.Tok0-1].Lower(); p == "its" || p == "their" {
					continue
				}
			}
			if m.Tok1+1 < len(toks) && toks[m.Tok1].Text == "," && toks[m.Tok1+1].Lower() == "which" {
				m.Type, m.Conf = ORG, 0.7
			}
		}
		out = append(out, m)
	}
	setMentions(res, out)
}
