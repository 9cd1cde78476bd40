package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

// Every cue in cues.tsv and every role in roles.tsv names a predicate the
// relation stage knows, and every frame flag is one it reads, so a mistyped
// line fails here and not silently.
func TestCueAndRoleTables(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	known := append(slices.Clone(kg.Predicates), "holds", "sells", "orders")
	check := func(where string, m map[string]string) {
		if len(m) == 0 {
			t.Errorf("%s: nothing loaded", where)
		}
		for w, p := range m {
			if !slices.Contains(known, p) {
				t.Errorf("%s: %q → unknown predicate %q", where, w, p)
			}
		}
	}
	check("verbs de", l.VerbCues["de"])
	check("verbs en", l.VerbCues["en"])
	check("nouns", l.NounCues)
	check("roles", RoleTable("role"))
	for _, s := range RoleSuffixes() {
		check("role suffix", map[string]string{s.Suffix: s.Pred})
	}
	if l.VerbCues["de"]["übernehmen"] != "acquires" || l.NounCues["Tochter"] != "subsidiary_of" || RoleTable("role")["CEO"] != "ceo_of" {
		t.Error("well-known cues missing")
	}
	for k := range l.CueFrames {
		if f := strings.Split(k, "\x00"); len(f) != 3 || f[2] != "reverse" && f[2] != "authority" {
			t.Errorf("cue frame %q: unknown flag", strings.ReplaceAll(k, "\x00", " "))
		}
	}
	if !l.CueFrame("de", "beauftragen", "reverse") || !l.CueFrame("en", "blocked", "authority") {
		t.Error("frames of cues.tsv not loaded")
	}
	for p := range l.ObjectPreps {
		check("object prepositions", map[string]string{"": p})
	}
	for p := range l.Symmetric {
		check("symmetric", map[string]string{"": p})
	}
	if !l.ObjectPreps["partner_of"]["mit"] || !l.Symmetric["merges_with"] || l.Symmetric["acquires"] {
		t.Error("object prepositions or symmetric predicates of cues.tsv not loaded")
	}
	// the closed word lists of words.tsv
	if !l.PassiveAux["wurde"] || !l.AgentPreps["by"] || !l.Prepositions["gegen"] || !l.ClauseBreaks["which"] {
		t.Error("words.tsv lists not loaded")
	}
}
