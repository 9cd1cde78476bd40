package resolve

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
)

// The earlier stages' names as this stage uses them.
type (
	Mention  = doc.Mention
	Entity   = doc.Entity
	Relation = doc.Relation
	Lexicon  = lexicon.Lexicon
	Place    = lexicon.Place
)

// Entity types.
const (
	PER = doc.PER
	ORG = doc.ORG
	LOC = doc.LOC
)

// Resolver groups a document's mentions into its entities.
type Resolver struct {
	lex *lexicon.Lexicon
}

// New returns a resolver that reads the language knowledge of lex.
func New(lex *lexicon.Lexicon) *Resolver { return &Resolver{lex: lex} }
