package relate

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// homeRelations read where an organisation is at home from the words
// around its name:
//   - "Seal Holdings aus Ohio", "Brauereien aus Leipzig und Dresden": from
//     each place named;
//   - "die Schaeffler AG in Herzogenaurach": after an article, a company
//     and the town it is in;
//   - "Manhattan buyout firm Blackstone", "Germany's state-owned development
//     bank KfW": a place, then a noun phrase that names the kind of company;
//   - "die in Hamburg ansässige Reederei Hapag-Lloyd".
func (x *Relater) homeRelations(add addFunc, toks []Token, args []arg, ents []Entity) {
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ != ORG || a.head != "" || b.typ != LOC || b.tok0 != a.tok1+1 {
			continue
		}
		switch {
		case b.prep == "aus":
			for _, p := range coordinated(toks, args[i+1:], b) {
				if p.typ == LOC {
					add(a.ent, "based_in", p.ent, doc.JoinTokens(toks[a.tok0:p.tok1]), 0.6)
				}
			}
		case b.prep == "in" && b.head == "" && a.tok0 > 0 && lexicon.IsDefinite(toks[a.tok0-1].Text) && placeRank(ents[b.ent].Key) < 2:
			add(a.ent, "based_in", b.ent, doc.JoinTokens(toks[a.tok0:b.tok1]), 0.55)
		}
	}
	for i := 0; i+1 < len(args); i++ {
		a := args[i]
		if a.typ != LOC || a.head != "" && a.head != "poss" {
			continue
		}
		if b, label, ok := x.kindBetween(toks, args[i+1:], a); ok {
			add(b.ent, "based_in", a.ent, label, 0.6)
		}
	}
}

// kindBetween finds the organisation named right after a place and a noun
// phrase of up to four words that ends in a kind of organisation: "Seattle
// coffee chain Starbucks", "Germany's state-owned development bank KfW",
// "die in Hamburg ansässige Reederei Hapag-Lloyd".
func (x *Relater) kindBetween(toks []Token, rest []arg, place arg) (arg, string, bool) {
	if len(rest) == 0 || rest[0].typ != ORG || rest[0].head != "" || rest[0].anaphor {
		return arg{}, "", false
	}
	b := rest[0]
	gap := toks[place.tok1:b.tok0]
	if len(gap) < 1 || len(gap) > 4 {
		return arg{}, "", false
	}
	resident := residentWords[gap[0].Lower()] && place.prep == "in"
	if place.prep != "" && place.head != "poss" && !resident {
		return arg{}, "", false // "in China, Apple's supplier Foxconn": the place belongs to the clause
	}
	last := gap[len(gap)-1].Text
	if !x.lex.IsTypeNoun(last) && !x.lex.IsTypeNoun(segment.Lower(last)) && !lexicon.KindNouns[last] && !resident {
		return arg{}, "", false
	}
	for _, t := range gap[:len(gap)-1] {
		if t.Text == "," || x.lex.Prepositions[t.Lower()] || x.lex.VerbLike(t.Lower()) {
			return arg{}, "", false
		}
	}
	return b, doc.JoinTokens(toks[place.tok0:b.tok1]), true
}

// residentWords after "in PLACE" say an organisation is at home there.
var residentWords = lexicon.WordSet("resident_words")

// placeModifiers read a place written before a noun of activity:
// "Nissan will expand its Sunderland operations", "PSA's UK sales",
// "BMW's China plant": the organisation the possessive or the clause names
// is active there.
func (x *Relater) placeModifiers(add addFunc, toks []Token, args []arg) {
	for i, a := range args {
		if a.typ != LOC || a.head != "" && a.head != "poss" || a.tok1 >= len(toks) || x.lex.NounCues[toks[a.tok1].Text] != "operates_in" {
			continue
		}
		owner := -1
		for _, b := range args[:i] {
			if b.orgLike() && !b.anaphor && (b.prep == "" || b.head == "poss") {
				owner = b.ent // the organisation named last before: "Nissan … its", "PSA's"
			}
		}
		if owner >= 0 {
			add(owner, "operates_in", a.ent, doc.JoinTokens(toks[a.tok0:a.tok1+1]), 0.6)
		}
	}
}

// leadingPlaces read "Great Wall is China's top maker of SUVs", "Deutsche
// Telekom, Europe's largest phone company": a place's possessive before a
// kind of company, after a name and a comma or copula, is that company's
// home; a continent is where it works.
func (x *Relater) leadingPlaces(add addFunc, toks []Token, args []arg, ents []Entity) {
	for i := 1; i < len(args); i++ {
		p, o := args[i], args[i-1]
		if p.typ != LOC || p.head != "poss" || !o.orgLike() || o.anaphor {
			continue
		}
		link := toks[o.tok1:p.tok0]
		// "X, Europe's largest …" after any preposition; "X is China's top maker" with X the subject
		if len(link) != 1 || link[0].Text != "," && (o.prep != "" || !copulas[link[0].Lower()]) {
			continue
		}
		for j := p.tok1; j < len(toks) && j <= p.tok1+3; j++ {
			if x.lex.IsTypeNoun(toks[j].Text) {
				pred := "based_in"
				if strings.HasPrefix(ents[p.ent].Key, "continent:") {
					pred = "operates_in" // "Europe's largest phone company"
				}
				add(o.ent, pred, p.ent, doc.JoinTokens(toks[o.tok0:j+1]), 0.6)
				break
			}
			if !segment.StartsLower(toks[j].Text) {
				break
			}
		}
	}
}

// ownedByPossessor reads "Windhorst … über seine Beteiligungsgesellschaft
// Tennor", "its subsidiary Waymo": the name a possessive and a kind of
// company stand before belongs to the person or company the clause is about.
func (x *Relater) ownedByPossessor(add addFunc, toks []Token, args []arg) {
	for i, a := range args {
		if a.typ != ORG || a.head != "" || a.anaphor || a.tok0 < 2 || !x.lex.IsTypeNoun(toks[a.tok0-1].Text) ||
			!possessiveDets[toks[a.tok0-2].Lower()] {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if b := args[j]; b.prep == "" && (b.typ == PER || b.typ == ORG) && b.ent != a.ent {
				add(b.ent, "owns", a.ent, doc.JoinTokens(toks[a.tok0-2:a.tok1]), 0.6)
				break
			}
		}
	}
}

// whereBased reads "Baoding, the city where Great Wall is based", "Bonn,
// wo das Kartellamt seinen Sitz hat": the place before "where"/"wo" is the
// home of the company after it.
func whereBased(add addFunc, toks []Token, args []arg) {
	for k, t := range toks {
		if w := t.Text; w != "where" && w != "wo" && w != "Where" && w != "Wo" {
			continue
		}
		place, org := -1, arg{ent: -1}
		for _, a := range args {
			if a.typ == LOC && a.tok1 <= k && a.tok1 >= k-6 {
				place = a.ent
			}
			if org.ent < 0 && a.tok0 > k && a.tok0 <= k+3 && a.orgLike() {
				org = a
			}
		}
		if place < 0 || org.ent < 0 {
			continue
		}
		for j := org.tok1; j < len(toks) && j <= org.tok1+4; j++ {
			if homeWords[toks[j].Lower()] {
				add(org.ent, "based_in", place, doc.JoinTokens(toks[k:j+1]), 0.6)
				break
			}
		}
	}
}

// homeWords say where an organisation is at home ("is based", "seinen Sitz hat").
var homeWords = lexicon.WordSet("home_words")
