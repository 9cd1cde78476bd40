package importer

import "github.com/kgx/kgx/importer/lexicon"

// Lexicon and Place are the lexicon stage's, where the importer's callers
// have always found them.
type (
	Lexicon = lexicon.Lexicon
	Place   = lexicon.Place
)

// NewLexicon loads the lexicon (see lexicon.NewLexicon).
func NewLexicon() (*Lexicon, error) { return lexicon.NewLexicon() }

// IsOriginAdjective reports whether w is an origin adjective such as
// "British", "chinesische" or "Münchner" (a German city adjective).
func (x *Extractor) IsOriginAdjective(w string) bool { return x.lex.IsOriginAdjective(w) }
