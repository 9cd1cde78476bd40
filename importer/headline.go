package importer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleCased reports whether an English sentence is written in headline
// case ("Amazon Buys Whole Foods Market"): nearly every content word is
// capitalised, common words included, so capitals tell nothing of names.
func (x *Extractor) titleCased(toks []Token) bool {
	content, caps, common := 0, 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(t.Text) < 2 || functionWords[strings.ToLower(t.Text)] {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			caps++
			if lw := strings.ToLower(t.Text); x.lex.enWord[lw] && !x.knownName(t.Text) {
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
func (x *Extractor) headlineMentions(res *Result) {
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
		for _, k := range []string{strings.ToLower(m.Text), strings.ToLower(m.Norm)} {
			if _, ok := known[k]; !ok {
				known[k] = m
			}
		}
	}
	var out []Mention
	for _, m := range res.Mentions {
		if !title[m.Sent] || m.Head != "" || m.typeByRule {
			out = append(out, m)
			continue
		}
		if _, ok := known[strings.ToLower(m.Text)]; ok {
			out = append(out, m)
			continue
		}
		toks := res.Sentences[m.Sent].Tokens
		for a := m.Tok0; a < m.Tok1; {
			b := m.Tok1
			for ; b > a; b-- {
				if k, ok := known[strings.ToLower(joinTokens(toks[a:b]))]; ok {
					n := mention(toks, a, b, k.Norm, k.Type, k.Key, k.Conf)
					n.Sent, n.typeByRule = m.Sent, k.typeByRule
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
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Sent != out[j].Sent {
			return out[i].Sent < out[j].Sent
		}
		return out[i].Tok0 < out[j].Tok0
	})
	// coordination links index the mention list: mark them again
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
