package relate

import (
	"github.com/kgx/kgx/importer/lexicon"
)

// affectedWords say who a measure hits: "Betroffen sind …", "those
// affected include …".
var affectedWords = lexicon.WordSet("affected_words")

// affectedBySanction reads a sentence that lists who a sanction hits
// without a preposition to mark them: "Betroffen von den Strafen sind A, B
// und C, wie das Kartellamt mitteilte", "Those affected by the fines are A
// and B, the regulator said". The authority of the sentence sanctions each
// organisation listed after the word; a name in brackets after one (a
// brand: "A (Jever)") is no target.
func (x *Relater) affectedBySanction(add addFunc, toks []Token, args []arg, ents []Entity) {
	at, noun := -1, ""
	for k, t := range toks {
		if affectedWords[t.Lower()] && at < 0 {
			at = k
		}
		if p := x.lex.NounCues[t.Text]; p == "sanctions" && noun == "" {
			noun = t.Text
		}
	}
	if at < 0 || noun == "" {
		return
	}
	authority := -1
	for _, a := range args {
		if a.typ == ORG && !a.anaphor && publicBody(ents[a.ent].Name) {
			authority = a.ent
		}
	}
	if authority < 0 {
		return
	}
	for _, a := range args {
		if a.tok0 <= at || a.ent == authority || a.anaphor || a.head != "" && !lexicon.SameEntityHeads[a.head] || a.typ != ORG && !x.unsureType(ents[a.ent]) ||
			a.tok0 > 0 && toks[a.tok0-1].Text == "(" {
			continue
		}
		add(authority, "sanctions", a.ent, toks[at].Text+" … "+noun, 0.6)
	}
}
