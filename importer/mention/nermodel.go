package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
	"github.com/kgx/kgx/importer/tag"
	"github.com/kgx/kgx/importer/tagger"
)

// nounCompound reports whether a hyphenated word is made of common nouns
// only: "Kranich-Airline", "Abgas-Skandal".
func (x *Finder) nounCompound(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if part == "" || x.knownName(part) || !(x.lex.LooksLikeGermanNoun(part) || x.lex.EnWord[segment.Lower(part)]) {
			return false
		}
	}
	return true
}

// knownName reports whether a word is in a name list (organisations,
// places, given or family names) or an acronym.
func (x *Finder) knownName(w string) bool {
	return x.lex.Orgs[w] != "" || x.lex.Places[w] != nil || x.lex.Given[w] || x.lex.Family[w] || segment.IsAllCaps(w)
}

// trimSpan drops common words at the edges of a name the model found
// ("Nachbarland Thüringen", "Matthew Williams Liebeskummer"); a name of
// common words only becomes empty.
func (x *Finder) trimSpan(toks []Token, from, to int, lang string) (int, int) {
	common := func(k int) bool {
		w := toks[k].Text
		if x.lex.Orgs[w] != "" || x.lex.Places[w] != nil || x.lex.Given[w] || x.lex.Family[w] || segment.IsAllCaps(w) {
			return false
		}
		if k := strings.Index(w, "-"); k > 0 && k+1 < len(w) && segment.StartsUpperOrDigit(w[k+1:]) {
			return false // "al-Nuaimi", "el-Sisi": a particle joined to the name
		}
		if !segment.StartsUpperOrDigit(w) || lexicon.FunctionWords[segment.Lower(w)] {
			return true
		}
		if lang == "de" {
			return x.lex.IsGermanNoun(w) || lexicon.HasNounSuffix(segment.Lower(w))
		}
		return false
	}
	for from < to && common(from) {
		from++
	}
	// "Adidas-Chef Bjørn Gulden": two capitalised words after a role are a person's names
	afterRole := from > 0 && to-from == 2 && segment.StartsUpperOrDigit(toks[to-1].Text) && roleWord(toks[from-1].Text)
	for to > from && !afterRole && common(to-1) && !lexicon.OrgHeads[toks[to-1].Text] &&
		!(to-1 > from && x.lex.Given[toks[to-2].Text] && segment.StartsUpperOrDigit(toks[to-1].Text) &&
			!lexicon.AbstractNoun(toks[to-1].Lower())) && // but not "Niki Insolvenz"
		!(to-1 > from && segment.StartsUpperOrDigit(toks[to-1].Text) && lang == "de" && !x.lex.IsGermanNoun(toks[to-1].Text) &&
			!lexicon.AbstractNoun(toks[to-1].Lower())) { // "Hasso Plattner"
		to--
	}
	return from, to
}

// sentenceOf builds a sentence from given tokens, joined by single spaces.
func sentenceOf(words []string) (Sentence, string) {
	var sb strings.Builder
	toks := make([]Token, len(words))
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		toks[i] = segment.NewToken(w, sb.Len(), sb.Len()+len(w))
		sb.WriteString(w)
	}
	return Sentence{Start: 0, End: sb.Len(), Tokens: toks}, sb.String()
}

// TrainNER trains the statistical entity tagger for lang on tokenised
// sentences with gold BIO tags (B-PER, I-ORG, B-MISC, O, …; other types
// count as O). The rule-based pass's output is one of its features.
func (x *Finder) TrainNER(lang string, sents [][]string, tags [][]string, epochs int) *tagger.Model {
	idx := map[string]int{}
	for i, t := range nerTags {
		idx[t] = i
	}
	var data []tagger.Example
	cache := tag.Cache{}
	for k, words := range sents {
		if len(words) == 0 {
			continue
		}
		s, _ := sentenceOf(words)
		ms := x.findMentions(0, s, lang, nil)
		feats := x.nerFeatures(s.Tokens, ruleTags(len(words), ms), x.tag.Tags(words, lang, cache), lang, cache)
		gold := make([]int, len(words))
		for i, t := range tags[k] {
			gold[i] = idx[t] // unknown tags are O (0)
		}
		data = append(data, tagger.Example{Feats: feats, Tags: gold})
	}
	return tagger.Train(nerTags, nerAllowed, data, epochs, 1)
}

