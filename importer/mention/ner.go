package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// findMentions tags the entity mentions of one sentence.
func (x *Finder) findMentions(si int, s Sentence, lang string, known *knownNames) []Mention {
	if known == nil {
		known = &knownNames{}
	}
	ms := x.rawMentions(si, s, lang, known)
	if lang == "en" { // "Britain's": the English possessive is not part of the name
		for i := range ms {
			// but a brand's is when no noun follows: "Hellmann's and Knorr", "at McDonald's."
			if j := ms[i].Tok1; j < len(s.Tokens) && (lexicon.Coordinators[segment.Lower(s.Tokens[j].Text)] || doc.IsPunct(s.Tokens[j].Text)) &&
				ms[i].Tok1-ms[i].Tok0 >= 1 && !x.lex.KnownPlaceOrName(lexicon.StripPossessive(ms[i].Norm)) {
				continue
			}
			ms[i].Norm = lexicon.StripPossessive(ms[i].Norm)
		}
	}
	return ms
}

func (x *Finder) rawMentions(si int, s Sentence, lang string, known *knownNames) []Mention {
	toks := s.Tokens
	var out []Mention
	i := 0
	for i < len(toks) {
		// "Borussia Dortmund", "VfB Stuttgart", "Werder Bremen": a club's name before its town
		if clubPrefixes[toks[i].Text] && i+1 < len(toks) && x.lex.Places[toks[i+1].Text] != nil {
			m := doc.NewMention(toks, i, i+2, doc.JoinTokens(toks[i:i+2]), ORG, "", 0.85)
			m.Sent = si
			out = append(out, m)
			i += 2
			continue
		}
		if m, n, ok := x.spacedCompound(toks, i, lang); ok {
			m.Sent = si
			out = append(out, m)
			i += n
			continue
		}
		if m, n, ok := x.multiwordMatch(toks, i, lang); ok {
			m.Sent = si
			// "Siemens Gamesa", "Amazon Web Services": a known name continued by unknown name words
			if m.Type == ORG && m.Key == "" {
				j := i + n
				for j < len(toks) && j < i+n+3 && x.lex.Places[toks[j].Text] == nil && x.lex.Orgs[toks[j].Text] == "" && !x.englishNameStarts(toks, j, lang) &&
					!lexicon.LegalForms[toks[j].Text] && !lexicon.IsPossessive(toks[j-1].Text) && (x.nameToken(toks, j, lang, false) ||
					// "DB Schenker": a capitalised word the dictionary lacks, though it looks like a noun
					lang == "de" && j == i+n && segment.IsAllCaps(toks[i].Text) && unicode.IsUpper([]rune(toks[j].Text)[0]) && !x.lex.IsGermanNoun(toks[j].Text) &&
						!x.lex.IsCommonWord(toks[j].Text, lang) && !lexicon.FunctionWords[toks[j].Lower()]) {
					j++
				}
				if j > i+n {
					n = j - i
					m.Tok1, m.End = j, toks[j-1].End
					m.Text = doc.JoinTokens(toks[i:j])
					m.Norm, m.Conf = m.Text, 0.8
				}
			}
			// "Microsoft Corp.": a legal form after a known name belongs to it
			if m.Type == ORG && i+n < len(toks) && lexicon.LegalForms[toks[i+n].Text] {
				n++
				if i+n < len(toks) && toks[i+n].Text == "." && toks[i+n].Start == toks[i+n-1].End {
					n++
				}
				m.Tok1, m.End = i+n, toks[i+n-1].End
				m.Text = doc.JoinTokens(toks[i : i+n])
			}
			out = append(out, m)
			i += n
			continue
		}
		// an institution noun before a place: "Volksbank Eisenberg", "Landgericht Berlin"
		if lang == "de" && i+1 < len(toks) && x.endsInOrgHead(toks[i].Text) &&
			(x.lex.Places[toks[i+1].Text] != nil || localInstitution(toks[i].Text) && segment.StartsUpperOrDigit(toks[i+1].Text) &&
				!x.lex.IsGermanNoun(toks[i+1].Text) && !lexicon.FunctionWords[toks[i+1].Lower()] && !lexicon.MonthAndDay[toks[i+1].Text]) {
			j := i + 2
			if j < len(toks) && (toks[j].Text == "I" || toks[j].Text == "II") {
				j++ // "Landgericht München I"
			}
			m := doc.NewMention(toks, i, j, doc.JoinTokens(toks[i:j]), ORG, "", 0.8)
			m.Sent, m.ByRule = si, true
			out = append(out, m)
			i = j
			continue
		}
		// a dateline in capitals: "REDMOND –", "BERLIN (dpa) -", "SANTA CLARA, California (Reuters) -"
		if i == doc.FirstWord(toks) && segment.IsAllCaps(toks[i].Text) && len(toks[i].Text) > 2 {
			j := i + 1
			for j < len(toks) && segment.IsAllCaps(toks[j].Text) && j-i < 4 {
				j++
			}
			if j < len(toks) && (isDash(toks[j].Text) || toks[j].Text == ",") && (j-i > 1 || len(toks[i].Text) > 3) {
				var words []string
				for _, t := range toks[i:j] {
					words = append(words, string([]rune(t.Text)[:1])+segment.Lower(string([]rune(t.Text)[1:])))
				}
				name := strings.Join(words, " ")
				m := doc.NewMention(toks, i, j, name, LOC, "", 0.7)
				if p := x.lex.Places[name]; p != nil {
					m.Key, m.Norm = p.Key, x.placeName(p, name)
				}
				m.Sent = si
				out = append(out, m)
				i = j
				continue
			}
		}
		t := toks[i].Text
		if strings.Contains(t, "-") && !strings.HasSuffix(t, "-") {
			if m, ok := x.compoundMention(toks, i, lang); ok {
				m.Sent = si
				out = append(out, m)
				i++
				continue
			}
		}
		if !known.word(t, si) && !known.word(lexicon.StripPossessive(t), si) &&
			!x.nameToken(toks, i, lang, i == doc.FirstWord(toks)) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !lexicon.IsPossessive(toks[j-1].Text) {
			if x.englishNameStarts(toks, j, lang) {
				break
			}
			// "Berlin 1898", "Frankfurt am Main 2003": a year after a place is no part of it
			if isYear(toks[j].Text) && x.lex.Place(doc.JoinTokens(toks[i:j])) != nil {
				break
			}
			// "lobte Mark Zuckerberg Deutschland": a country after a person's name is no part of it
			if p := x.lex.Place(toks[j].Text); p != nil && p.Kind != "city" && x.lex.Given[toks[i].Text] && j-i >= 2 {
				break
			}
			if known.word(toks[j].Text, si) || x.nameToken(toks, j, lang, false) || x.continuesName(toks, j, lang) {
				j++
				continue
			}
			if lexicon.OrgHeads[toks[j].Text] || lexicon.LegalForms[toks[j].Text] { // "Süddeutsche Zeitung", "Whole Foods Market"
				j++
				break
			}
			// "Competition and Markets Authority": "and" inside a name that ends in an organisation head
			if c := toks[j].Text; (c == "and" || c == "und" || c == "&") && (x.joinsOrgName(toks, j, lang) && !twoNames(x, toks, i, j) ||
				c == "and" && headOfName(toks[i:j]) && j+1 < len(toks) && x.nameToken(toks, j+1, lang, false)) {
				j++
				continue
			}
			// connectors inside names: "Bank of America", "Ursula von der Leyen"
			if c := toks[j].Text; (c == "of" || c == "von" || c == "de" || c == "van" || c == "&" || c == "für") &&
				j+1 < len(toks) && x.nameToken(toks, j+1, lang, false) && (c != "of" && c != "für" || lexicon.OrgHeads[toks[j-1].Text]) &&
				(c != "von" || x.lex.Given[toks[i].Text]) {

				j += 2
				continue
			}
			break
		}
		if onlyForms(toks[i:j]) {
			i = j
			continue // "GmbH", "Zeitung" alone name nothing
		}
		// "Rival BNSF, owned by …" opening a sentence: the noun is no part of the name
		if lw := toks[i].Lower(); lang == "en" && j-i > 1 && i == doc.FirstWord(toks) &&
			(lexicon.RivalNouns[lw] || lexicon.OrgTypeNouns[lw]) && !x.knownName(toks[i].Text) {
			i++
			continue
		}
		m := x.typeChunk(toks, i, j, lang)
		stem := lexicon.StripPossessive(m.Text) // "Seagen's" after "Seagen Inc"
		if t, ok := known.name(stem, si); ok && !m.ByRule {
			m.Type, m.Conf, m.ByRule = t, 0.75, true // established elsewhere in the text
		}
		// "Whole Foods Market, Inc.": the legal form after a comma belongs to the name
		if j+1 < len(toks) && toks[j].Text == "," && lexicon.LegalForms[toks[j+1].Text] {
			j += 2
			if j < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End {
				j++
			}
			m.Tok1, m.End, m.Type, m.ByRule, m.Conf = j, toks[j-1].End, ORG, true, 0.85
			m.Text = doc.JoinTokens(toks[i:j])
		}
		m.Sent = si
		m.Initial = i == doc.FirstWord(toks)
		out = append(out, m)
		i = j
	}
	return out
}

