package importer

import (
	"strings"
	"unicode"

	"github.com/kgx/kgx/assets"
)

// Place is a country or city from the gazetteer.
type Place struct {
	Key     string // "country:DE" or "city:Q64"
	Kind    string // "country" or "city"
	NameEN  string
	NameDE  string
	Country string // ISO 3166-1 alpha-2
}

// Lexicon holds the word lists, morphology tables and gazetteers the
// importer needs. It is read-only after NewLexicon and safe for concurrent use.
type Lexicon struct {
	deNoun     map[string]string    // noun form → lemma
	deVerb     map[string][]verbLex // finite/participle form → lemmas
	deAdj      map[string]string    // adjective form → lemma
	deLower    map[string]bool      // lowercase German words seen in treebanks
	enWord     map[string]bool      // lowercase English words
	given      map[string]bool
	common     map[string]bool // the hand-written list of common given names
	family     map[string]bool
	places     map[string]*Place            // any name → place
	byKey      map[string]*Place            // gazetteer key → place
	orgs       map[string]string            // any name → canonical organisation name
	multiFirst map[string]bool              // first words of multi-word organisation and place names
	demonyms   map[string]string            // adjective stem (lowercase) → country key
	orgsEN     map[string]string            // canonical German organisation name → English name
	verbCues   map[string]map[string]string // lang → verb lemma (de) or form (en) → predicate (cues.tsv)
	nounCues   map[string]string            // noun → predicate, both languages (cues.tsv)
	cueFrames  map[string]bool              // lang, verb, frame flag ("reverse", "authority") of cues.tsv
	// closed word lists of words.tsv
	passiveAux, agentPreps, prepositions, clauseBreaks map[string]bool
}

type verbLex struct{ Lemma, Particle string }

// addWord reads a line of words.tsv: list, word.
func (l *Lexicon) addWord(f []string) {
	if len(f) < 2 {
		return
	}
	lists := map[string]map[string]bool{"passive_aux": l.passiveAux, "agent_prep": l.agentPreps,
		"preposition": l.prepositions, "clause_break": l.clauseBreaks}
	if m := lists[f[0]]; m != nil {
		m[f[1]] = true
	}
}

// addCue reads a line of cues.tsv: kind, lang, word, predicate.
func (l *Lexicon) addCue(f []string) {
	if len(f) < 4 {
		return
	}
	switch f[0] {
	case "verb":
		for _, lang := range []string{"de", "en"} {
			if f[1] == lang || f[1] == "*" {
				l.verbCues[lang][f[2]] = f[3]
				if len(f) > 4 {
					for _, fl := range strings.Split(f[4], ",") {
						l.cueFrames[lang+"\x00"+f[2]+"\x00"+strings.TrimSpace(fl)] = true
					}
				}
			}
		}
	case "noun":
		l.nounCues[f[2]] = f[3]
	}
}