// modelMentions runs the model on a sentence and merges its names with the
// rule mentions: names the rules established by a strong cue (gazetteer,
// legal form, role, compound) stay; weak rule guesses stay only where the
// model also sees a name, and take its extent and type; names only the model
// sees are added.
func (x *Finder) modelMentions(m *tagger.Model, si int, s Sentence, rule []Mention, lang string, cache tag.Cache, pos []string) []Mention {
	toks := s.Tokens
	fb := tag.NewFeatBuf()
	rm := tag.RowModel{M: m, NER: true, Neighbours: nerNeighbours}
	pred := m.PredictFrom(x.tag.Rows(rm, s.Words(), lang, cache, fb), x.nerFeaturesOf(toks, ruleTags(len(toks), rule), pos, lang, cache, fb))
	fb.Release()
	type span struct {
		from, to int
		typ      string
	}
	var spans []span
	for i := 0; i < len(pred); i++ {
		t := nerTags[pred[i]]
		if t == "O" {
			continue
		}
		j := i + 1
		for j < len(pred) && nerTags[pred[j]] == "I-"+t[2:] {
			j++
		}
		from, to := i, j
		kindBefore := from > 0 && x.typeNoun(toks[from-1].Text) // "der Betonpumpenhersteller Putzmeister": a name
		if lang == "de" && to-from == 1 && !x.knownName(toks[from].Text) && (x.lex.IsGermanNoun(toks[from].Text) ||
			x.nounCompound(toks[from].Text) && !kindBefore ||
			t[2:] == PER && x.lex.LooksLikeGermanNoun(toks[from].Text) && !speaker(toks, from) ||
			t[2:] == LOC && x.lex.LooksLikeGermanNoun(toks[from].Text) && !lexicon.Geographic(toks[from].Text) ||
			from == doc.FirstWord(toks) && x.lex.IsCommonWord(toks[from].Text, "de") && x.lex.Place(toks[from].Text) == nil) { // "Insolventer Batteriehersteller …"
			i = j - 1
			continue // a lone common noun ("Bericht", "Gefahr", "Katastrophenschutz") is no name
		}
		if onlyForms(toks[from:to]) || to-from == 1 && (lexicon.CommonAcronyms[toks[from].Text] || stockIndex(toks[from].Text)) ||
			to-from == 1 && monthAbbrev[toks[from].Text] && to < len(toks) && segment.IsNumber(toks[to].Text) {
			i = j - 1
			continue // "GmbH" or "AI" alone names nothing
		}
		// a role word inside ends the name: "RYU CEO Marcello Leone" is an
		// organisation and the person who holds the role
		typ := t[2:]
		for k := from; k < to; k++ {
			if k > from && (lexicon.IsRoleOrTitle(toks[k].Text) || roleAtAny(toks, k)) && !lexicon.OrgHeads[toks[k].Text] {
				if !allTitleWords(toks[from:k]) { // "Airbus Chief Commercial Officer …": no name between the title's words
					spans = append(spans, span{from, k, typ})
				}
				from, typ = k+1, PER
				for from < to && (lexicon.TitleWords[toks[from].Lower()] || lexicon.IsRoleOrTitle(toks[from].Text)) {
					from++
				}
				k = from - 1
			}
		}
		if from >= to {
			i = j - 1
			continue
		}
		for to-from > 1 && (toks[from].Text == "the" || toks[from].Text == "a" ||
			toks[from].Text == "The" && from == doc.FirstWord(toks) && x.lex.Orgs[doc.JoinTokens(toks[from:to])] == "") {
			from++ // "the United States", "The Court of Justice …" opening a sentence: the article is not part of a name
		}
		for lang == "en" && to-from > 1 && segment.StartsLower(toks[to-1].Text) {
			to-- // "U.S. rival": an English name ends in a capital word
		}
		// "Frankfurt ( Reuters )", "ARLINGTON, Virginia - Boeing": a bracket or a dash ends a name
		for k := from + 1; k < to; k++ {
			if toks[k].Text == "(" || toks[k].Text == ")" || toks[k].Text == "–" || toks[k].Text == "—" ||
				toks[k].Text == "-" && toks[k].Start > toks[k-1].End && datelineEnd(x, toks, k-1) {
				to = k
				break
			}
		}
		// "its Nigerian onshore business": an origin adjective is no name
		if to-from == 1 && (x.lex.DemonymIn(toks[from].Text, lang) != "" || lang == "en" && demonymLike(toks[from].Text) &&
			x.lex.Place(toks[from].Text) == nil) && x.lex.Orgs[toks[from].Text] == "" &&
			to < len(toks) && segment.StartsLower(toks[to].Text) {
			i = j - 1
			continue
		}
		// "Rival asset managers": a lone description is no name
		if lang == "en" && to-from == 1 && (lexicon.RivalNouns[toks[from].Lower()] || lexicon.OrgTypeNouns[toks[from].Lower()]) {
			i = j - 1
			continue
		}
		// "BlackRock", "PayPal": a capital inside a word makes a company name, whatever else the model read
		if to-from == 1 && typ == PER && innerCapital(toks[from].Text) && x.lex.Place(toks[from].Text) == nil {
			typ = ORG
		}
		// "ROUNDUP", "KAHLSCHLAG": a common word in capitals is no name
		if to-from == 1 && segment.IsAllCaps(toks[from].Text) && utf8.RuneCountInString(toks[from].Text) > 3 &&
			(x.lex.IsCommonWord(toks[from].Text, lang) || x.lex.IsGermanNoun(titleCase(toks[from].Lower()))) {
			i = j - 1
			continue
		}
		if typ == PER && to-from >= 3 {
			// "Mark Zuckerberg Deutschland", "Olaf Kramm von Fanuc Deutschland": a
			// place or an organisation after the person is not part of the name
			for k := from + 2; k < to; k++ {
				if p := x.lex.Place(toks[k].Text); p != nil && p.Kind != "city" || toks[k].Text == "von" && k+1 < to &&
					(x.lex.Place(toks[to-1].Text) != nil || x.lex.Orgs[toks[k+1].Text] != "") {
					to = k
					break
				}
			}
		}
		// "der Wolfsburger Konzern": an origin and a kind of organisation describe, they name nothing
		if typ == ORG && to-from >= 2 && (x.lex.DemonymIn(toks[from].Text, lang) != "" || lang == "de" &&
			(x.lex.CityOfAdjective(toks[from].Text) != nil || lexicon.TownOfAdjective(toks[from].Text) != "")) &&
			x.lex.Orgs[doc.JoinTokens(toks[from:to])] == "" && allTypeNouns(toks[from+1:to]) {
			i = j - 1
			continue
		}
		// "der Münchner Autobauer BMW": an origin and a kind before the name describe it
		if typ == ORG && to-from > 2 && (x.lex.DemonymIn(toks[from].Text, lang) != "" || lang == "de" && x.lex.CityOfAdjective(toks[from].Text) != nil) &&
			x.typeNoun(toks[from+1].Text) && x.lex.Orgs[doc.JoinTokens(toks[from:from+2])] == "" && !onlyForms(toks[from+2:to]) {
			from += 2
		}
		// "Münchner Siemens AG", "chinesische ZTE": the origin is no part of the
		// name unless the rest is a common noun ("Deutsche Bank")
		if typ == ORG && to-from > 1 && (x.lex.DemonymIn(toks[from].Text, lang) != "" || lang == "de" && x.lex.CityOfAdjective(toks[from].Text) != nil) &&
			!x.lex.LooksLikeGermanNoun(toks[from+1].Text) && !x.lex.IsCommonWord(toks[from+1].Text, lang) && x.lex.Orgs[doc.JoinTokens(toks[from:to])] == "" {
			from++
		}
		if lang == "en" {
			// "Rival Advanced Micro Devices" opening a sentence: the noun is no part of the name
			for to-from > 1 && (lexicon.RivalNouns[toks[from].Lower()] || lexicon.OrgTypeNouns[toks[from].Lower()]) &&
				!x.knownName(toks[from].Text) {
				from++
			}
			// "Taiwan's Foxconn": two names
			for p := from; p < to-1; p++ {
				if lexicon.IsPossessive(toks[p].Text) {
					first := typ
					if x.lex.Place(lexicon.StripPossessive(toks[p].Text)) != nil {
						first = LOC
					}
					spans = append(spans, span{from, p + 1, first})
					from = p + 1
				}
			}
			// "Asian suppliers": an origin adjective is no place
			if typ == LOC && to-from == 1 && x.lex.Place(toks[from].Text) == nil && demonymLike(toks[from].Text) &&
				to < len(toks) && segment.StartsLower(toks[to].Text) {
				i = j - 1
				continue
			}
		}
		if typ == PER {
			from, to = x.trimSpan(toks, from, to, lang)
			// "Jens H. Andersen": a middle initial's surname follows its dot
			if r := []rune(toks[max(to-1, 0)].Text); to > from && to+1 < len(toks) && len(r) == 1 && unicode.IsUpper(r[0]) &&
				toks[to].Text == "." && segment.StartsUpperOrDigit(toks[to+1].Text) && !lexicon.FunctionWords[toks[to+1].Lower()] {
				to += 2
			}
		} else if lang == "de" {
			// "Ratingagentur Moody's", "Chiphersteller Siltronic": a type noun before the name
			for to-from > 1 && x.typeNoun(toks[from].Text) && !x.knownName(toks[from].Text) && segment.StartsUpperOrDigit(toks[from+1].Text) {
				from++ // but "Bundesverband deutscher Banken" is one name
			}
		}
		if from < to && !(to-from == 1 && stockIndex(toks[from].Text)) { // "Germany's DAX"
			spans = append(spans, span{from, to, typ})
		}
		i = j - 1
	}
	// compounds the rules read ("California-based", "VW-Chef") are not part of a name
	// ...unless the model reads a longer name over one that only looks like a
	// compound of a name and a noun: "Anheuser-Busch InBev"
	inName := func(r Mention) bool {
		if _, role := lexicon.RoleWords[r.Head]; role || lexicon.SameEntityHeads[r.Head] || lexicon.OrgTypeNouns[r.Head] || x.typeNoun(r.Head) ||
			r.Head == "based" || r.Head == "demonym" || r.Head == "city-adj" || strings.Contains(segment.Lower(r.Head), "tochter") {
			return false
		}
		for _, sp := range spans {
			if sp.to-sp.from >= 2 && sp.from <= r.Tok0 && sp.to >= r.Tok1 && sp.typ != MISC {
				return true
			}
		}
		return false
	}
	blocked := make([]bool, len(toks))
	plain := map[int]bool{} // rule compounds that are part of a model name
	for ri, r := range rule {
		if r.Head == "" {
			continue
		}
		if inName(r) {
			plain[ri] = true
			continue
		}
		for k := r.Tok0; k < r.Tok1; k++ {
			blocked[k] = true
		}
	}
	for i := range spans {
		for spans[i].from < spans[i].to && blocked[spans[i].from] {
			spans[i].from++
		}
		for spans[i].to > spans[i].from && blocked[spans[i].to-1] {
			spans[i].to--
		}
	}
	covered := make([]bool, len(toks)) // by any model name, MISC included
	for _, sp := range spans {
		for k := sp.from; k < sp.to; k++ {
			covered[k] = true
		}
	}
	// Where the model sees a name, its reading wins over a guess of the
	// rules; a name a strong cue typed ("Daimler AG", a gazetteer place, an
	// organisation list) keeps its type, and its extent unless the model's
	// name encloses it ("Borussia Dortmund"). A guess the model does not
	// overlap stays only when joined to a strong name.
	var out []Mention
	used := make([]bool, len(spans)) // taken over by a rule mention
	for ri, r := range rule {
		if r.Head != "" {
			if !plain[ri] {
				out = append(out, r) // compounds the rules read stay
			}
			continue
		}
		exact, encloses := -1, -1
		var crossing []int
		for k, sp := range spans {
			switch {
			case sp.from >= r.Tok1 || r.Tok0 >= sp.to:
			case sp.from == r.Tok0 && sp.to == r.Tok1:
				exact = k
			case sp.from <= r.Tok0 && sp.to >= r.Tok1 && sp.typ != MISC:
				encloses = k
			default:
				crossing = append(crossing, k)
			}
		}
		switch {
		case exact >= 0 && r.ByRule && r.Type == LOC && strings.HasPrefix(r.Key, "city:") && r.Tok1-r.Tok0 == 1 && !segment.IsAllCaps(r.Text) &&
			(spans[exact].typ == PER || spans[exact].typ == ORG):
			// "Werder", "David": a town's name the model reads as a club or a person in this sentence
			out = append(out, modelMention(toks, spans[exact].from, spans[exact].to, spans[exact].typ, si))
			used[exact] = true
		case exact >= 0 && r.ByRule:
			out = append(out, r)
			used[exact] = true
		case exact >= 0:
			if sp := spans[exact]; sp.typ != MISC {
				n := modelMention(toks, sp.from, sp.to, sp.typ, si)
				n.Norm = r.Norm
				out = append(out, n)
			}
			used[exact] = true
		case encloses >= 0 && r.ByRule && onlyFunctionWords(toks, spans[encloses].from, r.Tok0) &&
			onlyFunctionWords(toks, r.Tok1, spans[encloses].to):
			out = append(out, r) // "the United States": the article is not part of the name
			used[encloses] = true
		case encloses >= 0:
			// the model's longer name stands for this one
		case r.ByRule:
			out = append(out, r)
			for _, k := range crossing {
				used[k] = true
			}
		case len(crossing) > 0:
			// the model reads these words differently
		case !r.Initial && x.unknownName(toks, r, lang) && joinedToStrong(toks, rule, r):
			out = append(out, r) // "Jensen Huang, Chris Malachowsky and Curtis Priem"
		case !r.Initial && x.unknownName(toks, r, lang) && r.Type == ORG && listedWith(toks, r, func(k int) bool {
			for _, sp := range spans {
				if sp.typ == ORG && (sp.to == k || sp.from == k) {
					return true
				}
			}
			return false
		}):
			out = append(out, r) // "Anheuser-Busch InBev, Bitburger und Krombacher"
		}
	}
	for k, sp := range spans {
		if used[k] || sp.typ == MISC || sp.from >= sp.to {
			continue
		}
		out = append(out, x.orgKnown(x.placeKeyed(modelMention(toks, sp.from, sp.to, sp.typ, si))))
	}
	doc.SortMentions(out)
	return dedupeMentions(out)
}