// continuesName reports whether a capitalised word that alone would not
// read as a name continues the one before it: in German text, an English
// word the German dictionary does not list ("Dassault Aviation").
func (x *Finder) continuesName(toks []Token, j int, lang string) bool {
	t := toks[j].Text
	if lang != "de" || !segment.StartsUpperOrDigit(t) || lexicon.MonthAndDay[t] || lexicon.IsRoleOrTitle(t) {
		return false
	}
	if lexicon.FunctionWords[segment.Lower(t)] {
		return x.englishInGerman(t) && j > 0 && x.englishInGerman(toks[j-1].Text) // "About You"
	}
	if x.lex.IsGermanNoun(t) || x.lex.IsCommonWord(t, "de") {
		return false
	}
	// a surname that only looks like a compound noun after a first name or
	// initials: "RJ Scaringe", "Jensen Huang"
	if p := toks[j-1].Text; j > 0 && (x.lex.Given[p] || segment.IsAllCaps(p) && utf8.RuneCountInString(p) <= 3) &&
		!lexicon.AbstractNoun(segment.Lower(t)) { // not "Niki Insolvenz"
		return true
	}
	return x.lex.EnWord[segment.Lower(t)]
}

// onlyForms reports whether every token is a legal form or an organisation head.
func onlyForms(toks []Token) bool {
	for _, t := range toks {
		if !lexicon.LegalForms[t.Text] && !lexicon.OrgHeads[t.Text] {
			return false
		}
	}
	return true
}

