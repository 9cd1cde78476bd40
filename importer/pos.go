package importer

import (
	"strings"

	"github.com/kgx/kgx/importer/tagger"
)

// UPOS tags of Universal Dependencies, the tag set of the part-of-speech tagger.
var uposTags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
	"PUNCT", "SCONJ", "SYM", "VERB", "X"}

// posFeatures are the features of the part-of-speech tagger: the word, its
// affixes and shape, what the lexicons say of it, and its neighbours.
func (x *Extractor) posFeatures(words []string, lang string, cache map[string]wordInfo) [][]uint64 {
	return x.posFeaturesOf(words, lang, cache, true)
}

// posFeaturesOf is posFeatures, leaving out the features of each word alone
// unless withWord (wordScores holds their sums).
func (x *Extractor) posFeaturesOf(words []string, lang string, cache map[string]wordInfo, withWord bool) [][]uint64 {
	n := len(words)
	ws := make([]wordInfo, n+4)
	for i := range ws {
		ws[i] = wordInfo{lower: "<pad>", class: "<pad>", shape: "<pad>"}
	}
	for i, w := range words {
		ws[i+2] = x.info(cache, w, lang)
	}
	out := make([][]uint64, n)
	buf := make([]uint64, 0, n*20) // one backing array for the sentence
	for i := range words {
		k := i + 2
		cur := ws[k]
		lw := cur.lower
		fs := buf[len(buf):len(buf):cap(buf)]
		add := func(kind string, v ...string) { fs = append(fs, fnv(kind, v...)) }
		if withWord {
			fs = append(fs, cur.pos...)
		}
		add("w-1", ws[k-1].lower)
		add("w+1", ws[k+1].lower)
		add("w-2", ws[k-2].lower)
		add("cl-1", ws[k-1].class)
		add("cl+1", ws[k+1].class)
		add("sh-1|sh", ws[k-1].shape, cur.shape)
		add("w-1|w", ws[k-1].lower, lw)
		if i == 0 {
			add("first", cur.shape)
		}
		out[i] = fs[:len(fs):len(fs)]
		buf = fs[len(fs):len(fs):cap(fs)]
	}
	return out
}

// posWordFeatures hashes the part-of-speech tagger's features of a word alone.
func (x *Extractor) posWordFeatures(w string, in wordInfo, lang string) []uint64 {
	lw := in.lower
	fs := []uint64{fnv("b", ""), fnv("lw", lw), fnv("s1", suffix(lw, 1)), fnv("s2", suffix(lw, 2)),
		fnv("s3", suffix(lw, 3)), fnv("s4", suffix(lw, 4)), fnv("sh", in.shape), fnv("cl", in.class)}
	if lang == "de" {
		if _, ok := x.lex.DeVerb[lw]; ok {
			fs = append(fs, fnv("deverb", ""))
		}
		if _, ok := x.lex.DeAdj[lw]; ok {
			fs = append(fs, fnv("deadj", ""))
		}
	}
	if strings.Contains(w, "-") {
		fs = append(fs, fnv("hyphen", ""))
	}
	return fs
}

// TrainPOS trains a part-of-speech tagger for lang on tokenised sentences
// with UPOS tags.
func (x *Extractor) TrainPOS(lang string, sents [][]string, tags [][]string, epochs int) *tagger.Model {
	idx := map[string]int{}
	for i, t := range uposTags {
		idx[t] = i
	}
	cache := map[string]wordInfo{}
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
func (x *Extractor) TagPOS(m *tagger.Model, words []string, lang string) []string {
	pred := m.Predict(x.posFeatures(words, lang, nil))
	out := make([]string, len(pred))
	for i, p := range pred {
		out[i] = m.Tags[p]
	}
	return out
}