// dedupeMentions drops a mention that repeats the span of the one before.
func dedupeMentions(ms []Mention) []Mention {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m.Tok0 == ms[i-1].Tok0 && m.Tok1 == ms[i-1].Tok1 && m.Head == ms[i-1].Head {
			continue
		}
		out = append(out, m)
	}
	return out
}

// unknownName reports whether a rule mention consists of words no lexicon
// knows, written with a capital inside a sentence.
func (x *Finder) unknownName(toks []Token, r Mention, lang string) bool {
	for k := r.Tok0; k < r.Tok1; k++ {
		w := toks[k].Text
		if lang == "de" && (x.lex.LooksLikeGermanNoun(w) || x.lex.IsCommonWord(w, "de")) || x.lex.EnWord[segment.Lower(w)] {
			return false
		}
	}
	return true
}

// joinedToStrong reports whether r is joined by a conjunction to a rule
// mention with a strong cue: "ZTE ebenso wie Huawei".
func joinedToStrong(toks []Token, rule []Mention, r Mention) bool {
	for _, o := range rule {
		if !o.ByRule || o.Head != "" || o.Tok0 == r.Tok0 {
			continue
		}
		from, to := o.Tok1, r.Tok0
		if o.Tok0 > r.Tok0 {
			from, to = r.Tok1, o.Tok0
		}
		if to <= from || to-from > 3 {
			continue
		}
		conj := false
		for _, g := range toks[from:to] {
			lw := g.Lower()
			if !lexicon.Coordinators[lw] && lw != "ebenso" {
				conj = false
				break
			}
			conj = conj || lw != ","
		}
		if conj {
			return true
		}
	}
	return false
}

