package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// fixMentions corrects the mentions of one sentence where the model and the
// rules read a name's edges wrong:
//   - a noun that starts names keeps its place: "Stiftung Warentest";
//   - a name is extended to the words its bracketed acronym spells:
//     "Advanced Micro Devices (AMD)";
//   - two company names joined by "and" are two: "Via Technologies and
//     Silicon Integrated Systems";
//   - an English compound with a lowercase part ("Vauxhall-owner") ends
//     before the name: "Vauxhall-owner PSA" is PSA;
//   - the names listed after a plural kind of organisation are
//     organisations: "die Brauereien Bolten, Erzquell und Früh".
func (x *Finder) fixMentions(si int, s Sentence, ms []Mention, lang string) []Mention {
	toks := s.Tokens
	out := ms[:0:0]
	for _, m := range ms {
		if m.Head != "" || m.Key != "" {
			out = append(out, m)
			continue
		}
		if f := strings.Fields(m.Norm); m.Type == LOC && len(f) >= 2 && clubEnds[f[len(f)-1]] && x.lex.Place(m.Norm) == nil &&
			x.lex.Place(strings.Join(f[:len(f)-1], " ")) != nil && !(m.Tok0 > 0 && placePreps[toks[m.Tok0-1].Lower()]) {
			m.Type, m.Key, m.ByRule = ORG, "", true // "Manchester City", "Leeds United": a club, not a place
		}
		if m.Tok0 > 0 && nameStartNouns[toks[m.Tok0-1].Text] && m.Type == ORG {
			m = extendLeft(toks, m, m.Tok0-1)
		}
		if k := acronymStart(toks, m); k >= 0 {
			m = extendLeft(toks, m, k)
			m.Type, m.ByRule = ORG, true
		}
		if lang == "en" {
			if k := lowerCompoundEnd(toks, m); k > m.Tok0 {
				if cm, ok := ownerCompound(toks, k-1); ok { // "Vauxhall-owner" names Vauxhall
					cm.Sent = si
					out = append(out, cm)
				}
				m = trimLeft(toks, m, k)
			}
			if a, b, ok := x.splitAtAnd(toks, m); ok {
				out = append(out, a, b)
				continue
			}
		}
		if a, b, ok := x.splitPersonOf(toks, m); ok {
			out = append(out, a, b)
			continue
		}
		out = append(out, m)
	}
	if lang == "en" {
		out = officialNames(si, toks, out)
	}
	out = append(out, x.listedNames(si, toks, out)...)
	out = append(out, x.betweenListed(si, toks, out, lang)...)
	if lang == "de" {
		out = append(out, x.originNamed(si, toks, out)...)
	}
	out = append(out, x.namedAfterKind(si, toks, out, lang)...)
	out = append(out, x.hyphenNames(si, toks, out)...)
	if lang == "en" {
		out = append(out, x.possessiveCompanies(si, toks, out)...)
	}
	out = append(out, x.bracketBrands(si, toks, out)...)
	doc.SortMentions(out)
	return out
}

// extendLeft makes the mention start at token k.
func extendLeft(toks []Token, m Mention, k int) Mention {
	m.Tok0, m.Start = k, toks[k].Start
	m.Text = doc.JoinTokens(toks[k:m.Tok1])
	m.Norm = m.Text
	return m
}

// trimLeft makes the mention start at token k.
func trimLeft(toks []Token, m Mention, k int) Mention {
	m.Tok0, m.Start = k, toks[k].Start
	m.Text = doc.JoinTokens(toks[k:m.Tok1])
	m.Norm = lexicon.StripPossessive(m.Text)
	return m
}

// trimRight makes the mention end before token k.
func trimRight(toks []Token, m Mention, k int) Mention {
	m.Tok1, m.End = k, toks[k-1].End
	m.Text = doc.JoinTokens(toks[m.Tok0:k])
	m.Norm = m.Text
	return m
}

// acronymStart returns where a name starts whose initials its bracketed
// acronym spells ("Advanced Micro Devices (AMD)"), when the mention lacks
// capitalised words of it before; else -1.
func acronymStart(toks []Token, m Mention) int {
	if m.Tok1+2 >= len(toks) || toks[m.Tok1].Text != "(" || toks[m.Tok1+2].Text != ")" {
		return -1
	}
	acr := toks[m.Tok1+1].Text
	if !segment.IsAllCaps(acr) || initials(toks[m.Tok0:m.Tok1]) == acr {
		return -1
	}
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-3; k-- {
		if !segment.StartsUpperOrDigit(toks[k].Text) {
			return -1
		}
		if initials(toks[k:m.Tok1]) == acr {
			return k
		}
	}
	return -1
}

