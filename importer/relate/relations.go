package relate

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// arg is an entity mention or an anaphor as a relation argument.
type arg struct {
	ent        int // entity index
	tok0, tok1 int
	prep       string // preposition governing the mention, lowercase, if any
	head       string // compound head
	typ        string
	anaphor    bool
	unsure     bool // typed as a place the gazetteer does not know: may be an organisation ("the Asda boss")
}

// orgLike reports whether the argument is an organisation or may be one.
func (a arg) orgLike() bool { return a.typ == ORG || a.typ == LOC && a.unsure }

type relSet struct {
	symmetric  map[string]bool // predicates stored once per pair
	rels       []Relation
	seen       map[relKey]int
	lastTarget int // the organisation last acquired in the text, or -1
	lastBuyer  int // the organisation that acquired it, or -1
}

// relKey identifies a relation of one sentence.
type relKey struct {
	s, o, sent int
	p, lit     string
}

func (rs *relSet) add(r Relation) {
	if r.Subject == r.Object && r.Literal == "" || r.Subject < 0 || r.Object < 0 && r.Literal == "" {
		return
	}
	if rs.symmetric[r.Predicate] && r.Object < r.Subject && r.Literal == "" {
		r.Subject, r.Object = r.Object, r.Subject
	}
	k := relKey{r.Subject, r.Object, r.Sent, r.Predicate, r.Literal}
	if i, ok := rs.seen[k]; ok {
		if r.Confidence > rs.rels[i].Confidence {
			rs.rels[i] = r
		}
		return
	}
	rs.seen[k] = len(rs.rels)
	rs.rels = append(rs.rels, r)
	if r.Predicate == "acquires" && r.Object >= 0 {
		rs.lastTarget, rs.lastBuyer = r.Object, r.Subject
	}
}

// relations extracts the relations of every sentence.
func (x *Relater) relations(text string, sents []Sentence, ms []Mention, ents []Entity, lang string) []Relation {
	rs := &relSet{symmetric: x.lex.Symmetric, seen: map[relKey]int{}, lastTarget: -1, lastBuyer: -1}
	bySent := make([][]Mention, len(sents))
	for _, m := range ms {
		bySent[m.Sent] = append(bySent[m.Sent], m)
	}
	described := x.describedAs(sents, ms, ents)
	kinds := kindsNamed(described) // "die Marinewerft NVL": what "die Werft" means
	// authorities and news outlets are never "the company" the text is about
	unsure := make([]bool, len(ents))
	for e := range ents {
		unsure[e] = x.unsureType(ents[e])
	}
	notCompany := make([]bool, len(ents))
	for e := range ents {
		notCompany[e] = publicBody(ents[e].Name) || media(ents[e].Name)
	}

	salient := -1    // the organisation the text is about so far: most mentioned ORG
	lastPer := -1    // the person named last in an earlier sentence
	person := -1     // what "er", "sie", "he", "she" refer to: the person the sentence before was about
	recent := -1     // the first organisation of the latest sentence that named one ("its CEO")
	var latest []int // the organisations of the latest sentence that named one
	orgCount := map[int]int{}
	for si, s := range sents {
		// anaphors refer to the organisation salient in the sentences before:
		// the first one named in the latest sentence that named one, unless
		// another was named clearly more often; in the first sentence, its
		// first organisation
		if salient < 0 {
			for _, m := range bySent[si] {
				if ents[m.Entity].Type == ORG && m.Head == "" && !notCompany[m.Entity] {
					salient = m.Entity
					break
				}
			}
		}
		refs := anaphorContext{salient: salient, person: person, kinds: kinds, described: described, latest: latest, unsure: unsure}
		args := x.args(s.Tokens, bySent[si], ents, refs, rs.rels, lang)
		args = rolesWithoutName(rs, si, s.Tokens, args, lastPer)
		before := len(rs.rels)
		x.sentenceRelations(rs, si, s.Tokens, args, ents, lang, salient, mainOrg(orgCount), recent)
		x.amounts(rs, before, s.Text(text))
		x.fallback(rs, si, args, before)
		first := -1
		var named []int
		for _, m := range bySent[si] {
			if m.Tok0 > 0 && s.Tokens[m.Tok0-1].Text == "(" {
				continue // a source in brackets: "(Reuters)"
			}
			if notCompany[m.Entity] {
				continue // "der Konzern", "the company" mean a company, not an authority or the paper quoted
			}
			_, role := lexicon.RoleWords[m.Head] // "Siemens-Mobility-Chef" speaks of Siemens Mobility
			if ents[m.Entity].Type == ORG && (m.Head == "" || lexicon.SameEntityHeads[m.Head] || role) {
				orgCount[m.Entity]++
				if first < 0 {
					first = m.Entity
				}
				named = append(named, m.Entity)
			}
		}
		if first >= 0 {
			recent, latest = first, named
			most := first
			for e, c := range orgCount {
				if c > orgCount[most] || c == orgCount[most] && e < most {
					most = e
				}
			}
			salient = first
			if orgCount[most] >= orgCount[first]+2 {
				salient = most
			}
		}
		for _, m := range bySent[si] {
			if ents[m.Entity].Type == PER {
				lastPer = m.Entity
			}
		}
		// the sentence before is about a person when it names one first
		for _, m := range bySent[si] {
			if m.Head == "" {
				if ents[m.Entity].Type == PER {
					person = m.Entity
				} else if lang == "de" {
					person = -1
				}
				break
			}
		}
		if lang == "en" {
			person = lastPer
		}
	}
	sort.SliceStable(rs.rels, func(a, b int) bool { return rs.rels[a].Sent < rs.rels[b].Sent })
	return guessedRivalsDropped(weakParentsDropped(rs.rels))
}

