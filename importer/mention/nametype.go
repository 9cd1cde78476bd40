package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// nameToken reports whether token i can be part of a name.
func (x *Finder) nameToken(toks []Token, i int, lang string, initial bool) bool {
	t := toks[i].Text
	r, _ := utf8.DecodeRuneInString(t)
	if camelName(t) {
		return true // "eBay", "mBank"
	}
	if !unicode.IsUpper(r) || lexicon.MonthAndDay[t] || lexicon.PersonTitles[t] || strings.HasSuffix(t, "-") ||
		monthAbbrev[t] && i+1 < len(toks) && segment.IsNumber(toks[i+1].Text) { // "Nov 6" in a dateline
		return false
	}
	lt := segment.Lower(t)
	if _, role := lexicon.RoleWords[t]; role || lexicon.OrgTypeNouns[t] || stockIndex(t) || amountWords[t] {
		return false // "Germany's DAX index" names a stock index, no organisation
	}
	if _, role := lexicon.RoleWords[lt]; role {
		return false // "Director", "Chairman" capitalised in a title
	}
	if i > 0 && !initial && x.lex.Given[toks[i-1].Text] && segment.StartsUpperOrDigit(toks[i-1].Text) {
		// after a given name: "Matthias Müller", "Stephan Weil", "Martin Winterkorn";
		// after a role and a given name even a common noun: "Adidas-Chef Bjørn Gulden"
		// an occupation after a first name is a surname: "David Schneider", "Anna Koch"
		return !x.lex.IsGermanNoun(t) && !lexicon.HasNounSuffix(lt) || x.lex.Family[t] || i >= 2 && roleWord(toks[i-2].Text) ||
			x.lex.AgentNoun(lt) && !lexicon.AbstractNoun(lt) && !x.lex.IsCommonWord(toks[i-1].Text, "de")
	}
	// "Adidas-Chef Bjørn Gulden": after a role and a first name the lexicons
	// lack, the next capitalised word is the surname
	if lang == "de" && i >= 2 && !initial && roleWord(toks[i-2].Text) && segment.StartsUpperOrDigit(toks[i-1].Text) &&
		!x.lex.LooksLikeGermanNoun(toks[i-1].Text) && !x.lex.Family[toks[i-1].Text] && !x.knownName(toks[i-1].Text) &&
		!lexicon.FunctionWords[lt] && !lexicon.MonthAndDay[t] {
		return true
	}
	if lexicon.FunctionWords[lt] {
		// in German text a capitalised English word inside a sentence is part
		// of a name: "der Konkurrent About You", "die Kette The Body Shop"
		// (the chunker keeps "Zalando About You" two names)
		return lang == "de" && !initial && x.englishInGerman(t) && i+1 < len(toks) && segment.StartsUpperOrDigit(toks[i+1].Text)
	}
	if lang == "de" && i+1 < len(toks) && (x.lex.CityOfAdjective(t) != nil || lexicon.TownOfAdjective(t) != "") && x.lex.Orgs[t] == "" {
		if allTypeNouns(toks[i+1 : i+2]) {
			return false // "der Wolfsburger Konzern" describes the company
		}
		if nameHeads[toks[i+1].Text] {
			return true // "die Radeberger Gruppe", "die Hamburger Sparkasse" are names
		}
	}

	if lang == "de" && x.lex.IsGermanNoun(t) && i+1 < len(toks) && lexicon.MonthAndDay[toks[i+1].Text] && x.lex.Orgs[t] == "" {
		return false // "Ende Oktober", "Anfang März" date, whatever town is called so
	}
	if x.lex.Orgs[t] != "" || x.lex.Places[t] != nil {
		return true
	}
	if segment.IsAllCaps(t) {
		return !lexicon.CommonAcronyms[t]
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Text
	}
	if x.lex.Given[t] && segment.StartsUpperOrDigit(next) && !lexicon.FunctionWords[segment.Lower(next)] && !lexicon.MonthAndDay[next] {
		return true // "Wolfgang Nickl", even where "Wolfgang" reads like a compound noun
	}
	if i > 0 && (introducesName(toks[i-1].Text) || x.typeNoun(toks[i-1].Text)) {
		// "die BASF-Tochter Wintershall", "der Konzern Bayer"; but "dem Konzern Hilfen zusagen"
		// (a noun of the cue table is no name: "gegen Brauereien Bußgelder")
		return !(lang == "de" && x.lex.IsGermanNoun(t) && x.lex.NounLemma(t) != t && !x.knownName(t)) && x.lex.NounCues[t] == ""
	}
	if lang == "de" {
		if lexicon.LegalForms[t] && i > 0 {
			return true
		}
		if x.lex.LooksLikeGermanNoun(t) {
			return false
		}
		// an English plural in German text is a loan noun ("Slots", "Provider")
		if strings.HasSuffix(lt, "s") && x.lex.EnWord[lt] && x.lex.EnWord[strings.TrimSuffix(lt, "s")] && !x.lex.Given[t] && !x.lex.Family[t] &&
			!(i+1 < len(toks) && (x.lex.Places[next] != nil || lexicon.LegalForms[next] || lexicon.OrgHeads[next])) {
			return false
		}
		if x.lex.IsCommonWord(t, "de") {
			// capitalised adjectives belong to names only before an organisation head ("Deutsche Bank")
			return !initial && i+1 < len(toks) && lexicon.OrgHeads[toks[i+1].Text]
		}
		return true
	}
	if x.lex.Demonym(t) != "" && !lexicon.IsPossessive(t) {
		return false // "a French publisher"
	}
	if demonymLike(t) && x.lex.Place(t) == nil && x.lex.Orgs[t] == "" && i+1 < len(toks) && segment.StartsLower(toks[i+1].Text) {
		return false // "its Nigerian onshore unit"
	}
	if _, verb := x.lex.VerbCues["en"][lt]; verb {
		return false // "Amazon Buys Whole Foods Market" in a title-case headline
	}
	if initial && x.lex.IsCommonWord(t, "en") && !x.lex.Given[t] {
		return i+1 < len(toks) && segment.StartsUpperOrDigit(toks[i+1].Text) && !lexicon.FunctionWords[toks[i+1].Lower()]
	}
	return true
}