// initials are the first letters of the capitalised words.
func initials(ts []Token) string {
	var b strings.Builder
	for _, t := range ts {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lowerCompoundEnd returns the token after the last English compound with a
// lowercase part inside the mention ("Vauxhall-owner", "Paris-based"), or
// the mention's start.
func lowerCompoundEnd(toks []Token, m Mention) int {
	end := m.Tok0
	for k := m.Tok0; k < m.Tok1-1; k++ {
		if i := strings.LastIndex(toks[k].Text, "-"); i > 0 && i+1 < len(toks[k].Text) && segment.StartsLower(toks[k].Text[i+1:]) {
			end = k + 1
		}
	}
	return end
}

// splitAtAnd splits "Via Technologies and Silicon Integrated Systems" at
// "and" when the words before it end in a company word and at least two
// capitalised words follow; "Competition and Markets Authority" stays one.
func (x *Finder) splitAtAnd(toks []Token, m Mention) (Mention, Mention, bool) {
	for k := m.Tok0 + 1; k < m.Tok1-2; k++ {
		if toks[k].Text != "and" && toks[k].Text != "und" {
			continue
		}
		last := toks[k-1].Text
		if !lexicon.OrgHeads[last] && !lexicon.LegalForms[strings.TrimSuffix(last, ".")] || k-m.Tok0 < 2 {
			return Mention{}, Mention{}, false
		}
		a, b := m, m
		a.Tok1, a.End = k, toks[k-1].End
		a.Text, a.Norm = doc.JoinTokens(toks[m.Tok0:k]), doc.JoinTokens(toks[m.Tok0:k])
		b = trimLeft(toks, b, k+1)
		a.Type, b.Type, a.ByRule, b.ByRule = ORG, ORG, true, true
		return a, b, true
	}
	return Mention{}, Mention{}, false
}

// betweenListed finds a one-word name the tagger left between two listed
// names of one type: "bei Krombacher, Gerolsteiner und Oettinger" (the
// word is no common word of the language).
func (x *Finder) betweenListed(si int, toks []Token, ms []Mention, lang string) []Mention {
	var out []Mention
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		k := a.Tok1 + 1 // "A , T und B"
		if !listable(a) || !listable(b) || a.Type != b.Type || a.Head != "" || b.Head != "" || b.Tok0 != k+2 || !listSeparator(toks[a.Tok1].Text) ||
			!listSeparator(toks[k+1].Text) {
			continue
		}
		w := toks[k].Text
		if !segment.StartsUpperOrDigit(w) || lexicon.FunctionWords[segment.Lower(w)] || x.lex.IsCommonWord(w, lang) ||
			lang == "de" && x.lex.IsGermanNoun(w) || x.lex.Place(w) != nil {
			continue
		}
		m := guessedOrg(toks, si, k, w, 0.6)
		m.Type = a.Type // the list's: a relation may settle it (retypeByRelations)
		out = append(out, m)
	}
	return out
}

// listable reports whether a mention may stand in a list of organisations:
// one, or a one-word "person" that may be one ("bei Krombacher, … und
// Oettinger").
func listable(m Mention) bool {
	return m.Type == ORG || m.Type == PER && !m.ByRule && m.Tok1-m.Tok0 == 1
}

// listSeparator reports whether a token separates the items of a list.
func listSeparator(w string) bool {
	return w == "," || lexicon.Coordinators[segment.Lower(w)]
}

// splitPersonOf splits a person's full name from the organisation after
// "von" that a span ran into: "Anna Berger von Greenpeace" is Anna Berger
// of Greenpeace, while "Ursula von der Leyen" and "Johann Wolfgang von
// Goethe" (given names before "von") stay one name.
func (x *Finder) splitPersonOf(toks []Token, m Mention) (Mention, Mention, bool) {
	if m.Type != PER {
		return Mention{}, Mention{}, false
	}
	for k := m.Tok0 + 2; k < m.Tok1-1; k++ {
		if toks[k].Text != "von" || allGiven(x.lex, toks[m.Tok0:k]) || lexicon.FunctionWords[toks[k+1].Lower()] {
			continue
		}
		b := trimLeft(toks, m, k+1)
		if x.lex.Place(b.Norm) != nil || x.lex.Family[b.Norm] {
			return Mention{}, Mention{}, false // "… von Sachsen-Coburg", "Heinrich Gottlob von Miltitz": a noble's name
		}
		b.Type, b.ByRule, b.Conf = ORG, false, 0.6
		return trimRight(toks, m, k), b, true
	}
	return Mention{}, Mention{}, false
}

// listedNames finds the names listed after a kind of organisation in the
// plural that no mention covers: "die regionalen Brauereien Bolten,
// Erzquell, Gaffel und Früh" names four breweries.
func (x *Finder) listedNames(si int, toks []Token, ms []Mention) []Mention {
	covered := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.Tok0; k < m.Tok1; k++ {
			covered[k] = true
		}
	}
	var out []Mention
	for k := 0; k+1 < len(toks); k++ {
		if !segment.StartsUpperOrDigit(toks[k+1].Text) || k+2 >= len(toks) || toks[k+2].Text != "," && !lexicon.Coordinators[toks[k+2].Text] {
			continue // no list of names follows
		}
		if !x.typeNoun(toks[k].Text) || lexicon.OrgTypeNouns[toks[k].Text] {
			continue // a plural: "Brauereien", "Konzerne", "firms"
		}
		var list []int
		j := k + 1
		for j < len(toks) && segment.StartsUpperOrDigit(toks[j].Text) && !lexicon.FunctionWords[toks[j].Lower()] {
			list = append(list, j)
			if j+1 < len(toks) && (toks[j+1].Text == "," || lexicon.Coordinators[toks[j+1].Text]) {
				j += 2
				continue
			}
			break
		}
		if len(list) < 2 {
			continue
		}
		for _, i := range list {
			if !covered[i] && !x.lex.IsGermanNoun(toks[i].Text) && !x.lex.IsCommonWord(toks[i].Text, "en") {
				m := doc.NewMention(toks, i, i+1, toks[i].Text, ORG, "", 0.75)
				m.Sent = si
				out = append(out, m)
			}
		}
		k = j
	}
	return out
}