// NewLexicon loads the embedded tables (about 150 ms, 60 MB).
func NewLexicon() (*Lexicon, error) {
	l := &Lexicon{
		deNoun: make(map[string]string, 150000), deVerb: make(map[string][]verbLex, 110000),
		deAdj: make(map[string]string, 140000), deLower: map[string]bool{}, enWord: make(map[string]bool, 70000),
		given: map[string]bool{}, common: map[string]bool{}, family: map[string]bool{}, places: map[string]*Place{}, byKey: map[string]*Place{}, orgs: map[string]string{}, multiFirst: map[string]bool{},
		demonyms: map[string]string{}, orgsEN: map[string]string{},
		verbCues: map[string]map[string]string{"de": {}, "en": {}}, nounCues: map[string]string{}, cueFrames: map[string]bool{},
		passiveAux: map[string]bool{}, agentPreps: map[string]bool{}, prepositions: map[string]bool{}, clauseBreaks: map[string]bool{},
	}
	loads := []struct {
		name string
		fn   func([]string)
	}{
		{"de_nouns.tsv.gz", func(f []string) {
			if len(f) == 2 {
				// a form of several lemmas keeps the one it shares most letters with ("Kongresses" → "Kongress", not "Kongreß")
				if old, ok := l.deNoun[f[0]]; !ok || f[0] == f[1] || old != f[0] && commonPrefix(f[0], f[1]) > commonPrefix(f[0], old) {
					l.deNoun[f[0]] = f[1]
				}
			}
		}},
		{"de_verbs.tsv.gz", func(f []string) {
			if len(f) == 3 {
				l.deVerb[f[0]] = append(l.deVerb[f[0]], verbLex{f[1], f[2]})
			}
		}},
		{"de_adjectives.tsv.gz", func(f []string) {
			if len(f) == 2 {
				l.deAdj[f[0]] = f[1]
			}
		}},
		{"de_lower.txt.gz", func(f []string) { l.deLower[f[0]] = true }},
		{"en_words.txt.gz", func(f []string) { l.enWord[f[0]] = true }},
		{"person_names.tsv.gz", func(f []string) {
			if len(f) == 2 && f[1] == "family" {
				l.family[f[0]] = true
			} else {
				l.given[f[0]] = true
			}
		}},
		{"given_names.txt", func(f []string) {
			for _, n := range strings.Fields(f[0]) {
				l.given[n], l.common[n] = true, true
			}
		}},
		{"places.tsv.gz", func(f []string) {
			if len(f) < 6 {
				return
			}
			p := &Place{Key: f[0], Kind: f[1], NameEN: f[2], NameDE: f[3], Country: f[4]}
			l.byKey[p.Key] = p
			for _, n := range append([]string{f[2], f[3]}, strings.Split(f[5], "|")...) {
				if n == "" {
					continue
				}
				if old, ok := l.places[n]; ok && readingRank(old) >= readingRank(p) {
					continue // a country wins over a city, a city over a region; the first city wins
				}
				l.places[n] = p
			}
		}},
		{"cues.tsv", l.addCue},
		{"words.tsv", l.addWord},
		{"orgs.tsv", func(f []string) {
			l.orgs[f[0]] = f[0]
			if len(f) > 1 {
				for _, a := range strings.Split(f[1], "|") {
					if a != "" {
						l.orgs[a] = f[0]
					}
				}
			}
			if len(f) > 2 && f[2] != "" {
				l.orgsEN[f[0]] = f[2]
			}
		}},
	}
	for _, ld := range loads {
		if err := assets.EachLine(ld.name, ld.fn); err != nil {
			return nil, err
		}
	}
	// the German nouns kgx's own cue lists use are nouns, where the dictionary
	// lacks them ("Sparte", "Zukauf")
	for _, set := range []map[string]bool{businessNouns, orgTypeNouns, sameEntityHeads, orderNouns, stakeWords, shareholderNouns} {
		for w := range set {
			if _, ok := l.deNoun[w]; !ok && startsUpperOrDigit(w) && !strings.ContainsAny(w, "-%") {
				l.deNoun[w] = w
			}
		}
	}
	for w := range l.nounCues {
		if _, ok := l.deNoun[w]; !ok && startsUpperOrDigit(w) && !strings.Contains(w, "-") {
			l.deNoun[w] = w
		}
	}
	for alias, iso := range countryAliases {
		if p := l.byKey["country:"+iso]; p != nil {
			l.places[alias] = p
		}
	}
	for _, c := range continents {
		p := &Place{Key: "continent:" + c[0], Kind: "continent", NameDE: c[1], NameEN: c[2]}
		l.byKey[p.Key] = p
		for _, n := range c[1:] {
			if _, ok := l.places[n]; !ok {
				l.places[n] = p
			}
		}
	}
	for name := range l.orgs {
		if f := strings.Fields(name); len(f) > 1 {
			l.multiFirst[f[0]] = true
		}
	}
	for name := range l.places {
		if f := strings.Fields(name); len(f) > 1 {
			l.multiFirst[f[0]] = true
		}
	}
	for stem, iso := range demonymStems {
		l.demonyms[stem] = "country:" + iso
	}
	return l, nil
}

