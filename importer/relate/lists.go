package relate

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
)

// listCompetitors links organisations in one coordinated list that shares a
// preposition: "prices slumped for Wal-Mart, Kroger and Sysco".
func (x *Relater) listCompetitors(add func(int, string, int, string, float64), toks []Token, all []arg, ents []Entity) {
	var args []arg // origin compounds describe the name after them: "California-based Adobe"
	for i, a := range all {
		if (a.head == "based" || a.head == "demonym" || a.head == "city-adj") && i+1 < len(all) && all[i+1].tok0 == a.tok1 {
			all[i+1].prep, all[i+1].tok0 = a.prep, a.tok0
			continue
		}
		args = append(args, a)
	}
	for i := 0; i < len(args); i++ {
		if args[i].prep == "" && !amongOthers(toks, args[i].tok0) || args[i].prep == "(" {
			continue // ("Betroffen sind unter anderem X, Y und Z" is such a list too)
		}
		g := coordinated(toks, args[i:], args[i])
		if len(g) >= 2 && (ownedList(toks, g[0].tok0) || familyNouns[tokenAt(toks, g[len(g)-1].tok1)]) {
			i += len(g) - 1 // "brands such as Hellmann's and Knorr": one owner's, not rivals
			continue
		}
		if len(g) >= 2 && rivalrySaid(toks) {
			competitors(add, g, ents, doc.JoinTokens(toks[g[0].tok0:g[len(g)-1].tok1]))
			i += len(g) - 1
		}
	}
}

// amongOthers reports whether the name at k follows "unter anderem" or
// "among others".
func amongOthers(toks []Token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if toks[j].Text == "anderem" && toks[j-1].Text == "unter" || toks[j].Text == "others" && toks[j-1].Text == "among" {
			return true
		}
	}
	return false
}

// competitors links organisations named together in one role.
func competitors(add func(int, string, int, string, float64), as []arg, ents []Entity, label string) {
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			if ents[as[i].ent].Type == ORG && ents[as[j].ent].Type == ORG && !as[i].anaphor && !as[j].anaphor {
				add(as[i].ent, "competitor_of", as[j].ent, "named together: "+label, 0.3)
			}
		}
	}
}

// partners adds partner_of between organisations that act together as the
// subjects of one verb.
func partners(add func(int, string, int, string, float64), as []arg, ents []Entity, label string) {
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			if ents[as[i].ent].Type == ORG && ents[as[j].ent].Type == ORG && !as[i].anaphor && !as[j].anaphor {
				add(as[i].ent, "partner_of", as[j].ent, "together: "+label, 0.5)
			}
		}
	}
}

// cooperative predicates, said of several subjects together, make them partners.
var cooperative = setOf("founder_of", "partner_of", "merges_with")

// jointNouns name what partners found together.
var jointNouns = lexicon.WordSet("joint_nouns")

// dealNouns name a takeover or merger as a thing: "den Kauf", "the deal".
var dealNouns = lexicon.WordSet("deal_nouns")

// dealPreps attach a party to a deal noun.
var dealPreps = lexicon.WordSet("deal_preps")

func hasAnyWord(toks []Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Text] {
			return true
		}
	}
	return false
}

func inArgs(as []arg, ent int) bool {
	for _, a := range as {
		if a.ent == ent {
			return true
		}
	}
	return false
}

// coordinated returns a and the arguments joined to it by "und", "sowie",
// "ebenso wie", "and", "as well as" or commas.
func coordinated(toks []Token, core []arg, a arg) []arg {
	out := []arg{a}
	last := a
	for _, b := range core {
		if b.tok0 < last.tok1 {
			continue
		}
		gap := toks[last.tok1:b.tok0]
		ok := len(gap) > 0 && len(gap) <= 3
		for _, g := range gap {
			lw := g.Lower()
			if !lexicon.Coordinators[lw] && lw != "ebenso" && lw != "as" && lw != "well" && lw != "auch" {
				ok = false
			}
		}
		if !ok {
			break
		}
		out = append(out, b)
		last = b
	}
	return out
}

// ownedNouns name what an organisation owns: its brands and units.
var ownedNouns = lexicon.WordSet("owned_nouns")

// ownedList reports whether a list starting at token k gives examples of
// what something owns: "brands such as", "Marken wie", "subsidiaries including".
func ownedList(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if ownedNouns[toks[j].Text] {
			return true
		}
	}
	return false
}

// familyNouns after a list make its names those of families: "the Porsche
// and Piech families".
var familyNouns = lexicon.WordSet("family_nouns")

func tokenAt(toks []Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].Text
}

// rivalrySaid reports whether the sentence speaks of competition, so that
// names listed together in it may be rivals: "Konkurrenten", "compete",
// "market share". Lists of customers, targets or advisers are no rivals.
func rivalrySaid(toks []Token) bool {
	for _, t := range toks {
		if lexicon.RivalNouns[t.Text] || rivalryWords[t.Lower()] {
			return true
		}
	}
	return false
}

// rivalryWords make a sentence about competition.
var rivalryWords = lexicon.WordSet("rivalry_words")