// clubEnds end the names of clubs that start with their town: "Manchester City".
var clubEnds = lexicon.WordSet("club_ends")

// nameStartNouns start the names they stand before: "Stiftung Warentest".
var nameStartNouns = lexicon.WordSet("name_start_nouns")

// hyphenNames finds names of two capitalised parts joined by a hyphen that
// no mention covers: "Hewlett-Packard", "Rolls-Royce". Both parts must be
// names, not common words, and not two given names ("Jean-Claude").
func (x *Finder) hyphenNames(si int, toks []Token, ms []Mention) []Mention {
	var out []Mention
	for k, t := range toks {
		if strings.Count(t.Text, "-") != 1 || !segment.StartsUpperOrDigit(t.Text) || doc.InMention(ms, k) {
			continue
		}
		parts := strings.Split(t.Text, "-")
		if len(parts) != 2 || x.lex.IsGermanNoun(t.Text) || x.lex.Place(t.Text) != nil {
			continue
		}
		ok := true
		for _, p := range parts {
			if r, _ := utf8.DecodeRuneInString(p); utf8.RuneCountInString(p) < 3 || !unicode.IsUpper(r) || segment.IsAllCaps(p) || x.lex.IsCommonWord(p, "en") ||
				x.lex.IsGermanNoun(p) || x.lex.Place(p) != nil {
				ok = false
			}
		}
		if !ok || x.lex.Given[parts[0]] && x.lex.Given[parts[1]] {
			continue
		}
		m := doc.NewMention(toks, k, k+1, t.Text, ORG, "", 0.6)
		m.Sent, m.ByRule = si, false
		out = append(out, m)
	}
	return out
}

// ownerCompound reads "Vauxhall-owner" as a mention of Vauxhall with the
// head "owner", so that the name after it owns Vauxhall.
func ownerCompound(toks []Token, k int) (Mention, bool) {
	t := toks[k]
	i := strings.LastIndex(t.Text, "-")
	if i <= 0 || !lexicon.ParentNouns[t.Text[i+1:]] || !segment.StartsUpperOrDigit(t.Text) {
		return Mention{}, false
	}
	prefix := t.Text[:i]
	return Mention{Tok0: k, Tok1: k + 1, Start: t.Start, End: t.Start + len(prefix), Text: prefix, Norm: prefix,
		Type: ORG, Head: t.Text[i+1:], Conf: 0.7, ByRule: true}, true
}