// weakParentsDropped drops a guessed parent ("die Lufthansa … für die
// Regionalflugtochter LGW") where the text names another one with a
// clearer cue ("Air-Berlin-Tochter LGW"): a company has one parent.
func weakParentsDropped(rels []Relation) []Relation {
	best := map[int]Relation{}
	for _, r := range rels {
		if r.Predicate == "subsidiary_of" && r.Literal == "" {
			if b, ok := best[r.Subject]; !ok || r.Confidence > b.Confidence {
				best[r.Subject] = r
			}
		}
	}
	out := rels[:0]
	for _, r := range rels {
		if b, ok := best[r.Subject]; ok && r.Predicate == "subsidiary_of" && r.Literal == "" &&
			r.Object != b.Object && r.Confidence < 0.6 && b.Confidence >= r.Confidence+0.2 {
			continue
		}
		out = append(out, r)
	}
	return out
}

// guessedRivalsDropped drops the rivalry guessed from names listed together
// (confidence 0.3) between two organisations that another relation joins:
// "Amazon and Whole Foods" after "Amazon buys Whole Foods".
func guessedRivalsDropped(rels []Relation) []Relation {
	type pair struct{ a, b int }
	joined := map[pair]bool{}
	for _, r := range rels {
		if r.Literal == "" && r.Object >= 0 && !(r.Predicate == "competitor_of" && r.Confidence <= 0.3) {
			joined[pair{r.Subject, r.Object}], joined[pair{r.Object, r.Subject}] = true, true
		}
	}
	out := rels[:0]
	for _, r := range rels {
		if r.Predicate == "competitor_of" && r.Confidence <= 0.3 && joined[pair{r.Subject, r.Object}] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// placeRank orders places by size: a city or unknown place, a region, a country.
func placeRank(key string) int {
	switch {
	case strings.HasPrefix(key, "country:"):
		return 3
	case strings.HasPrefix(key, "region:"):
		return 2
	}
	return 1
}

// mainOrg returns the organisation mentioned most often so far (the first
// of equals), or -1.
func mainOrg(count map[int]int) int {
	best := -1
	for e, c := range count {
		if best < 0 || c > count[best] || c == count[best] && e < best {
			best = e
		}
	}
	return best
}

// homes maps each organisation to the places the relations so far say it is
// based in, by gazetteer key and by name.
func (x *Relater) homes(rels []Relation, ents []Entity) map[int][]string {
	out := map[int][]string{}
	for _, r := range rels {
		if r.Predicate == "based_in" && r.Object >= 0 {
			o := ents[r.Object]
			out[r.Subject] = append(out[r.Subject], o.Key, o.Name)
			if p := x.lex.ByKey[o.Key]; p != nil && p.Country != "" {
				out[r.Subject] = append(out[r.Subject], "country:"+p.Country)
			}
		}
	}
	return out
}

// describedOrg returns the organisation a description with an origin word
// means ("der Münchner Konzern", "the German carmaker"): the one the text
// has placed there, if exactly one; else the salient one unless the text
// placed it elsewhere; -1 if none fits.
func (x *Relater) describedOrg(origin string, lang string, homes map[int][]string, salient int) int {
	var want []string
	if k := x.lex.DemonymIn(origin, lang); k != "" {
		want = append(want, k)
	} else if p := x.lex.CityOfAdjective(origin); p != nil {
		want = append(want, p.Key)
	} else if t := lexicon.TownOfAdjective(origin); t != "" {
		want = append(want, t)
		salient = -1 // a town the gazetteer lacks: only a company the text placed there
	} else {
		return salient
	}
	fits := func(e int) bool {
		for _, h := range homes[e] {
			for _, w := range want {
				if h == w {
					return true
				}
			}
		}
		return false
	}
	found := -1
	for e := range homes {
		if fits(e) {
			if found >= 0 && found != e {
				found = -2 // two candidates: leave it to salience
				break
			}
			found = e
		}
	}
	switch {
	case found >= 0:
		return found
	case salient >= 0 && (len(homes[salient]) == 0 || fits(salient)):
		return salient
	}
	return -1
}

// args turns the mentions of a sentence into arguments and adds anaphors
// ("der Konzern", "the company", "es") for the salient organisation, or for
// the one a description places ("der Münchner Konzern").
func (x *Relater) args(toks []Token, ms []Mention, ents []Entity, refs anaphorContext, rels []Relation, lang string) []arg {
	salient, person, kinds := refs.salient, refs.person, refs.kinds
	var out []arg
	covered := map[int]bool{}
	origin := map[int]bool{} // origin words before a description: "das Frankfurter Geldhaus"
	for _, m := range ms {
		if m.Head == "demonym" || m.Head == "city-adj" {
			origin[m.Tok0] = true
		}
		a := arg{ent: m.Entity, tok0: m.Tok0, tok1: m.Tok1, head: m.Head, typ: ents[m.Entity].Type, unsure: refs.unsure[m.Entity]}
		if a.head == "" && possessiveEnd(toks, m.Tok1) && !nameEndsInS(toks, m.Tok1) {
			a.head = "poss" // "Britain's Competition and Markets Authority": describes the name after it
			if m.Tok1 < len(toks) && (toks[m.Tok1].Text == "'" || toks[m.Tok1].Text == "’") {
				a.tok1++ // "Siemens ' spokesman": the apostrophe is the name's
			}
		}
		a.prep = x.governingPrep(toks, m.Tok0)
		if a.prep == "&" {
			a.prep = ""
			// "mit dem Hersteller Vestas und dem US-Konzern General Electric"
			for n := len(out) - 1; n >= 0; n-- {
				if out[n].head != "demonym" && out[n].head != "city-adj" && out[n].head != "based" {
					a.prep = out[n].prep
					break
				}
			}
		}
		if m.Tok0 > 0 && toks[m.Tok0-1].Text == "(" {
			a.prep = "(" // a source or gloss in brackets: "Brüssel (Reuters)"
		}
		// "in Redmond, Washington", "to Microsoft, Amazon and Google": a name
		// joined to the one before shares its preposition
		if n := len(out); n > 0 && a.prep == "" && m.Tok0 > out[n-1].tok1 && m.Tok0-out[n-1].tok1 <= 2 {
			joined := true
			for _, g := range toks[out[n-1].tok1:m.Tok0] {
				joined = joined && lexicon.Coordinators[g.Lower()]
			}
			// but a person after an organisation's comma is no second organisation:
			// "Der Geschäftsführer von Foodwatch, Thilo Bode, kritisierte …"
			if joined && !(a.typ == PER && out[n-1].typ != PER) {
				a.prep = out[n-1].prep
			}
		}
		out = append(out, a)
		for k := m.Tok0; k < m.Tok1; k++ {
			covered[k] = true
		}
	}
	if salient >= 0 {
		for i, t := range toks {
			if covered[i] {
				continue
			}
			lt := t.Lower()
			det := i > 0 && (lexicon.FunctionWords[toks[i-1].Lower()] || strings.HasSuffix(toks[i-1].Text, "e"))
			if lexicon.MakerNouns[t.Text] && segment.StartsLower(t.Text) && i > 1 && covered[i-1] && !(i+1 < len(toks) && covered[i+1]) &&
				(lexicon.IsDefinite(toks[i-2].Text) || i > 2 && lexicon.IsDefinite(toks[i-3].Text)) {
				// "the ChatGPT maker": the company that makes it
				out = append(out, arg{ent: salient, tok0: i, tok1: i + 1, typ: ORG, anaphor: true, prep: ""})
				continue
			}
			genitive := len(lt) > 4 && strings.HasSuffix(lt, "s") && lexicon.OrgAnaphors[strings.TrimSuffix(lt, "s")] // "des Unternehmens"
			// "der Pharmakonzern", "the drugmaker": a compound of such a noun
			genitive = genitive || lexicon.AnaphorHead(strings.TrimSuffix(lt, "s"))
			// "the London-based company": one modifier between the article and the noun
			based := i >= 2 && lexicon.IsDefinite(toks[i-2].Text) && (strings.HasSuffix(toks[i-1].Text, "-based") ||
				lang == "en" && segment.StartsLower(toks[i-1].Text) && !lexicon.FunctionWords[toks[i-1].Lower()]) // "the coffee chain"
			if i >= 3 && strings.HasSuffix(toks[i-1].Text, "-based") { // "The Santa Clara, California-based company"
				j := i - 2
				for j > 0 && j >= i-6 && (segment.StartsUpperOrDigit(toks[j].Text) && !lexicon.IsDefinite(toks[j].Text) || toks[j].Text == ",") {
					j--
				}
				based = based || lexicon.IsDefinite(toks[j].Text)
			}
			// "Die Düsseldorfer übernehmen …": the company from that city, named as its people
			if lang == "de" && i >= 1 && lexicon.IsDefinite(toks[i-1].Text) && segment.StartsUpperOrDigit(t.Text) && strings.HasSuffix(t.Text, "er") &&
				(x.lex.CityOfAdjective(t.Text) != nil || lexicon.TownOfAdjective(t.Text) != "") && i+1 < len(toks) && segment.StartsLower(toks[i+1].Text) {
				if ref := x.describedOrg(t.Text, lang, x.homes(rels, ents), salient); ref >= 0 {
					out = append(out, arg{ent: ref, tok0: i - 1, tok1: i + 1, typ: ORG, anaphor: true, prep: x.governingPrep(toks, i-1)})
				}
				continue
			}
			// "der Münchner Konzern", "the German carmaker": the organisation from there
			if (lexicon.OrgAnaphors[lt] || genitive) && i >= 2 && lexicon.IsDefinite(toks[i-2].Text) && segment.StartsUpperOrDigit(toks[i-1].Text) &&
				(!covered[i-1] || origin[i-1]) && !(i+1 < len(toks) && covered[i+1]) {
				if ref := x.describedOrg(toks[i-1].Text, lang, x.homes(rels, ents), salient); ref >= 0 {
					out = append(out, arg{ent: ref, tok0: i - 2, tok1: i + 1, typ: ORG, anaphor: true, prep: x.governingPrep(toks, i-2)})
				}
				continue
			}
			if (lexicon.OrgAnaphors[lt] || genitive || compoundAnaphor(lt)) && (det && i > 0 && lexicon.IsDefinite(toks[i-1].Text) || based) &&
				!(i+1 < len(toks) && covered[i+1]) {
				from := i - 1
				if based {
					from = i // after "London-based", which describes it
				}
				ref := salient
				if e, ok := kinds[strings.TrimSuffix(lt, "s")]; ok && e >= 0 {
					ref = e // "die Werft" after "die Marinewerft NVL"
				} else if e := openingSubject(toks, out, i); e >= 0 && x.governingPrep(toks, i-1) == "" {
					ref = e // "Talgo hat Aufträge bekommen: Für Renfe baut das Unternehmen …"
				} else if !ok && refs.describedOtherwise(salient, strings.TrimSuffix(lt, "s")) {
					// "Der Versicherer aus München" after "Der Energieversorger EnBW
					// verkauft … an die Allianz": not the company the text called
					// something else, but one named in the sentence before
					ref = -1
					for _, e := range refs.latest {
						if e != salient && len(refs.described[e]) == 0 && ents[e].Type == ORG {
							ref = e
							break
						}
					}
				}
				if lexicon.ParentNouns[t.Text] || lt == "parent" {
					// "der Mutterkonzern": the salient company's parent, or the salient
					// company itself when the text made it someone's parent
					ref = parentOf(rels, salient)
					for _, r := range rels {
						if ref < 0 && salient >= 0 && (r.Predicate == "owns" && r.Subject == salient || r.Predicate == "subsidiary_of" && r.Object == salient) {
							ref = salient
						}
					}
				}
				if ref < 0 {
					continue
				}
				out = append(out, arg{ent: ref, tok0: from, tok1: i + 1, typ: ORG, anaphor: true, prep: x.governingPrep(toks, i-1)})
			} else if personPronouns[lt] && person >= 0 && (i == doc.FirstWord(toks) || lt != "er" && lt != "sie") {
				// "Sie folgt auf Ralf Thomas": the person the sentence before was about
				out = append(out, arg{ent: person, tok0: i, tok1: i + 1, typ: PER, anaphor: true, prep: x.governingPrep(toks, i)})
			} else if lexicon.PronounsOrg[lt] && (lt != "sie") && i+1 < len(toks) && !covered[i+1] &&
				!(lt == "es" && (i > 0 && impersonalVerbs[toks[i-1].Lower()] || impersonalVerbs[toks[i+1].Lower()])) {
				// (but "hieß es aus Frankfurt", "es gibt" name no one)
				// "Microsoft said it will …": the organisation that is subject before the pronoun
				ref := salient
				for _, a := range out {
					if a.tok1 <= i && a.typ == ORG && a.prep == "" && a.head == "" {
						ref = a.ent
						break
					}
				}
				out = append(out, arg{ent: ref, tok0: i, tok1: i + 1, typ: ORG, anaphor: true, prep: x.governingPrep(toks, i)})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].tok0 < out[b].tok0 })
	return out
}

// rolesWithoutName resolves a role compound with no name after it ("Der
// bisherige Porsche-Chef übernimmt …") to the person named last before the
// sentence: it records the role and adds the person as an argument.
func rolesWithoutName(rs *relSet, si int, toks []Token, args []arg, lastPer int) []arg {
	if lastPer < 0 {
		return args
	}
	var extra []arg
	for i, a := range args {
		role := lexicon.RoleWords[a.head]
		if role == "" || isModifier(args, i) || a.tok0 == 0 || !lexicon.IsDefinite(toks[max(0, a.tok0-2)].Text) && !lexicon.IsDefinite(toks[a.tok0-1].Text) {
			continue
		}
		rs.add(Relation{Subject: lastPer, Predicate: role, Object: a.ent, Label: toks[a.tok0].Text, Confidence: 0.6, Sent: si})
		extra = append(extra, arg{ent: lastPer, tok0: a.tok0, tok1: a.tok1, typ: PER, anaphor: true})
	}
	if len(extra) == 0 {
		return args
	}
	out := append(args, extra...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].tok0 < out[b].tok0 })
	return out
}

