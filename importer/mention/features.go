package mention

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/segment"
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
// features of each word alone and of one neighbour (tag.Tagger.Rows holds
// their sums). With a
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
		add := func(kind tag.Kind, v ...string) { fs = append(fs, kind.Hash(v...)) }
		if withWord {
			fs = append(fs, cur.NER...)
			for _, nb := range nerNeighbours {
				fs = append(fs, nb.Hash(ws[k+nb.Offset])...)
			}
		}
		add(nkRule, ruleTags[i])
		add(nkRulePcl, ruleTags[i], cur.Class)
		if i == first {
			add(nkFirst, cur.Class)
		}
		add(nkShM1_sh, ws[k-1].Shape, cur.Shape)
		add(nkSh_shP1, cur.Shape, ws[k+1].Shape)
		add(nkClM1_cl, ws[k-1].Class, cur.Class)
		add(nkCl_clP1, cur.Class, ws[k+1].Class)
		add(nkWM1_sh, ws[k-1].Lower, cur.Shape)
		add(nkWM1_w, ws[k-1].Lower, lw)
		add(nkW_wP1, lw, ws[k+1].Lower)
		if i > 0 {
			add(nkRuleM1, ruleTags[i-1])
		}
		if i+1 < n {
			add(nkRuleP1, ruleTags[i+1])
		}
		if j := strings.LastIndex(w, "-"); j > 0 && j < len(w)-1 {
			add(nkHyphead, segment.Lower(w[j+1:]))
			add(nkHyppre, x.tag.Info(cache, w[:j], lang).Class)
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

// The kinds of the entity tagger's context features, hashed once.
var (
	nkRule    = tag.NewKind("rule")
	nkRulePcl = tag.NewKind("rule+cl")
	nkFirst   = tag.NewKind("first")
	nkWM1     = tag.NewKind("w-1")
	nkWP1     = tag.NewKind("w+1")
	nkWM2     = tag.NewKind("w-2")
	nkWP2     = tag.NewKind("w+2")
	nkClM1    = tag.NewKind("cl-1")
	nkClP1    = tag.NewKind("cl+1")
	nkShM1    = tag.NewKind("sh-1")
	nkShP1    = tag.NewKind("sh+1")
	nkShM1_sh = tag.NewKind("sh-1|sh")
	nkSh_shP1 = tag.NewKind("sh|sh+1")
	nkClM1_cl = tag.NewKind("cl-1|cl")
	nkCl_clP1 = tag.NewKind("cl|cl+1")
	nkWM1_sh  = tag.NewKind("w-1|sh")
	nkWM1_w   = tag.NewKind("w-1|w")
	nkW_wP1   = tag.NewKind("w|w+1")
	nkRuleM1  = tag.NewKind("rule-1")
	nkRuleP1  = tag.NewKind("rule+1")
	nkHyphead = tag.NewKind("hyphead")
	nkHyppre  = tag.NewKind("hyppre")
)

// nerNeighbours are the entity tagger's features of one neighbouring word:
// the word, its class and shape before and after, the word two before and
// two after.
var nerNeighbours = []tag.Neighbour{
	{Offset: -1, Kinds: []tag.Kind{nkWM1, nkClM1, nkShM1}, Fields: []tag.Field{tag.FieldLower, tag.FieldClass, tag.FieldShape}},
	{Offset: 1, Kinds: []tag.Kind{nkWP1, nkClP1, nkShP1}, Fields: []tag.Field{tag.FieldLower, tag.FieldClass, tag.FieldShape}},
	{Offset: -2, Kinds: []tag.Kind{nkWM2}, Fields: []tag.Field{tag.FieldLower}},
	{Offset: 2, Kinds: []tag.Kind{nkWP2}, Fields: []tag.Field{tag.FieldLower}},
}