// modelMention is a name found by the model: typed, but weaker than a
// rule's cue, so document-level evidence from rules can retype it.
func modelMention(toks []Token, from, to int, typ string, si int) Mention {
	if typ == PER && (to-from == 1 && segment.IsAllCaps(toks[from].Text) && utf8.RuneCountInString(toks[from].Text) <= 4 || doc.HasWord(toks[from:to], "&")) {
		typ = ORG // acronyms and "&" name organisations, not people: "DPD", "Ben & Jerry's" (but "JUSTICE SCALIA")
	}
	n := doc.NewMention(toks, from, to, doc.JoinTokens(toks[from:to]), typ, "", 0.65)
	n.ByRule = false
	n.Sent = si
	return n
}

// orgKnown gives a name the model found the organisation list's type and
// name: "Exxon Mobil" is ExxonMobil, whatever the model made of it.
func (x *Finder) orgKnown(m Mention) Mention {
	if canon := x.lex.Orgs[m.Text]; canon != "" && m.Key == "" {
		m.Type, m.Norm, m.ByRule, m.Conf = ORG, canon, true, 0.9
		if canon != m.Text {
			m.Written = m.Text // "dpa" stays an alias of "Deutsche Presse-Agentur"
		}
	}
	return m
}

// placeKeyed gives a place the model found its gazetteer key and name:
// "München" in "Landgericht München" is the city.
func (x *Finder) placeKeyed(m Mention) Mention {
	if m.Type != LOC || m.Key != "" {
		return m
	}
	if p := x.lex.Place(m.Text); p != nil {
		m.Key, m.Norm = p.Key, x.placeName(p, m.Text)
	}
	return m
}