// compoundAnaphor reports whether a hyphenated noun ends in an
// organisation noun: "die Kranich-Airline", "der Dax-Konzern" refer back.
func compoundAnaphor(lw string) bool {
	k := strings.LastIndex(lw, "-")
	if k <= 0 || k == len(lw)-1 {
		return false
	}
	head := []rune(lw[k+1:])
	return lexicon.OrgAnaphors[lw[k+1:]] || lexicon.SameEntityHeads[string(unicode.ToUpper(head[0]))+string(head[1:])]
}

// governingPrep returns the preposition before token i, skipping articles
// and lowercase modifiers, or "".
func (x *Relater) governingPrep(toks []Token, i int) string {
	limit := i - 4
	for k := i - 1; k >= 0 && k >= limit; k-- {
		w := toks[k].Text
		lw := segment.Lower(w)
		if lexicon.IsPossessive(w) {
			limit = i - 6 // "from Germany's state-owned development bank KfW"
		}
		if x.lex.Prepositions[lw] && !(k+1 < i && (lw == "unter" && toks[k+1].Text == "anderem" || lw == "among" && toks[k+1].Text == "others")) {
			return lw
		}
		if lw == "anderem" && k > 0 && toks[k-1].Text == "unter" || lw == "others" && k > 0 && toks[k-1].Text == "among" {
			k-- // "beliefert unter anderem Apple": an aside, no preposition of the name
			continue
		}
		if lw == "und" || lw == "and" || lw == "sowie" || lw == "oder" || lw == "or" {
			return "&" // coordinated with the phrase before: its preposition, if any
		}
		// "mit Anbietern wie H&M", "with rivals such as Shein": the examples share the preposition
		if lw == "wie" || lw == "as" && k > 0 && strings.EqualFold(toks[k-1].Text, "such") {
			if lw == "as" {
				k--
			}
			i = k
			continue
		}
		if x.lex.Demonym(w) != "" && k < i-1 || lexicon.IsPossessive(w) && k < i-1 {
			continue // "to French publisher Ubisoft", "from Germany's development bank KfW"
		}
		// articles, lowercase modifiers and type nouns: "durch den Handelsriesen Edeka"
		if lexicon.IsDefinite(w) || lw == "ein" || lw == "eine" || lw == "einer" || lw == "einem" || lw == "a" || lw == "an" ||
			segment.StartsLower(w) && !x.lex.VerbLike(lw) && x.lex.VerbCues["en"][lw] == "" && !auxEN[lw] ||
			k == i-1 && (lexicon.OrgTypeNouns[w] || x.lex.LooksLikeGermanNoun(w) && !lexicon.IsRoleOrTitle(w)) ||
			k == i-1 && roleAt(toks, k) != "" && !strings.Contains(w, "-") { // "led by interim CEO Ron Sargent"
			continue
		}
		// a noun with a genitive after it: the name belongs to that noun's
		// phrase, "zum Ausbau ihrer Billigflugtochter Eurowings"
		if k+1 < i && genitiveDets[toks[k+1].Lower()] && x.lex.LooksLikeGermanNoun(w) && !lexicon.IsRoleOrTitle(w) {
			continue
		}
		return ""
	}
	return ""
}

