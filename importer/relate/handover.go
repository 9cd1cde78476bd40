package relate

import (
	"github.com/kgx/kgx/importer/lexicon"
)

// handovers read the German "X ging an Y": Y bought X; and the list that
// leaves the verb out after it: "Schießer ging an Delta Galil, Putzmeister
// an Sany und Schwing an XCMG" — each company before "an" went to the one
// after it. Only organisations take part ("der Preis ging an …" is an award).
func handovers(add addFunc, toks []Token, args []arg) {
	k := -1
	for i := 0; i+1 < len(toks); i++ {
		if handoverVerbs[toks[i].Lower()] {
			k = i
			break
		}
	}
	if k < 0 {
		return
	}
	from := 0 // where the current pair's company may start
	for p := k + 1; p < len(toks); p++ {
		if toks[p].Text != "an" {
			continue
		}
		target, buyer, buyerEnd := -1, -1, p+1
		for _, a := range args {
			if a.tok0 >= from && a.tok1 <= p && a.orgLike() && a.head == "" {
				target = a.ent // the last company before "an"
			}
			if buyer < 0 && a.tok0 > p && a.tok0 <= p+4 && a.orgLike() && a.head == "" {
				buyer, buyerEnd = a.ent, a.tok1
			}
		}
		if target >= 0 && buyer >= 0 && target != buyer {
			add(buyer, "acquires", target, toks[k].Text+" an", 0.6)
		}
		from = buyerEnd // the next pair starts after this buyer
	}
}

// handoverVerbs are the forms of "gehen an": a company went to a buyer.
var handoverVerbs = lexicon.WordSet("handover_verbs")
