// Package mention is the importer's mention stage: it finds the names of
// people, organisations, places and products in a document's sentences —
// by rules over the lexicons and gazetteers, by the statistical entity
// tagger over them, and by fixes that read the whole document.
package mention

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/tag"
	"github.com/kgx/kgx/importer/tagger"
)

// The earlier stages' names as this stage uses them.
type (
	Token    = doc.Token
	Sentence = doc.Sentence
	Mention  = doc.Mention
	Entity   = doc.Entity
	Result   = doc.Result
	Place    = lexicon.Place
)

// Entity types.
const (
	PER     = doc.PER
	ORG     = doc.ORG
	LOC     = doc.LOC
	PRODUCT = doc.PRODUCT
	EVENT   = doc.EVENT
	MISC    = doc.MISC
)

// Finder finds entity mentions. It is safe for concurrent use.
type Finder struct {
	lex *lexicon.Lexicon
	tag *tag.Tagger
	ner map[string]*tagger.Model // statistical entity taggers by language
}

// New loads the entity taggers and returns a finder that reads the
// language knowledge of lex and the word features of tg.
func New(lex *lexicon.Lexicon, tg *tag.Tagger) (*Finder, error) {
	ner, err := tag.LoadModels("ner", nerAllowed)
	if err != nil {
		return nil, err
	}
	return &Finder{lex: lex, tag: tg, ner: ner}, nil
}

// WithNER returns a copy of the finder that uses model for lang (nil:
// rules only).
func (x *Finder) WithNER(lang string, model *tagger.Model) *Finder {
	y := *x
	y.ner = map[string]*tagger.Model{}
	for k, v := range x.ner {
		y.ner[k] = v
	}
	if model == nil {
		delete(y.ner, lang)
	} else {
		model.Allowed = nerAllowed
		model.Prepare()
		y.ner[lang] = model
	}
	return &y
}

// WithTagger returns a copy of the finder that uses tg's word features and
// part-of-speech tags.
func (x *Finder) WithTagger(tg *tag.Tagger) *Finder {
	y := *x
	y.tag = tg
	return &y
}

// NER returns the entity tagger for lang, or nil.
func (x *Finder) NER(lang string) *tagger.Model { return x.ner[lang] }
