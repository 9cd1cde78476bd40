package relate

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// nounCue reads "Übernahme der Y durch X", "X's acquisition of Y",
// "Investition … im US-Markt", "Niederlassung in den USA".
// ante is the name a relative clause is about, or -1.
func (x *Relater) nounCue(add func(int, string, int, string, float64), toks []Token, k int, pred string, args, core []arg, salient, ante int) {
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
			if isModifier(after, ai) || x.beforeTypeNoun(toks, a) {
				continue // "a purchase of the Premier League giants": the giants are bought
			}
			window := 6
			if k+1 < len(toks) && (toks[k+1].Text == "of" || toks[k+1].Text == "von" || toks[k+1].Text == "der" || genitiveDets[toks[k+1].Text]) {
				window = 10 // "acquisition of "Call of Duty" maker Activision Blizzard"
			}
			if a.tok0 > k+window && target < 0 {
				break
			}
			if target < 0 && (a.prep == "" && !x.verbBetween(toks, k, a.tok0) || a.prep == "von" || a.prep == "of") {
				target = a.ent
				continue
			}
			if target >= 0 && pred == "merges_with" {
				// "the merger of Tesco and Morrisons": the two merge; a name after "by" blocked or cleared it
				if (a.prep == "" || a.prep == after[ai-1].prep) && a.typ != PRODUCT && coordinatedWith(toks, after, ai) {
					add(target, pred, a.ent, toks[k].Text+" … "+toks[a.tok0-1].Text, 0.65)
				}
				break
			}
			if target >= 0 && x.lex.AgentPreps[a.prep] {
				agent = a.ent
				break
			}
		}
		if pred == "merges_with" && target >= 0 && agent < 0 {
			for _, a := range core {
				if a.tok1 == k && a.ent != target && a.typ == ORG {
					agent = a.ent // "Vodafone's merger with Three", "die Vodafone-Fusion mit Three"
				}
			}
			if agent < 0 {
				break
			}
		}
		unnamed := x.agentUnnamed(toks, k, targetEnd(after, target))
		if agent < 0 && !unnamed {
			// "Lufthansa-Kauf von LGW", "X's acquisition of Y": the name right before
			for _, a := range core {
				if a.tok1 <= k && a.tok1 >= k-2 && a.ent != target {
					agent = a.ent
				}
			}
		}
		if agent < 0 && !unnamed {
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
		if target < 0 && pred == "acquires" {
			// "Die Commerzbank lehnt eine Übernahme durch Unicredit ab": the
			// buyer after "durch"/"by", the clause subject is bought
			for _, a := range after {
				if a.tok0 <= k+6 && x.lex.AgentPreps[a.prep] && a.typ == ORG {
					for _, b := range core {
						if b.tok1 <= k && b.ent != a.ent && b.typ == ORG {
							add(a.ent, pred, b.ent, toks[k].Text+" durch", 0.6)
							break
						}
					}
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
			if a.head == "poss" && a.tok1 < len(toks) && segment.StartsLower(toks[a.tok1].Text) {
				break // "a stake in Panasonic's battery venture": the venture is meant, not its owner
			}
			if a.typ == LOC && (a.prep != "" || a.head == "Markt") || pred == "invests_in" && a.typ == ORG && a.prep != "" {
				subj := salient
				if ante >= 0 {
					subj = ante // "Harbor Foods, which is based in Portland"
				}
				person := false
				for _, b := range args {
					if b.tok1 <= k && b.typ == ORG && b.prep == "" {
						subj = b.ent
						person = false
						break
					}
					person = person || b.tok1 <= k && b.typ == PER && b.prep == ""
				}
				// "Whole Foods headquarters", "Schenkers Sitz": the name right before the cue;
				// "Shares of Starbucks, based in Seattle,": the name before the comma
				for _, b := range args {
					if b.typ == ORG && (b.tok1 == k && (b.prep == "" || b.head == "poss") || b.tok1 == k-1 && toks[k-1].Text == ",") {
						subj, person = b.ent, false
					}
				}
				// "den Sitz von Schenker in Essen", "the headquarters of Schenker": the owner after the cue
				for _, b := range args {
					if b.tok0 > k && b.tok0 <= k+2 && b.typ == ORG && (b.prep == "von" || b.prep == "of" || b.prep == "des") {
						subj, person = b.ent, false
						break
					}
				}
				if person && ante < 0 && !(k > 0 && possessiveDets[toks[k-1].Lower()]) {
					break // "He will be based in Seattle": a person, not the company
				}
				if subj == salient && ante < 0 && hasBusinessNoun(toks[max(0, k-4):k]) {
					break // "Die Sparte mit Sitz in Münster": the unit is there, not the company
				}
				if subj >= 0 && subj != a.ent {
					label := doc.JoinTokens(toks[k:a.tok1])
					if a.tok1-k > 6 {
						label = toks[k].Text + " … " + doc.JoinTokens(toks[a.tok0:a.tok1])
					}
					add(subj, pred, a.ent, label, 0.6)
					if pred == "operates_in" { // "an Standorten in Bremen, Hamburg und Wolgast"
						for _, b := range coordinated(toks, after, a)[1:] {
							if b.typ == LOC && b.ent != subj {
								add(subj, pred, b.ent, toks[k].Text+" … "+doc.JoinTokens(toks[b.tok0:b.tok1]), 0.6)
							}
						}
					}
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
		x.partnerNoun(add, toks, k, pred, args, after, salient)
	case "member_of", "ceo_of":
		headOrMember(add, toks, k, pred, args, after)
	case "accuses":
		accusation(add, toks, k, args, after, salient)
	}
}

// afterAuxiliary reports whether the name at i follows an auxiliary verb,
// articles aside: "hat die ZF Friedrichshafen".
// verbBetween reports whether a German verb form stands between tokens i
// and j: "mit dem Zukauf wolle man die Plattform Joule stärken" buys no Joule.
func (x *Relater) verbBetween(toks []Token, i, j int) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		if w := toks[k].Text; segment.StartsLower(w) && len(x.lex.DeVerb[w]) > 0 && !lexicon.FunctionWords[w] {
			return true
		}
	}
	return false
}

func afterAuxiliary(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && lexicon.IsDefinite(toks[k].Text) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower() {
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
func (x *Relater) amounts(rs *relSet, before int, sentence string) {
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
func (x *Relater) fallback(rs *relSet, si int, args []arg, before int) {
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

// coordinatedWith reports whether argument i follows the one before it
// joined by "and", "und" or a comma: "of Tesco and Morrisons".
func coordinatedWith(toks []Token, args []arg, i int) bool {
	if i == 0 || args[i-1].tok1 > args[i].tok0 {
		return false // the first, or nested in the one before ("des VW-Konzerns")
	}
	gap := toks[args[i-1].tok1:args[i].tok0]
	return len(gap) == 1 && (lexicon.Coordinators[gap[0].Lower()] || gap[0].Text == ",")
}

// partnerNoun reads "Kooperation mit Ferrero", "partnership with Google":
// the partner after "mit"/"with" works with the organisation a possessive
// before the noun points to ("für seine Kooperation mit"), else with the
// clause's subject; "Verizon and Google have formed a partnership": the
// names before, joined, are partners.
func (x *Relater) partnerNoun(add addFunc, toks []Token, k int, pred string, args, after []arg, salient int) {
	for _, a := range after {
		if a.tok0 > k+3 {
			break
		}
		if a.typ != ORG || !x.lex.ObjectPreps[pred][a.prep] && a.prep != "" {
			continue
		}
		subj := clauseSubject(args, 0, salient)
		if k > 0 && possessiveDets[toks[k-1].Lower()] || k > 1 && possessiveDets[toks[k-2].Lower()] {
			for _, b := range args {
				if b.tok1 <= k && b.typ == ORG && b.ent != a.ent {
					subj = b.ent // the organisation named last before "seine"
				}
			}
		}
		if subj >= 0 {
			add(subj, pred, a.ent, toks[k].Text, 0.6)
		}
		return
	}
	var before []arg
	for _, a := range args {
		if a.tok1 <= k && a.typ == ORG && a.prep == "" {
			before = append(before, a)
		}
	}
	if len(before) < 2 {
		return
	}
	joined := coordinated(toks, before, before[0])
	for i := range joined {
		for j := i + 1; j < len(joined); j++ {
			if !joined[i].anaphor && !joined[j].anaphor {
				add(joined[i].ent, pred, joined[j].ent, "together: "+toks[k].Text, 0.55)
			}
		}
	}
}

// agentUnnamed reports whether the clause's subject is not the buyer: the
// text says who buys without a name the stage found ("the firm’s
// acquisition of X", "the takeover of X by the Boehly/Clearlake
// Consortium"), or the subject approves or blocks the deal ("Premier League
// approves takeover of Chelsea").
func (x *Relater) agentUnnamed(toks []Token, k, end int) bool {
	if k > 0 && lexicon.IsPossessive(toks[k-1].Text) || k > 0 && (strings.HasSuffix(toks[k-1].Text, "s’") || strings.HasSuffix(toks[k-1].Text, "s'")) {
		return true // "the firm’s acquisition": a description of whose
	}
	for _, t := range toks[:k] {
		lw := t.Lower()
		if p := x.lex.VerbCues["en"][lw]; p == "approves" || p == "sanctions" || deAuthorityVerb(x.lex, lw) {
			return true // "Premier League approves takeover of Chelsea": the one who approves buys nothing
		}
	}
	if end <= 0 || end+1 >= len(toks) || !x.lex.AgentPreps[toks[end].Lower()] {
		return false
	}
	next := end + 1
	if lexicon.IsDefinite(toks[next].Text) && next+1 < len(toks) {
		next++
	}
	return segment.StartsUpperOrDigit(toks[next].Text)
}

// deAuthorityVerb reports whether a German verb form approves or blocks:
// "genehmigt", "untersagte".
func deAuthorityVerb(lex *lexicon.Lexicon, lw string) bool {
	for _, v := range lex.DeVerb[lw] {
		if p := lex.VerbCues["de"][v.Lemma]; p == "approves" || p == "sanctions" {
			return true
		}
	}
	return false
}

// beforeTypeNoun reports whether a name stands before a lowercase noun for
// a kind of organisation, describing it: "the Premier League giants".
func (x *Relater) beforeTypeNoun(toks []Token, a arg) bool {
	if a.tok1 >= len(toks) || !segment.StartsLower(toks[a.tok1].Text) {
		return false
	}
	return x.lex.IsTypeNoun(toks[a.tok1].Text)
}

// serviceNoun reads the nouns of sanctions and advice, and reports whether
// the word was one (else it is read as a verb: "the EU sanctions Russia"):
// "Bußgelder gegen A, B und C", "imposed sanctions on X": the clause's
// subject sanctions each target; "adviser to Nestlé", "Berater der Bahn":
// the name before (an apposition) or the clause's subject serves the client,
// and so does one named after "with"/"mit" ("joint adviser to X with Barclays").
func (x *Relater) serviceNoun(add addFunc, toks []Token, k int, pred string, args, core []arg, ents []Entity) bool {
	preps := sanctionPreps
	if pred == "supplier_of" {
		preps = clientPreps
	}
	var objs []arg
	for i, a := range args {
		if a.tok0 <= k || a.anaphor {
			continue
		}
		if len(objs) == 0 && a.tok0 <= k+10 && preps[a.prep] && (a.typ != LOC || x.unsureType(ents[a.ent])) {
			objs = append(objs, a)
		} else if len(objs) > 0 && (a.prep == "&" || a.prep == objs[0].prep) && coordinatedWith(toks, args, i) {
			objs = append(objs, a)
		}
	}
	if len(objs) == 0 {
		return false
	}
	subj := -1 // the name right before: "Goldman Sachs, adviser to", "Kartellamt verhängt Bußgelder gegen", "It was adviser to"
	for _, a := range core {
		if a.tok1 <= k && (a.typ == ORG || a.typ == PER) {
			subj = a.ent
		}
	}
	for _, o := range objs {
		if subj >= 0 && subj != o.ent {
			add(subj, pred, o.ent, toks[k].Text+" "+o.prep, 0.65)
		}
		if pred != "supplier_of" {
			continue
		}
		for _, a := range args {
			if a.tok0 > o.tok0 && a.tok0 <= o.tok1+2 && (a.prep == "with" || a.prep == "mit") && a.ent != o.ent {
				add(a.ent, pred, o.ent, toks[k].Text+" … "+a.prep, 0.6)
			}
		}
	}
	return true
}

var (
	sanctionPreps = lexicon.WordSet("sanction_preps")
	clientPreps   = lexicon.WordSet("client_preps")
)

// headOrMember reads "the signing of Haaland from Dortmund" (the club that
// signs and the club he comes from have him as a member) and "die
// Generaldirektion unter Leitung von Margrethe Vestager" (she heads it).
func headOrMember(add addFunc, toks []Token, k int, pred string, args, after []arg) {
	var per arg
	found := false
	for _, a := range after {
		if a.tok0 <= k+3 && a.typ == PER && (a.prep == "of" || a.prep == "von" || a.prep == "des" || a.prep == "") {
			per, found = a, true
			break
		}
	}
	if !found {
		return
	}
	org := -1
	for _, a := range args {
		if a.tok1 <= k && a.orgLike() && !a.anaphor && (a.head == "" || a.head == "poss") {
			org = a.ent // the name before: "Manchester City completed the signing", "die Generaldirektion unter Leitung"
		}
	}
	if org >= 0 {
		add(per.ent, pred, org, doc.JoinTokens(toks[k:per.tok1]), 0.65)
	}
	if pred != "member_of" {
		return
	}
	for _, a := range after {
		if a.tok0 > per.tok0 && a.tok0 <= per.tok1+2 && (a.prep == "from" || a.prep == "von") && a.orgLike() {
			add(per.ent, pred, a.ent, toks[k].Text+" … "+a.prep, 0.6) // the club he leaves
		}
	}
}

// accusation reads "den Vorwürfen von Foodwatch", "allegations by the
// regulator": the one after "von"/"by"/"of" accuses the organisation the
// clause names before the noun, else the one the text is about.
func accusation(add addFunc, toks []Token, k int, args, after []arg, salient int) {
	for _, a := range after {
		if a.tok0 > k+3 {
			return
		}
		if a.prep != "von" && a.prep != "by" && a.prep != "of" && a.prep != "from" || a.typ != ORG && a.typ != PER {
			continue
		}
		target := salient
		for _, b := range args {
			if b.tok1 <= k && b.orgLike() && b.prep == "" {
				target = b.ent
			}
		}
		if target >= 0 && target != a.ent {
			add(a.ent, "accuses", target, doc.JoinTokens(toks[k:a.tok1]), 0.6)
		}
		return
	}
}
