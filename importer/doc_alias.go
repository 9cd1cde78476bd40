package importer

import "github.com/kgx/kgx/importer/doc"

// The annotated document (importer/doc) as the pipeline's callers know it.
type (
	Mention  = doc.Mention
	Relation = doc.Relation
	Entity   = doc.Entity
	Result   = doc.Result
)

// Entity types (the store's, from graph/kg).
const (
	PER     = doc.PER
	ORG     = doc.ORG
	LOC     = doc.LOC
	PRODUCT = doc.PRODUCT
	EVENT   = doc.EVENT
	MISC    = doc.MISC
)

func joinTokens(toks []Token) string     { return doc.JoinTokens(toks) }
func sortMentions(ms []Mention)          { doc.SortMentions(ms) }
func inMention(ms []Mention, k int) bool { return doc.InMention(ms, k) }
func mention(toks []Token, i, j int, norm, typ, key string, conf float64) Mention {
	return doc.NewMention(toks, i, j, norm, typ, key, conf)
}