// openingSubject is the organisation that opens the sentence as its
// subject, before a colon or semicolon that comes before token i, or -1: a
// description that is the subject after it ("das Unternehmen") refers back
// to that organisation rather than to the text's main one ("Talgo hat
// Aufträge bekommen: Für Renfe baut das Unternehmen …").
func openingSubject(toks []Token, args []arg, i int) int {
	for _, a := range args {
		if a.anaphor || a.tok1 > i {
			continue
		}
		if a.typ != ORG || a.prep != "" || a.head != "" || a.tok0 > doc.FirstWord(toks)+1 {
			return -1 // the first name is not the opening subject
		}
		for k := a.tok1; k < i; k++ {
			if toks[k].Text == ":" || toks[k].Text == ";" {
				return a.ent
			}
		}
		return -1
	}
	return -1
}

// personPronouns refer to a person named before.
// impersonalVerbs make "es" no one: "hieß es", "es gibt".
var impersonalVerbs = lexicon.WordSet("impersonal_verbs")

var personPronouns = lexicon.WordSet("person_pronouns")

// genitiveDets open a genitive attribute: "der Ausbau ihrer Tochter".
var genitiveDets = lexicon.WordSet("genitive_dets")

// auxEN are English verbs that end a noun phrase looked at backwards.
var auxEN = lexicon.WordSet("aux_e_n")

