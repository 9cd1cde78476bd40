package importer

import (
	"slices"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

// Every cue in assets/lexicon/cues.tsv names a predicate the relation
// stage knows, so a mistyped line fails here and not silently.
func TestCueTable(t *testing.T) {
	l := mustExtractor(t).lex
	known := append(slices.Clone(kg.Predicates), "holds", "sells", "orders")
	check := func(where string, m map[string]string) {
		if len(m) == 0 {
			t.Errorf("%s: no cues loaded", where)
		}
		for w, p := range m {
			if !slices.Contains(known, p) {
				t.Errorf("%s: %q → unknown predicate %q", where, w, p)
			}
		}
	}
	check("verbs de", l.verbCues["de"])
	check("verbs en", l.verbCues["en"])
	check("nouns", l.nounCues)
	if l.verbCues["de"]["übernehmen"] != "acquires" || l.nounCues["Tochter"] != "subsidiary_of" {
		t.Error("well-known cues missing")
	}
	// the closed word lists of words.tsv
	if !l.passiveAux["wurde"] || !l.agentPreps["by"] || !l.prepositions["gegen"] || !l.clauseBreaks["which"] {
		t.Error("words.tsv lists not loaded")
	}
}
