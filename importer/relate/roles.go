package relate

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// roleRelations finds person–organisation roles: "Lixin Cheng, CEO von ZTE
// USA", "Jeff Bezos, Amazon founder and CEO", "Amazon CEO Jeff Bezos",
// "X wird neuer Chef des Y-Konzerns", "Winterkorn war Vorstandsvorsitzender von Volkswagen".
func (x *Relater) roleRelations(add func(int, string, int, string, float64), toks []Token, args []arg, ents []Entity) {
	for ai, a := range args {
		if a.typ != PER {
			continue
		}
		// "Blume would replace Diess as chief executive": the role is the successor's
		holder := a.ent
		if a.tok0 > 0 && successorVerbs[toks[a.tok0-1].Lower()] {
			for _, b := range args[:ai] {
				if b.typ == PER && b.tok1 < a.tok0 {
					holder = b.ent
				}
			}
		}
		add := func(s int, p string, o int, label string, conf float64) {
			if s == a.ent {
				s = holder
			}
			add(s, p, o, label, conf)
		}
		// apposition or predicate: PER [, | ist | war | wird …] (adj) ROLE (von|of|at|bei|des|der) ORG
		k := a.tok1
		limit := min(len(toks), k+8)
		for ; k < limit; k++ {
			w := toks[k].Text
			roleStart := k
			var role string
			ok := false
			if k+1 < limit { // "chief executive" before "chief"
				role, ok = lexicon.RoleWords[segment.Lower(w+" "+toks[k+1].Text)]
				if ok {
					k++
				}
			}
			if !ok {
				role, ok = lexicon.RoleWords[w]
			}
			if !ok {
				role, ok = lexicon.RoleWords[segment.Lower(w)]
			}
			if !ok {
				role = lexicon.CompoundRole(w)
				ok = role != ""
			}
			if ok {
				// "… report to Salesforce president Robin Washington": the role is the next person's
				if argAt(args[ai+1:], k+1, PER) {
					break
				}
				// the organisation right after: "CEO von ZTE USA", "Chef des VW-Konzerns"
				reach := k + 4
				for _, b := range args[ai+1:] {
					if lexicon.ParentNouns[b.head] {
						continue // "chief executive of Vauxhall-owner PSA": PSA's
					}
					if b.typ == LOC && b.head == "poss" && b.tok0 <= reach {
						reach = b.tok1 + 4 // "general secretary of Britain’s largest trade union Unite"
						continue
					}
					if b.tok0 > k && b.tok0 <= reach && b.orgLike() && !lexicon.SpeechVerbs[toks[k+1].Text] {
						conf := 0.85
						if b.anaphor {
							conf = 0.7 // "Aufsichtsratsvorsitzender des Unternehmens"
						}
						add(a.ent, role, b.ent, doc.JoinTokens(toks[k:b.tok1]), conf)
						break
					}
				}
				// "Boeing named Kelly Ortberg as its new chief executive": the
				// organisation the possessive refers to, the subject before; so
				// too "Novo Nordisk named X, head of …, as chief executive"
				asRole := roleStart > a.tok1 && (toks[roleStart-1].Text == "as" || toks[roleStart-1].Text == "als")
				for _, t := range toks[a.tok1:roleStart] {
					if possessiveDets[t.Lower()] || asRole {
						for _, b := range args[:ai] {
							if b.typ == ORG && b.prep == "" && !b.anaphor && (b.head == "" || b.head == "poss") {
								add(a.ent, role, b.ent, doc.JoinTokens(toks[a.tok1:k+1]), 0.75)
								break
							}
						}
						break
					}
				}
				// the organisation right before: "Jeff Bezos, Amazon founder and CEO"
				for _, b := range args[ai+1:] {
					if b.tok1 == roleStart && b.orgLike() && b.tok0 > a.tok1 {
						add(a.ent, role, b.ent, doc.JoinTokens(toks[roleStart:k+1]), 0.85)
						// "founder and CEO": a second role joined by "and"/"und"
						if k+2 < len(toks) && lexicon.Coordinators[toks[k+1].Text] {
							if r2, ok := lexicon.RoleWords[toks[k+2].Text]; ok {
								add(a.ent, r2, b.ent, toks[k+2].Text, 0.85)
							}
						}
					}
				}
				continue
			}
			if lw := segment.Lower(w); lw == "durch" || lw == "by" {
				break // "X wird durch den Vorsitzenden der Y ersetzt": the role is another's
			}
			if len(w) > 2 && strings.HasSuffix(w, "-") && k+1 < limit && lexicon.Coordinators[toks[k+1].Text] {
				k++ // "Fusions- und Mittelstandsexperte": the role is the full compound after
				continue
			}
			if w == "," && k == a.tok1 || possessiveDets[segment.Lower(w)] || w == "ist" || w == "war" || w == "wird" || w == "is" || w == "was" || lexicon.MonthAndDay[w] || segment.IsNumber(w) ||
				w == "als" || w == "as" || segment.StartsLower(w) && k > a.tok1 || segment.Lower(w) == "a" {
				continue
			}
			if k > a.tok1 && !segment.StartsLower(w) {
				// allow an organisation before a role ("Amazon founder")
				isOrg := false
				for _, b := range args {
					if b.tok0 <= k && k < b.tok1 && b.orgLike() {
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
			if role, ok := lexicon.RoleWords[toks[a.tok1].Text]; ok {
				add(b.ent, role, a.ent, toks[a.tok1].Text, 0.85)
			}
		}
	}
}

// argAt reports whether an argument of type typ ("": any) starts at token k.
func argAt(args []arg, k int, typ string) bool {
	for _, b := range args {
		if b.tok0 == k && (typ == "" || b.typ == typ) {
			return true
		}
	}
	return false
}

// enclosingAnaphor returns the index of the description around the origin
// word a ("das Frankfurter Geldhaus"), or -1.
func enclosingAnaphor(args []arg, a arg) int {
	for i, b := range args {
		if b.anaphor && b.typ == ORG && b.tok0 < a.tok0 && b.tok1 > a.tok1 {
			return i
		}
	}
	return -1
}

// inherentRoles name the head of the organisation the text is about even
// without naming it: "Konzernchefin Marissa Mayer".
// possessiveDets refer back to an organisation before a role: "its CEO".
var possessiveDets = lexicon.WordSet("possessive_dets")

var inherentRoles = lexicon.WordSet("inherent_roles")

func roleAt(toks []Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	if k > 0 { // "chief executive" before "executive"
		if r, ok := lexicon.RoleWords[segment.Lower(toks[k-1].Text+" "+toks[k].Text)]; ok {
			return r
		}
	}
	if r, ok := lexicon.RoleWords[toks[k].Text]; ok {
		return r
	}
	if r, ok := lexicon.RoleWords[toks[k].Lower()]; ok && k > 0 && lexicon.TitleWords[toks[k-1].Lower()] {
		return r // "Chief Commercial Officer"
	}
	return lexicon.CompoundRole(toks[k].Text)
}

// rolesBefore reads roles written before the person: "Der Vorstandschef
// der Ethikbank, Klaus Euler,", "Managing Director Sanjeev Kumar von State
// Oil", "Konzernchefin Marissa Mayer" (of the organisation the text is about).
func (x *Relater) rolesBefore(add func(int, string, int, string, float64), toks []Token, args []arg, salient, last int) {
	for ai, a := range args {
		if a.typ != PER || a.anaphor {
			continue
		}
		// ROLE der ORG , PER
		if ai > 0 && a.tok0 >= 2 && toks[a.tok0-1].Text == "," {
			b := args[ai-1]
			if b.orgLike() && b.tok1 == a.tok0-1 && !b.anaphor {
				for k := b.tok0 - 1; k >= 0 && k >= b.tok0-5; k-- {
					if r := roleAt(toks, k); r != "" {
						// "Die Co-Trainer des VfB, Jan Meier und Paul Roth sowie Uwe Kranz,": each of them
						for _, p := range coordinated(toks, args[ai:], a) {
							if p.typ == PER {
								add(p.ent, r, b.ent, doc.JoinTokens(toks[k:b.tok1]), 0.8)
							}
						}
						break
					}
					w := toks[k].Text
					if w == "," || w == "." || x.lex.Prepositions[segment.Lower(w)] && w != "von" && w != "of" {
						break
					}
				}
			}
		}
		// "Seagen's chief executive, David Epstein,": the possessive organisation's role
		if a.tok0 >= 3 && toks[a.tok0-1].Text == "," {
			if r := roleAt(toks, a.tok0-2); r != "" {
				start := a.tok0 - 2
				if _, two := lexicon.RoleWords[segment.Lower(toks[start-1].Text+" "+toks[start].Text)]; two && start > 1 {
					start--
				}
				if b, dept, ok := possessorBefore(toks, args[:ai], start); ok { // "BMW's development boss, X,"
					add(a.ent, departmentRole(r, dept), b.ent, doc.JoinTokens(toks[b.tok0:a.tok0-1]), 0.8)
				}
			}
		}
		end := a.tok0 - 1 // the role's last word
		if end >= 2 && toks[end].Text == "," && roleAt(toks, end-1) != "" {
			for _, t := range toks[max(0, end-4) : end-1] {
				if possessiveDets[t.Lower()] {
					end-- // "Its chief executive, Amit Walia,"
					break
				}
			}
		}
		r := roleAt(toks, end)
		if r == "" {
			continue
		}
		// ROLE PER von ORG
		if a.tok1+1 < len(toks) {
			switch toks[a.tok1].Text {
			case "von", "of", "bei", "at":
				for _, b := range args[ai+1:] {
					if b.orgLike() && b.tok0 > a.tok1 && b.tok0 <= a.tok1+3 {
						add(a.ent, r, b.ent, toks[a.tok0-1].Text+" … "+doc.JoinTokens(toks[a.tok1:b.tok1]), 0.8)
					}
					break
				}
				continue
			}
		}
		// "Its chief executive Daniel Ek", "sein Vorstandschef X": the
		// organisation the possessive refers to
		start := end
		if start > 0 {
			if _, two := lexicon.RoleWords[segment.Lower(toks[start-1].Text+" "+toks[start].Text)]; two {
				start-- // a two-word role: "chief executive"
			}
		}
		// "Airbus Chief Commercial Officer Christian Scherer": the title's words
		for start > 0 && start >= a.tok0-4 && lexicon.TitleWords[toks[start-1].Lower()] {
			start--
		}
		// "GIP founder and chief executive Bayo Ogunlesi": roles joined by "and"
		roles := []string{r}
		for start >= 2 && lexicon.Coordinators[toks[start-1].Lower()] && roleAt(toks, start-2) != "" {
			roles = append(roles, roleAt(toks, start-2))
			start -= 2
			if start > 0 {
				if _, two := lexicon.RoleWords[segment.Lower(toks[start-1].Text+" "+toks[start].Text)]; two {
					start--
				}
			}
		}
		// "Hess chief executive John Hess", "Amazon founder Jeff Bezos"
		found := false
		for _, b := range args[:ai] {
			if b.orgLike() && b.tok1 == start && (b.head == "" || b.head == "poss") {
				for _, role := range roles {
					add(a.ent, role, b.ent, doc.JoinTokens(toks[b.tok0:end+1]), 0.8)
				}
				found = true
			}
		}
		if b, dept, ok := possessorBefore(toks, args[:ai], start); ok && !found {
			for _, role := range roles { // "Rothschild's own chief executive Nigel Higgins"
				add(a.ent, departmentRole(role, dept), b.ent, doc.JoinTokens(toks[b.tok0:end+1]), 0.75)
			}
			found = true
		}
		if found {
			continue
		}
		if start > 0 && possessiveDets[toks[start-1].Lower()] {
			ref := last
			for _, b := range args[:ai] {
				if b.typ == ORG && b.tok1 < start && b.prep == "" && b.head == "" && !b.anaphor {
					ref = b.ent
				}
			}
			if ref >= 0 {
				add(a.ent, r, ref, doc.JoinTokens(toks[start-1:end+1]), 0.7)
			}
			continue
		}
		// "bestellte Technik-Chef Hans Meier …, wie die Bosch AG mitteilte":
		// the organisation that reports it
		if rep := reportingOrg(toks, args); rep >= 0 {
			add(a.ent, r, rep, doc.JoinTokens(toks[start:end+1]), 0.6)
			continue
		}
		// "Chief Executive Satya Nadella said …": a role opening the sentence is
		// held at the organisation the text is about
		if start == doc.FirstWord(toks) && salient >= 0 {
			conf := 0.6
			if r == "employee_of" {
				conf = 0.5 // "Finanzvorstand Dominik Asam", "Sprecher X": of the company the text is about, most likely
			}
			add(a.ent, r, salient, doc.JoinTokens(toks[start:end+1]), conf)
			continue
		}
		if inherentRoles[toks[a.tok0-1].Text] && salient >= 0 && (ai == 0 || args[ai-1].tok1 < a.tok0-1) {
			add(a.ent, r, salient, toks[a.tok0-1].Text, 0.5)
		}
	}
}

// reportingOrg is the organisation a German reporting clause names at the
// end of the sentence ("…, wie die Bosch AG mitteilte"), or -1.
func reportingOrg(toks []Token, args []arg) int {
	for _, a := range args {
		if a.typ != ORG || a.anaphor || a.head != "" || a.tok0 < 3 {
			continue
		}
		k := a.tok0 - 1
		if lexicon.IsDefinite(toks[k].Text) {
			k--
		}
		if toks[k].Text == "wie" && toks[k-1].Text == "," {
			return a.ent
		}
	}
	return -1
}

// commaEnds reports whether a comma in [from, to) ends the phrase of an
// origin adjective: not one right after its kind noun, before the names of
// that kind ("two Taiwanese chipset vendors, Via Technologies and …").
func (x *Relater) commaEnds(toks []Token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].Text != "," {
			continue
		}
		if k != to-1 || k == from {
			return true
		}
		if w := toks[k-1].Text; !x.lex.IsTypeNoun(w) && !(segment.StartsLower(w) && len(w) > 4 && strings.HasSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// compoundRelations reads relations out of compounds: "VW-Chef Martin
// Winterkorn", "Air-Berlin-Tochter Niki", "Houston-based Sysco", "im
// US-Markt", and origin adjectives ("der chinesische Hersteller ZTE").
func (x *Relater) compoundRelations(add func(int, string, int, string, float64), toks []Token, args []arg, ents []Entity, salient int) {
	for _, a := range args {
		// "die Windkrafttochter Siemens Gamesa": a unit of the company the text is about
		// ("die IT-Tochter Schwarz Digits" too, but "die Air-Berlin-Tochter Niki" names its parent)
		if a.head == "" && a.typ == ORG && a.tok0 > 0 && salient >= 0 && a.ent != salient &&
			strings.HasSuffix(toks[a.tok0-1].Lower(), "tochter") && !argAt(args, a.tok0-1, "") {
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
		label := doc.JoinTokens(toks[a.tok0:a.tok1]) // "VW-Chef", "San Francisco-based"
		role := lexicon.RoleWords[a.head]
		if role == "" {
			role = lexicon.CompoundRole(a.head) // "IG-Metall-Bezirksleiter"
		}
		switch {
		case role != "" && next != nil && next.typ == PER:
			add(next.ent, role, a.ent, label, 0.85)
		case strings.HasPrefix(a.head, "Tochter") || strings.HasSuffix(a.head, "tochter") || a.head == "subsidiary" || a.head == "unit":
			if next != nil && next.typ == ORG {
				add(next.ent, "subsidiary_of", a.ent, label, 0.8)
			}
		case lexicon.ParentNouns[a.head]:
			if next != nil && next.typ == ORG { // "der Facebook-Mutterkonzern Meta"
				add(a.ent, "subsidiary_of", next.ent, label, 0.8)
			}
		case (a.head == "demonym" || a.head == "city-adj") && enclosingAnaphor(args, a) >= 0:
			// "das Frankfurter Geldhaus": the organisation the description stands for
			add(args[enclosingAnaphor(args, a)].ent, "based_in", a.ent, label, 0.6)
		case a.head == "based" || a.head == "demonym" || a.head == "city-adj":
			// "die Kieler Thyssenkrupp-Tochter" is about the daughter, not Thyssenkrupp;
			// a comma between ends the phrase ("dem Berliner Vermieter, wie das Unternehmen …")
			based := func(t string) bool { return t == ORG || t == PER && a.head == "based" } // "Paris-based Brice Lemonnier"
			if next != nil && based(next.typ) && (next.head == "" || lexicon.SameEntityHeads[next.head]) && !x.commaEnds(toks, a.tok1, next.tok0) {
				// "den US-Firmen Microsoft und Nvidia": each of the names
				for _, g := range coordinated(toks, args[ai+1:], *next) {
					if based(g.typ) && (!g.anaphor || g.ent == next.ent) { // not "…, the European planemaker said"
						add(g.ent, "based_in", a.ent, label, 0.7)
						// "the Omaha, Nebraska-based company": the city too
						if p := args[max(ai-1, 0)]; a.head == "based" && ai > 0 && p.typ == LOC && p.head == "" &&
							p.tok1+1 == a.tok0 && toks[p.tok1].Text == "," {
							add(g.ent, "based_in", p.ent, doc.JoinTokens(toks[p.tok0:a.tok1]), 0.7)
						}
					}
				}
			}
		case a.head == "demonym-of":
			for i := ai - 1; i >= 0; i-- {
				if args[i].typ == ORG {
					add(args[i].ent, "based_in", a.ent, doc.JoinTokens(toks[a.tok0:min(a.tok1+1, len(toks))]), 0.7)
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

// successorVerbs take the predecessor as their object: "replace Diess as
// chief executive" gives the role to the subject.
var successorVerbs = lexicon.WordSet("successor_verbs")

// closedCompoundRoles read a role written as one word with its
// organisation's name: "Kartellamtschef Andreas Mundt" heads the
// Bundeskartellamt, "Gewerkschaftssprecher X" speaks for the union the text
// names. The organisation is the one of the text whose name or alias ends
// in the compound's first part.
func (x *Relater) closedCompoundRoles(add addFunc, toks []Token, args []arg, ents []Entity) {
	for _, a := range args {
		if a.typ != PER || a.anaphor || a.tok0 == 0 {
			continue
		}
		w := toks[a.tok0-1].Text
		role := lexicon.CompoundRole(w)
		if role == "" || strings.Contains(w, "-") {
			continue
		}
		prefix := compoundPrefix(w)
		if len([]rune(prefix)) < 4 {
			continue
		}
		if e := entityEndingIn(ents, prefix); e >= 0 {
			add(a.ent, role, e, w, 0.7)
		}
	}
}

// compoundPrefix is a compound role's first part without its linking "s":
// "Kartellamtschef" → "kartellamt".
func compoundPrefix(w string) string {
	lw := segment.Lower(w)
	for _, rs := range roleSuffixes {
		if p, ok := strings.CutSuffix(lw, rs.Suffix); ok && p != "" {
			return strings.TrimSuffix(p, "s")
		}
	}
	return ""
}

// entityEndingIn returns the only organisation whose name or an alias
// ends in the (lower-case) word part, or -1.
func entityEndingIn(ents []Entity, part string) int {
	found := -1
	for e, ent := range ents {
		if ent.Type != ORG {
			continue
		}
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if strings.HasSuffix(segment.Lower(n), part) {
				if found >= 0 && found != e {
					return -1 // two candidates: say nothing
				}
				found = e
			}
		}
	}
	return found
}

// predecessorRoles give the person a successor replaces the role the
// successor takes: "named Meg Whitman its chief executive, replacing Leo
// Apotheker" — Apotheker held it before (the evidence says so).
func predecessorRoles(rs *relSet, si int, add addFunc, args []arg) {
	var succ, roles []Relation
	for i := len(rs.rels) - 1; i >= 0 && rs.rels[i].Sent == si; i-- {
		switch r := rs.rels[i]; r.Predicate {
		case "successor_of":
			succ = append(succ, r)
		case "ceo_of":
			// not a role the successor had before, written before the name:
			// "Porsche chief Oliver Blume", "former eBay Chief Executive X"
			if r.Object >= 0 && !namedBefore(args, r.Subject, r.Object) {
				roles = append(roles, r)
			}
		}
	}
	for _, s := range succ {
		for _, r := range roles {
			if r.Subject == s.Subject && r.Object >= 0 && r.Object != s.Object {
				add(s.Object, r.Predicate, r.Object, s.Label+" … "+r.Label, 0.6)
			}
		}
	}
}

// namedBefore reports whether organisation org is named at most three
// words before person per: "Porsche chief Oliver Blume".
func namedBefore(args []arg, per, org int) bool {
	for _, a := range args {
		if a.ent != per {
			continue
		}
		for _, b := range args {
			if b.ent == org && b.tok1 <= a.tok0 && a.tok0-b.tok1 <= 3 {
				return true
			}
		}
	}
	return false
}

// roleSuffixes end German role compounds (roles.tsv).
var roleSuffixes = lexicon.RoleSuffixes()
