package importer

import (
	"strings"

	"github.com/kgx/kgx/importer/lexicon"
)

// appositionRelations read what an apposition, a copula or a relative
// clause says about the name before it:
//   - "Bosch Rexroth – eine Tochtergesellschaft von Bosch –", "Instagram, a
//     subsidiary of Meta": the name is the unit of the one after;
//   - "die Volkswagen-Gruppe, die auch Muttergesellschaft von Skoda ist",
//     "Alphabet, the parent of Google": the name owns the one after;
//   - "Dinkelacker war bis 2007 Teil des Inbev-Konzerns": a part of it.
func (x *Extractor) appositionRelations(add addFunc, toks []Token, args []arg, ents []Entity) {
	for k, t := range toks {
		pred := ""
		switch {
		case x.lex.NounCues[t.Text] == "subsidiary_of":
			pred = "subsidiary_of"
		case parentNouns[t.Text]:
			pred = "owns"
		case partNouns[t.Text]:
			pred = "part"
		default:
			continue
		}
		obj, ok := x.appositionObject(toks, args, ents, k)
		if !ok {
			continue
		}
		subj, link := x.appositionSubject(toks, args, k)
		if subj < 0 || subj == obj.ent || ents[subj].Type == LOC && !x.unsureType(ents[subj]) {
			continue
		}
		if pred == "part" {
			if link != "copula" {
				continue // "ein Teil der Flotte": no one's part
			}
			pred = "subsidiary_of"
		}
		add(subj, pred, obj.ent, joinTokens(toks[k:obj.tok1]), 0.7)
	}
}

// appositionObject is the organisation after the noun at k: "Tochter von
// Bosch", "subsidiary of Meta", "Teil des Inbev-Konzerns".
func (x *Extractor) appositionObject(toks []Token, args []arg, ents []Entity, k int) (arg, bool) {
	for _, a := range args {
		if a.tok0 <= k {
			continue
		}
		if a.tok0 > k+3 || a.anaphor || a.head != "" && !sameEntityHeads[a.head] && !x.typeNoun(a.head) || !ownerPreps[a.prep] {
			return arg{}, false
		}
		if a.typ != ORG && !x.unsureType(ents[a.ent]) {
			return arg{}, false
		}
		return a, true
	}
	return arg{}, false
}

// appositionSubject walks back from the noun at k over articles, numbers
// and describing words to what links it to a name: a dash, comma or
// bracket right after the name, a copula after it, or a relative pronoun
// after its comma. It returns the name's entity (or -1) and the link.
func (x *Extractor) appositionSubject(toks []Token, args []arg, k int) (int, string) {
	j := k - 1
	for j >= 0 && x.describingWord(toks[j].Text) {
		j--
	}
	if j < 1 {
		return -1, ""
	}
	w := strings.ToLower(toks[j].Text)
	link, end := "", j
	switch {
	case w == "," || w == "–" || w == "—" || w == "-" || w == "(":
		link = "punct"
	case copulas[w]:
		link = "copula"
	case relativePronouns[w] && toks[j-1].Text == ",":
		link, end = "relative", j-1
	default:
		return -1, ""
	}
	for _, a := range args {
		if a.tok1 == end && (a.typ == ORG || a.typ == LOC) && (a.head == "" || sameEntityHeads[a.head]) {
			return a.ent, link
		}
	}
	return -1, ""
}

// describingWord reports whether a word may stand between a link and a
// relational noun: an article, a number, an adverb like "auch", an
// adjective ("100-prozentige", "wholly owned").
func (x *Extractor) describingWord(w string) bool {
	lw := strings.ToLower(w)
	if isDefinite(w) || isNumber(w) || appositionFillers[lw] {
		return true
	}
	if _, adj := x.lex.DeAdj[lw]; adj && startsLower(w) {
		return true
	}
	return false
}

var (
	partNouns         = lexicon.WordSet("part_nouns")
	copulas           = lexicon.WordSet("copulas")
	ownerPreps        = lexicon.WordSet("owner_preps")
	appositionFillers = lexicon.WordSet("apposition_fillers")
)
