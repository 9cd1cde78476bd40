package relate

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
)

// originNouns read an origin adjective before a leader's title or a kind
// of site: "Russian President Vladimir Putin" heads Russia; "the carmaker
// is readying two Chinese factories" works in China (the nearest subject).
func originNouns(add addFunc, toks []Token, args []arg) {
	for i, a := range args {
		if a.head != "demonym" || a.tok1 >= len(toks) {
			continue
		}
		w := toks[a.tok1].Text
		switch {
		case lexicon.LeaderTitles[w]:
			if i+1 < len(args) && args[i+1].typ == PER && args[i+1].tok0 == a.tok1+1 {
				add(args[i+1].ent, "ceo_of", a.ent, doc.JoinTokens(toks[a.tok0:a.tok1+1]), 0.7)
			}
		case lexicon.FacilityNouns[w]:
			if s := clauseSubjectBefore(args, i); s >= 0 {
				add(s, "operates_in", a.ent, doc.JoinTokens(toks[a.tok0:a.tok1+1]), 0.6)
			}
		}
	}
}

// clauseSubjectBefore is the nearest organisation before args[i] that no
// preposition governs ("Volkswagen, which is readying …"), or -1.
func clauseSubjectBefore(args []arg, i int) int {
	for j := i - 1; j >= 0; j-- {
		if b := args[j]; b.typ == ORG && b.prep == "" && b.head == "" {
			return b.ent
		}
	}
	return -1
}