// officialNames joins the long names of public bodies written with "of" and
// "for": "Government of the Russian Federation", "United States Department
// of Treasury", "Office of Foreign Assets Control", "Department of Parks,
// Recreation and Culture". A name starts at capitalised words that end in
// an institution word, and runs over "of"/"for", "the", "and", commas
// between capitalised words; the mentions inside give way to it.
func officialNames(si int, toks []Token, ms []Mention) []Mention {
	for i := 0; i+2 < len(toks); i++ {
		if !lexicon.OrgHeads[toks[i].Text] || toks[i+1].Text != "of" && toks[i+1].Text != "for" {
			continue
		}
		from := i
		for from > 0 && segment.StartsUpperOrDigit(toks[from-1].Text) && !lexicon.FunctionWords[toks[from-1].Lower()] && !lexicon.IsPossessive(toks[from-1].Text) {
			from--
		}
		to := i + 2
		if to < len(toks) && toks[to].Text == "the" {
			to++
		}
		end := to
		for j := to; j < len(toks); j++ {
			w := toks[j].Text
			if segment.StartsUpperOrDigit(w) && !lexicon.FunctionWords[segment.Lower(w)] {
				end = j + 1
				if lexicon.IsPossessive(w) {
					break // "Department of Treasury's Office of …": the next name starts
				}
				continue
			}
			if (w == "and" || w == ",") && j+1 < len(toks) && segment.StartsUpperOrDigit(toks[j+1].Text) && end == j {
				continue
			}
			break
		}
		if end <= to {
			continue
		}
		name := lexicon.StripPossessive(doc.JoinTokens(toks[from:end]))
		m := doc.NewMention(toks, from, end, name, ORG, "", 0.8)
		m.Sent = si
		var kept []Mention
		for _, o := range ms {
			if o.Tok1 <= from || o.Tok0 >= end {
				kept = append(kept, o)
			}
		}
		ms = append(kept, m)
		doc.SortMentions(ms)
		i = end - 1
	}
	return ms
}

// possessiveCompanies finds a company named only in its possessive before
// a word of business: "Sainsbury's boss", "Tesco's shares".
func (x *Finder) possessiveCompanies(si int, toks []Token, ms []Mention) []Mention {
	var out []Mention
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k].Text
		if !lexicon.IsPossessive(t) || !segment.StartsUpperOrDigit(t) || doc.InMention(ms, k) || !businessWords[toks[k+1].Lower()] {
			continue
		}
		stem := lexicon.StripPossessive(t)
		if x.lex.IsCommonWord(stem, "en") || x.lex.Place(stem) != nil || x.lex.Given[stem] {
			continue
		}
		out = append(out, guessedOrg(toks, si, k, stem, 0.65))
	}
	return out
}

// bracketBrands finds the brand a company's name has in brackets after
// it: "die Radeberger-Gruppe (Jever), Carlsberg (Holsten)". An acronym
// there is the company's short form, a place its home; neither is a brand.
func (x *Finder) bracketBrands(si int, toks []Token, ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		k := m.Tok1
		if m.Type != ORG || k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || doc.InMention(ms, k+1) {
			continue
		}
		w := toks[k+1].Text
		if !segment.StartsUpperOrDigit(w) || segment.IsAllCaps(w) || segment.IsNumber(w) || x.lex.Place(w) != nil || x.lex.IsCommonWord(w, "en") ||
			x.lex.IsGermanNoun(w) {
			continue
		}
		b := doc.NewMention(toks, k+1, k+2, w, ORG, "", 0.7)
		b.Sent, b.Head = si, "brand"
		out = append(out, b)
	}
	return out
}

// businessWords after a possessive name make it a company's: "Sainsbury's boss".
var businessWords = lexicon.WordSet("business_words")

// namedAfterKind finds a capitalised word right after a kind of
// organisation that no mention covers: "the trade union Unite", "der
// Betonpumpenproduzent Putzmeister". In English, mid-sentence and
// capitalised, it is a name even where it is also a word; in German it must
// be no dictionary noun.
func (x *Finder) namedAfterKind(si int, toks []Token, ms []Mention, lang string) []Mention {
	var out []Mention
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k+1].Text
		if m, ok := x.titleAfterKind(si, toks, ms, k, lang); ok {
			out = append(out, m)
			continue
		}
		if !segment.StartsUpperOrDigit(w) || segment.IsAllCaps(w) || lang == "en" && !segment.StartsLower(toks[k].Text) || doc.InMention(ms, k+1) ||
			lexicon.FunctionWords[segment.Lower(w)] || !x.typeNoun(toks[k].Text) && !lexicon.KindNouns[toks[k].Text] || x.lex.Place(w) != nil {
			continue
		}
		if lang == "de" && (x.lex.IsGermanNoun(w) || x.lex.IsCommonWord(w, "de") || x.typeNoun(w)) {
			continue // "der Hersteller Putzmeister", but not "dem Konzern Hilfen"
		}
		if k+2 < len(toks) && segment.StartsUpperOrDigit(toks[k+2].Text) {
			continue // a longer name the model left: not this rule's
		}
		out = append(out, guessedOrg(toks, si, k+1, w, 0.65))
	}
	return out
}