// tagFeatures are the part-of-speech features of word i: its tag and its
// neighbours'.
func tagFeatures(tags []string, i int) [3]uint64 {
	at := func(i int) string {
		if i < 0 || i >= len(tags) {
			return "<pad>"
		}
		return tags[i]
	}
	return [3]uint64{nkPOS.Hash(at(i)), nkPOSM1_pos.Hash(at(i-1), at(i)), nkPOS_posP1.Hash(at(i), at(i+1))}
}

// The kinds of the part-of-speech features, hashed once.
var (
	nkPOS       = tag.NewKind("pos")
	nkPOSM1_pos = tag.NewKind("pos-1|pos")
	nkPOS_posP1 = tag.NewKind("pos|pos+1")
)

// onlyFunctionWords reports whether tokens [from, to) are all function
// words ("the", "der").
func onlyFunctionWords(toks []Token, from, to int) bool {
	for k := from; k < to; k++ {
		if !lexicon.FunctionWords[toks[k].Lower()] {
			return false
		}
	}
	return true
}

// allTitleWords reports whether the tokens are words of a job title:
// "Chief Commercial", "Executive".
func allTitleWords(toks []Token) bool {
	for _, t := range toks {
		if !lexicon.TitleWords[t.Lower()] && !lexicon.IsRoleOrTitle(t.Text) {
			return false
		}
	}
	return true
}

