package relate

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
)

// The earlier stages' names as this stage uses them.
type (
	Token    = doc.Token
	Sentence = doc.Sentence
	Mention  = doc.Mention
	Entity   = doc.Entity
	Relation = doc.Relation
	Place    = lexicon.Place
)

// Entity types.
const (
	PER     = doc.PER
	ORG     = doc.ORG
	LOC     = doc.LOC
	PRODUCT = doc.PRODUCT
	MISC    = doc.MISC
)

// setOf makes a set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Relater finds the relations between a document's entities.
type Relater struct {
	lex *lexicon.Lexicon
}

// New returns a relater that reads the language knowledge of lex.
func New(lex *lexicon.Lexicon) *Relater { return &Relater{lex: lex} }

// Relate finds the relations of the document's sentences. res.Relations
// may hold relations that resolution implied already; the sentences'
// relations come first. Entities of unsure type that the relations decide
// are retyped.
func (x *Relater) Relate(res *doc.Result) {
	res.Relations = append(x.relations(res.Doc.Text, res.Sentences, res.Mentions, res.Entities, res.Doc.Lang), res.Relations...)
	x.retypeByRelations(res.Entities, res.Relations)
}