// titleAfterKind reads a title with its capitalised article after a kind
// of organisation: "dem Nachrichtenmagazin Der Spiegel", "die Wochenzeitung
// Die Zeit" (the article's capital mid-sentence marks the title).
func (x *Finder) titleAfterKind(si int, toks []Token, ms []Mention, k int, lang string) (Mention, bool) {
	if lang != "de" || k+2 >= len(toks) {
		return Mention{}, false
	}
	art, name := toks[k+1].Text, toks[k+2].Text
	if art != "Der" && art != "Die" && art != "Das" || !segment.StartsUpperOrDigit(name) || k+3 < len(toks) && segment.StartsUpperOrDigit(toks[k+3].Text) ||
		doc.InMention(ms, k+2) || !x.typeNoun(toks[k].Text) {
		return Mention{}, false
	}
	m := doc.NewMention(toks, k+1, k+3, art+" "+name, ORG, "", 0.65)
	m.Sent, m.ByRule = si, false
	return m, true
}

// originNamed finds German company names the model left that their origin
// marks: "Andritz aus Österreich übernahm …", "die französische Akkas". The
// word must be no German noun or common word.
func (x *Finder) originNamed(si int, toks []Token, ms []Mention) []Mention {
	var out []Mention
	for k, t := range toks {
		w := t.Text
		if !segment.StartsUpperOrDigit(w) || segment.IsAllCaps(w) {
			continue
		}
		fromPlace := k+2 < len(toks) && toks[k+1].Text == "aus" && x.lex.Place(toks[k+2].Text) != nil
		afterOrigin := k > 0 && segment.StartsLower(toks[k-1].Text) && (k+1 == len(toks) || !segment.StartsUpperOrDigit(toks[k+1].Text)) &&
			x.lex.Demonym(toks[k-1].Text) != ""
		if !fromPlace && !afterOrigin || doc.InMention(ms, k) || lexicon.FunctionWords[segment.Lower(w)] || x.lex.Place(w) != nil ||
			x.lex.IsGermanNoun(w) || x.lex.IsCommonWord(w, "de") || x.lex.LooksLikeGermanNoun(w) {
			continue
		}
		out = append(out, guessedOrg(toks, si, k, w, 0.65))
	}
	return out
}

// guessedOrg is a one-word organisation mention a rule found where the
// model found none; it is no strong cue for the rest of the text.
func guessedOrg(toks []Token, si, k int, norm string, conf float64) Mention {
	m := doc.NewMention(toks, k, k+1, norm, ORG, "", conf)
	m.Sent, m.ByRule = si, false
	return m
}

// splitNamedPairs splits a mention "A und B" ("A and B") in two where the
// text names A and B on their own elsewhere: "die Schwesterunternehmen
// Rhenus Automotive und TSR Automotive" names two companies ("Procter &
// Gamble", never named apart, stays one).
func splitNamedPairs(res *Result) {
	// the word "und"/"and" inside a mention, per mention; most texts have none
	at := map[int]int{}
	for i, m := range res.Mentions {
		toks := res.Sentences[m.Sent].Tokens
		for k := m.Tok0 + 1; k < m.Tok1-1 && m.Head == ""; k++ {
			if w := toks[k].Text; w == "und" || w == "and" {
				at[i] = k
				break
			}
		}
	}
	if len(at) == 0 {
		return
	}
	named := map[string]bool{}
	for _, m := range res.Mentions {
		named[m.Norm] = true
	}
	out := res.Mentions[:0:0]
	split := false
	for i, m := range res.Mentions {
		toks := res.Sentences[m.Sent].Tokens
		k, ok := at[i]
		if !ok || !named[doc.JoinTokens(toks[m.Tok0:k])] || !named[doc.JoinTokens(toks[k+1:m.Tok1])] {
			out = append(out, m)
			continue
		}
		out = append(out, trimRight(toks, m, k), trimLeft(toks, m, k+1))
		split = true
	}
	if split {
		setMentions(res, out)
	}
}