// speaker reports whether the word at k is said to speak: "sagte Alt",
// "Winkler sagte" — a person, whatever common noun the name looks like.
func speaker(toks []Token, k int) bool {
	return k > 0 && lexicon.SpeechVerbs[toks[k-1].Text] || k+1 < len(toks) && lexicon.SpeechVerbs[toks[k+1].Text]
}

// datelineEnd reports whether the token at k ends a dateline before a dash:
// "BERLIN -", "ARLINGTON, Virginia -", "Berlin -" opening the sentence
// (but not "Asia - Pacific" inside one).
func datelineEnd(x *Finder, toks []Token, k int) bool {
	if segment.IsAllCaps(toks[k].Text) && k <= doc.FirstWord(toks)+3 {
		return true
	}
	return x.lex.Place(toks[k].Text) != nil && (k == doc.FirstWord(toks) || k > 0 && toks[k-1].Text == ",")
}

// monthAbbrev are abbreviated months of datelines: "SEATTLE, Jan 18".
var monthAbbrev = lexicon.WordSet("month_abbrev")

// demonymLike reports whether an English word has the ending of an origin
// adjective: "Asian", "European", "Japanese", "British".
func demonymLike(w string) bool {
	for _, e := range []string{"ian", "ean", "ese", "ish", "can"} {
		if strings.HasSuffix(w, e) && len(w) >= len(e)+2 {
			return true
		}
	}
	return false
}

