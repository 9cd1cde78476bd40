package tag

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"unicode"

	"github.com/kgx/kgx/assets"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
	"github.com/kgx/kgx/importer/tagger"
)

// Fnv hashes a feature kind and its values (FNV-1a, 64 bit); Fnv("k", "a",
// "b") equals Fnv("k", "a|b").
func Fnv(kind string, vs ...string) uint64 { return NewKind(kind).Hash(vs...) }

// Kind is a feature kind with its part of the hash done: the taggers hash
// the same kinds for every word.
type Kind uint64

// NewKind hashes a feature kind.
func NewKind(kind string) Kind {
	h := uint64(14695981039346656037)
	for i := 0; i < len(kind); i++ {
		h ^= uint64(kind[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
	return Kind(h)
}

// Hash finishes the hash of the kind with its values (as Fnv does).
func (k Kind) Hash(vs ...string) uint64 {
	h := uint64(k)
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

// WordInfo is what the features need of a word, computed once per word:
// with the hashes of the features that depend on the word alone, for the
// entity tagger (ner) and the part-of-speech tagger (pos).
type WordInfo struct {
	Lower, Class, Shape string   // lowercase, lexicon classes, character shape
	NER, POS            []uint64 // hashed features of the word alone, per tagger
	// the summed weights of the word's features for the models that made
	// them (see Rows)
	ner, pos *modelRows
}

// Info returns what the taggers' features need of word w in lang, from the
// document's cache, the shared word cache, or computed. The WordInfo is
// shared: callers must not change it.
func (x *Tagger) Info(cache Cache, w, lang string) *WordInfo {
	if in, ok := cache[w]; ok {
		return in
	}
	// what the lexicons say of a word never changes: share it between documents
	shared := x.infos(lang)
	var in *WordInfo
	if v, ok := shared.Load(w); ok {
		in = v.(*WordInfo)
	} else {
		in = x.newInfo(asciiContraction(w), lang)
		shared.Store(w, in)
	}
	if cache != nil {
		cache[w] = in
	}
	return in
}

// newInfo computes what the taggers' features need of word w.
func (x *Tagger) newInfo(w, lang string) *WordInfo {
	in := &WordInfo{Lower: segment.Lower(w), Class: x.tokenClass(w, lang), Shape: shape(w)}
	in.NER = nerWordFeatures(w, in)
	in.POS = x.posWordFeatures(w, in, lang)
	return in
}

// asciiContraction writes an English contraction with the ASCII apostrophe
// that most of the taggers' training text has: "We’ve" is read as "We've",
// a word the taggers know, not as an unknown capitalised word. (Possessives
// keep theirs: "City’s" is read as written.)
func asciiContraction(w string) string {
	i := strings.LastIndex(w, "’")
	if i <= 0 {
		return w
	}
	if end := w[i+len("’"):]; contractionEndings[end] {
		return w[:i] + "'" + end
	}
	return w
}

// contractionEndings follow the apostrophe of an English contraction.
var contractionEndings = lexicon.WordSet("contraction_endings")

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
func (x *Tagger) tokenClass(w, lang string) string {
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
		} else if segment.StartsUpperOrDigit(w) && x.lex.LooksLikeGermanNoun(w) {
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
	if lexicon.OrgTypeNouns[w] || lexicon.OrgTypeNouns[segment.Lower(w)] {
		c = append(c, "orgtype")
	}
	if x.lex.Demonym(w) != "" {
		c = append(c, "demonym")
	}
	if lexicon.MonthAndDay[w] {
		c = append(c, "date")
	}
	if lexicon.FunctionWords[segment.Lower(w)] {
		c = append(c, "func")
	}
	if len(c) == 0 {
		return "-"
	}
	return strings.Join(c, ",")
}

// nerWordFeatures hashes the entity tagger's features of a word alone.
func nerWordFeatures(w string, in *WordInfo) []uint64 {
	lw := in.Lower
	fs := []uint64{Fnv("b", ""), Fnv("w", w), Fnv("lw", lw), Fnv("s2", suffix(lw, 2)), Fnv("s3", suffix(lw, 3)),
		Fnv("s4", suffix(lw, 4))}
	r := []rune(lw)
	if len(r) > 3 {
		fs = append(fs, Fnv("p3", string(r[:3])))
	}
	return append(fs, Fnv("sh", in.Shape), Fnv("cl", in.Class), Fnv("p2", string(r[:min(2, len(r))])),
		Fnv("s5", suffix(lw, 5)))
}

// LoadModels reads the trained models of a kind ("ner", "pos") in
// assets/models, if any, and prepares them for prediction with the tag
// sequences allowed (nil: any).
func LoadModels(kind string, allowed func(i, j int) bool) (map[string]*tagger.Model, error) {
	out := map[string]*tagger.Model{}
	for _, lang := range []string{"de", "en"} {
		b, err := assets.Model(kind + "_" + lang + ".bin.gz")
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		m, err := tagger.Load(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		m.Allowed = allowed
		m.Prepare()
		out[lang] = m
	}
	return out, nil
}

// Tags returns the part-of-speech tags of the words, or nil when no
// POS model is loaded for lang.
func (x *Tagger) Tags(words []string, lang string, cache Cache) []string {
	m := x.pos[lang]
	if m == nil {
		return nil
	}
	fb := NewFeatBuf()
	pred := m.PredictFrom(x.Rows(RowModel{M: m, Neighbours: posNeighbours}, words, lang, cache, fb), x.posFeaturesOf(words, lang, cache, fb))
	fb.Release()
	out := make([]string, len(pred))
	for i, p := range pred {
		out[i] = m.Tags[p]
	}
	return out
}