// typeChunk decides the type of the name toks[i:j].
func (x *Finder) typeChunk(toks []Token, i, j int, lang string) Mention {
	m := doc.NewMention(toks, i, j, doc.JoinTokens(toks[i:j]), "", "", 0.5)
	m.ByRule = false
	last := toks[j-1].Text
	first := toks[i].Text
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].Text
	}
	if j < len(toks) {
		next = toks[j].Text
	}
	set := func(typ string, conf float64) Mention {
		m.Type, m.Conf, m.ByRule = typ, conf, conf >= 0.7
		return m
	}
	// genitive of a known name: "Volkswagens"
	if strings.HasSuffix(m.Norm, "s") {
		if canon, ok := x.lex.Orgs[strings.TrimSuffix(m.Norm, "s")]; ok {
			m.Norm = canon
			return set(ORG, 0.85)
		}
	}
	switch {
	case lexicon.LegalForms[last] || lexicon.OrgHeads[last] || strings.Contains(doc.JoinTokens(toks[i:j]), "&"): // "Ben & Jerry's"
		return set(ORG, 0.85)
	case lexicon.OrgTypeNouns[segment.Lower(prev)] || x.typeNoun(prev): // typeNoun covers orgTypeNouns[prev]
		return set(ORG, 0.8) // "das Satiremagazin Charlie Hebdo": the type noun before outweighs a given name
	case j-i >= 2 && x.lex.Given[first] && (x.lex.Places[last] == nil || x.lex.Common[first]) && x.lex.Demonym(first) == "":
		return set(PER, 0.85)
	case roleWord(prev):
		if j-i >= 2 {
			return set(PER, 0.8)
		}
		return set(PER, 0.7)
	case x.endsInOrgType(prev) || strings.HasSuffix(prev, "-based") || roleOf(toks, i): // type nouns themselves were taken above
		return set(ORG, 0.8)
	case prev == "," && i >= 2 && (lexicon.OrgTypeNouns[toks[i-2].Text] || lexicon.CustomerNouns[toks[i-2].Text] || lexicon.RivalNouns[toks[i-2].Text]):
		return set(ORG, 0.8) // "Boeing's largest customer, Emirates,"
	case (prev == "wie" || prev == "as" && i >= 2 && toks[i-2].Text == "such") && i >= 2 && x.typeNoun(toks[i-2].Text) ||
		prev == "as" && i >= 3 && toks[i-2].Text == "such" && x.typeNoun(toks[i-3].Text):
		return set(ORG, 0.8) // "mit Anbietern wie Shein", "rivals such as Shein"
	}
	if next == "," && j+1 < len(toks) {
		for k := j + 1; k < min(j+5, len(toks)); k++ {
			if _, ok := lexicon.RoleWords[toks[k].Text]; ok && j-i >= 2 {
				return set(PER, 0.8)
			}
		}
	}
	if lexicon.MakerNouns[next] {
		return set(PRODUCT, 0.8) // "the ChatGPT maker"
	}
	if productNouns[prev] && j-i == 1 {
		return set(PRODUCT, 0.8) // "its weight-loss drug Wegovy", "das Medikament Ozempic"
	}
	if eventNouns[next] || next == "trade" && j+1 < len(toks) && (toks[j+1].Text == "show" || toks[j+1].Text == "fair") {
		return set(EVENT, 0.8) // "the Computex conference", "the Computex trade show"
	}
	// "Instagram, a subsidiary of …", "YouTube is a subsidiary of …", "Waymo, owned by …"
	if x.describedAsOrg(toks, j) {
		return set(ORG, 0.8)
	}
	// "in Redmond, Washington", "based in Redmond"
	if (prev == "in" || prev == "aus") && next == "," && j+1 < len(toks) &&
		(x.lex.Place(toks[j+1].Text) != nil || j+2 < len(toks) && x.lex.Place(toks[j+1].Text+" "+toks[j+2].Text) != nil) {
		return set(LOC, 0.7) // "in Liberty, North Carolina": a town and its state
	}
	if (prev == "in" || prev == "aus") && i >= 2 && (toks[i-2].Text == "based" || toks[i-2].Text == "headquartered" || toks[i-2].Text == "Sitz") {
		return set(LOC, 0.6)
	}
	if j-i == 2 && (lexicon.SpeechVerbs[next] || lexicon.SpeechVerbs[prev]) {
		return set(PER, 0.7)
	}
	if j-i >= 2 && x.lex.Family[last] && !segment.IsAllCaps(first) && x.lex.Places[last] == nil {
		return set(PER, 0.6)
	}
	if camelName(first) {
		if strings.HasPrefix(first, "i") {
			return set(PRODUCT, 0.75) // "iPhones", "iOS"
		}
		return set(ORG, 0.75) // "die polnische mBank", "eBay"
	}
	// "InterGlobe Aviation", "Spirit AeroSystems": a capital inside a word of
	// a longer name makes a company's, but "McCarthy", "DeSantis" are people's
	// (a single such word is left to the model: "iPod", "PowerPoint")
	if j-i >= 2 {
		for _, t := range toks[i:j] {
			w := t.Text
			if innerCapital(w) && !surnamePrefix(w) && !x.lex.Given[w] && !x.lex.Family[w] && !strings.Contains(w, "-") &&
				!acronymEnd(w) { // but "ChatGPT" is a product
				return set(ORG, 0.75)
			}
		}
	}
	return set(ORG, 0.5)
}