func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// allTypeNouns reports whether every word names a kind of organisation:
// "Konzern", "Autobauer", "carmaker".
func allTypeNouns(toks []Token) bool {
	for _, t := range toks {
		lw := t.Lower()
		stem := strings.TrimSuffix(strings.TrimSuffix(lw, "s"), "e") // genitive: "des Münchner Unternehmens", "Konzernes"
		if nameHeads[t.Text] {
			return false // "die Radeberger Gruppe" is a name
		}
		if !lexicon.AnaphorHead(lw) && !describingNouns[lw] && !lexicon.OrgAnaphors[lw] && !lexicon.OrgAnaphors[stem] && !lexicon.AnaphorHead(stem) {
			return false
		}
	}
	return true
}

// describingNouns describe a company and are no part of its name; "Gruppe",
// "Bank" or "Werke" often are ("Radeberger Gruppe").
var describingNouns = lexicon.WordSet("describing_nouns")

// listedWith reports whether a mention is joined by commas and "und"/"and"
// to a name that edge reports: edge(k) for a name ending or starting at
// token k.
func listedWith(toks []Token, r Mention, edge func(k int) bool) bool {
	for k := r.Tok0; k > 0 && k >= r.Tok0-12; {
		j := k - 1
		if j < 0 || !(toks[j].Text == "," || lexicon.Coordinators[toks[j].Lower()]) {
			break
		}
		if edge(j) {
			return true
		}
		// skip one more listed name: walk back over capitalised words
		k = j
		for k > 0 && segment.StartsUpperOrDigit(toks[k-1].Text) {
			k--
		}
		if edge(k) {
			return true
		}
	}
	for k := r.Tok1; k < len(toks)-1 && k <= r.Tok1+12; {
		if !(toks[k].Text == "," || lexicon.Coordinators[toks[k].Lower()]) {
			break
		}
		if edge(k + 1) {
			return true
		}
		k++
		for k < len(toks) && segment.StartsUpperOrDigit(toks[k].Text) {
			k++
		}
	}
	return false
}

// innerCapital reports whether a word has a capital after a lowercase
// letter, as company names do: "BlackRock", "PayPal", "LinkedIn".
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// typeNoun reports whether a German word names a kind of organisation
// (lexicon.Lexicon.IsTypeNoun).
func (x *Finder) typeNoun(w string) bool { return x.lex.IsTypeNoun(w) }