// continents and other large regions news name (key, German, English,
// other names); written by the kgx authors.
var continents = [][]string{
	{"EU", "Europa", "Europe"}, {"AS", "Asien", "Asia"}, {"AF", "Afrika", "Africa"},
	{"NA", "Nordamerika", "North America"}, {"SA", "Südamerika", "South America", "Lateinamerika", "Latin America"},
	{"OC", "Ozeanien", "Oceania"}, {"AN", "Antarktis", "Antarctica"}, {"ME", "Naher Osten", "Middle East", "Nahost"},
}

// preferredNames are the names news use for countries whose official
// short names are long: German first, then English.
var preferredNames = map[string][2]string{
	"country:US": {"USA", "United States"}, "country:GB": {"Großbritannien", "United Kingdom"},
	"country:KR": {"Südkorea", "South Korea"}, "country:RU": {"Russland", "Russia"},
	"country:CN": {"China", "China"}, "country:CZ": {"Tschechien", "Czech Republic"},
}

// DisplayName returns the name of a place for a text in lang ("de" or "en").
func (l *Lexicon) DisplayName(p *Place, lang string) string {
	if n, ok := preferredNames[p.Key]; ok {
		if lang == "en" {
			return n[1]
		}
		return n[0]
	}
	if lang == "en" || p.NameDE == "" {
		return p.NameEN
	}
	return p.NameDE
}

// Place returns the gazetteer entry named s, also in a German genitive
// ("Deutschlands") or with a leading article stripped, or nil.
func (l *Lexicon) Place(s string) *Place {
	if p := l.places[s]; p != nil {
		return p
	}
	if strings.HasSuffix(s, "s") && len(s) > 3 {
		if p := l.places[s[:len(s)-1]]; p != nil {
			return p
		}
	}
	// "Frankfurt/Main", "Frankfurt am Main": the city
	for _, sep := range []string{"/", " am ", " an der "} {
		if k := strings.Index(s, sep); k > 0 {
			if p := l.places[s[:k]]; p != nil && p.Kind == "city" {
				return p
			}
		}
	}
	return nil
}

// IsGermanNoun reports whether the capitalised word w is a German common noun.
func (l *Lexicon) IsGermanNoun(w string) bool { _, ok := l.deNoun[w]; return ok }

// NounLemma returns the nominative singular of a German noun form, or "",
// in today's spelling ("Kongresses" → "Kongress").
func (l *Lexicon) NounLemma(w string) string {
	lemma := l.deNoun[w]
	if strings.Contains(lemma, "ß") && strings.Contains(w, "ss") {
		if modern := strings.ReplaceAll(lemma, "ß", "ss"); l.IsGermanNoun(modern) {
			return modern
		}
	}
	return lemma
}

// Demonym returns the country key for an origin adjective such as
// "chinesische" or "Chinese", or "".
func (l *Lexicon) Demonym(w string) string {
	lw := strings.ToLower(w)
	if k := l.demonyms[lw]; k != "" {
		return k
	}
	if !strings.Contains(lw, "sch") {
		return ""
	}
	// inflected German forms: "chinesische", "deutschen"
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(lw, end) {
			if k := l.demonyms[strings.TrimSuffix(lw, end)]; k != "" && strings.HasSuffix(strings.TrimSuffix(lw, end), "sch") {
				return k
			}
		}
	}
	return ""
}

// IsOriginAdjective reports whether w is an origin adjective such as
// "British", "chinesische" or "Münchner" (a German city adjective).
func (x *Extractor) IsOriginAdjective(w string) bool {
	return x.lex.Demonym(w) != "" || x.lex.places[w] == nil && strings.HasSuffix(w, "er") && x.cityOfAdjective(w) != nil
}

// demonymIn is Demonym for a word of a text in lang: a German text's
// capitalised origin words are its own ("Schweizer", "Deutsche"), not
// English ones ("German Pellets" is a company).
func (x *Extractor) demonymIn(w, lang string) string {
	if lang == "de" && startsUpperOrDigit(w) && !strings.HasSuffix(w, "er") {
		if _, ok := x.lex.deAdj[strings.ToLower(w)]; !ok {
			return ""
		}
	}
	return x.lex.Demonym(w)
}

