package importer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity types.
const (
	PER     = "PER"
	ORG     = "ORG"
	LOC     = "LOC"
	PRODUCT = "PRODUCT"
	EVENT   = "EVENT"
	MISC    = "MISC"
)

// Mention is one occurrence of an entity in a sentence.
type Mention struct {
	Sent       int    // sentence index
	Tok0, Tok1 int    // token range [Tok0, Tok1) in the sentence
	Start, End int    // byte offsets of the surface in the document text
	Text       string // the surface, e.g. "US-Kongresses" or "ZTE" in "ZTE-Hardware"
	Norm       string // the name in its base form, e.g. "US-Kongress"
	Type       string
	Key        string  // gazetteer key, if the name is a known place
	Head       string  // noun after the hyphen of a compound ("Chef" in "VW-Chef"), if any
	Conf       float64 // confidence of the type
	Entity     int     // index of the document entity, set by resolution
	initial    bool    // the mention starts its sentence
	coord      int     // index of the mention this one is coordinated with, or -1
	typeByRule bool    // typed by a strong cue (gazetteer, legal form, context)
}

// findMentions tags the entity mentions of one sentence.
func (x *Extractor) findMentions(si int, s Sentence, lang string, known *knownNames) []Mention {
	if known == nil {
		known = &knownNames{}
	}
	ms := x.rawMentions(si, s, lang, known)
	if lang == "en" { // "Britain's": the English possessive is not part of the name
		for i := range ms {
			ms[i].Norm = strings.TrimSuffix(strings.TrimSuffix(ms[i].Norm, "'s"), "’s")
		}
	}
	return ms
}