// englishInGerman reports whether a capitalised word is an English word that
// German does not use: "About", "You", "The".
func (x *Finder) englishInGerman(w string) bool {
	lw := segment.Lower(w)
	_, adj := x.lex.DeAdj[lw]
	return segment.StartsUpperOrDigit(w) && x.lex.EnWord[lw] && !x.lex.DeLower[lw] && !adj && !x.lex.IsGermanNoun(w)
}

// roleWord reports whether w names a role, alone or in a compound: "Chef",
// "Adidas-Chef", "Finanzvorstand".
func roleWord(w string) bool {
	return lexicon.IsRoleOrTitle(w) || roleCompound(w) || lexicon.CompoundRole(w) != ""
}

// acronymEnd reports whether a word ends in two or more capitals after a
// small letter: "ChatGPT".
func acronymEnd(w string) bool {
	rs := []rune(w)
	n := 0
	for n < len(rs) && unicode.IsUpper(rs[len(rs)-1-n]) {
		n++
	}
	return n >= 2 && n < len(rs) && unicode.IsLower(rs[len(rs)-1-n])
}

// surnamePrefix reports whether a word with a capital inside starts like a
// family name: "McCarthy", "MacKenzie", "DeSantis", "LaGuardia", "O'Brien".
func surnamePrefix(w string) bool {
	for _, p := range surnamePrefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p) && unicode.IsUpper([]rune(w[len(p):])[0]) {
			return true
		}
	}
	return false
}

// introducesName reports whether w, right before a capitalised word, makes
// it a name: an organisation type noun ("Konzern", "company") or a role or
// subsidiary compound ("BASF-Tochter", "VW-Chef").
func introducesName(w string) bool {
	if lexicon.OrgTypeNouns[w] || lexicon.OrgTypeNouns[segment.Lower(w)] {
		return true
	}
	if k := strings.LastIndex(w, "-"); k > 0 && k < len(w)-1 {
		head := w[k+1:]
		_, role := lexicon.RoleWords[head]
		return role || lexicon.OrgTypeNouns[head] || strings.HasSuffix(head, "tochter") || head == "based"
	}
	return false
}