// isCommonWord reports whether w, written in lowercase, is an ordinary
// word of lang (so that a capitalised w at the start of a sentence is
// probably not a name).
func (l *Lexicon) isCommonWord(w, lang string) bool {
	lw := strings.ToLower(w)
	if lang == "de" {
		if l.deLower[lw] || functionWords[lw] {
			return true
		}
		if _, ok := l.deAdj[lw]; ok {
			return true
		}
		if _, ok := l.deVerb[lw]; ok {
			return true
		}
		return false
	}
	return l.enWord[lw] || functionWords[lw]
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// nounSuffixes end German common nouns.
var nounSuffixes = wordList("noun_suffixes")

// LooksLikeGermanNoun reports whether a capitalised word that is not in the
// noun lexicon is still a common noun: a compound of a known noun, a word
// with a noun suffix, or an agent noun of a known verb ("Ausstatter").
func (l *Lexicon) LooksLikeGermanNoun(w string) bool {
	if l.IsGermanNoun(w) {
		return true
	}
	if k := strings.LastIndex(w, "-"); k >= 0 {
		w = w[k+1:]
		if w == "" || l.IsGermanNoun(w) {
			return w != ""
		}
	}
	lw := strings.ToLower(w)
	if hasNounSuffix(lw) || l.agentNoun(lw) {
		return true
	}
	r := []rune(w)
	for k := 3; k <= len(r)-3; k++ {
		if k > len(r)-4 && r[k-1] != 's' { // three-letter heads only after a linking s: "Aufsichts|rat"
			continue
		}
		suffix := string(unicode.ToUpper(r[k])) + string(r[k+1:])
		if l.IsGermanNoun(suffix) || k <= len(r)-6 && l.agentNoun(strings.ToLower(suffix)) {
			return true
		}
	}
	return false
}

// hasNounSuffix reports whether lw (lowercase) ends in a German noun suffix.
func hasNounSuffix(lw string) bool {
	for _, s := range nounSuffixes {
		if strings.HasSuffix(lw, s) && len(lw) > len(s)+3 {
			return true
		}
	}
	return false
}

// agentNoun reports whether lw (lowercase) is a noun made from a known verb
// with -er: "ausstatter" from "ausstatten".
func (l *Lexicon) agentNoun(lw string) bool {
	for _, end := range []string{"erinnen", "erin", "ern", "ers", "er"} {
		if strings.HasSuffix(lw, end) {
			stem := strings.TrimSuffix(lw, end)
			if _, ok := l.deVerb[stem+"en"]; ok {
				return true
			}
			if _, ok := l.deVerb[stem+"n"]; ok && (strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "el")) {
				return true // "herausforderer" from "herausfordern"
			}
		}
	}
	return false
}

// knownPlaceOrName reports whether s names a gazetteer place or a listed
// organisation: "Britain" in "Britain's".
func (l *Lexicon) knownPlaceOrName(s string) bool { return l.Place(s) != nil || l.orgs[s] != "" }

// abstractNoun reports whether lw (lowercase) ends like an abstract German
// noun, which no surname does: "Insolvenz", "Übernahme"-like "-ung".
// (Agent endings such as "-ner" end surnames too: "Plattner".)
func abstractNoun(lw string) bool {
	for _, s := range []string{"ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "enz", "anz",
		"ment", "ierung"} {
		if strings.HasSuffix(lw, s) && len(lw) > len(s)+3 {
			return true
		}
	}
	return false
}

// readingRank orders the readings of a place name: a country, a city of
// Natural Earth, a region, then one of the smaller GeoNames towns ("city:gn…"),
// so that "Virginia" stays the state.
func readingRank(p *Place) int {
	switch {
	case p.Kind == "country":
		return 4
	case p.Kind == "city" && !strings.HasPrefix(p.Key, "city:gn"):
		return 3
	case p.Kind == "region":
		return 2
	}
	return 1
}

// cueFrame reports whether the verb cue lemma of lang carries a frame flag
// of cues.tsv: "reverse" (the object is the subject) or "authority".
func (l *Lexicon) cueFrame(lang, lemma, flag string) bool {
	return l.cueFrames[lang+"\x00"+lemma+"\x00"+flag]
}