func (x *Extractor) rawMentions(si int, s Sentence, lang string, known *knownNames) []Mention {
	toks := s.Tokens
	var out []Mention
	i := 0
	for i < len(toks) {
		if m, n, ok := x.multiwordMatch(toks, i, lang); ok {
			m.Sent = si
			// "Siemens Gamesa", "Amazon Web Services": a known name continued by unknown name words
			if m.Type == ORG && m.Key == "" {
				j := i + n
				for j < len(toks) && j < i+n+3 && x.lex.places[toks[j].Text] == nil && x.lex.orgs[toks[j].Text] == "" &&
					!legalForms[toks[j].Text] && !isPossessive(toks[j-1].Text) && x.nameToken(toks, j, lang, false) {
					j++
				}
				if j > i+n {
					n = j - i
					m.Tok1, m.End = j, toks[j-1].End
					m.Text = joinTokens(toks[i:j])
					m.Norm, m.Conf = m.Text, 0.8
				}
			}
			// "Microsoft Corp.": a legal form after a known name belongs to it
			if m.Type == ORG && i+n < len(toks) && legalForms[toks[i+n].Text] {
				n++
				if i+n < len(toks) && toks[i+n].Text == "." && toks[i+n].Start == toks[i+n-1].End {
					n++
				}
				m.Tok1, m.End = i+n, toks[i+n-1].End
				m.Text = joinTokens(toks[i : i+n])
			}
			out = append(out, m)
			i += n
			continue
		}
		// an institution noun before a place: "Volksbank Eisenberg", "Landgericht Berlin"
		if lang == "de" && i+1 < len(toks) && x.endsInOrgHead(toks[i].Text) && !x.lex.IsGermanNoun(toks[i+1].Text) &&
			(x.lex.places[toks[i+1].Text] != nil || localInstitution(toks[i].Text) && startsUpperOrDigit(toks[i+1].Text) &&
				!functionWords[strings.ToLower(toks[i+1].Text)] && !monthAndDay[toks[i+1].Text]) {
			j := i + 2
			m := mention(toks, i, j, joinTokens(toks[i:j]), ORG, "", 0.8)
			m.Sent = si
			out = append(out, m)
			i = j
			continue
		}
		// a dateline in capitals: "REDMOND –", "BERLIN (dpa) -", "SANTA CLARA, California (Reuters) -"
		if i == firstWord(toks) && isAllCaps(toks[i].Text) && len(toks[i].Text) > 2 {
			j := i + 1
			for j < len(toks) && isAllCaps(toks[j].Text) && j-i < 4 {
				j++
			}
			if j < len(toks) && (isDash(toks[j].Text) || toks[j].Text == ",") && (j-i > 1 || len(toks[i].Text) > 3) {
				var words []string
				for _, t := range toks[i:j] {
					words = append(words, string([]rune(t.Text)[:1])+strings.ToLower(string([]rune(t.Text)[1:])))
				}
				name := strings.Join(words, " ")
				m := mention(toks, i, j, name, LOC, "", 0.7)
				if p := x.lex.places[name]; p != nil {
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
		if !known.words[t] && !x.nameToken(toks, i, lang, i == firstWord(toks)) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !isPossessive(toks[j-1].Text) {
			if known.words[toks[j].Text] || x.nameToken(toks, j, lang, false) || x.continuesName(toks, j, lang) {
				j++
				continue
			}
			if orgHeads[toks[j].Text] || legalForms[toks[j].Text] { // "Süddeutsche Zeitung", "Whole Foods Market"
				j++
				break
			}
			// "Competition and Markets Authority": "and" inside a name that ends in an organisation head
			if c := toks[j].Text; (c == "and" || c == "und" || c == "&") && x.joinsOrgName(toks, j, lang) {
				j++
				continue
			}
			// connectors inside names: "Bank of America", "Ursula von der Leyen"
			if c := toks[j].Text; (c == "of" || c == "von" || c == "de" || c == "van" || c == "&" || c == "für") &&
				j+1 < len(toks) && x.nameToken(toks, j+1, lang, false) && (c != "of" && c != "für" || orgHeads[toks[j-1].Text]) &&
				(c != "von" || x.lex.given[toks[i].Text]) {
				j += 2
				continue
			}
			break
		}
		if onlyForms(toks[i:j]) {
			i = j
			continue // "GmbH", "Zeitung" alone name nothing
		}
		m := x.typeChunk(toks, i, j, lang)
		if t, ok := known.names[m.Text]; ok && !m.typeByRule {
			m.Type, m.Conf, m.typeByRule = t, 0.75, true // established elsewhere in the text
		}
		// "Whole Foods Market, Inc.": the legal form after a comma belongs to the name
		if j+1 < len(toks) && toks[j].Text == "," && legalForms[toks[j+1].Text] {
			j += 2
			if j < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End {
				j++
			}
			m.Tok1, m.End, m.Type, m.typeByRule, m.Conf = j, toks[j-1].End, ORG, true, 0.85
			m.Text = joinTokens(toks[i:j])
		}
		m.Sent = si
		m.initial = i == firstWord(toks)
		out = append(out, m)
		i = j
	}
	return out
}

// continuesName reports whether a capitalised word that alone would not
// read as a name continues the one before it: in German text, an English
// word the German dictionary does not list ("Dassault Aviation").
func (x *Extractor) continuesName(toks []Token, j int, lang string) bool {
	t := toks[j].Text
	if lang != "de" || !startsUpperOrDigit(t) || functionWords[strings.ToLower(t)] || monthAndDay[t] || isRoleOrTitle(t) {
		return false
	}
	return x.lex.enWord[strings.ToLower(t)] && !x.lex.IsGermanNoun(t) && !x.lex.isCommonWord(t, "de")
}

// onlyForms reports whether every token is a legal form or an organisation head.
func onlyForms(toks []Token) bool {
	for _, t := range toks {
		if !legalForms[t.Text] && !orgHeads[t.Text] {
			return false
		}
	}
	return true
}

func isPossessive(s string) bool { return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") }

// joinsOrgName reports whether the conjunction at j continues a name: the
// words after it are names up to an organisation head.
func (x *Extractor) joinsOrgName(toks []Token, j int, lang string) bool {
	head := false
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if orgHeads[toks[k].Text] {
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

func isDash(s string) bool { return s == "–" || s == "—" || s == "-" || s == "(" }

func firstWord(toks []Token) int {
	for i, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return 0
}

// multiwordMatch finds the longest known organisation or place of up to four
// tokens starting at i.
func (x *Extractor) multiwordMatch(toks []Token, i int, lang string) (Mention, int, bool) {
	if !startsUpperOrDigit(toks[i].Text) {
		return Mention{}, 0, false
	}
	longest := 1
	if x.lex.multiFirst[toks[i].Text] || x.lex.multiFirst[uninflectWord(toks[i].Text)] {
		longest = 4
	}
	for n := min(longest, len(toks)-i); n >= 1; n-- {
		surface := joinTokens(toks[i : i+n])
		surface = strings.TrimSuffix(strings.TrimSuffix(surface, "'s"), "’s")
		if n == 1 && !startsUpperOrDigit(surface) {
			return Mention{}, 0, false
		}
		if canon, ok := x.lex.orgs[surface]; ok {
			return mention(toks, i, i+n, canon, ORG, "", 0.9), n, true
		}
		if n > 1 {
			if canon, ok := x.lex.orgs[uninflect(surface)]; ok {
				return mention(toks, i, i+n, canon, ORG, "", 0.85), n, true
			}
		}
		if p := x.lex.Place(surface); p != nil && !(n == 1 && x.lex.IsGermanNoun(surface) && x.lex.places[surface] == nil) {
			if n == 1 && strings.ToUpper(surface) == surface && len(surface) > 3 && x.lex.places[surface] == nil {
				continue
			}
			// "San" before "Bruno": the start of a longer name the gazetteer lacks
			if n == 1 && x.lex.multiFirst[surface] && i+1 < len(toks) && x.lex.places[toks[i+1].Text] == nil &&
				x.nameToken(toks, i+1, lang, false) {
				continue
			}
			// a city named like a common word ("Ende", "Hof", "Man", "David") only after "in", "aus", …
			if n == 1 && p.Kind != "country" && x.ambiguousPlace(toks, i) && !(i > 0 && placePreps[strings.ToLower(toks[i-1].Text)]) {
				continue
			}
			return mention(toks, i, i+n, x.placeName(p, surface), LOC, p.Key, 0.9), n, true
		}
		// datelines in capitals: "SEATTLE –"
		if n == 1 && len(surface) > 3 && strings.ToUpper(surface) == surface {
			title := string([]rune(surface)[:1]) + strings.ToLower(string([]rune(surface)[1:]))
			if p := x.lex.places[title]; p != nil {
				return mention(toks, i, i+1, x.placeName(p, title), LOC, p.Key, 0.8), 1, true
			}
		}
	}
	return Mention{}, 0, false
}

var placePreps = setOf("in", "aus", "nach", "bei", "from", "near", "nahe", "nördlich", "südlich", "östlich", "westlich")

// ambiguousPlace reports whether the place name at i is also a common word,
// or a given name followed by a surname ("George Washington").
func (x *Extractor) ambiguousPlace(toks []Token, i int) bool {
	w := toks[i].Text
	if x.lex.IsGermanNoun(w) || x.lex.enWord[strings.ToLower(w)] || len(w) <= 2 {
		return true
	}
	return x.lex.given[w] && i+1 < len(toks) && startsUpperOrDigit(toks[i+1].Text) && !functionWords[strings.ToLower(toks[i+1].Text)]
}

// placeName is the base form of a place as written: the gazetteer's name
// for an inflected surface ("Deutschlands" → "Deutschland").
func (x *Extractor) placeName(p *Place, surface string) string {
	if x.lex.places[surface] == p {
		return surface
	}
	if strings.HasSuffix(surface, "s") && x.lex.places[surface[:len(surface)-1]] == p {
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

func joinTokens(toks []Token) string {
	var sb strings.Builder
	for k, t := range toks {
		if k > 0 && toks[k-1].End < t.Start {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}

func mention(toks []Token, i, j int, norm, typ, key string, conf float64) Mention {
	return Mention{Tok0: i, Tok1: j, Start: toks[i].Start, End: toks[j-1].End, Text: joinTokens(toks[i:j]),
		Norm: norm, Type: typ, Key: key, Conf: conf, typeByRule: true}
}

// compoundMention reads hyphenated compounds: "US-Kongresses" is the
// organisation US-Kongress; "VW-Chef", "Air-Berlin-Tochter", "ZTE-Hardware"
// and "US-Markt" mention the name before the last hyphen, with the last part
// as Head; "Houston-based" likewise.
func (x *Extractor) compoundMention(toks []Token, i int, lang string) (Mention, bool) {
	t := toks[i]
	if orgAnaphors[strings.ToLower(t.Text)] {
		return Mention{}, false
	}
	k := strings.LastIndex(t.Text, "-")
	prefix, head := t.Text[:k], t.Text[k+1:]
	if head == "" || !x.namePrefix(prefix) {
		return Mention{}, false
	}
	// the dictionary lists some compounds with names ("SPD-Chef"); those stay
	// readable, other listed compounds are common nouns
	if x.lex.IsGermanNoun(t.Text) && !isAllCaps(prefix) && x.lex.orgs[prefix] == "" && x.lex.Place(prefix) == nil {
		return Mention{}, false
	}
	headLemma := head
	if l := x.lex.NounLemma(head); l != "" {
		headLemma = l
	} else if lang == "de" && startsUpperOrDigit(head) && !x.lex.LooksLikeGermanNoun(head) && !strings.HasSuffix(head, "s") {
		// "Wal-Mart", "Mercedes-Benz": the whole token is a name
		return Mention{}, false
	}
	if lang == "en" && startsUpperOrDigit(head) && !orgHeads[head] {
		return Mention{}, false
	}
	// "der Dax-Konzern": after an article, an unknown word before a type noun
	// describes the organisation talked about ("der VW-Konzern" names it)
	if sameEntityHeads[headLemma] && i > 0 && isDefinite(toks[i-1].Text) && x.lex.orgs[prefix] == "" &&
		x.lex.Place(prefix) == nil && !isAllCaps(prefix) {
		return Mention{}, false
	}
	if orgHeads[headLemma] {
		norm := prefix + "-" + headLemma
		if canon, ok := x.lex.orgs[norm]; ok {
			norm = canon
		}
		m := mention(toks, i, i+1, norm, ORG, "", 0.85)
		return m, true
	}
	m := Mention{Tok0: i, Tok1: i + 1, Start: t.Start, End: t.Start + len(prefix), Text: prefix, Norm: prefix,
		Head: headLemma, Conf: 0.6}
	if canon, ok := x.lex.orgs[prefix]; ok {
		m.Norm, m.Type, m.typeByRule, m.Conf = canon, ORG, true, 0.9
	} else if canon, ok := x.lex.orgs[strings.ReplaceAll(prefix, "-", " ")]; ok {
		m.Norm, m.Type, m.typeByRule, m.Conf = canon, ORG, true, 0.9
	} else if p := x.lex.Place(prefix); p != nil {
		m.Norm, m.Type, m.Key, m.typeByRule, m.Conf = x.lex.DisplayName(p, lang), LOC, p.Key, true, 0.9
		if orgTypeNouns[headLemma] || sameEntityHeads[headLemma] {
			m.Head = "demonym" // "US-Unternehmen Overture": Overture is based in the USA
		}
	} else {
		m.Type = ORG
		if _, role := roleWords[headLemma]; role || sameEntityHeads[headLemma] || headLemma == "Tochter" {
			m.typeByRule = true
		}
	}
	return m, true
}

// namePrefix reports whether every part of the prefix of a compound reads
// as a name: "Air-Berlin", "US", "ZTE"; not "Telekom-Hardware" or "E".
func (x *Extractor) namePrefix(p string) bool {
	if x.lex.orgs[p] != "" || x.lex.orgs[strings.ReplaceAll(p, "-", " ")] != "" || x.lex.Place(p) != nil || isAllCaps(p) && !strings.Contains(p, "-") && !commonAcronyms[p] {
		return true
	}
	if x.lex.IsGermanNoun(p) {
		return false
	}
	for _, part := range strings.Split(p, "-") {
		if utf8.RuneCountInString(part) < 2 || !startsUpperOrDigit(part) || isNumber(part) {
			return false
		}
		if x.lex.orgs[part] != "" || x.lex.places[part] != nil || isAllCaps(part) && !commonAcronyms[part] {
			continue
		}
		if x.lex.LooksLikeGermanNoun(part) || x.lex.isCommonWord(part, "de") || monthAndDay[part] {
			return false
		}
	}
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// nameToken reports whether token i can be part of a name.
func (x *Extractor) nameToken(toks []Token, i int, lang string, initial bool) bool {
	t := toks[i].Text
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || monthAndDay[t] || personTitles[t] || strings.HasSuffix(t, "-") {
		return false
	}
	lt := strings.ToLower(t)
	if _, role := roleWords[t]; role || orgTypeNouns[t] {
		return false
	}
	if _, role := roleWords[lt]; role {
		return false // "Director", "Chairman" capitalised in a title
	}
	if i > 0 && !initial && x.lex.given[toks[i-1].Text] && startsUpperOrDigit(toks[i-1].Text) {
		// after a given name: "Matthias Müller", "Stephan Weil", "Martin Winterkorn"
		return !x.lex.IsGermanNoun(t) && !hasNounSuffix(lt) || x.lex.family[t]
	}
	if functionWords[lt] {
		return false
	}
	if x.lex.orgs[t] != "" || x.lex.places[t] != nil {
		return true
	}
	if isAllCaps(t) {
		return !commonAcronyms[t]
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Text
	}
	if x.lex.given[t] && startsUpperOrDigit(next) && !functionWords[strings.ToLower(next)] && !monthAndDay[next] {
		return true // "Wolfgang Nickl", even where "Wolfgang" reads like a compound noun
	}
	if i > 0 && introducesName(toks[i-1].Text) {
		return true // "die BASF-Tochter Wintershall", "der Konzern Bayer"
	}
	if lang == "de" {
		if legalForms[t] && i > 0 {
			return true
		}
		if x.lex.LooksLikeGermanNoun(t) {
			return false
		}
		// an English plural in German text is a loan noun ("Slots", "Provider")
		if strings.HasSuffix(lt, "s") && x.lex.enWord[lt] && x.lex.enWord[strings.TrimSuffix(lt, "s")] && !x.lex.given[t] && !x.lex.family[t] &&
			!(i+1 < len(toks) && (x.lex.places[next] != nil || legalForms[next] || orgHeads[next])) {
			return false
		}
		if x.lex.isCommonWord(t, "de") {
			// capitalised adjectives belong to names only before an organisation head ("Deutsche Bank")
			return !initial && i+1 < len(toks) && orgHeads[toks[i+1].Text]
		}
		return true
	}
	if x.lex.Demonym(t) != "" && !isPossessive(t) {
		return false // "a French publisher"
	}
	if _, verb := verbCuesEN[lt]; verb {
		return false // "Amazon Buys Whole Foods Market" in a title-case headline
	}
	if initial && x.lex.isCommonWord(t, "en") && !x.lex.given[t] {
		return i+1 < len(toks) && startsUpperOrDigit(toks[i+1].Text) && !functionWords[strings.ToLower(toks[i+1].Text)]
	}
	return true
}

// typeChunk decides the type of the name toks[i:j].
func (x *Extractor) typeChunk(toks []Token, i, j int, lang string) Mention {
	m := mention(toks, i, j, joinTokens(toks[i:j]), "", "", 0.5)
	m.typeByRule = false
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
		m.Type, m.Conf, m.typeByRule = typ, conf, conf >= 0.7
		return m
	}
	// genitive of a known name: "Volkswagens"
	if strings.HasSuffix(m.Norm, "s") {
		if canon, ok := x.lex.orgs[strings.TrimSuffix(m.Norm, "s")]; ok {
			m.Norm = canon
			return set(ORG, 0.85)
		}
	}
	switch {
	case legalForms[last] || orgHeads[last]:
		return set(ORG, 0.85)
	case j-i >= 2 && x.lex.given[first] && (x.lex.places[last] == nil || x.lex.common[first]):
		return set(PER, 0.85)
	case isRoleOrTitle(prev):
		if j-i >= 2 {
			return set(PER, 0.8)
		}
		return set(PER, 0.7)
	case orgTypeNouns[prev] || orgTypeNouns[strings.ToLower(prev)] || x.endsInOrgType(prev) || strings.HasSuffix(prev, "-based") || roleOf(toks, i):
		return set(ORG, 0.8)
	}
	if next == "," && j+1 < len(toks) {
		for k := j + 1; k < min(j+5, len(toks)); k++ {
			if _, ok := roleWords[toks[k].Text]; ok && j-i >= 2 {
				return set(PER, 0.8)
			}
		}
	}
	if makerNouns[next] {
		return set(PRODUCT, 0.8) // "the ChatGPT maker"
	}
	// "Instagram, a subsidiary of …", "YouTube is a subsidiary of …", "Waymo, owned by …"
	if x.describedAsOrg(toks, j) {
		return set(ORG, 0.8)
	}
	// "in Redmond, Washington", "based in Redmond"
	if (prev == "in" || prev == "aus") && (next == "," && j+1 < len(toks) && x.lex.Place(toks[j+1].Text) != nil ||
		i >= 2 && (toks[i-2].Text == "based" || toks[i-2].Text == "headquartered" || toks[i-2].Text == "Sitz")) {
		return set(LOC, 0.6)
	}
	if j-i == 2 && (speechVerbs[next] || speechVerbs[prev]) {
		return set(PER, 0.7)
	}
	if j-i >= 2 && x.lex.family[last] && !isAllCaps(first) && x.lex.places[last] == nil {
		return set(PER, 0.6)
	}
	return set(ORG, 0.5)
}

// introducesName reports whether w, right before a capitalised word, makes
// it a name: an organisation type noun ("Konzern", "company") or a role or
// subsidiary compound ("BASF-Tochter", "VW-Chef").
func introducesName(w string) bool {
	if orgTypeNouns[w] || orgTypeNouns[strings.ToLower(w)] {
		return true
	}
	if k := strings.LastIndex(w, "-"); k > 0 && k < len(w)-1 {
		head := w[k+1:]
		_, role := roleWords[head]
		return role || orgTypeNouns[head] || strings.HasSuffix(head, "tochter") || head == "based"
	}
	return false
}

// describedAsOrg reports whether the words after a name (from j) describe
// an organisation: an apposition or copula with an organisation noun ("X, a
// subsidiary of", "X ist ein Konzern"), or a participle only organisations
// take ("X, owned by", "X, founded in").
func (x *Extractor) describedAsOrg(toks []Token, j int) bool {
	k := j
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) {
		switch strings.ToLower(toks[k].Text) {
		case "owned", "founded", "acquired", "headquartered", "based", "listed", "gegründet", "übernommen":
			return k > j
		case "is", "was", "ist", "war":
			k++
		}
	}
	for n := 0; n < 3 && k < len(toks); n, k = n+1, k+1 {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if orgTypeNouns[w] || orgTypeNouns[lw] || x.endsInOrgType(w) && startsUpperOrDigit(w) {
			return true
		}
		if !(isDefinite(w) || lw == "a" || lw == "an" || lw == "ein" || lw == "eine" || startsLower(w) && !verbLike(lw)) {
			return false
		}
	}
	return false
}

// roleOf reports whether the name at i follows a role and "of"/"von"/"at":
// "chief executive of Lenovo", "CEO von ZTE USA", "professor at Rice University".
func roleOf(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && (isDefinite(toks[k].Text) || strings.ToLower(toks[k].Text) == "a") {
		k--
	}
	if k < 1 {
		return false
	}
	switch strings.ToLower(toks[k].Text) {
	case "of", "von", "at", "bei", "des", "der":
	default:
		return false
	}
	// "Managing Director Sanjeev Kumar von State Oil": skip the person's name
	if k >= 3 && startsUpperOrDigit(toks[k-1].Text) && !isRoleOrTitle(toks[k-1].Text) {
		p := k - 1
		for p > 0 && p > k-4 && startsUpperOrDigit(toks[p].Text) && !isRoleOrTitle(toks[p].Text) && !roleAtAny(toks, p) {
			p--
		}
		if isRoleOrTitle(toks[p].Text) || roleAtAny(toks, p) {
			return true
		}
	}
	w := toks[k-1].Text
	if _, ok := roleWords[w]; ok {
		return true
	}
	if _, ok := roleWords[strings.ToLower(w)]; ok {
		return true
	}
	if k >= 2 {
		_, ok := roleWords[strings.ToLower(toks[k-2].Text+" "+w)]
		return ok
	}
	return false
}

// roleAtAny reports whether a role word, or a two-word role, ends at k.
func roleAtAny(toks []Token, k int) bool {
	if _, ok := roleWords[strings.ToLower(toks[k].Text)]; ok {
		return true
	}
	if k > 0 {
		_, ok := roleWords[strings.ToLower(toks[k-1].Text+" "+toks[k].Text)]
		return ok
	}
	return false
}

func isRoleOrTitle(w string) bool {
	if _, ok := roleWords[w]; ok {
		return true
	}
	if personTitles[w] {
		return true
	}
	lw := strings.ToLower(w)
	for _, s := range personTitleSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// endsInOrgHead reports whether a capitalised German compound ends in an
// institution noun: "Volksbank", "Sparkasse", "Landgericht", "Stadtwerke".
func (x *Extractor) endsInOrgHead(w string) bool {
	if !startsUpperOrDigit(w) || strings.Contains(w, "-") {
		return false
	}
	lw := strings.ToLower(w)
	for _, h := range []string{"bank", "kasse", "gericht", "werke", "verband", "verein", "stiftung", "institut", "universität",
		"hochschule", "ministerium", "behörde", "amt", "agentur", "partei", "gewerkschaft", "klinikum", "versicherung"} {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}

// localInstitution reports whether a compound names a kind of institution
// that takes its place name after it: "Volksbank Eisenberg", "Sparkasse
// Hannover", "Stadtwerke Bochum", "Amtsgericht Ulm".
func localInstitution(w string) bool {
	lw := strings.ToLower(w)
	for _, h := range []string{"bank", "kasse", "werke", "gericht"} {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}

// endsInOrgType reports whether a German compound ends in an organisation
// type noun: "Telekom-Hardware-Hersteller", "Onlinehändler".
func (x *Extractor) endsInOrgType(w string) bool {
	lw := strings.ToLower(w)
	if k := strings.LastIndex(lw, "-"); k >= 0 {
		lw = lw[k+1:]
	}
	for _, end := range []string{"", "s", "n", "en", "es"} {
		stem := strings.TrimSuffix(lw, end)
		if end != "" && stem == lw {
			continue
		}
		if orgTypeNouns[stem] {
			return true
		}
		for _, n := range orgTypeSuffixes {
			if strings.HasSuffix(stem, n) {
				return true
			}
		}
	}
	return false
}

// orgTypeSuffixes are the organisation type nouns of five letters or more,
// lowercase, for compounds: "Onlinehändler", "Ratingagentur".
var orgTypeSuffixes = func() []string {
	var out []string
	for n := range orgTypeNouns {
		if len(n) >= 5 {
			out = append(out, strings.ToLower(n))
		}
	}
	sort.Strings(out)
	return out
}()
