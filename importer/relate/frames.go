package relate

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

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
func (x *Relater) clauseRelations(rs *relSet, add func(int, string, int, string, float64), toks []Token, c clause, args []arg, ents []Entity, lang string, salient, ante int) {
	if ante < 0 && c.carry >= 0 {
		ante = c.carry // "… and is based in San Bruno": the subject of the clause before
	}
	var core []arg
	for i, a := range args {
		if a.prep == "" && a.head != "demonym" && a.head != "demonym-of" && a.head != "city-adj" && !isModifier(args, i) &&
			!describesNext(toks, args, i) {
			core = append(core, a)
		}
	}
	passive := false
	for k := c.from; k < c.to; k++ {
		if x.lex.PassiveAux[toks[k].Lower()] {
			passive = true
		}
	}
	byNoun := map[string]bool{} // predicates a noun of the clause expressed
	inName := map[int]bool{}    // tokens of names: "Foreign Investment Review Board" has no cue
	for _, a := range args {
		for j := a.tok0; j < a.tok1 && a.head == "" && !a.anaphor; j++ {
			inName[j] = true
		}
	}
	for k := c.from; k < c.to; k++ {
		w := toks[k].Text
		if inName[k] {
			continue
		}
		if orderNouns[w] {
			x.orderFrom(add, toks, k, args, core, lang)
			continue
		}
		if k+1 < c.to {
			if p, two := x.lex.NounCues[w+" "+toks[k+1].Text]; two && p == "approves" {
				approvalNoun(rs, add, toks, k, args, core) // "gave the deal a green light"
				continue
			}
		}
		pred, ok := x.lex.NounCues[w]
		if !ok && lang == "de" && segment.StartsUpperOrDigit(w) {
			pred, ok = x.lex.NounCues[x.lex.NounLemma(w)] // "an Standorten in Bremen"
		}
		if ok && (pred != "sanctions" && pred != "supplier_of" || x.serviceNoun(add, toks, k, pred, args, core, ents)) {
			x.nounCue(add, toks, k, pred, args, core, salient, ante)
			byNoun[pred] = true
			continue
		}
		pred, lemma := x.verbCue(toks, k, c, lang)
		if pred == "" || negated(toks, c, k, lang) || pred == "sanctions" && byNoun[pred] {
			continue // "cannot approve", "genehmigt die Fusion nicht"; "verhängte Bußgelder gegen X" said it
		}
		// "übernimmt die Nachfolge von X" is succession, not acquisition
		if pred == "acquires" && doc.HasWord(toks[c.from:c.to], "Nachfolge") {
			continue
		}
		// "übernimmt 20 Prozent an Thyssenkrupp Steel", "buys a 10% stake in X": a share, not the company
		if pred == "acquires" && hasAnyWord(toks[c.from:c.to], stakeWords) {
			pred = "invests_in"
		}
		// "Der Bund hält zwölf Prozent der Commerzbank-Aktien", "holds a 10%
		// stake in X": a share is ownership; without one, "hält" says nothing
		if pred == "holds" {
			if !hasAnyWord(toks[c.from:c.to], stakeWords) || k > 0 && (toks[k-1].Text == "zu" || toks[k-1].Text == "to") {
				continue // "erlaubt, 29,9 Prozent zu halten": whose share the infinitive does not say
			}
			pred = "owns"
			// "Adidas hält ebenso wie die Allianz und Audi 8,33 Prozent an der FC
			// Bayern München AG": each name without a preposition owns a share
			// of the one after "an"/"in"/"of"
			if obj := stakeObject(args, k, c); obj >= 0 {
				first := true
				for _, a := range core {
					if a.tok0 < c.from || a.tok0 >= args[obj].tok0 || a.ent == args[obj].ent || a.typ != ORG && a.typ != PER {
						continue
					}
					if first || a.tok1 > k || !doc.HasWord(toks[a.tok1:k], ",") { // not the names of an apposition
						add(a.ent, pred, args[obj].ent, w, 0.7)
					}
					first = false
				}
				continue
			}
		}
		// "had held talks to buy Seagen", "erwägt, X zu kaufen": no deal yet
		if pred == "acquires" && hasAnyWord(toks[c.from:k], hedgeWords) {
			continue
		}
		label := w
		if lemma != "" && lemma != segment.Lower(w) {
			label = w
		}
		if pred == "classifies" {
			for a := c.from; a < k; a++ {
				if toks[a].Text == "als" || toks[a].Text == "as" {
					label = doc.JoinTokens(toks[a : k+1])
					break
				}
			}
		}
		var subj []arg
		var objs []arg
		agentIdx := -1
		participle := lang == "en" && strings.HasSuffix(segment.Lower(w), "ed") && k+1 < c.to && toks[k+1].Lower() == "by"
		if participle && k > 0 && x.describesNoun(toks[k-1].Text) && !appositionBefore(toks, k-1) {
			continue // "a consortium led by Todd Boehly": what is led is no name
		}
		if passive || participle {
			for i, a := range args {
				// "von fünf ehemaligen IBM-Mitarbeitern gegründet": people, not IBM; an English agent follows its verb
				if x.lex.AgentPreps[a.prep] && a.tok0 > c.from && (a.head == "" || lexicon.SameEntityHeads[a.head] || a.head == "poss") &&
					(lang != "en" || a.tok0 > k) {
					if a.head == "poss" && isModifier(args, i) {
						i++ // "owned by Warren Buffett's Berkshire Hathaway": the company
					}
					agentIdx = i
					break
				}
			}
		}
		if pred == "sells" {
			x.sale(add, toks, c, k, args, core, ents, lang, w)
			continue
		}
		if agentIdx < 0 && lang == "de" && pastPassiveDE(toks[c.from:c.to]) && pred != "based_in" && pred != "employee_of" && pred != "merges_with" {
			continue // "SAP war 1972 … gegründet worden": no named agent, and the subject is no actor
		}
		if agentIdx < 0 && lang == "en" && passiveVerbEN(toks, c.from, k) {
			continue // "Google was fined … by the Commission": no named agent, and the subject is no actor
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
			// "Foundem, a British company founded by Adam Raff": the name before the apposition
			if len(objs) == 0 {
				for _, a := range args {
					if a.tok1 < k && a.tok1 < len(toks) && toks[a.tok1].Text == "," && a.head == "" && x.apposition(toks[a.tok1+1:k]) {
						objs = []arg{a}
					}
				}
			}
			if len(objs) == 0 && (pred == "approves" || pred == "sanctions") {
				objs = x.dealParties(toks, args, ents, c, args[agentIdx].ent) // "the merger of A and B was blocked by C"
			}
			if len(objs) == 0 && c.carry >= 0 && c.carry != args[agentIdx].ent {
				objs = []arg{{ent: c.carry, typ: ents[c.carry].Type}} // "X – an aside – wird durch Y ersetzt"
			}
			if len(objs) == 0 && salient >= 0 && salient != args[agentIdx].ent {
				objs = []arg{{ent: salient, typ: ORG}}
			}
		} else if c.carry >= 0 && !hasArgBefore(core, c.from+1) && !(pred == "owns" && lemma == "gehören") {
			// "… und hat die Firma Talgo beauftragt": the subject before, every name an object
			subj = []arg{{ent: c.carry, typ: ents[c.carry].Type}}
			for _, a := range core {
				if a.ent != c.carry {
					objs = coordinated(toks, core, a)
					break
				}
			}
			if passive && len(objs) > 0 && x.agentPhraseBefore(toks, c.from, objs[0].tok0) {
				subj, objs = objs, subj // "X – an aside – wird durch den Chef der Y, Z, ersetzt": Z acts on X
			}
		} else {
			if len(core) == 0 && ante < 0 {
				continue
			}
			subj, objs = x.splitAtVerb(toks, core, k, lang)
			// an object the predicate cannot take gives way to a prepositional
			// one: "EPCG des Milliardärs X übernimmt 20 Prozent an TKSE"
			fit := objs[:0:0]
			for _, o := range objs {
				for _, sb := range subj {
					if sb.ent != o.ent && x.typesFitEntities(pred, ents[sb.ent], ents[o.ent]) {
						fit = append(fit, o)
						break
					}
				}
			}
			objs = fit
			if ante >= 0 && !hasArgBefore(core, k) {
				// "Microsoft, which employs 221,000 people, has invested … in
				// OpenAI": the relative clause's name is the subject
				subj = []arg{{ent: ante, typ: ents[ante].Type}}
				objs = nil
				for _, a := range core {
					if a.tok0 > k && a.ent != ante {
						objs = coordinated(toks, core, a)
						break
					}
				}
				for i, a := range args {
					if a.head == "poss" && isModifier(args, i) {
						continue // "stakes in London's Gatwick Airport"
					}
					if a.tok0 > k && x.lex.ObjectPreps[pred][a.prep] && a.ent != ante && (len(objs) == 0 || a.tok0 < objs[0].tok0) {
						objs = []arg{a} // "in OpenAI, the San Francisco start-up": the named object comes first
						break
					}
				}
			}
			if len(objs) == 0 {
				// prepositional objects: "competes with Sony", "supplies … to Microsoft, Amazon and Google"
				for i, a := range args {
					if a.head == "demonym" || a.head == "city-adj" || a.head == "based" || a.head == "poss" && isModifier(args, i) {
						continue // "mit dem dänischen Hersteller Vestas", "stakes in London's Gatwick Airport": they describe the name
					}
					if a.head == "poss" && a.tok1 < len(toks) && segment.StartsLower(toks[a.tok1].Text) {
						continue // "a stake in Panasonic's battery venture": the venture is meant, not its owner
					}
					if (a.tok0 > k || lang == "de" && a.tok0 >= c.from) && x.lex.ObjectPreps[pred][a.prep] && !inArgs(subj, a.ent) {
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
		// "TSMC makes chips for Nvidia and AMD", "Foxconn assembles iPhones for
		// Apple", "fertigt für BMW": the maker supplies them
		if pred == "produces" || pred == "orders" {
			prep := setOf("for", "für")
			if pred == "orders" {
				prep = setOf("from", "bei", "beim", "von") // "bestellt bei Airbus", "bezieht Chips von TSMC": the seller supplies the buyer
			}
			for i, a := range args {
				if (a.tok0 > k || lang == "de" && a.tok0 >= c.from) && prep[a.prep] && a.typ == ORG && !inArgs(subj, a.ent) {
					for _, b := range append([]arg{a}, args[i+1:]...) {
						if b.prep != a.prep && b.tok0 != a.tok0 || b.typ != ORG {
							continue
						}
						for _, sb := range subj {
							if pred == "orders" {
								add(b.ent, "supplier_of", sb.ent, w+" "+a.prep, 0.6)
							} else {
								add(sb.ent, "supplier_of", b.ent, w+" … "+a.prep, 0.6)
							}
						}
					}
					break
				}
			}
			if pred == "orders" {
				continue
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
		// "approved the takeover of Chelsea by the consortium": both parties
		if (pred == "approves" || pred == "sanctions") && len(subj) > 0 {
			if parties := x.dealParties(toks, args, ents, c, subj[0].ent); len(parties) > 0 {
				objs = parties
			}
		}
		// "Die Kommission hatte den Kauf genehmigt": the deal's target
		if len(objs) == 0 && (pred == "approves" || pred == "sanctions") && rs.lastTarget >= 0 && hasAnyWord(toks[c.from:c.to], dealNouns) {
			objs = []arg{{ent: rs.lastTarget, typ: ORG, anaphor: true}}
		}
		// "X gehört Y": Y owns X; but in "die Stiftung, der die Mehrheit an Bosch
		// gehört" the relative pronoun is the owner
		if pred == "owns" && lemma == "gehören" {
			// "die Schwarz Gruppe, zu der die Ketten Lidl und Kaufland gehören": the group owns them
			if owner, from := belongsTo(toks, args, c, k); owner >= 0 {
				for _, a := range args { // (their preposition is the pronoun's: "zu")
					if a.tok0 > from && a.tok0 < k && a.ent != args[owner].ent && a.typ == ORG && a.head == "" {
						add(args[owner].ent, pred, a.ent, w, 0.7)
					}
				}
				continue
			}
		}
		if pred == "owns" && lemma == "gehören" && zuWithoutName(toks, args, c) {
			continue // "Zu dem Deal gehört auch der Verkauf …": part of a deal, no owner
		}
		if pred == "owns" && lemma == "gehören" && !(ante >= 0 && hasAnyWord(toks[c.from:c.to], stakeWords)) {
			subj, objs = objs, subj
		}
		conf := 0.7
		if agentIdx >= 0 {
			conf = 0.75
		}
		if pred == "employee_of" && lemma != "joined" && lemma != "joins" || pred == "member_of" && !x.lex.CueFrame(lang, lemma, "reverse") {
			subj, objs = x.workFrame(args, core, c, pred) // "war bei Krombacher beschäftigt", "works for Google", "scored for Dortmund"
		}
		if x.lex.CueFrame(lang, lemma, "reverse") {
			subj, objs = objs, subj // "Die Bahn beauftragt Talgo": Talgo supplies the Bahn
		}
		if x.lex.CueFrame(lang, lemma, "authority") && !anyAuthority(subj, ents) {
			continue // "shareholders rejected the offer"
		}
		for _, s := range subj {
			for _, o := range objs {
				add(s.ent, pred, o.ent, label, conf)
			}
		}
		// "Huang founded the company with Chris Malachowsky and Curtis Priem": co-founders
		if pred == "founder_of" {
			for _, a := range args {
				if a.tok0 > k && (a.prep == "with" || a.prep == "mit") && a.typ == PER {
					for _, o := range objs {
						add(a.ent, pred, o.ent, label+" … "+a.prep, conf-0.05)
					}
				}
			}
		}
		if len(objs) == 0 && (cooperative[pred] || hasAnyWord(toks[c.from:c.to], jointNouns)) {
			// "Volkswagen und Rivian gründen ein Gemeinschaftsunternehmen": they act together
			partners(add, subj, ents, label)
		} else {
			if rivalrySaid(toks) || regulatory[pred] {
				competitors(add, subj, ents, label)
			}
		}
		if regulatory[pred] {
			competitors(add, objs, ents, label) // "stuft ZTE ebenso wie Huawei als Gefahr ein"
		}
	}
}

// splitAtVerb chooses subject and objects of a verb at token k: with
// arguments on both sides (English, German verb-second) the group right
// before the verb is the subject and the group right after it the object;
// with the verb at the end (German verb-final) the first group is the
// subject and the next the object. English has no verb-final clauses: with
// nothing after the verb, the group before it is the subject alone ("since
// the company was founded").
func (x *Relater) splitAtVerb(toks []Token, core []arg, k int, lang string) (subj, objs []arg) {
	// an apposition right before the verb describes the subject before it:
	// "Exxon, Chevron's largest U.S. rival, bought Pioneer"
	appStart := -1
	if k > 1 && toks[k-1].Text == "," {
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			if toks[j].Text == "," {
				appStart = j
				break
			}
		}
	}
	var before, after []arg
	for _, a := range core {
		if a.tok1 <= k {
			if appStart >= 0 && a.tok0 > appStart && hasArgBefore(core, appStart) {
				continue
			}
			if x.inApposition(toks, a, core, k) {
				continue // "Die Radeberger Gruppe, eine Tochter des Oetker-Konzerns, hatte …"
			}
			before = append(before, a)
		} else if a.tok0 > k {
			after = append(after, a)
		}
	}
	// the coordinated group that ends nearest the verb
	nearest := func() []arg {
		for i := range before {
			g := coordinated(toks, before, before[i])
			if g[len(g)-1].tok0 == before[len(before)-1].tok0 {
				return g
			}
		}
		return before[len(before)-1:]
	}
	if len(before) > 0 && len(after) > 0 {
		// "Die Mehrheit des Herstellers Metabo erwarb der Investor X": a
		// share's company before the verb is its object; the buyer follows
		if n := nearest(); lang == "de" && shareOf(toks, n[0].tok0) {
			return coordinated(toks, after, after[0]), n
		}
		return nearest(), coordinated(toks, after, after[0])
	}
	if lang == "en" && len(after) == 0 && len(before) > 0 {
		return nearest(), nil
	}
	if lang == "en" && len(before) == 0 {
		return nil, nil // "The deal makes Microsoft …": the subject is no name
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
	if a.head == "" || lexicon.SameEntityHeads[a.head] || i+1 >= len(args) {
		return false
	}
	return args[i+1].tok0 == a.tok1
}

// describesNext reports whether a possessive name describes the name after
// an organisation noun: "Apple's rival Google", "Google's parent Alphabet";
// the name after is the argument.
func describesNext(toks []Token, args []arg, i int) bool {
	a := args[i]
	if a.head != "poss" || i+1 >= len(args) || args[i+1].tok0 != a.tok1+1 {
		return false
	}
	w := toks[a.tok1].Text
	return lexicon.RivalNouns[w] || lexicon.OrgTypeNouns[w] || relationNounsEN[w]
}

// verbCue returns the predicate of a verb token, joining a separated
// particle later in the clause ("stuft … ein").
func (x *Relater) verbCue(toks []Token, k int, c clause, lang string) (pred, lemma string) {
	w := toks[k].Text
	lw := segment.Lower(w)
	if lang == "en" {
		if k == doc.FirstWord(toks) && w != lw && (strings.HasSuffix(lw, "s") || lexicon.RivalNouns[lw]) {
			return "", "" // "Rivals Ford and General Motors …" opens with a noun
		}
		if (lw == "order" || lw == "orders") && (k == 0 || segment.StartsLower(toks[k-1].Text)) {
			return "", "" // "a record order": a noun (orderFrom reads it)
		}
		if lw == "own" && k > 0 && possessive(toks[k-1].Text) {
			return "", "" // "Siemens's own chief executive": an adjective
		}
		if p, ok := x.lex.VerbCues["en"][lw]; ok {
			return p, lw
		}
		// "take over", "took over"
		if (lw == "take" || lw == "takes" || lw == "took" || lw == "taking") && k+1 < len(toks) && toks[k+1].Text == "over" {
			return "acquires", "take over"
		}
		return "", ""
	}
	if segment.StartsUpperOrDigit(w) && k > c.from {
		return "", "" // a noun
	}
	// a separable verb whose particle the clause has comes first: "arbeitet … zusammen"
	for _, withParticle := range []bool{true, false} {
		for _, v := range x.lex.DeVerb[lw] {
			if (v.Particle != "") != withParticle || withParticle && !doc.HasWord(toks[k+1:c.to], v.Particle) {
				continue
			}
			if p, ok := x.lex.VerbCues["de"][v.Lemma]; ok {
				return p, v.Lemma
			}
		}
	}
	// a particle at the clause's end the lexicon does not pair with this
	// verb: "reichte … weiter" is "weiterreichen"
	if last := c.to - 1; last > k && last < len(toks) {
		if doc.IsPunct(toks[last].Text) && last-1 > k {
			last--
		}
		if pt := toks[last].Text; separableParticles[pt] {
			for _, v := range x.lex.DeVerb[lw] {
				if p, ok := x.lex.VerbCues["de"][pt+v.Lemma]; ok && v.Particle == "" {
					return p, pt + v.Lemma
				}
			}
		}
	}
	// verbs the lexicon lacks with an inseparable prefix: "übernimmt" is
	// "über" + "nimmt" (nehmen)
	for _, pre := range inseparablePrefixes {
		if !strings.HasPrefix(lw, pre) || len(lw) <= len(pre)+2 {
			continue
		}
		for _, v := range x.lex.DeVerb[lw[len(pre):]] {
			if v.Particle == "" {
				if p, ok := x.lex.VerbCues["de"][pre+v.Lemma]; ok {
					return p, pre + v.Lemma
				}
			}
		}
	}
	return "", ""
}

var inseparablePrefixes = lexicon.WordList("inseparable_prefixes")

// separableParticles end a main clause whose verb they belong to.
var separableParticles = lexicon.WordSet("separable_particles")

// describesNoun reports whether a participle after the word describes a
// common noun: "a consortium led by", but not "Waymo, owned by" or "was
// owned by".
func (x *Relater) describesNoun(w string) bool {
	lw := segment.Lower(w)
	return segment.StartsLower(w) && !lexicon.FunctionWords[lw] && !x.lex.PassiveAux[lw] && !auxEN[lw] && !x.lex.VerbLike(lw) &&
		x.lex.VerbCues["en"][lw] == ""
}

// agentPhraseBefore reports whether an agent preposition ("durch", "von",
// "by") stands in [from, to): the name at to is in the agent's phrase.
func (x *Relater) agentPhraseBefore(toks []Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if x.lex.AgentPreps[toks[k].Lower()] {
			return true
		}
	}
	return false
}

// appositionBefore reports whether the noun phrase ending at k follows a
// comma: "Foundem, a British company founded by …" describes Foundem.
func appositionBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch w := toks[j].Text; {
		case w == ",":
			return true
		case doc.IsPunct(w):
			return false
		}
	}
	return false
}

// passiveVerbEN reports whether the English verb at k is a participle after
// a form of "be", adverbs aside: "was fined", "has been quietly acquired".
func passiveVerbEN(toks []Token, from, k int) bool {
	lw := toks[k].Lower()
	if !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "en") && !irregularParticiples[lw] {
		return false // "is buying"
	}
	for j := k - 1; j >= from && j >= k-3; j-- {
		switch toks[j].Lower() {
		case "was", "were", "is", "are", "been", "being", "be", "got", "get", "gets":
			return true
		}
		if !strings.HasSuffix(toks[j].Lower(), "ly") {
			return false
		}
	}
	return false
}

var irregularParticiples = lexicon.WordSet("irregular_participles")

var relationNounsEN = lexicon.WordSet("relation_nouns_e_n")

func hasArgBefore(args []arg, k int) bool {
	for _, a := range args {
		if a.tok1 <= k {
			return true
		}
	}
	return false
}

// belongsTo finds "X, zu der …" before the verb at k: the index of the
// organisation X in args and the token where the relative clause starts,
// or -1.
func belongsTo(toks []Token, args []arg, c clause, k int) (int, int) {
	for j := c.from; j+2 < k; j++ {
		if toks[j].Text != "," || !(toks[j+1].Text == "zu" || toks[j+1].Text == "zur" || toks[j+1].Text == "zum") {
			continue
		}
		if toks[j+1].Text == "zu" && !relativePronouns[toks[j+2].Text] {
			continue
		}
		for i, a := range args {
			if a.tok1 == j && a.typ == ORG {
				return i, j + 1
			}
		}
	}
	return -1, -1
}

// stakeObject returns the index of the organisation a share is held in:
// the first after the verb at k with "an", "am", "in" or "of"; -1 if none.
func stakeObject(args []arg, k int, c clause) int {
	for i, a := range args {
		if a.tok0 > k && a.tok0 < c.to && a.typ == ORG && (a.prep == "an" || a.prep == "am" || a.prep == "in" || a.prep == "of") {
			if a.head == "poss" {
				return -1 // "a stake in Panasonic's battery venture": not in Panasonic
			}
			return i
		}
	}
	return -1
}

// stakeWords make "hält"/"holds" a share of ownership.
var stakeWords = lexicon.WordSet("stake_words")

// pastPassiveDE reports whether a German clause is a passive in the past:
// "wurde … übernommen", "war … gegründet worden". ("wird" may be a future.)
func pastPassiveDE(toks []Token) bool {
	for _, t := range toks {
		switch t.Text {
		case "wurde", "wurden", "worden":
			return true
		}
	}
	return false
}

// businessNouns name a part of a company that is sold: "its Nigerian
// onshore unit", "die Sparte".
var businessNouns = lexicon.WordSet("business_nouns")

// sale reads "X sells Y to Z" and "Y wurde an Z verkauft": Z acquires a
// named company Y; goods sold to Z make X its supplier; a part of X's
// business sold without its name relates nothing named.
func (x *Relater) sale(add func(int, string, int, string, float64), toks []Token, c clause, k int, args, core []arg, ents []Entity, lang, w string) {
	company := func(a arg) bool { // an organisation, or a "person" that may be a mistyped one
		f := strings.Fields(ents[a.ent].Name)
		return a.typ == ORG || a.typ == PER && (len(f) < 2 || !x.lex.Given[f[0]])
	}
	var buyer, stake *arg
	for i, a := range args {
		// after the verb; in a German clause whose verb comes last also before it ("…, die ihre Anteile an X verkaufte")
		if (a.tok0 > k || lang == "de" && a.tok0 >= c.from && verbLast(toks, c, k)) && (a.prep == "to" || a.prep == "an" || a.prep == "am") && company(a) {
			if stake == nil && (afterStake(toks, a.tok0) || a.prep == "am") { // "ihre Anteile am Besteckproduzenten WMF"
				stake = &args[i] // "verkaufte 66 % an dem Dienstleister MBtech an die Akka": the share's company
				continue
			}
			buyer = &args[i]
			break
		}
	}
	if buyer == nil {
		return
	}
	if stake != nil {
		add(buyer.ent, "invests_in", stake.ent, w+" … "+buyer.prep, 0.65)
		return
	}
	passive := lang == "de" && pastPassiveDE(toks[c.from:c.to]) || lang == "en" && passiveVerbEN(toks, c.from, k)
	var seller, object *arg
	if c.carry >= 0 && !passive { // "Siemens kauft Osram und verkauft Valeo an Bosch"
		seller = &arg{ent: c.carry, typ: ents[c.carry].Type}
	}
	for i, a := range core {
		if a.ent == buyer.ent || !company(a) {
			continue
		}
		switch {
		case passive && object == nil:
			object = &core[i] // "Rite Aid wurde an Walgreens verkauft"
		case !passive && seller == nil && (a.tok1 <= k || lang == "de"):
			seller = &core[i]
		case !passive && object == nil && seller != nil && a.tok0 > seller.tok0:
			object = &core[i] // "sold Pamera to Cornerstone"
		}
	}
	switch {
	case object != nil:
		add(buyer.ent, "acquires", object.ent, w+" … "+buyer.prep, 0.65)
		if seller != nil {
			add(object.ent, "subsidiary_of", seller.ent, w, 0.4)
		}
	case seller != nil && !hasBusinessNoun(toks[c.from:c.to]):
		// "verkauft Chips an Apple", "licenses its designs to Apple, Nvidia and Samsung"
		for _, b := range coordinated(toks, args, *buyer) {
			if company(b) && b.ent != seller.ent {
				add(seller.ent, "supplier_of", b.ent, w+" … "+buyer.prep, 0.6)
			}
		}
	}
}

// verbLast reports whether the verb at k ends its clause but for
// punctuation: "…, die ihre Anteile an X
// verkaufte", "Capvis reichte ihre Anteile … weiter" does not.
func verbLast(toks []Token, c clause, k int) bool {
	for j := k + 1; j < c.to && j < len(toks); j++ {
		if !doc.IsPunct(toks[j].Text) {
			return false
		}
	}
	return true
}

// hasBusinessNoun reports whether words name a part of a business, also as
// the head of a German compound: "das Saatgutgeschäft".
func hasBusinessNoun(toks []Token) bool {
	for i, t := range toks {
		if businessNouns[t.Text] {
			return true
		}
		// "Teile des Konzerns" (but "liefert Teile an BMW" sells parts)
		if (t.Text == "Teile" || t.Text == "Teil") && i+1 < len(toks) && possessiveOrGenitive[toks[i+1].Lower()] {
			return true
		}
		lw := t.Lower()
		for b := range businessNouns {
			if lb := segment.Lower(b); segment.StartsUpperOrDigit(b) && len(lw) > len(lb)+2 && strings.HasSuffix(lw, lb) {
				return true
			}
		}
	}
	return false
}

// possessiveOrGenitive open the owner of a part: "Teile des Konzerns", "Teile seines Geschäfts".
var possessiveOrGenitive = lexicon.WordSet("possessive_or_genitive")

// hedgeWords before a verb of buying make it a possibility, not a deal.
var hedgeWords = lexicon.WordSet("hedge_words")

// regulatory predicates, said of several objects together, name them as
// peers: organisations of one kind in one role.
var regulatory = setOf("classifies", "sanctions", "warns_about", "accuses", "approves", "competitor_of")

// inApposition reports whether a (before the verb at k) stands in an
// apposition of another name: "X, eine Tochter des Y-Konzerns, …".
func (x *Relater) inApposition(toks []Token, a arg, core []arg, k int) bool {
	open := -1
	for j := a.tok0 - 1; j >= 0 && j >= a.tok0-6; j-- {
		if toks[j].Text == "," {
			open = j
			break
		}
	}
	if open < 1 || open+1 >= len(toks) || !x.apposition(toks[open+1:open+3]) {
		return false
	}
	closed := false
	for j := a.tok1; j < k; j++ {
		if toks[j].Text == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for _, b := range core {
		if b.tok1 == open {
			return true
		}
	}
	return false
}

// orderNouns name an order a supplier wins: "a record order from IndiGo",
// "einen Auftrag von der Bahn".
var orderNouns = lexicon.WordSet("order_nouns")

// orderFrom reads "X won an order from Y" and "X erhält einen Auftrag von
// Y": X supplies Y.
func (x *Relater) orderFrom(add func(int, string, int, string, float64), toks []Token, k int, args, core []arg, lang string) {
	var buyer = -1
	for _, a := range args {
		genitive := a.prep == "" && a.tok0 > k+1 && (genitiveDets[toks[k+1].Text] || toks[k+1].Text == "der") // "Großauftrag der Deutschen Bahn"
		if a.tok0 > k && a.tok0 <= k+12 && (a.prep == "from" || a.prep == "von" || a.prep == "vom" || genitive && a.tok0 <= k+4) && a.typ == ORG {
			buyer = a.ent
			break
		}
	}
	if buyer < 0 {
		return
	}
	for _, a := range core {
		if a.tok1 <= k && a.typ == ORG && a.ent != buyer {
			add(a.ent, "supplier_of", buyer, toks[k].Text+" from", 0.6)
			return
		}
	}
}

// dealParties returns the organisations a deal noun of the clause names:
// "the takeover of Chelsea by the consortium", "die Fusion von A und B",
// "the merger of A and B". The authority that clears or blocks it is not one.
func (x *Relater) dealParties(toks []Token, args []arg, ents []Entity, c clause, authority int) []arg {
	for d := c.from; d < c.to; d++ {
		if !dealNouns[toks[d].Text] {
			continue
		}
		var out []arg
		for _, a := range args {
			if a.head == "poss" && a.tok1 <= d && a.tok1 >= d-2 && a.ent != authority && a.typ != LOC {
				out = append(out, a) // "Minmetals' takeover bid for OZ Minerals"
			}
		}
		for i, a := range args {
			if a.tok0 <= d || a.tok0 > d+12 || a.ent == authority || a.typ == PRODUCT || a.typ == LOC && !x.unsureType(ents[a.ent]) {
				continue
			}
			genitive := a.prep == "" && hasAnyWord(toks[d+1:a.tok0], genitiveDets) // "die Übernahme des Anbieters Unitymedia"
			if dealPreps[a.prep] || forParty(a.prep) || a.prep == "&" || genitive || a.prep == "" && coordinatedWith(toks, args, i) && len(out) > 0 {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// negated reports whether the verb at k is negated: "cannot approve", "did
// not buy" within three words before it; in German "nicht", "kein" anywhere
// in the clause ("genehmigt die Fusion nicht").
func negated(toks []Token, c clause, k int, lang string) bool {
	from := max(c.from, k-3)
	if lang == "de" {
		from = c.from
	}
	for j := from; j < c.to; j++ {
		if j > k && lang != "de" {
			break
		}
		if negations[toks[j].Lower()] {
			return true
		}
	}
	return false
}

// negations deny the verb of their clause.
var negations = lexicon.WordSet("negations")

// anyAuthority reports whether one of the arguments is a public body.
func anyAuthority(as []arg, ents []Entity) bool {
	for _, a := range as {
		if publicBody(ents[a.ent].Name) {
			return true
		}
	}
	return false
}

// afterStake reports whether a stake word stands within the four words
// before token i: "66 % an dem Unternehmen X", "20 Prozent an X".
func afterStake(toks []Token, i int) bool {
	for j := max(0, i-5); j < i; j++ {
		if stakeWords[toks[j].Text] {
			return true
		}
	}
	return false
}

// approvalNoun reads "Canada's Commissioner of Competition has given the
// deal a green light", "grünes Licht für die Übernahme": the name before
// approves the parties of the deal the text told last.
func approvalNoun(rs *relSet, add addFunc, toks []Token, k int, args, core []arg) {
	subj := -1
	for _, a := range core {
		if a.tok1 <= k && a.orgLike() {
			subj = a.ent
		}
	}
	if subj < 0 {
		return
	}
	for _, e := range []int{rs.lastBuyer, rs.lastTarget} {
		if e >= 0 && e != subj {
			add(subj, "approves", e, doc.JoinTokens(toks[k:k+2]), 0.6)
		}
	}
}

// zuWithoutName reports whether "zu"/"zum"/"zur" in the clause introduces
// no name: "Zu dem Deal gehört …" says what a deal includes.
func zuWithoutName(toks []Token, args []arg, c clause) bool {
	for j := c.from; j < c.to; j++ {
		switch toks[j].Lower() {
		case "zu", "zum", "zur":
			named := false
			for _, a := range args {
				if a.tok0 > j && a.tok0 <= j+3 && (a.prep == "zu" || a.prep == "zum" || a.prep == "zur") {
					named = true
				}
			}
			if !named {
				return true
			}
		}
	}
	return false
}

// shareOf reports whether the name at i is the genitive of a share: "die
// Mehrheit des Werkzeugherstellers Metabo", "30 Prozent der Commerzbank".
func shareOf(toks []Token, i int) bool {
	gen := false
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := toks[j].Text
		switch {
		case genitiveDets[segment.Lower(w)] || w == "der":
			gen = true
		case stakeWords[w]:
			return gen
		}
	}
	return false
}

// workFrame reads "Er war bei Krombacher beschäftigt", "She works for
// Google": the person of the clause works for each organisation after
// "bei"/"for"/"at"; without one the verb says nothing ("beschäftigt 80
// Mitarbeiter").
func (x *Relater) workFrame(args, core []arg, c clause, pred string) (subj, objs []arg) {
	for _, a := range core {
		if a.typ == PER {
			subj = append(subj, a)
		}
	}
	for _, a := range args {
		if a.tok0 >= c.from && x.lex.ObjectPreps[pred][a.prep] && (a.orgLike() || a.unsure) {
			objs = append(objs, a)
		}
	}
	return subj, objs
}

// forParty reports whether a preposition names the target of a bid: "bid
// for OZ Minerals", "Angebot für Commerzbank".
func forParty(prep string) bool { return prep == "for" || prep == "für" }