// clause is a token range of a sentence.
// nameEndsInS reports whether a name in the possessive form is a name that
// ends so, with no noun after it to own: "a merger of Sainsbury's and Asda",
// "shop at Sainsbury's." (but "Sainsbury's boss").
func nameEndsInS(toks []Token, end int) bool {
	if end >= len(toks) || !lexicon.IsPossessive(toks[end-1].Text) {
		return false
	}
	next := toks[end].Text
	return doc.IsPunct(next) || lexicon.Coordinators[segment.Lower(next)]
}

// afterDash reports whether the clause starting at from follows a dash.
func afterDash(toks []Token, from int) bool {
	if from == 0 || from > len(toks) {
		return false
	}
	w := toks[from-1].Text
	return w == "–" || w == "—" || w == "-"
}

// clause is a span of tokens with one verb; carry is the subject a clause
// without one takes from the clause before ("Siemens kauft Osram und
// verkauft Valeo": Siemens sells), or -1.
type clause struct{ from, to, carry int }

func (x *Relater) clauses(toks []Token) []clause {
	var out []clause
	from := 0
	for i, t := range toks {
		brk := t.Text == ";" || t.Text == ":" || t.Text == "–" || t.Text == "—" || t.Text == "-"
		if t.Text == "," && i+1 < len(toks) && (x.lex.ClauseBreaks[toks[i+1].Lower()] || reportingClause(toks, i+1) ||
			x.nameThenVerb(toks, i+1)) {
			brk = true
		}
		if brk {
			out = append(out, clause{from, i, -1})
			from = i + 1
			continue
		}
		// a subordinate clause starts a new clause, comma or not: "… cleared the deal after Microsoft agreed …"
		lw := t.Lower()
		relative := i > 0 && (lw == "which" || lw == "who" || lw == "that" && !lexicon.SpeechVerbs[toks[i-1].Lower()]) &&
			segment.StartsLower(toks[i-1].Text) // "an avionics supplier that was acquired by …"
		if i > from && (subordinators[lw] || relative || lw == "but" && i+1 < len(toks) && !strings.EqualFold(toks[i+1].Text, "also") ||
			x.verbAfterAnd(toks, i) || x.clauseAfterAnd(toks, i)) {
			out = append(out, clause{from, i, -1})
			from = i
		}
	}
	return append(out, clause{from, len(toks), -1})
}

// reportingClause reports whether the words from i say who said it: ",
// erklärte X", ", the ChatGPT maker said", ", Microsoft said".
func reportingClause(toks []Token, i int) bool {
	for k := i; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if lexicon.SpeechVerbs[w] {
			return true
		}
		if w == "," || w == "." || segment.StartsLower(w) && !lexicon.IsDefinite(w) && !lexicon.MakerNouns[w] && !lexicon.OrgTypeNouns[w] {
			return false
		}
	}
	return false
}

var subordinators = lexicon.WordSet("subordinators")