// joinsOrgName reports whether the conjunction at j continues a name: the
// words after it are names up to an organisation head.
func (x *Finder) joinsOrgName(toks []Token, j int, lang string) bool {
	head := false
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if lexicon.OrgHeads[toks[k].Text] {
			head = true
			continue
		}
		if !x.nameToken(toks, k, lang, false) {
			break
		}
		head = false
	}
	return head
}

// clubPrefixes open the names of sports clubs before their town.
var clubPrefixes = lexicon.WordSet("club_prefixes")

// englishNameStarts reports whether an English name begins at j in German
// text after a German one: "hatte Zalando About You übernommen" names two.
func (x *Finder) englishNameStarts(toks []Token, j int, lang string) bool {
	return lang == "de" && j > 0 && lexicon.FunctionWords[toks[j].Lower()] && x.englishInGerman(toks[j].Text) &&
		!x.englishInGerman(toks[j-1].Text)
}

// twoNames reports whether "and" at j joins two names rather than words of
// one: "GE Vernova and Mitsubishi Heavy Industries", where a known
// organisation follows or an acronym opens a name of several words.
func twoNames(x *Finder, toks []Token, i, j int) bool {
	if j-i < 2 || j+1 >= len(toks) {
		return false
	}
	next := toks[j+1].Text
	return x.lex.Orgs[next] != "" || x.lex.MultiFirst[next] && x.lex.Place(next) == nil || segment.IsAllCaps(toks[i].Text)
}

// headOfName reports whether a name so far has an organisation's head
// before "of": "International Association of Machinists" (and Aerospace
// Workers), "Ministry of Economy" (and Energy).
func headOfName(toks []Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if lexicon.OrgHeads[toks[k].Text] && toks[k+1].Text == "of" {
			return true
		}
	}
	return false
}

// isYear reports whether s is a year of four digits: "1898", "2003".
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

func isDash(s string) bool { return s == "–" || s == "—" || s == "-" || s == "(" }

// acronymsNotPersons types an acronym standing alone as an organisation:
// "HSV", "BVB", "CMA" name no person.
func acronymsNotPersons(ms []Mention) {
	for i := range ms {
		if m := &ms[i]; m.Type == PER && m.Tok1 == m.Tok0+1 && segment.IsAcronym(m.Norm) && m.Head == "" {
			m.Type = ORG
		}
	}
}

// allGiven reports whether every token is a given name: "Ursula" before
// "von der Leyen", "Johann Wolfgang" before "von Goethe".
func allGiven(lex *lexicon.Lexicon, toks []Token) bool {
	for _, t := range toks {
		if !lex.Given[t.Text] {
			return false
		}
	}
	return true
}
