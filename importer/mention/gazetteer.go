package mention

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// multiwordMatch finds the longest known organisation or place of up to four
// tokens starting at i.
func (x *Finder) multiwordMatch(toks []Token, i int, lang string) (Mention, int, bool) {
	if !segment.StartsUpperOrDigit(toks[i].Text) {
		return Mention{}, 0, false
	}
	longest := 1
	if x.lex.MultiFirst[toks[i].Text] || x.lex.MultiFirst[uninflectWord(toks[i].Text)] {
		longest = 4
	}
	for n := min(longest, len(toks)-i); n >= 1; n-- {
		surface := doc.JoinTokens(toks[i : i+n])
		surface = lexicon.StripPossessive(surface)
		if n == 1 && !segment.StartsUpperOrDigit(surface) {
			return Mention{}, 0, false
		}
		if canon, ok := x.lex.Orgs[surface]; ok {
			m := doc.NewMention(toks, i, i+n, canon, ORG, "", 0.9)
			if canon != surface {
				m.Written = surface // "EU-Kommission" stays an alias of "Europäische Kommission"
			}
			return m, n, true
		}
		if n > 1 {
			if canon, ok := x.lex.Orgs[uninflect(surface)]; ok {
				return doc.NewMention(toks, i, i+n, canon, ORG, "", 0.85), n, true
			}
		}
		if p := x.lex.Place(surface); p != nil && !(n == 1 && x.lex.IsGermanNoun(surface) && x.lex.Places[surface] == nil) {
			if n == 1 && strings.ToUpper(surface) == surface && len(surface) > 3 && x.lex.Places[surface] == nil {
				continue
			}
			// "San" before "Bruno": the start of a longer name the gazetteer lacks
			if n == 1 && x.lex.MultiFirst[surface] && surface == toks[i].Text && i+1 < len(toks) && x.lex.Places[toks[i+1].Text] == nil &&
				x.nameToken(toks, i+1, lang, false) { // ("London's" ends its name)
				continue
			}
			// a city named like a common word ("Ende", "Hof", "Man", "David") only after "in", "aus", …
			if n == 1 && p.Kind != "country" && x.ambiguousPlace(toks, i) && !(i > 0 && placePreps[toks[i-1].Lower()]) {
				continue
			}
			return doc.NewMention(toks, i, i+n, x.placeName(p, surface), LOC, p.Key, 0.9), n, true
		}
		// datelines in capitals: "SEATTLE –"
		if n == 1 && len(surface) > 3 && strings.ToUpper(surface) == surface {
			title := string([]rune(surface)[:1]) + segment.Lower(string([]rune(surface)[1:]))
			if p := x.lex.Places[title]; p != nil {
				return doc.NewMention(toks, i, i+1, x.placeName(p, title), LOC, p.Key, 0.8), 1, true
			}
		}
	}
	return Mention{}, 0, false
}

var placePreps = lexicon.WordSet("place_preps")

// ambiguousPlace reports whether the place name at i is also a common word,
// or a given name followed by a surname ("George Washington").
func (x *Finder) ambiguousPlace(toks []Token, i int) bool {
	w := toks[i].Text
	if x.lex.IsGermanNoun(w) || x.lex.EnWord[segment.Lower(w)] || len(w) <= 2 {
		return true
	}
	return x.lex.Given[w] && i+1 < len(toks) && segment.StartsUpperOrDigit(toks[i+1].Text) && !lexicon.FunctionWords[toks[i+1].Lower()]
}

// placeName is the base form of a place as Written: the gazetteer's name
// for an inflected surface ("Deutschlands" → "Deutschland").
func (x *Finder) placeName(p *Place, surface string) string {
	if x.lex.Places[surface] == p {
		return surface
	}
	if strings.HasSuffix(surface, "s") && x.lex.Places[surface[:len(surface)-1]] == p {
		return surface[:len(surface)-1]
	}
	return x.lex.DisplayName(p, "de")
}

// uninflect turns the declined adjectives of a German name back into their
// nominative: "Deutschen Börse" → "Deutsche Börse", "Europäischen Union" →
// "Europäische Union".
func uninflect(s string) string {
	f := strings.Fields(s)
	for i := 0; i < len(f)-1; i++ {
		f[i] = uninflectWord(f[i])
	}
	return strings.Join(f, " ")
}

func uninflectWord(w string) string {
	for _, end := range []string{"en", "er", "es", "em"} {
		if strings.HasSuffix(w, end) && len(w) > 4 {
			return strings.TrimSuffix(w, end) + "e"
		}
	}
	return w
}

// germanBaseName turns a German name of declined adjectives and a noun
// into the form after "der/die/das": "Süddeutscher Zeitung" → "Süddeutsche
// Zeitung", "Europäischen Rates" → "Europäische Rat", so that every case
// of a name is one entity. Words the lexicon does not know as adjectives
// stay as written, and so does a plural noun ("Vereinigte Staaten").
func (x *Finder) germanBaseName(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return name
	}
	adj := false
	for i := 0; i < len(f)-1; i++ {
		if !segment.StartsUpperOrDigit(f[i]) {
			continue
		}
		if _, ok := x.lex.DeAdj[segment.Lower(f[i])]; !ok {
			continue
		}
		adj = true
		if u := uninflectWord(f[i]); u != f[i] {
			if _, ok := x.lex.DeAdj[segment.Lower(u)]; ok {
				f[i] = u
			}
		}
	}
	last := f[len(f)-1]
	if !adj {
		return strings.Join(f, " ")
	}
	if l := x.lex.NounLemma(last); l != "" && (last == l+"s" || last == l+"es") {
		f[len(f)-1] = l // genitive singular: "Kreuzes"
	} else if stem := strings.TrimSuffix(last, "es"); stem != last && x.lex.NounLemma(stem) == stem {
		f[len(f)-1] = stem // "Rates", a genitive the lexicon lacks
	}
	return strings.Join(f, " ")
}