// describedAsOrg reports whether the words after a name (from j) describe
// an organisation: an apposition or copula with an organisation noun ("X, a
// subsidiary of", "X ist ein Konzern"), or a participle only organisations
// take ("X, owned by", "X, founded in").
func (x *Finder) describedAsOrg(toks []Token, j int) bool {
	k := j
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) {
		switch toks[k].Lower() {
		case "owned", "founded", "acquired", "headquartered", "based", "listed", "gegründet", "übernommen":
			return k > j
		case "is", "was", "ist", "war":
			k++
		}
	}
	for n := 0; n < 4 && k < len(toks); n, k = n+1, k+1 { // ", the independent investment bank"
		w := toks[k].Text
		lw := segment.Lower(w)
		if (lexicon.OrgTypeNouns[w] || lexicon.OrgTypeNouns[lw] || x.endsInOrgType(w) && segment.StartsUpperOrDigit(w)) && k > j {
			return true // but in "Insolventer Batteriehersteller Varta" the noun is the next name's
		}
		if x.lex.Prepositions[lw] {
			return false // "Tojner ist über seine Beteiligungsgesellschaft …": another's noun
		}
		if !(lexicon.IsDefinite(w) || lw == "a" || lw == "an" || lw == "ein" || lw == "eine" || segment.StartsLower(w) && !x.lex.VerbLike(lw) && len(x.lex.DeVerb[lw]) == 0 ||
			x.lex.Demonym(w) != "") { // ", a British company"
			return false
		}
	}
	return false
}

// roleOf reports whether the name at i follows a role and "of"/"von"/"at":
// "chief executive of Lenovo", "CEO von ZTE USA", "professor at Rice University".
func roleOf(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && (lexicon.IsDefinite(toks[k].Text) || toks[k].Lower() == "a") {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].Lower() {
	case "of", "von", "at", "bei", "des", "der":
	default:
		return false
	}
	// "Managing Director Sanjeev Kumar von State Oil": skip the person's name
	if k >= 3 && segment.StartsUpperOrDigit(toks[k-1].Text) && !lexicon.IsRoleOrTitle(toks[k-1].Text) {
		p := k - 1
		for p > 0 && p > k-4 && segment.StartsUpperOrDigit(toks[p].Text) && !lexicon.IsRoleOrTitle(toks[p].Text) && !roleAtAny(toks, p) {
			p--
		}
		if lexicon.IsRoleOrTitle(toks[p].Text) || roleAtAny(toks, p) {
			return true
		}
	}
	w := toks[k-1].Text
	if _, ok := lexicon.RoleWords[w]; ok {
		return true
	}
	if _, ok := lexicon.RoleWords[segment.Lower(w)]; ok {
		return true
	}
	if k >= 2 {
		_, ok := lexicon.RoleWords[segment.Lower(toks[k-2].Text+" "+w)]
		return ok
	}
	return false
}

// roleAtAny reports whether a role word, or a two-word role, ends at k.
func roleAtAny(toks []Token, k int) bool {
	if _, ok := lexicon.RoleWords[toks[k].Lower()]; ok {
		return true
	}
	if k > 0 {
		_, ok := lexicon.RoleWords[segment.Lower(toks[k-1].Text+" "+toks[k].Text)]
		return ok
	}
	return false
}

// roleCompound reports whether w is a compound of a name and a role:
// "Rivian-Gründer", "VW-Chef".
func roleCompound(w string) bool {
	k := strings.LastIndex(w, "-")
	if k <= 0 || k == len(w)-1 {
		return false
	}
	_, ok := lexicon.RoleWords[w[k+1:]]
	return ok
}

// camelName reports whether w is a name written with a lowercase first
// letter and a capital second: "eBay", "mBank", "iPhone".
func camelName(w string) bool {
	rs := []rune(w)
	return len(rs) >= 3 && unicode.IsLower(rs[0]) && unicode.IsUpper(rs[1]) && unicode.IsLower(rs[len(rs)-1]) &&
		!strings.ContainsAny(w, "-/.") // not "eFood-Unternehmen"
}

// amountWords abbreviate amounts: "7,4 Mio US-Dollar", "3 Mrd. Euro".
var amountWords = lexicon.WordSet("amount_words")

// productNouns before a name make it a product: "the drug Wegovy".
var productNouns = lexicon.WordSet("product_nouns")

// eventNouns after a name make it an event: "the Computex conference".
var eventNouns = lexicon.WordSet("event_nouns")

// nameHeads after a town's adjective make a company's name: "Radeberger
// Gruppe", "Hamburger Sparkasse".
var nameHeads = lexicon.WordSet("name_heads")

// surnamePrefixes are the prefixes of surnames written with a capital inside ("McDonald", "DeSantis", "O'Brien") (words.tsv).
var surnamePrefixes = lexicon.WordList("surname_prefixes")