func (x *Relater) sentenceRelations(rs *relSet, si int, toks []Token, args []arg, ents []Entity, lang string, salient, main, recent int) {
	add := func(s int, p string, o int, label string, conf float64) {
		if s >= 0 && o >= 0 && !x.typesFitEntities(p, ents[s], ents[o]) ||
			s >= 0 && (p == "invests_in" || p == "owns") && ents[s].Type == LOC && placeRank(ents[s].Key) < 2 {
			return // "the U.S. … bought Pioneer": a place buys nothing
		}
		rs.add(Relation{Subject: s, Predicate: p, Object: o, Label: label, Confidence: conf, Sent: si})
	}
	x.roleRelations(add, toks, args, ents)
	x.rolesBefore(add, toks, args, main, recent)
	x.closedCompoundRoles(add, toks, args, ents)
	affiliations(rs, si, add, toks, args)
	x.compoundRelations(add, toks, args, ents, salient)
	x.listCompetitors(add, toks, args, ents)
	rivals(add, toks, args, ents, salient, main)
	// "the ChatGPT maker": the company the text is about makes the product
	for _, a := range args {
		if a.typ == PRODUCT && a.tok1 < len(toks) && lexicon.MakerNouns[toks[a.tok1].Text] && salient >= 0 && salient != a.ent {
			add(salient, "produces", a.ent, doc.JoinTokens(toks[a.tok0:a.tok1+1]), 0.6)
		}
	}
	// "Unicredit ist größter Aktionär des Instituts", "the largest shareholder of X"
	for k, t := range toks {
		if !shareholderNouns[t.Text] {
			continue
		}
		owner, owned := -1, -1
		for _, a := range args {
			if a.tok1 <= k && (a.typ == ORG || a.typ == PER) && a.prep == "" && a.head == "" {
				owner = a.ent
			}
		}
		for _, a := range args {
			if a.tok0 > k && a.tok0 <= k+4 && a.typ == ORG && a.ent != owner {
				owned = a.ent
				break
			}
		}
		if owner >= 0 && owned >= 0 {
			add(owner, "invests_in", owned, t.Text, 0.65)
		}
	}
	x.homeRelations(add, toks, args, ents)
	x.placeModifiers(add, toks, args)
	x.leadingPlaces(add, toks, args, ents)
	whereBased(add, toks, args)
	x.ownedByPossessor(add, toks, args)
	x.appositionRelations(add, toks, args, ents)
	x.affectedBySanction(add, toks, args, ents)
	originNouns(add, toks, args)
	x.possessedRelations(add, toks, args, ents)
	brandRelations(add, toks, args)
	if lang == "de" {
		handovers(add, toks, args)
	}
	// "Hendrik Wüst (CDU)": a politician's party
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ == PER && b.prep == "(" && b.tok0 == a.tok1+1 && b.tok1 < len(toks) && toks[b.tok1].Text == ")" &&
			parties[doc.JoinTokens(toks[b.tok0:b.tok1])] {
			add(a.ent, "member_of", b.ent, doc.JoinTokens(toks[a.tok0:b.tok1+1]), 0.8)
		}
	}
	// "Taiwan's Foxconn", "Britain's Vodafone": the country's company
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ == LOC && a.head == "poss" && b.typ == ORG && b.head == "" && b.tok0 == a.tok1 && placeRank(ents[a.ent].Key) >= 2 {
			add(b.ent, "based_in", a.ent, doc.JoinTokens(toks[a.tok0:b.tok1]), 0.6)
		}
	}
	// "Alphabet's Google", "Meta's Instagram": the company's unit
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ == ORG && a.head == "poss" && !a.anaphor && b.typ == ORG && b.head == "" && b.tok0 == a.tok1 && a.ent != b.ent {
			add(b.ent, "subsidiary_of", a.ent, doc.JoinTokens(toks[a.tok0:b.tok1]), 0.6)
		}
	}
	// "Redmond, Washington", "Hsinchu (Taiwan)": a place inside the place after it
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ == LOC && b.typ == LOC && a.head == "" && b.head == "" && a.ent != b.ent && b.tok0 == a.tok1+1 &&
			(toks[a.tok1].Text == "," || toks[a.tok1].Text == "(" || toks[a.tok1].Text == "in") && placeRank(ents[a.ent].Key) < placeRank(ents[b.ent].Key) {
			add(a.ent, "located_in", b.ent, doc.JoinTokens(toks[a.tok0:b.tok1]), 0.6)
		}
	}
	prevSubj, beforeAside, prevAside := -1, -1, false
	for _, c := range x.clauses(toks) {
		var in []arg
		for _, a := range args {
			if a.tok0 >= c.from && a.tok0 < c.to {
				in = append(in, a)
			}
		}
		if x.verbAfterAnd(toks, c.from) {
			c.carry = prevSubj // "… und verkauft Valeo an Bosch": the subject before
		}
		aside := afterDash(toks, c.from)
		if aside && prevAside && beforeAside >= 0 && !hasArgBefore(in, c.from+1) {
			c.carry = beforeAside // "X – unter anderem Vorsitzender des Y – wird durch Z ersetzt": X
		}
		if aside && !prevAside {
			beforeAside = prevSubj
		}
		prevAside = aside
		prevSubj = -1
		for _, a := range in {
			if a.prep == "" && (a.typ == ORG || a.typ == PER) && (a.head == "" || a.anaphor) {
				prevSubj = a.ent // ("He will start … and will be based in Seattle": he)
				break
			}
		}
		if prevSubj < 0 {
			prevSubj = c.carry
		}
		// a relative clause ("…, which is backed by Microsoft") is about the name before it
		ante := -1
		if c.from > 0 && c.from < len(toks) && relativePronouns[toks[c.from].Lower()] {
			for _, a := range args {
				if a.tok1 <= c.from && a.tok1 >= c.from-2 && a.head == "" && a.typ != PRODUCT {
					ante = a.ent
				}
			}
			// "Rockwell Collins, an avionics supplier that …": the name before the apposition
			if ante < 0 {
				for _, a := range args {
					if a.tok1 < c.from && a.tok1 >= c.from-6 && a.head == "" && a.typ == ORG && toks[a.tok1].Text == "," &&
						x.apposition(toks[a.tok1+1:c.from]) {
						ante = a.ent
					}
				}
			}
		}
		x.clauseRelations(rs, add, toks, c, in, ents, lang, salient, ante)
	}
	predecessorRoles(rs, si, add, args)
}

var relativePronouns = lexicon.WordSet("relative_pronouns")

// rivals reads "Konkurrent ThyssenKrupp", "Nvidia's lead over rivals AMD
// and Intel": the organisations after the noun compete with the one
// named last before it in the sentence, else with the organisation the text
// is about (the one most named, where the last one named is no company).
func rivals(add func(int, string, int, string, float64), toks []Token, args []arg, ents []Entity, salient, main int) {
	for i, a := range args {
		if a.typ != ORG || a.head != "" || a.tok0 < 1 {
			continue
		}
		if p := toks[a.tok0-1].Text; !lexicon.RivalNouns[p] && !lexicon.RivalNouns[segment.Lower(p)] && !lexicon.ParentNouns[p] && !lexicon.CustomerNouns[p] &&
			!(p == "," && a.tok0 >= 2 && lexicon.CustomerNouns[toks[a.tok0-2].Text]) {
			continue
		}
		k := a.tok0 - 1
		if toks[k].Text == "," && k > 0 && lexicon.CustomerNouns[toks[k-1].Text] {
			k-- // "Boeing's largest customer, Emirates,"
		}
		pred := "competitor_of"
		if !lexicon.RivalNouns[toks[k].Text] && !lexicon.RivalNouns[toks[k].Lower()] && !lexicon.ParentNouns[toks[k].Text] && !lexicon.CustomerNouns[toks[k].Text] {
			continue
		}
		if lexicon.ParentNouns[toks[k].Text] {
			pred = "parent"
		} else if lexicon.CustomerNouns[toks[k].Text] {
			pred = "customer"
		}
		other := salient
		if k == doc.FirstWord(toks) && main >= 0 && salient >= 0 && (lexicon.SeparateBody(ents[salient].Name) || publicBody(ents[salient].Name)) {
			other = main // "Rival Eli Lilly …" after a sentence about the foundation that owns the company
		}
		for _, b := range args[:i] {
			if b.typ == ORG && b.tok1 <= k && (b.head == "" || b.head == "poss" || lexicon.SameEntityHeads[b.head]) && !publicBody(ents[b.ent].Name) {
				other = b.ent
			}
		}
		if other < 0 || ents[other].Type != ORG {
			continue
		}
		if pred == "customer" {
			if other != a.ent { // "Boeing's largest customer Emirates": Boeing supplies Emirates
				add(other, "supplier_of", a.ent, toks[k].Text+" "+doc.JoinTokens(toks[a.tok0:a.tok1]), 0.6)
			}
			continue
		}
		if pred == "parent" {
			if other != a.ent { // "Google's parent Alphabet", "der Mutterkonzern Alphabet"
				add(other, "subsidiary_of", a.ent, toks[k].Text+" "+doc.JoinTokens(toks[a.tok0:a.tok1]), 0.65)
			}
			continue
		}
		for _, g := range coordinated(toks, args[i:], a) {
			if g.ent != other && g.typ == ORG {
				add(other, "competitor_of", g.ent, toks[k].Text+" "+doc.JoinTokens(toks[g.tok0:g.tok1]), 0.6)
			}
		}
	}
}

