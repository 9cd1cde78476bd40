package tag

import (
	"strings"

	"github.com/kgx/kgx/importer/tagger"
)

// UPOS tags of Universal Dependencies, the tag set of the part-of-speech tagger.
var uposTags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
	"PUNCT", "SCONJ", "SYM", "VERB", "X"}

// posFeatures are the features of the part-of-speech tagger: the word, its
// affixes and shape, what the lexicons say of it, and its neighbours.
func (x *Tagger) posFeatures(words []string, lang string, cache Cache) [][]uint64 {
	return x.posFeaturesOf(words, lang, cache, nil)
}

// posFeaturesOf is posFeatures into fb, for prediction: without the
// features of each word alone and of one neighbour (Rows holds their sums). With a nil fb the
// features are posFeatures, allocated to be kept (training).
func (x *Tagger) posFeaturesOf(words []string, lang string, cache Cache, fb *FeatBuf) [][]uint64 {
	n := len(words)
	buf, out, ws := fb.Room(n, 20) // one backing array for the sentence
	withWord := fb == nil
	for i, w := range words {
		ws[i+2] = x.Info(cache, w, lang)
	}
	for i := range words {
		k := i + 2
		cur := ws[k]
		lw := cur.Lower
		fs := buf[len(buf):len(buf):cap(buf)]
		add := func(kind Kind, v ...string) { fs = append(fs, kind.Hash(v...)) }
		if withWord {
			fs = append(fs, cur.POS...)
			for _, nb := range posNeighbours {
				fs = append(fs, nb.Hash(ws[k+nb.Offset])...)
			}
		}
		add(pkShM1_sh, ws[k-1].Shape, cur.Shape)
		add(pkWM1_w, ws[k-1].Lower, lw)
		if i == 0 {
			add(pkFirst, cur.Shape)
		}
		out[i] = fs[:len(fs):len(fs)]
		buf = fs[len(fs):len(fs):cap(fs)]
	}
	return out
}

// posWordFeatures hashes the part-of-speech tagger's features of a word alone.
func (x *Tagger) posWordFeatures(w string, in *WordInfo, lang string) []uint64 {
	lw := in.Lower
	fs := []uint64{Fnv("b", ""), Fnv("lw", lw), Fnv("s1", suffix(lw, 1)), Fnv("s2", suffix(lw, 2)),
		Fnv("s3", suffix(lw, 3)), Fnv("s4", suffix(lw, 4)), Fnv("sh", in.Shape), Fnv("cl", in.Class)}
	if lang == "de" {
		if _, ok := x.lex.DeVerb[lw]; ok {
			fs = append(fs, Fnv("deverb", ""))
		}
		if _, ok := x.lex.DeAdj[lw]; ok {
			fs = append(fs, Fnv("deadj", ""))
		}
	}
	if strings.Contains(w, "-") {
		fs = append(fs, Fnv("hyphen", ""))
	}
	return fs
}

// TrainPOS trains a part-of-speech tagger for lang on tokenised sentences
// with UPOS tags.
func (x *Tagger) TrainPOS(lang string, sents [][]string, tags [][]string, epochs int) *tagger.Model {
	idx := map[string]int{}
	for i, t := range uposTags {
		idx[t] = i
	}
	cache := Cache{}
	var data []tagger.Example
	for k, words := range sents {
		if len(words) == 0 {
			continue
		}
		gold := make([]int, len(words))
		for i, t := range tags[k] {
			if j, ok := idx[t]; ok {
				gold[i] = j
			} else {
				gold[i] = idx["X"]
			}
		}
		data = append(data, tagger.Example{Feats: x.posFeatures(words, lang, cache), Tags: gold})
	}
	return tagger.Train(uposTags, nil, data, epochs, 1)
}

// TagPOS returns the UPOS tag of each word.
func (x *Tagger) TagPOS(m *tagger.Model, words []string, lang string) []string {
	pred := m.Predict(x.posFeatures(words, lang, nil))
	out := make([]string, len(pred))
	for i, p := range pred {
		out[i] = m.Tags[p]
	}
	return out
}

// The kinds of the part-of-speech tagger's context features, hashed once.
var (
	pkWM1     = NewKind("w-1")
	pkWP1     = NewKind("w+1")
	pkWM2     = NewKind("w-2")
	pkClM1    = NewKind("cl-1")
	pkClP1    = NewKind("cl+1")
	pkShM1_sh = NewKind("sh-1|sh")
	pkWM1_w   = NewKind("w-1|w")
	pkFirst   = NewKind("first")
)

// posNeighbours are the part-of-speech tagger's features of one
// neighbouring word: the word and its class before and after, the word two
// before.
var posNeighbours = []Neighbour{
	{Offset: -1, Kinds: []Kind{pkWM1, pkClM1}, Fields: []Field{FieldLower, FieldClass}},
	{Offset: 1, Kinds: []Kind{pkWP1, pkClP1}, Fields: []Field{FieldLower, FieldClass}},
	{Offset: -2, Kinds: []Kind{pkWM2}, Fields: []Field{FieldLower}},
}
