package relate

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// appositionRelations read what an apposition, a copula or a relative
// clause says about the name before it:
//   - "Bosch Rexroth – eine Tochtergesellschaft von Bosch –", "Instagram, a
//     subsidiary of Meta": the name is the unit of the one after;
//   - "die Volkswagen-Gruppe, die auch Muttergesellschaft von Skoda ist",
//     "Alphabet, the parent of Google": the name owns the one after;
//   - "Dinkelacker war bis 2007 Teil des Inbev-Konzerns": a part of it.
func (x *Relater) appositionRelations(add addFunc, toks []Token, args []arg, ents []Entity) {
	for k, t := range toks {
		pred := ""
		switch {
		case x.lex.NounCues[t.Text] == "subsidiary_of":
			pred = "subsidiary_of"
		case lexicon.ParentNouns[t.Text]:
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
		add(subj, pred, obj.ent, doc.JoinTokens(toks[k:obj.tok1]), 0.7)
	}
}

// appositionObject is the organisation after the noun at k: "Tochter von
// Bosch", "subsidiary of Meta", "Teil des Inbev-Konzerns".
func (x *Relater) appositionObject(toks []Token, args []arg, ents []Entity, k int) (arg, bool) {
	for _, a := range args {
		if a.tok0 <= k {
			continue
		}
		// "Tochter von Bosch", "eine Division der BASF": the preposition or genitive article after the noun
		owner := ownerPreps[a.prep] || a.tok0 > k+1 && ownerPreps[toks[k+1].Lower()]
		if a.tok0 > k+3 || a.anaphor || a.head != "" && !lexicon.SameEntityHeads[a.head] && !x.lex.IsTypeNoun(a.head) || !owner {
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
func (x *Relater) appositionSubject(toks []Token, args []arg, k int) (int, string) {
	j := k - 1
	for j >= 0 && x.describingWord(toks[j].Text) {
		j--
	}
	if j < 1 {
		return -1, ""
	}
	w := toks[j].Lower()
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
		if a.tok1 == end && (a.typ == ORG || a.typ == LOC) && (a.head == "" || lexicon.SameEntityHeads[a.head]) {
			return a.ent, link
		}
	}
	return -1, ""
}

// describingWord reports whether a word may stand between a link and a
// relational noun: an article, a number, an adverb like "auch", an
// adjective ("100-prozentige", "wholly owned").
func (x *Relater) describingWord(w string) bool {
	lw := segment.Lower(w)
	if lexicon.IsDefinite(w) || segment.IsNumber(w) || appositionFillers[lw] {
		return true
	}
	if _, adj := x.lex.DeAdj[lw]; adj && segment.StartsLower(w) {
		return true
	}
	return false
}

var (
	possessedNouns    = lexicon.WordSet("possessed_nouns")
	viewWords         = lexicon.WordSet("view_words")
	partNouns         = lexicon.WordSet("part_nouns")
	copulas           = lexicon.WordSet("copulas")
	ownerPreps        = lexicon.WordSet("owner_preps")
	appositionFillers = lexicon.WordSet("apposition_fillers")
)

// possessedRelations read "Prominent Hill is considered OZ Minerals' key
// asset", "Instagram, Meta's photo app unit": a name linked by a copula or
// a comma to an organisation's possessive before a noun of what it owns is
// owned by that organisation.
func (x *Relater) possessedRelations(add addFunc, toks []Token, args []arg, ents []Entity) {
	for i, b := range args {
		if b.head != "poss" || !b.orgLike() && !b.unsure || b.anaphor {
			continue
		}
		owned := false
		for j := b.tok1; j < len(toks) && j <= b.tok1+2; j++ {
			if possessedNouns[toks[j].Text] {
				owned = true
				break
			}
			if !segment.StartsLower(toks[j].Text) {
				break
			}
		}
		if !owned {
			continue
		}
		k := b.tok0
		if k > 0 && viewWords[toks[k-1].Lower()] {
			k-- // "is considered OZ Minerals' key asset"
		}
		subj, link := x.appositionSubject(toks, args[:i], k)
		if subj < 0 && k > 0 && copulas[toks[k-1].Lower()] {
			subj = subjectBefore(toks, args[:i], k-1) // "The Prominent Hill gold mine is …"
		}
		if subj >= 0 && subj != b.ent && link != "relative" {
			add(b.ent, "owns", subj, doc.JoinTokens(toks[b.tok0:min(b.tok1+3, len(toks))]), 0.6)
		}
	}
}

// subjectBefore is the name of the noun phrase that ends at token end: the
// last name before it with only lower-case words and "and" between
// ("Prominent Hill gold and copper mine"), or -1.
func subjectBefore(toks []Token, args []arg, end int) int {
	for i := len(args) - 1; i >= 0; i-- {
		a := args[i]
		if a.tok1 > end || a.prep != "" {
			continue
		}
		for _, t := range toks[a.tok1:end] {
			if !segment.StartsLower(t.Text) {
				return -1
			}
		}
		return a.ent
	}
	return -1
}

// brandRelations read "die Radeberger-Gruppe (Jever)": the brand in
// brackets belongs to the company before it.
func brandRelations(add addFunc, toks []Token, args []arg) {
	for i := 1; i < len(args); i++ {
		b, a := args[i], args[i-1]
		if b.head == "brand" && a.orgLike() && a.tok1 == b.tok0-1 && toks[a.tok1].Text == "(" {
			add(a.ent, "owns", b.ent, doc.JoinTokens(toks[a.tok0:b.tok1+1]), 0.6)
		}
	}
}