// publicBodyWords end the names of authorities, courts, parliaments and
// unions of states, which are not the companies a business text is about.
var publicBodyWords = lexicon.WordList("public_body_words")

// publicBodyEnds end a public body's name, but other names may start with
// them: "European Union", but "Union Pacific"; "Federal Reserve".
var publicBodyEnds = lexicon.WordList("public_body_ends")

// publicBody reports whether an organisation's name is that of a public
// body: "Bundeskartellamt", "Europäische Kommission", "US Congress".
func publicBody(name string) bool {
	for _, w := range strings.Fields(segment.Lower(name)) { // "Oberlandesgericht Düsseldorf"
		if hasSuffixAny(w, publicBodyWords) {
			return true
		}
	}
	return hasSuffixAny(segment.Lower(name), publicBodyWords) || hasSuffixAny(segment.Lower(name), publicBodyEnds)
}

// hasSuffixAny reports whether s ends with one of the suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	for _, w := range suffixes {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// typesFit reports whether a predicate can join a subject and an object of
// these types: people hold roles and follow people, places do not buy or
// found companies, and companies are based in places.
func typesFit(pred, subj, obj string) bool {
	switch pred {
	case "ceo_of", "chair_of", "employee_of", "member_of":
		return subj == PER && obj != PER
	case "successor_of":
		return subj == PER && obj == PER
	case "founder_of":
		return subj != LOC && obj != PER && obj != LOC
	case "acquires":
		return subj != LOC && obj != LOC && obj != PER
	case "merges_with", "subsidiary_of", "partner_of", "competitor_of":
		return subj != LOC && obj != LOC && subj != PER && obj != PER
	case "supplier_of": // an adviser may be a person: "named as adviser to CWW"
		return subj != LOC && obj != LOC && obj != PER
	case "produces":
		return subj != LOC && subj != PER && obj != LOC && obj != PER && obj != ORG
	case "based_in", "located_in", "operates_in":
		return obj == LOC
	case "invests_in", "owns": // no one owns a person
		return obj != PER
	case "approves":
		return obj != LOC && obj != PER // "approved the deal … over the Pittsburgh-based steelmaker", "a pay package for Elon Musk"
	}
	return true
}

// apposition reports whether words are an indefinite noun phrase of
// lowercase words: ", an avionics supplier", ", ein Zulieferer".
func (x *Relater) apposition(ws []Token) bool {
	if len(ws) < 2 {
		return false
	}
	switch ws[0].Lower() {
	case "a", "an", "the", "ein", "eine", "einem", "einer", "der", "die", "das":
	default:
		return false
	}
	for _, t := range ws[1:] {
		if t.Text == "," || x.lex.Prepositions[t.Lower()] {
			return false
		}
	}
	return true
}

// typesFitEntities applies typesFit, reading a "person" whose name does
// not start with a known given name as either a person or an organisation:
// it may be a mistyped company ("Rite Aid").
func (x *Relater) typesFitEntities(pred string, s, o Entity) bool {
	if (pred == "owns" || pred == "acquires") && (strings.HasPrefix(o.Key, "country:") || strings.HasPrefix(o.Key, "continent:")) {
		return false // "der größte Vermieter Deutschlands" owns no country
	}
	for _, st := range []string{s.Type, ORG} {
		for _, ot := range []string{o.Type, ORG} {
			if (st == s.Type || x.unsureType(s)) && (ot == o.Type || x.unsureType(o)) && typesFit(pred, st, ot) {
				return true
			}
		}
	}
	return false
}

// unsureType reports whether an entity's type is a guess that may hide an
// organisation: a "person" whose name does not start with a known given name
// ("Rite Aid"), a "place" the gazetteer does not know ("Tesco").
func (x *Relater) unsureType(e Entity) bool {
	switch e.Type {
	case PER:
		f := strings.Fields(e.Name)
		return len(f) < 2 || !x.lex.Given[f[0]]
	case LOC:
		return !strings.Contains(e.Key, ":") || strings.HasPrefix(e.Key, "name:")
	}
	return false
}

// retypeByRelations makes an entity of unsure type an organisation when a
// relation read with a clear cue needs one there ("Tesco" merging, "Midea"
// buying) and none needs it to be what it was typed.
func (x *Relater) retypeByRelations(ents []Entity, rels []Relation) {
	org := make([]int, len(ents))
	for _, r := range rels {
		if r.Object < 0 || r.Confidence < 0.6 || r.Predicate == "related_to" {
			continue
		}
		s, o := ents[r.Subject], ents[r.Object]
		if typesFit(r.Predicate, s.Type, o.Type) {
			org[r.Subject], org[r.Object] = org[r.Subject]-1, org[r.Object]-1 // fits as typed: a vote against
			continue
		}
		if x.unsureType(s) && typesFit(r.Predicate, ORG, o.Type) {
			org[r.Subject] += 2
		}
		if x.unsureType(o) && typesFit(r.Predicate, s.Type, ORG) {
			org[r.Object] += 2
		}
	}
	for e := range ents {
		// a person's name of two words stays a person's ("Pervez Musharraf")
		if org[e] > 0 && (ents[e].Type == LOC || !strings.Contains(ents[e].Name, " ")) {
			ents[e].Type = ORG
		}
	}
}

// parties are the short names of German-speaking countries' political
// parties, as news write them after a politician's name.
var parties = lexicon.WordSet("parties")

// shareholderNouns make the name before an owner of the one after.
var shareholderNouns = lexicon.WordSet("shareholder_nouns")

