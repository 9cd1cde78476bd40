package importer

import (
	"strings"
	"unicode"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/tagger"
)

// NER tags of the statistical model (BIO over four types).
var nerTags = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// nerAllowed forbids I-X after anything but B-X or I-X (i = len(tags) is the start).
func nerAllowed(i, j int) bool {
	if j == 0 || nerTags[j][0] == 'B' {
		return true
	}
	if i >= len(nerTags) || i == 0 {
		return false
	}
	return nerTags[i][2:] == nerTags[j][2:]
}

// fnv hashes a feature kind and its values (FNV-1a, 64 bit); fnv("k", "a",
// "b") equals fnv("k", "a|b").
func fnv(kind string, vs ...string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(kind); i++ {
		h ^= uint64(kind[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
	for n, v := range vs {
		if n > 0 {
			h ^= '|'
			h *= 1099511628211
		}
		for i := 0; i < len(v); i++ {
			h ^= uint64(v[i])
			h *= 1099511628211
		}
	}
	return h
}

// wordInfo is what the features need of a word, computed once per word:
// with the hashes of the features that depend on the word alone, for the
// entity tagger (ner) and the part-of-speech tagger (pos).
type wordInfo struct {
	lower, class, shape string
	ner, pos            []uint64
	// per document only (never in the shared word cache): the summed
	// weights of ner and pos for the models in use
	nerRow, posRow []float32
	nerM, posM     *tagger.Model
}

func (x *Extractor) info(cache map[string]wordInfo, w, lang string) wordInfo {
	if in, ok := cache[w]; ok {
		return in
	}
	// what the lexicons say of a word never changes: share it between documents
	key := lang + "\x00" + w
	var in wordInfo
	if v, ok := x.words.Load(key); ok {
		in = v.(wordInfo)
	} else {
		in = wordInfo{lower: strings.ToLower(w), class: x.tokenClass(w, lang), shape: shape(w)}
		in.ner = nerWordFeatures(w, in)
		in.pos = x.posWordFeatures(w, in, lang)
		x.words.Store(key, in)
	}
	if cache != nil {
		cache[w] = in
	}
	return in
}

// shape maps a word to its character classes, runs collapsed: "Müller" → "Xx",
// "US-Kongress" → "X-Xx", "2021" → "d".
func shape(w string) string {
	var sb strings.Builder
	last := rune(0)
	for _, r := range w {
		c := 'o'
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '-' || r == '.' || r == '\'' || r == '&':
			c = r
		}
		if c != last {
			sb.WriteRune(c)
			last = c
		}
	}
	return sb.String()
}

func suffix(w string, n int) string {
	r := []rune(w)
	if len(r) <= n {
		return w
	}
	return string(r[len(r)-n:])
}

// tokenClass summarises what the lexicons know of a word.
func (x *Extractor) tokenClass(w, lang string) string {
	var c []string
	if x.lex.Orgs[w] != "" {
		c = append(c, "org")
	}
	if p := x.lex.Place(w); p != nil {
		c = append(c, p.Kind)
	}
	if x.lex.Common[w] {
		c = append(c, "given+")
	} else if x.lex.Given[w] {
		c = append(c, "given")
	}
	if x.lex.Family[w] {
		c = append(c, "family")
	}
	if lang == "de" {
		if x.lex.IsGermanNoun(w) {
			c = append(c, "noun")
		} else if startsUpperOrDigit(w) && x.lex.LooksLikeGermanNoun(w) {
			c = append(c, "noun~")
		}
	}
	if x.lex.IsCommonWord(w, lang) {
		c = append(c, "common")
	}
	if lexicon.LegalForms[w] {
		c = append(c, "legal")
	}
	if lexicon.OrgHeads[w] {
		c = append(c, "orghead")
	}
	if lexicon.IsRoleOrTitle(w) {
		c = append(c, "role")
	}
	if lexicon.OrgTypeNouns[w] || lexicon.OrgTypeNouns[strings.ToLower(w)] {
		c = append(c, "orgtype")
	}
	if x.lex.Demonym(w) != "" {
		c = append(c, "demonym")
	}
	if lexicon.MonthAndDay[w] {
		c = append(c, "date")
	}
	if lexicon.FunctionWords[strings.ToLower(w)] {
		c = append(c, "func")
	}
	if len(c) == 0 {
		return "-"
	}
	return strings.Join(c, ",")
}

// nerFeatures returns the features of every token of a sentence, including
// what the rule-based pass found (ruleTags, one per token: "B-ORG", "O", …).
func (x *Extractor) nerFeatures(toks []Token, ruleTags []string, lang string, cache map[string]wordInfo) [][]uint64 {
	return x.nerFeaturesOf(toks, ruleTags, lang, cache, true)
}

// nerFeaturesOf is nerFeatures, leaving out the features of each word alone
// unless withWord (wordScores holds their sums).
func (x *Extractor) nerFeaturesOf(toks []Token, ruleTags []string, lang string, cache map[string]wordInfo, withWord bool) [][]uint64 {
	n := len(toks)
	pad := wordInfo{lower: "<pad>", class: "<pad>", shape: "<pad>"}
	ws := make([]wordInfo, n+4)
	for i := range ws {
		ws[i] = pad
	}
	for i, t := range toks {
		ws[i+2] = x.info(cache, t.Text, lang)
	}
	first := doc.FirstWord(toks)
	out := make([][]uint64, n)
	buf := make([]uint64, 0, n*40) // one backing array for the sentence
	for i, t := range toks {
		k := i + 2
		w, cur := t.Text, ws[k]
		lw := cur.lower
		fs := buf[len(buf):len(buf):cap(buf)]
		add := func(kind string, v ...string) { fs = append(fs, fnv(kind, v...)) }
		if withWord {
			fs = append(fs, cur.ner...)
		}
		add("rule", ruleTags[i])
		add("rule+cl", ruleTags[i], cur.class)
		if i == first {
			add("first", cur.class)
		}
		add("w-1", ws[k-1].lower)
		add("w+1", ws[k+1].lower)
		add("w-2", ws[k-2].lower)
		add("w+2", ws[k+2].lower)
		add("cl-1", ws[k-1].class)
		add("cl+1", ws[k+1].class)
		add("sh-1", ws[k-1].shape)
		add("sh+1", ws[k+1].shape)
		add("sh-1|sh", ws[k-1].shape, cur.shape)
		add("sh|sh+1", cur.shape, ws[k+1].shape)
		add("cl-1|cl", ws[k-1].class, cur.class)
		add("cl|cl+1", cur.class, ws[k+1].class)
		add("w-1|sh", ws[k-1].lower, cur.shape)
		add("w-1|w", ws[k-1].lower, lw)
		add("w|w+1", lw, ws[k+1].lower)
		if i > 0 {
			add("rule-1", ruleTags[i-1])
		}
		if i+1 < n {
			add("rule+1", ruleTags[i+1])
		}
		if j := strings.LastIndex(w, "-"); j > 0 && j < len(w)-1 {
			add("hyphead", strings.ToLower(w[j+1:]))
			add("hyppre", x.info(cache, w[:j], lang).class)
		}
		out[i] = fs[:len(fs):len(fs)]
		buf = fs[len(fs):len(fs):cap(fs)]
	}
	return out
}

// nerWordFeatures hashes the entity tagger's features of a word alone.
func nerWordFeatures(w string, in wordInfo) []uint64 {
	lw := in.lower
	fs := []uint64{fnv("b", ""), fnv("w", w), fnv("lw", lw), fnv("s2", suffix(lw, 2)), fnv("s3", suffix(lw, 3)),
		fnv("s4", suffix(lw, 4))}
	r := []rune(lw)
	if len(r) > 3 {
		fs = append(fs, fnv("p3", string(r[:3])))
	}
	return append(fs, fnv("sh", in.shape), fnv("cl", in.class), fnv("p2", string(r[:min(2, len(r))])),
		fnv("s5", suffix(lw, 5)))
}

// ruleTags turns rule mentions into one BIO tag per token.
func ruleTags(n int, ms []Mention) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, m := range ms {
		typ := m.Type
		if m.Head != "" {
			typ = "part"
		} else if !m.ByRule {
			typ = "weak" + typ
		}
		for k := m.Tok0; k < m.Tok1 && k < n; k++ {
			if k == m.Tok0 {
				tags[k] = "B-" + typ
			} else {
				tags[k] = "I-" + typ
			}
		}
	}
	return tags
}

// wordScores returns, for each token, the model's summed weights of the
// features of the word alone (ner or pos), kept per model and word.
func (x *Extractor) wordScores(m *tagger.Model, words []string, lang string, cache map[string]wordInfo, pos bool) [][]float32 {
	out := make([][]float32, len(words))
	for i, w := range words {
		in := x.info(cache, w, lang)
		if pos && in.posM == m {
			out[i] = in.posRow
			continue
		}
		if !pos && in.nerM == m {
			out[i] = in.nerRow
			continue
		}
		key := scoreKey{m, w, lang}
		var row []float32
		if v, ok := x.words.Load(key); ok {
			row = v.([]float32)
		} else {
			fs := in.ner
			if pos {
				fs = in.pos
			}
			row = m.Sum(fs)
			x.words.Store(key, row)
		}
		if cache != nil { // keep it for the rest of the document
			if pos {
				in.posRow, in.posM = row, m
			} else {
				in.nerRow, in.nerM = row, m
			}
			cache[w] = in
		}
		out[i] = row
	}
	return out
}

// scoreKey keys a word's score row for one model in the word cache.
type scoreKey struct {
	m    *tagger.Model
	w    string
	lang string
}
