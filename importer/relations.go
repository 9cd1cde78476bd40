package importer

import (
	"sort"
	"strings"
	"unicode"
)

// Relation is one extracted triple with the sentence it came from.
type Relation struct {
	Subject    int    // entity index
	Predicate  string // canonical predicate
	Object     int    // entity index, or -1 when Literal is set
	Literal    string // literal object (money, date, number), if any
	Label      string // the words that expressed it
	Confidence float64
	Sent       int // sentence index
}

// arg is an entity mention or an anaphor as a relation argument.
type arg struct {
	ent        int // entity index
	tok0, tok1 int
	prep       string // preposition governing the mention, lowercase, if any
	head       string // compound head
	typ        string
	anaphor    bool
}

type relSet struct {
	rels       []Relation
	seen       map[string]int
	lastTarget int // the organisation last acquired in the text, or -1
}

func (rs *relSet) add(r Relation) {
	if r.Subject == r.Object && r.Literal == "" || r.Subject < 0 || r.Object < 0 && r.Literal == "" {
		return
	}
	if symmetric[r.Predicate] && r.Object < r.Subject && r.Literal == "" {
		r.Subject, r.Object = r.Object, r.Subject
	}
	k := strings.Join([]string{itoa(r.Subject), r.Predicate, itoa(r.Object), r.Literal, itoa(r.Sent)}, "|")
	if i, ok := rs.seen[k]; ok {
		if r.Confidence > rs.rels[i].Confidence {
			rs.rels[i] = r
		}
		return
	}
	rs.seen[k] = len(rs.rels)
	rs.rels = append(rs.rels, r)
	if r.Predicate == "acquires" && r.Object >= 0 {
		rs.lastTarget = r.Object
	}
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// relations extracts the relations of every sentence.
func (x *Extractor) relations(text string, sents []Sentence, ms []Mention, ents []Entity, lang string) []Relation {
	rs := &relSet{seen: map[string]int{}, lastTarget: -1}
	bySent := make([][]Mention, len(sents))
	for _, m := range ms {
		bySent[m.Sent] = append(bySent[m.Sent], m)
	}
	salient := -1 // the organisation the text is about so far: most mentioned ORG
	lastPer := -1 // the person named last in an earlier sentence
	orgCount := map[int]int{}
	for si, s := range sents {
		// anaphors refer to the organisation salient in the sentences before:
		// the first one named in the latest sentence that named one, unless
		// another was named clearly more often; in the first sentence, its
		// first organisation
		if salient < 0 {
			for _, m := range bySent[si] {
				if ents[m.Entity].Type == ORG && m.Head == "" {
					salient = m.Entity
					break
				}
			}
		}
		args := x.args(s.Tokens, bySent[si], ents, salient)
		args = rolesWithoutName(rs, si, s.Tokens, args, lastPer)
		before := len(rs.rels)
		x.sentenceRelations(rs, si, s.Tokens, args, ents, lang, salient, mainOrg(orgCount))
		x.amounts(rs, before, s.Text(text))
		x.fallback(rs, si, args, before)
		first := -1
		for _, m := range bySent[si] {
			if m.Tok0 > 0 && s.Tokens[m.Tok0-1].Text == "(" {
				continue // a source in brackets: "(Reuters)"
			}
			if ents[m.Entity].Type == ORG && m.Head == "" || m.Head != "" && sameEntityHeads[m.Head] {
				orgCount[m.Entity]++
				if first < 0 {
					first = m.Entity
				}
			}
		}
		if first >= 0 {
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
	}
	sort.SliceStable(rs.rels, func(a, b int) bool { return rs.rels[a].Sent < rs.rels[b].Sent })
	return rs.rels
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

// args turns the mentions of a sentence into arguments and adds anaphors
// ("der Konzern", "the company", "es") for the salient organisation.
func (x *Extractor) args(toks []Token, ms []Mention, ents []Entity, salient int) []arg {
	var out []arg
	covered := map[int]bool{}
	for _, m := range ms {
		a := arg{ent: m.Entity, tok0: m.Tok0, tok1: m.Tok1, head: m.Head, typ: ents[m.Entity].Type}
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
				joined = joined && coordinators[strings.ToLower(g.Text)]
			}
			if joined {
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
			lt := strings.ToLower(t.Text)
			det := i > 0 && (functionWords[strings.ToLower(toks[i-1].Text)] || strings.HasSuffix(toks[i-1].Text, "e"))
			if makerNouns[t.Text] && startsLower(t.Text) && i > 1 && covered[i-1] && !(i+1 < len(toks) && covered[i+1]) &&
				(isDefinite(toks[i-2].Text) || i > 2 && isDefinite(toks[i-3].Text)) {
				// "the ChatGPT maker": the company that makes it
				out = append(out, arg{ent: salient, tok0: i, tok1: i + 1, typ: ORG, anaphor: true, prep: ""})
				continue
			}
			if (orgAnaphors[lt] || compoundAnaphor(lt)) && det && i > 0 && isDefinite(toks[i-1].Text) && !(i+1 < len(toks) && covered[i+1]) {
				out = append(out, arg{ent: salient, tok0: i - 1, tok1: i + 1, typ: ORG, anaphor: true, prep: x.governingPrep(toks, i-1)})
			} else if pronounsOrg[lt] && (lt != "sie") && i+1 < len(toks) && !covered[i+1] {
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
		role := roleWords[a.head]
		if role == "" || isModifier(args, i) || a.tok0 == 0 || !isDefinite(toks[max(0, a.tok0-2)].Text) && !isDefinite(toks[a.tok0-1].Text) {
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
	return orgAnaphors[lw[k+1:]] || sameEntityHeads[string(unicode.ToUpper(head[0]))+string(head[1:])]
}

func isDefinite(w string) bool {
	switch strings.ToLower(w) {
	case "der", "die", "das", "den", "dem", "des", "the", "this":
		return true
	}
	return false
}

// governingPrep returns the preposition before token i, skipping articles
// and lowercase modifiers, or "".
func (x *Extractor) governingPrep(toks []Token, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if prepositions[lw] {
			return lw
		}
		if lw == "und" || lw == "and" || lw == "sowie" || lw == "oder" || lw == "or" {
			return "&" // coordinated with the phrase before: its preposition, if any
		}
		// articles, lowercase modifiers and type nouns: "durch den Handelsriesen Edeka"
		if isDefinite(w) || lw == "ein" || lw == "eine" || lw == "einer" || lw == "einem" || lw == "a" || lw == "an" ||
			startsLower(w) && !verbLike(lw) && verbCuesEN[lw] == "" && !auxEN[lw] ||
			k == i-1 && (orgTypeNouns[w] || x.lex.LooksLikeGermanNoun(w) && !isRoleOrTitle(w)) {
			continue
		}
		return ""
	}
	return ""
}

func verbLike(w string) bool { return passiveAux[w] || speechVerbs[w] }

// auxEN are English verbs that end a noun phrase looked at backwards.
var auxEN = setOf("has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "does", "did",
	"do", "says", "said", "announced", "agreed", "plans", "wants")

// clause is a token range of a sentence.
type clause struct{ from, to int }

func clauses(toks []Token) []clause {
	var out []clause
	from := 0
	for i, t := range toks {
		brk := t.Text == ";" || t.Text == ":" || t.Text == "–" || t.Text == "—" || t.Text == "-"
		if t.Text == "," && i+1 < len(toks) && clauseBreaks[strings.ToLower(toks[i+1].Text)] {
			brk = true
		}
		if brk {
			out = append(out, clause{from, i})
			from = i + 1
		}
	}
	return append(out, clause{from, len(toks)})
}

func (x *Extractor) sentenceRelations(rs *relSet, si int, toks []Token, args []arg, ents []Entity, lang string, salient, main int) {
	add := func(s int, p string, o int, label string, conf float64) {
		rs.add(Relation{Subject: s, Predicate: p, Object: o, Label: label, Confidence: conf, Sent: si})
	}
	x.roleRelations(add, toks, args, ents)
	x.rolesBefore(add, toks, args, main)
	x.compoundRelations(add, toks, args, ents, salient)
	x.listCompetitors(add, toks, args, ents)
	// "the ChatGPT maker": the company the text is about makes the product
	for _, a := range args {
		if a.typ == PRODUCT && a.tok1 < len(toks) && makerNouns[toks[a.tok1].Text] && salient >= 0 && salient != a.ent {
			add(salient, "produces", a.ent, joinTokens(toks[a.tok0:a.tok1+1]), 0.6)
		}
	}
	// "Redmond, Washington", "Hsinchu (Taiwan)": a place inside the place after it
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ == LOC && b.typ == LOC && a.head == "" && b.head == "" && a.ent != b.ent && b.tok0 == a.tok1+1 &&
			(toks[a.tok1].Text == "," || toks[a.tok1].Text == "(") && placeRank(ents[a.ent].Key) < placeRank(ents[b.ent].Key) {
			add(a.ent, "located_in", b.ent, joinTokens(toks[a.tok0:b.tok1]), 0.6)
		}
	}
	for _, c := range clauses(toks) {
		var in []arg
		for _, a := range args {
			if a.tok0 >= c.from && a.tok0 < c.to {
				in = append(in, a)
			}
		}
		// a relative clause ("…, which is backed by Microsoft") is about the name before it
		ante := -1
		if c.from > 0 && c.from < len(toks) && relativePronouns[strings.ToLower(toks[c.from].Text)] {
			for _, a := range args {
				if a.tok1 <= c.from && a.tok1 >= c.from-2 && a.head == "" && a.typ != PRODUCT {
					ante = a.ent
				}
			}
		}
		x.clauseRelations(rs, add, toks, c, in, ents, lang, salient, ante)
	}
}

var relativePronouns = setOf("which", "who", "that", "der", "die", "das", "welche", "welcher")

// roleRelations finds person–organisation roles: "Lixin Cheng, CEO von ZTE
// USA", "Jeff Bezos, Amazon founder and CEO", "Amazon CEO Jeff Bezos",
// "X wird neuer Chef des Y-Konzerns", "Winterkorn war Vorstandsvorsitzender von Volkswagen".
func (x *Extractor) roleRelations(add func(int, string, int, string, float64), toks []Token, args []arg, ents []Entity) {
	for ai, a := range args {
		if a.typ != PER {
			continue
		}
		// apposition or predicate: PER [, | ist | war | wird …] (adj) ROLE (von|of|at|bei|des|der) ORG
		k := a.tok1
		limit := min(len(toks), k+8)
		for ; k < limit; k++ {
			w := toks[k].Text
			role, ok := roleWords[w]
			if !ok {
				role, ok = roleWords[strings.ToLower(w)]
			}
			if !ok {
				role = compoundRole(w)
				ok = role != ""
			}
			roleStart := k
			if !ok && k+1 < limit {
				role, ok = roleWords[strings.ToLower(w+" "+toks[k+1].Text)]
				if ok {
					k++
				}
			}
			if ok {
				// the organisation right after: "CEO von ZTE USA", "Chef des VW-Konzerns"
				for _, b := range args[ai+1:] {
					if b.tok0 > k && b.tok0 <= k+3 && b.typ == ORG && !b.anaphor && !speechVerbs[toks[k+1].Text] {
						add(a.ent, role, b.ent, joinTokens(toks[k:b.tok0]), 0.85)
						break
					}
				}
				// the organisation right before: "Jeff Bezos, Amazon founder and CEO"
				for _, b := range args[ai+1:] {
					if b.tok1 == roleStart && b.typ == ORG && b.tok0 > a.tok1 {
						add(a.ent, role, b.ent, joinTokens(toks[roleStart:k+1]), 0.85)
						// "founder and CEO": a second role joined by "and"/"und"
						if k+2 < len(toks) && coordinators[toks[k+1].Text] {
							if r2, ok := roleWords[toks[k+2].Text]; ok {
								add(a.ent, r2, b.ent, toks[k+2].Text, 0.85)
							}
						}
					}
				}
				continue
			}
			if w == "," && k == a.tok1 || w == "ist" || w == "war" || w == "wird" || w == "is" || w == "was" || monthAndDay[w] || isNumber(w) ||
				w == "als" || w == "as" || startsLower(w) && k > a.tok1 || strings.ToLower(w) == "a" {
				continue
			}
			if k > a.tok1 && !startsLower(w) {
				// allow an organisation before a role ("Amazon founder")
				isOrg := false
				for _, b := range args {
					if b.tok0 <= k && k < b.tok1 && b.typ == ORG {
						isOrg = true
						k = b.tok1 - 1
					}
				}
				if isOrg {
					continue
				}
			}
			break
		}
	}
	// ORG ROLE PER: "Amazon CEO Jeff Bezos", "Microsoft-Chef Satya Nadella" is a compound (below)
	for ai := 0; ai+1 < len(args); ai++ {
		a, b := args[ai], args[ai+1]
		if a.typ == ORG && b.typ == PER && b.tok0 == a.tok1+1 {
			if role, ok := roleWords[toks[a.tok1].Text]; ok {
				add(b.ent, role, a.ent, toks[a.tok1].Text, 0.85)
			}
		}
	}
}

// inherentRoles name the head of the organisation the text is about even
// without naming it: "Konzernchefin Marissa Mayer".
var inherentRoles = setOf("Konzernchef", "Konzernchefin", "Vorstandschef", "Vorstandschefin", "Firmenchef",
	"Firmenchefin", "Unternehmenschef", "Unternehmenschefin", "Vorstandsvorsitzender", "Vorstandsvorsitzende",
	"Aufsichtsratsvorsitzender", "Aufsichtsratsvorsitzende", "Aufsichtsratschef", "Aufsichtsratschefin")

func roleAt(toks []Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	if r, ok := roleWords[toks[k].Text]; ok {
		return r
	}
	if r := compoundRole(toks[k].Text); r != "" {
		return r
	}
	if k > 0 {
		if r, ok := roleWords[strings.ToLower(toks[k-1].Text+" "+toks[k].Text)]; ok {
			return r
		}
	}
	return ""
}

// roleSuffixes give the role of German compounds without an organisation
// in them: "Sachbereichsleiter", "Gewerkschaftssprecherin", "Mitgründer".
var roleSuffixes = []struct{ suffix, pred string }{
	{"vorsitzender", "chair_of"}, {"vorsitzende", "chair_of"}, {"chef", "ceo_of"}, {"chefin", "ceo_of"},
	{"gründer", "founder_of"}, {"gründerin", "founder_of"}, {"leiter", "employee_of"}, {"leiterin", "employee_of"},
	{"sprecher", "employee_of"}, {"sprecherin", "employee_of"}, {"direktor", "employee_of"}, {"direktorin", "employee_of"},
	{"vorstand", "employee_of"}, {"manager", "employee_of"}, {"managerin", "employee_of"},
}

func compoundRole(w string) string {
	if !startsUpperOrDigit(w) || strings.Contains(w, "-") {
		return ""
	}
	lw := strings.ToLower(w)
	for _, rs := range roleSuffixes {
		if strings.HasSuffix(lw, rs.suffix) && len(lw) > len(rs.suffix)+2 {
			return rs.pred
		}
	}
	return ""
}

// rolesBefore reads roles written before the person: "Der Vorstandschef
// der Ethikbank, Klaus Euler,", "Managing Director Sanjeev Kumar von State
// Oil", "Konzernchefin Marissa Mayer" (of the organisation the text is about).
func (x *Extractor) rolesBefore(add func(int, string, int, string, float64), toks []Token, args []arg, salient int) {
	for ai, a := range args {
		if a.typ != PER || a.anaphor {
			continue
		}
		// ROLE der ORG , PER
		if ai > 0 && a.tok0 >= 2 && toks[a.tok0-1].Text == "," {
			b := args[ai-1]
			if b.typ == ORG && b.tok1 == a.tok0-1 && !b.anaphor {
				for k := b.tok0 - 1; k >= 0 && k >= b.tok0-5; k-- {
					if r := roleAt(toks, k); r != "" {
						add(a.ent, r, b.ent, joinTokens(toks[k:b.tok1]), 0.8)
						break
					}
					w := toks[k].Text
					if w == "," || w == "." || prepositions[strings.ToLower(w)] && w != "von" && w != "of" {
						break
					}
				}
			}
		}
		r := roleAt(toks, a.tok0-1)
		if r == "" {
			continue
		}
		// ROLE PER von ORG
		if a.tok1+1 < len(toks) {
			switch toks[a.tok1].Text {
			case "von", "of", "bei", "at":
				for _, b := range args[ai+1:] {
					if b.typ == ORG && b.tok0 > a.tok1 && b.tok0 <= a.tok1+3 {
						add(a.ent, r, b.ent, toks[a.tok0-1].Text+" … "+joinTokens(toks[a.tok1:b.tok1]), 0.8)
					}
					break
				}
				continue
			}
		}
		if inherentRoles[toks[a.tok0-1].Text] && salient >= 0 && (ai == 0 || args[ai-1].tok1 < a.tok0-1) {
			add(a.ent, r, salient, toks[a.tok0-1].Text, 0.5)
		}
	}
}

// compoundRelations reads relations out of compounds: "VW-Chef Martin
// Winterkorn", "Air-Berlin-Tochter Niki", "Houston-based Sysco", "im
// US-Markt", and origin adjectives ("der chinesische Hersteller ZTE").
func (x *Extractor) compoundRelations(add func(int, string, int, string, float64), toks []Token, args []arg, ents []Entity, salient int) {
	for _, a := range args {
		// "die Windkrafttochter Siemens Gamesa": a unit of the company the text is about
		if a.head == "" && a.typ == ORG && a.tok0 > 0 && salient >= 0 && a.ent != salient &&
			strings.HasSuffix(strings.ToLower(toks[a.tok0-1].Text), "tochter") && !strings.Contains(toks[a.tok0-1].Text, "-") {
			add(a.ent, "subsidiary_of", salient, toks[a.tok0-1].Text, 0.5)
		}
	}
	for ai, a := range args {
		if a.head == "" {
			continue
		}
		var next *arg
		for k := ai + 1; k < len(args); k++ {
			if args[k].tok0 >= a.tok1 && args[k].tok0 <= a.tok1+3 {
				next = &args[k]
			}
			break
		}
		label := toks[a.tok0].Text
		switch {
		case roleWords[a.head] != "" && next != nil && next.typ == PER:
			add(next.ent, roleWords[a.head], a.ent, label, 0.85)
		case strings.HasPrefix(a.head, "Tochter") || strings.HasSuffix(a.head, "tochter") || a.head == "subsidiary" || a.head == "unit":
			if next != nil && next.typ == ORG {
				add(next.ent, "subsidiary_of", a.ent, label, 0.8)
			}
		case a.head == "based" || a.head == "demonym" || a.head == "city-adj":
			if next != nil && next.typ == ORG {
				add(next.ent, "based_in", a.ent, label, 0.7)
			}
		case a.head == "demonym-of":
			for i := ai - 1; i >= 0; i-- {
				if args[i].typ == ORG {
					add(args[i].ent, "based_in", a.ent, joinTokens(toks[a.tok0:min(a.tok1+1, len(toks))]), 0.7)
					break
				}
			}
		case a.head == "Markt" && a.typ == LOC && salient >= 0:
			subj := clauseSubject(args, ai, salient)
			if subj >= 0 && ents[subj].Type == ORG {
				add(subj, "operates_in", a.ent, label, 0.6)
			}
		}
	}
}

// clauseSubject returns the first organisation or person argument before
// index ai, or the salient organisation.
func clauseSubject(args []arg, ai, salient int) int {
	for _, b := range args[:ai] {
		if (b.typ == ORG || b.typ == PER) && b.prep == "" {
			return b.ent
		}
	}
	return salient
}

// clauseRelations applies the verb and noun cues of one clause.
func (x *Extractor) clauseRelations(rs *relSet, add func(int, string, int, string, float64), toks []Token, c clause, args []arg, ents []Entity, lang string, salient, ante int) {
	var core []arg
	for i, a := range args {
		if a.prep == "" && a.head != "demonym" && a.head != "demonym-of" && a.head != "city-adj" && !isModifier(args, i) {
			core = append(core, a)
		}
	}
	passive := false
	for k := c.from; k < c.to; k++ {
		if passiveAux[strings.ToLower(toks[k].Text)] {
			passive = true
		}
	}
	for k := c.from; k < c.to; k++ {
		w := toks[k].Text
		if pred, ok := nounCues[w]; ok {
			x.nounCue(add, toks, k, pred, args, core, salient)
			continue
		}
		pred, lemma := x.verbCue(toks, k, c, lang)
		if pred == "" {
			continue
		}
		// "übernimmt die Nachfolge von X" is succession, not acquisition
		if pred == "acquires" && hasWord(toks[c.from:c.to], "Nachfolge") {
			continue
		}
		label := w
		if lemma != "" && lemma != strings.ToLower(w) {
			label = w
		}
		if pred == "classifies" {
			for a := c.from; a < k; a++ {
				if toks[a].Text == "als" || toks[a].Text == "as" {
					label = joinTokens(toks[a : k+1])
					break
				}
			}
		}
		var subj []arg
		var objs []arg
		agentIdx := -1
		participle := lang == "en" && strings.HasSuffix(strings.ToLower(w), "ed") && k+1 < c.to && strings.ToLower(toks[k+1].Text) == "by"
		if passive || participle {
			for i, a := range args {
				if agentPreps[a.prep] && a.tok0 > c.from {
					agentIdx = i
					break
				}
			}
		}
		if agentIdx >= 0 && ante >= 0 && ante != args[agentIdx].ent {
			// "X, which was acquired by Y": X is the object
			subj = coordinated(toks, args[agentIdx:], args[agentIdx])
			objs = []arg{{ent: ante, typ: ents[ante].Type}}
		} else if agentIdx >= 0 {
			subj = coordinated(toks, args[agentIdx:], args[agentIdx]) // "by Huang, Malachowsky and Priem"
			for _, a := range core {
				if a.ent != args[agentIdx].ent {
					objs = coordinated(toks, core, a)
					break
				}
			}
			if len(objs) == 0 && salient >= 0 && salient != args[agentIdx].ent {
				objs = []arg{{ent: salient, typ: ORG}}
			}
		} else {
			if len(core) == 0 {
				continue
			}
			subj, objs = splitAtVerb(toks, core, k)
			if len(objs) == 0 {
				// prepositional objects: "competes with Sony", "supplies … to Microsoft, Amazon and Google"
				for i, a := range args {
					if a.head == "demonym" || a.head == "city-adj" || a.head == "based" {
						continue // "mit dem dänischen Hersteller Vestas": the origin describes the name
					}
					if a.tok0 > k && objectPreps[pred][a.prep] && !inArgs(subj, a.ent) {
						objs = []arg{a}
						for _, b := range args[i+1:] {
							if b.prep == a.prep && b.head == "" && b.typ == a.typ {
								objs = append(objs, b) // the other names of the same prepositional list
							}
						}
						break
					}
				}
			}
		}
		// "OpenAI buys capacity from Oracle": the seller supplies the buyer
		if len(objs) == 0 && pred == "acquires" && lang == "en" {
			for _, a := range args {
				if a.tok0 > k && a.prep == "from" && a.typ == ORG {
					for _, sb := range subj {
						add(a.ent, "supplier_of", sb.ent, w+" … from", 0.6)
					}
					break
				}
			}
			continue
		}
		// "Die Kommission hatte den Kauf genehmigt": the deal's target
		if len(objs) == 0 && (pred == "approves" || pred == "sanctions") && rs.lastTarget >= 0 && hasAnyWord(toks[c.from:c.to], dealNouns) {
			objs = []arg{{ent: rs.lastTarget, typ: ORG, anaphor: true}}
		}
		if pred == "owns" && lemma == "gehören" {
			subj, objs = objs, subj
		}
		conf := 0.7
		if agentIdx >= 0 {
			conf = 0.75
		}
		for _, s := range subj {
			for _, o := range objs {
				add(s.ent, pred, o.ent, label, conf)
			}
		}
		competitors(add, subj, ents, label)
		competitors(add, objs, ents, label)
	}
}

// splitAtVerb chooses subject and objects of a verb at token k: with
// arguments on both sides (English, German verb-second) the group right
// before the verb is the subject and the group right after it the object;
// with the verb at the end (German verb-final) the first group is the
// subject and the next the object.
func splitAtVerb(toks []Token, core []arg, k int) (subj, objs []arg) {
	var before, after []arg
	for _, a := range core {
		if a.tok1 <= k {
			before = append(before, a)
		} else if a.tok0 > k {
			after = append(after, a)
		}
	}
	if len(before) > 0 && len(after) > 0 {
		// the coordinated group that ends nearest the verb
		start := 0
		for i := range before {
			g := coordinated(toks, before, before[i])
			if g[len(g)-1].tok0 == before[len(before)-1].tok0 {
				start = i
				break
			}
		}
		return coordinated(toks, before, before[start]), coordinated(toks, after, after[0])
	}
	all := append(before, after...)
	if len(all) == 0 {
		return nil, nil
	}
	subj = coordinated(toks, all, all[0])
	for _, a := range all {
		if a.tok0 >= subj[len(subj)-1].tok1 && !inArgs(subj, a.ent) {
			return subj, coordinated(toks, all, a)
		}
	}
	return subj, nil
}

// isModifier reports whether args[i] is a compound that only describes the
// name right after it: "Air-Berlin-Tochter LGW", "VW-Chef Winterkorn".
func isModifier(args []arg, i int) bool {
	a := args[i]
	if a.head == "" || sameEntityHeads[a.head] || i+1 >= len(args) {
		return false
	}
	return args[i+1].tok0 == a.tok1
}

// listCompetitors links organisations in one coordinated list that shares a
// preposition: "prices slumped for Wal-Mart, Kroger and Sysco".
func (x *Extractor) listCompetitors(add func(int, string, int, string, float64), toks []Token, all []arg, ents []Entity) {
	var args []arg // origin compounds describe the name after them: "California-based Adobe"
	for i, a := range all {
		if (a.head == "based" || a.head == "demonym" || a.head == "city-adj") && i+1 < len(all) && all[i+1].tok0 == a.tok1 {
			all[i+1].prep, all[i+1].tok0 = a.prep, a.tok0
			continue
		}
		args = append(args, a)
	}
	for i := 0; i < len(args); i++ {
		if args[i].prep == "" || args[i].prep == "(" {
			continue
		}
		g := coordinated(toks, args[i:], args[i])
		if len(g) >= 2 {
			competitors(add, g, ents, joinTokens(toks[g[0].tok0:g[len(g)-1].tok1]))
			i += len(g) - 1
		}
	}
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

// dealNouns name a takeover or merger as a thing: "den Kauf", "the deal".
var dealNouns = setOf("Kauf", "Übernahme", "Deal", "Fusion", "Zusammenschluss", "Erwerb", "Transaktion", "deal",
	"acquisition", "merger", "takeover", "purchase", "transaction")

func hasAnyWord(toks []Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Text] {
			return true
		}
	}
	return false
}

func hasWord(toks []Token, w string) bool {
	for _, t := range toks {
		if t.Text == w {
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
			lw := strings.ToLower(g.Text)
			if !coordinators[lw] && lw != "ebenso" && lw != "as" && lw != "well" && lw != "auch" {
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

// verbCue returns the predicate of a verb token, joining a separated
// particle later in the clause ("stuft … ein").
func (x *Extractor) verbCue(toks []Token, k int, c clause, lang string) (pred, lemma string) {
	w := toks[k].Text
	lw := strings.ToLower(w)
	if lang == "en" {
		if p, ok := verbCuesEN[lw]; ok {
			return p, lw
		}
		// "take over", "took over"
		if (lw == "take" || lw == "takes" || lw == "took" || lw == "taking") && k+1 < len(toks) && toks[k+1].Text == "over" {
			return "acquires", "take over"
		}
		return "", ""
	}
	if startsUpperOrDigit(w) && k > c.from {
		return "", "" // a noun
	}
	for _, v := range x.lex.deVerb[lw] {
		if v.Particle != "" {
			found := false
			for j := k + 1; j < c.to; j++ {
				if toks[j].Text == v.Particle {
					found = true
				}
			}
			if !found {
				continue
			}
		}
		if p, ok := verbCuesDE[v.Lemma]; ok {
			return p, v.Lemma
		}
	}
	// verbs the lexicon lacks with an inseparable prefix: "übernimmt" is
	// "über" + "nimmt" (nehmen)
	for _, pre := range inseparablePrefixes {
		if !strings.HasPrefix(lw, pre) || len(lw) <= len(pre)+2 {
			continue
		}
		for _, v := range x.lex.deVerb[lw[len(pre):]] {
			if v.Particle == "" {
				if p, ok := verbCuesDE[pre+v.Lemma]; ok {
					return p, pre + v.Lemma
				}
			}
		}
	}
	return "", ""
}

var inseparablePrefixes = []string{"über", "unter", "hinter", "wider", "miss", "zer", "ver", "ent", "emp", "er", "be", "ge"}

// nounCue reads "Übernahme der Y durch X", "X's acquisition of Y",
// "Investition … im US-Markt", "Niederlassung in den USA".
func (x *Extractor) nounCue(add func(int, string, int, string, float64), toks []Token, k int, pred string, args, core []arg, salient int) {
	var after []arg
	for _, a := range args {
		if a.tok0 > k && !a.anaphor && a.head != "demonym" && a.head != "city-adj" {
			after = append(after, a)
		}
	}
	switch pred {
	case "acquires", "merges_with":
		var target, agent = -1, -1
		for ai, a := range after {
			if isModifier(after, ai) {
				continue
			}
			if a.tok0 > k+6 && target < 0 {
				break
			}
			if target < 0 && (a.prep == "" || a.prep == "von" || a.prep == "of") {
				target = a.ent
				continue
			}
			if target >= 0 && agentPreps[a.prep] {
				agent = a.ent
				break
			}
		}
		if agent < 0 {
			// "Lufthansa-Kauf von LGW", "X's acquisition of Y": the name right before
			for _, a := range core {
				if a.tok1 <= k && a.tok1 >= k-2 && a.ent != target {
					agent = a.ent
				}
			}
		}
		if agent < 0 {
			// "X … Übernahme von Y": the clause subject
			for _, a := range core {
				if a.tok1 <= k && a.ent != target {
					agent = a.ent
					break
				}
			}
		}
		if agent < 0 && target >= 0 {
			// "Mit der Übernahme von Y hat X …": the subject right after the verb that follows the phrase
			for _, a := range core {
				if a.tok0 > k && a.ent != target && a.typ == ORG && a.head == "" && a.tok0 > targetEnd(after, target) &&
					afterAuxiliary(toks, a.tok0) {
					agent = a.ent
					break
				}
			}
		}
		if target >= 0 && agent >= 0 {
			add(agent, pred, target, toks[k].Text, 0.65)
		}
	case "invests_in", "operates_in", "based_in":
		for _, a := range after {
			if a.tok0 > k+6 && !(pred == "invests_in" && a.tok0 <= k+16) {
				break
			}
			if a.typ == LOC && (a.prep != "" || a.head == "Markt") || pred == "invests_in" && a.typ == ORG && a.prep != "" {
				subj := salient
				for _, b := range args {
					if b.tok1 <= k && b.typ == ORG && b.prep == "" {
						subj = b.ent
						break
					}
				}
				if subj >= 0 && subj != a.ent {
					label := joinTokens(toks[k:a.tok1])
					if a.tok1-k > 6 {
						label = toks[k].Text + " … " + joinTokens(toks[a.tok0:a.tok1])
					}
					add(subj, pred, a.ent, label, 0.6)
				}
				break
			}
		}
	case "successor_of":
		var prev, subj = -1, -1
		for _, a := range after {
			if a.typ == PER && a.tok0 <= k+3 {
				prev = a.ent
				break
			}
		}
		for _, a := range core {
			if a.tok1 <= k && a.typ == PER {
				subj = a.ent
				break
			}
		}
		if prev >= 0 && subj >= 0 {
			add(subj, pred, prev, toks[k].Text, 0.7)
		}
	case "subsidiary_of":
		// "X, a subsidiary of Y", "X ist eine Tochter von Y": Y after with "of"/"von"
		// is the parent; "Y und ihre Tochter X": X right after is the unit
		var other, before = -1, -1
		apposition := false
		for _, a := range after {
			if a.tok0 <= k+3 && a.typ == ORG && (a.prep == "of" || a.prep == "von" || a.prep == "des" || a.prep == "") {
				other = a.ent
				apposition = a.tok0 == k+1
			}
			break
		}
		for i := len(core) - 1; i >= 0; i-- {
			if a := core[i]; a.tok1 <= k && a.typ == ORG && a.ent != other {
				before = a.ent
				break
			}
		}
		if other >= 0 && before >= 0 {
			if apposition {
				add(other, pred, before, toks[k].Text, 0.6)
			} else {
				add(before, pred, other, toks[k].Text, 0.7)
			}
		}
	case "partner_of":
		for _, a := range after {
			if a.typ == ORG && a.tok0 <= k+3 {
				subj := clauseSubject(args, 0, salient)
				if subj >= 0 {
					add(subj, pred, a.ent, toks[k].Text, 0.6)
				}
				break
			}
		}
	}
}

// afterAuxiliary reports whether the name at i follows an auxiliary verb,
// articles aside: "hat die ZF Friedrichshafen".
func afterAuxiliary(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && isDefinite(toks[k].Text) {
		k--
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Text) {
	case "hat", "hatte", "haben", "hatten", "ist", "war", "will", "wollte", "wird", "has", "had", "is", "was":
		return true
	}
	return false
}

func targetEnd(as []arg, ent int) int {
	for _, a := range as {
		if a.ent == ent {
			return a.tok1
		}
	}
	return 0
}

// amounts attaches the sentence's amount of money to what it was found
// with: an investment gets it as literal object ("ZTE invests_in 30
// Millionen Dollar"), an acquisition as part of its label.
func (x *Extractor) amounts(rs *relSet, before int, sentence string) {
	money := moneyIn(sentence)
	if money == "" {
		return
	}
	n := len(rs.rels)
	for i := before; i < n; i++ {
		r := rs.rels[i]
		switch r.Predicate {
		case "invests_in":
			rs.add(Relation{Subject: r.Subject, Predicate: "invests_in", Object: -1, Literal: money, Label: r.Label,
				Confidence: r.Confidence * 0.9, Sent: r.Sent})
		case "acquires", "sanctions":
			if !strings.Contains(r.Label, money) {
				rs.rels[i].Label = r.Label + " (" + money + ")"
			}
		}
	}
}

// fallback links entities of one sentence that no cue related, with low
// confidence (related_to is hidden in the view by default).
func (x *Extractor) fallback(rs *relSet, si int, args []arg, before int) {
	linked := map[[2]int]bool{}
	for _, r := range rs.rels[before:] {
		linked[[2]int{r.Subject, r.Object}] = true
		linked[[2]int{r.Object, r.Subject}] = true
	}
	n := 0
	for i := range args {
		for j := i + 1; j < len(args) && n < 6; j++ {
			a, b := args[i].ent, args[j].ent
			if a == b || linked[[2]int{a, b}] || args[i].anaphor || args[j].anaphor {
				continue
			}
			linked[[2]int{a, b}], linked[[2]int{b, a}] = true, true
			rs.add(Relation{Subject: a, Predicate: "related_to", Object: b, Label: "same sentence", Confidence: 0.2, Sent: si})
			n++
		}
	}
}