// mediaWords end the names of newspapers, agencies and broadcasters, which
// news quote as sources rather than write about.
var mediaWords = lexicon.WordList("media_words")

// media reports whether an organisation's name is that of a news outlet.
func media(name string) bool { return hasSuffixAny(segment.Lower(name), mediaWords) }

// kindsNamed maps the kind nouns that introduce an organisation in the text
// ("die Marinewerft NVL", "the chipmaker Nvidia"), and their heads, to it:
// "die Werft" then means NVL. A kind said of two organisations means
// neither (-1).
func kindsNamed(described map[int][]string) map[string]int {
	out := map[string]int{}
	note := func(k string, e int) {
		if old, ok := out[k]; ok && old != e {
			out[k] = -1
			return
		}
		out[k] = e
	}
	for e, nouns := range described {
		for _, lw := range nouns {
			if !lexicon.OrgAnaphors[lw] && !lexicon.AnaphorHead(lw) {
				continue
			}
			note(lw, e)
			for _, h := range lexicon.AnaphorHeads {
				if strings.HasSuffix(lw, h) && lw != h {
					note(h, e) // "Marinewerft" → "werft"
				}
			}
		}
	}
	return out
}

// anaphorContext is what descriptions and pronouns of a sentence may refer
// to: the salient organisation, the person the sentence before was about,
// the organisations the text named by a kind ("die Werft"), what each
// organisation was described as, and the organisations of the latest
// sentence that named one.
type anaphorContext struct {
	unsure          []bool // per entity: its type is a guess (unsureType)
	salient, person int
	kinds           map[string]int
	described       map[int][]string
	latest          []int
}

// describedOtherwise reports whether the text described organisation e by
// a kind of its own that differs from noun (lowercase): "Energieversorger"
// when "der Versicherer" is read.
func (c anaphorContext) describedOtherwise(e int, noun string) bool {
	if e < 0 || lexicon.GenericHead(noun) {
		return false
	}
	for _, d := range c.described[e] {
		if !lexicon.GenericHead(d) && !strings.HasSuffix(d, noun) && !strings.HasSuffix(noun, d) {
			return true
		}
	}
	return false
}

// describedAs maps each organisation to the kinds the text put before its
// name, lowercase: "Energieversorger" in "der Karlsruher Energieversorger EnBW".
func (x *Relater) describedAs(sents []Sentence, ms []Mention, ents []Entity) map[int][]string {
	out := map[int][]string{}
	for _, m := range ms {
		if m.Head != "" || m.Tok0 == 0 || ents[m.Entity].Type != ORG {
			continue
		}
		w := sents[m.Sent].Tokens[m.Tok0-1].Text
		if lexicon.OrgTypeNouns[w] || x.lex.IsTypeNoun(w) || lexicon.OrgAnaphors[segment.Lower(w)] || lexicon.AnaphorHead(segment.Lower(w)) {
			out[m.Entity] = append(out[m.Entity], segment.Lower(w))
		}
	}
	return out
}

// parentOf returns the organisation the relations so far name as e's
// parent or owner, or -1.
func parentOf(rels []Relation, e int) int {
	for _, r := range rels {
		switch {
		case r.Predicate == "subsidiary_of" && r.Subject == e && r.Object >= 0:
			return r.Object
		case r.Predicate == "owns" && r.Object == e:
			return r.Subject
		}
	}
	return -1
}

// nameThenVerb reports whether a new main clause starts at i: a name of up
// to three capitalised words, then a finite verb ("…, Daimler verkaufte 66 %").
func (x *Relater) nameThenVerb(toks []Token, i int) bool {
	j := i
	for j < len(toks) && j < i+3 && segment.StartsUpperOrDigit(toks[j].Text) && !lexicon.FunctionWords[toks[j].Lower()] {
		j++
	}
	if j == i || j >= len(toks) {
		return false
	}
	w := toks[j].Text
	return segment.StartsLower(w) && (len(x.lex.DeVerb[w]) > 0 && !lexicon.FunctionWords[w] || x.lex.VerbCues["en"][w] != "")
}

// verbAfterAnd reports whether a coordinating "und"/"and" at i (a dash may
// stand before it) starts a clause without a subject: a finite verb follows
// at once ("und verkauft", "und hat damit", "and sold").
func (x *Relater) verbAfterAnd(toks []Token, i int) bool {
	if i < len(toks) && (toks[i].Text == "-" || toks[i].Text == "–") {
		i++
	}
	if i+1 >= len(toks) || toks[i].Text != "und" && toks[i].Text != "and" {
		return false
	}
	w := toks[i+1].Text
	return segment.StartsLower(w) && (finiteAux[w] || !lexicon.FunctionWords[w] && (x.lex.PassiveAux[w] || auxEN[w] || x.lex.VerbCues["en"][w] != "") ||
		len(x.lex.DeVerb[w]) > 0 && !x.lex.IsGermanNoun(w))
}

// finiteAux are finite auxiliaries and modals.
var finiteAux = lexicon.WordSet("finite_aux")

// clauseAfterAnd reports whether "und" at i joins a main clause of its own:
// an article, a noun phrase and then its singular finite verb ("… übernahm
// Schuler und die Beteiligungsgesellschaft Capvis reichte ihre Anteile
// weiter").
func (x *Relater) clauseAfterAnd(toks []Token, i int) bool {
	if toks[i].Text != "und" || i+1 >= len(toks) || !lexicon.IsDefinite(toks[i+1].Text) {
		return false // "und die Beteiligungsgesellschaft Capvis reichte …"
	}
	for j := i + 2; j < len(toks) && j <= i+6; j++ {
		w := toks[j].Text
		if doc.IsPunct(w) {
			return false
		}
		if segment.StartsLower(w) && segment.StartsUpperOrDigit(toks[j-1].Text) && !lexicon.FunctionWords[w] && len(x.lex.DeVerb[w]) > 0 &&
			!x.lex.IsGermanNoun(w) && !strings.HasPrefix(w, "ge") {
			return !strings.HasSuffix(w, "en") // a plural verb has both names as its subject: "A und der B übernehmen"
		}
	}
	return false
}
