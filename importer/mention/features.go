package mention

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/tag"
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

// nerFeatures returns the features of every token of a sentence, including
// what the rule-based pass found (ruleTags, one per token: "B-ORG", "O", …)
// and the part-of-speech tags (pos; none when nil).
func (x *Finder) nerFeatures(toks []Token, ruleTags, pos []string, lang string, cache tag.Cache) [][]uint64 {
	return x.nerFeaturesOf(toks, ruleTags, pos, lang, cache, nil)
}

// nerFeaturesOf is nerFeatures into fb, for prediction: without the
// features of each word alone (tag.Tagger.Scores holds their sums). With a
// nil fb the features are nerFeatures, allocated to be kept (training).
func (x *Finder) nerFeaturesOf(toks []Token, ruleTags, pos []string, lang string, cache tag.Cache, fb *tag.FeatBuf) [][]uint64 {
	n := len(toks)
	buf, out, ws := fb.Room(n, 40) // one backing array for the sentence
	withWord := fb == nil
	for i, t := range toks {
		ws[i+2] = x.tag.Info(cache, t.Text, lang)
	}
	first := doc.FirstWord(toks)
	for i, t := range toks {
		k := i + 2
		w, cur := t.Text, ws[k]
		lw := cur.Lower
		fs := buf[len(buf):len(buf):cap(buf)]
		add := func(kind string, v ...string) { fs = append(fs, tag.Fnv(kind, v...)) }
		if withWord {
			fs = append(fs, cur.NER...)
		}
		add("rule", ruleTags[i])
		add("rule+cl", ruleTags[i], cur.Class)
		if i == first {
			add("first", cur.Class)
		}
		add("w-1", ws[k-1].Lower)
		add("w+1", ws[k+1].Lower)
		add("w-2", ws[k-2].Lower)
		add("w+2", ws[k+2].Lower)
		add("cl-1", ws[k-1].Class)
		add("cl+1", ws[k+1].Class)
		add("sh-1", ws[k-1].Shape)
		add("sh+1", ws[k+1].Shape)
		add("sh-1|sh", ws[k-1].Shape, cur.Shape)
		add("sh|sh+1", cur.Shape, ws[k+1].Shape)
		add("cl-1|cl", ws[k-1].Class, cur.Class)
		add("cl|cl+1", cur.Class, ws[k+1].Class)
		add("w-1|sh", ws[k-1].Lower, cur.Shape)
		add("w-1|w", ws[k-1].Lower, lw)
		add("w|w+1", lw, ws[k+1].Lower)
		if i > 0 {
			add("rule-1", ruleTags[i-1])
		}
		if i+1 < n {
			add("rule+1", ruleTags[i+1])
		}
		if j := strings.LastIndex(w, "-"); j > 0 && j < len(w)-1 {
			add("hyphead", strings.ToLower(w[j+1:]))
			add("hyppre", x.tag.Info(cache, w[:j], lang).Class)
		}
		if pos != nil {
			tf := tagFeatures(pos, i)
			fs = append(fs, tf[:]...)
		}
		out[i] = fs[:len(fs):len(fs)]
		buf = fs[len(fs):len(fs):cap(fs)]
	}
	return out
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
