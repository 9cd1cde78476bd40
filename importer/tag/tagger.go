// Package tag is the importer's tagging stage: what each word is (its
// lexicon classes, shape and hashed features, cached across documents)
// and its part-of-speech tag from the statistical tagger. The entity
// tagger of the mention stage builds on the same word features.
package tag

import (
	"sync"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/tagger"
)

// Cache holds the words of one document: not safe for concurrent use.
type Cache = map[string]*WordInfo

// Pad stands for the words before and after a sentence.
var Pad = &WordInfo{Lower: "<pad>", Class: "<pad>", Shape: "<pad>"}

// Tagger computes word features and part-of-speech tags. It is safe for
// concurrent use.
type Tagger struct {
	lex    *lexicon.Lexicon
	pos    map[string]*tagger.Model // part-of-speech taggers by language
	de, en *lexicon.WordCache       // word → *WordInfo per language, shared by all documents (bounded)
	other  *lexicon.WordCache       // lang+word → *WordInfo for any other language
	pads   *sync.Map                // model → the *modelRows of Pad
	docs   map[string]*sync.Pool    // lang → Caches that earlier documents gave back
}

// maxDocCache bounds a Cache that goes on to the next document.
const maxDocCache = 20_000

// DocCache returns a Cache for a document in lang: one an earlier document
// in lang gave back (PutDocCache) when there is one. A document's words are
// mostly those of the documents before it, and a plain map of one
// goroutine finds them faster than the store all documents share.
func (x *Tagger) DocCache(lang string) Cache {
	if p := x.docs[lang]; p != nil {
		if c, ok := p.Get().(Cache); ok {
			return c
		}
	}
	return Cache{}
}

// PutDocCache gives a document's Cache back for the next document in lang;
// the document must be done with it.
func (x *Tagger) PutDocCache(lang string, c Cache) {
	p := x.docs[lang]
	if p == nil {
		return
	}
	if len(c) > maxDocCache {
		clear(c)
	}
	p.Put(c)
}

// infos is the shared cache of the word infos of lang.
func (x *Tagger) infos(lang string) wordStore {
	switch lang {
	case "de":
		return x.de
	case "en":
		return x.en
	}
	return prefixed{x.other, lang + "\x00"}
}

// wordStore keeps word infos by word.
type wordStore interface {
	Load(w string) (any, bool)
	Store(w string, v any)
}

// prefixed keeps the words of one language in a cache shared with others.
type prefixed struct {
	c      *lexicon.WordCache
	prefix string
}

func (p prefixed) Load(w string) (any, bool) { return p.c.Load(p.prefix + w) }
func (p prefixed) Store(w string, v any)     { p.c.Store(p.prefix+w, v) }

// New loads the part-of-speech models and returns a tagger.
func New(lex *lexicon.Lexicon) (*Tagger, error) {
	pos, err := LoadModels("pos", nil)
	if err != nil {
		return nil, err
	}
	return &Tagger{lex: lex, pos: pos, de: &lexicon.WordCache{}, en: &lexicon.WordCache{}, other: &lexicon.WordCache{},
		pads: &sync.Map{}, docs: map[string]*sync.Pool{"de": {}, "en": {}}}, nil
}

// HasPOS reports whether a part-of-speech model for lang is loaded.
func (x *Tagger) HasPOS(lang string) bool { return x.pos[lang] != nil }

// WithPOS returns a copy of the tagger that uses model for lang (nil: none).
func (x *Tagger) WithPOS(lang string, model *tagger.Model) *Tagger {
	y := *x
	y.pos = map[string]*tagger.Model{}
	for k, v := range x.pos {
		y.pos[k] = v
	}
	if model == nil {
		delete(y.pos, lang)
	} else {
		model.Prepare()
		y.pos[lang] = model
	}
	return &y
}

// TagAll returns the part-of-speech tags of every sentence (nil for each
// when no model for lang is loaded).
func (x *Tagger) TagAll(sents []doc.Sentence, lang string, cache Cache) [][]string {
	out := make([][]string, len(sents))
	if x.pos[lang] == nil {
		return out
	}
	for i, s := range sents {
		out[i] = x.Tags(s.Words(), lang, cache)
	}
	return out
}
