// Package lexicon loads kgx's language knowledge: the word lists, cue and
// role tables, morphology and gazetteers of assets/lexicon, German and English.
// Every importer stage reads its words from here.
package lexicon

import (
	"strings"
	"unicode"

	"github.com/kgx/kgx/assets"
	"github.com/kgx/kgx/importer/segment"
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
	DeNoun     map[string]string    // noun form → lemma
	DeVerb     map[string][]VerbLex // finite/participle form → lemmas
	DeAdj      map[string]string    // adjective form → lemma
	DeLower    map[string]bool      // lowercase German words seen in treebanks
	EnWord     map[string]bool      // lowercase English words
	Given      map[string]bool
	Common     map[string]bool // the hand-written list of common given names
	Family     map[string]bool
	Places     map[string]*Place            // any name → place
	ByKey      map[string]*Place            // gazetteer key → place
	Orgs       map[string]string            // any name → canonical organisation name
	MultiFirst map[string]bool              // first words of multi-word organisation and place names
	Demonyms   map[string]string            // adjective stem (lowercase) → country key
	OrgsEN     map[string]string            // canonical German organisation name → English name
	VerbCues   map[string]map[string]string // lang → verb lemma (de) or form (en) → predicate (cues.tsv)
	NounCues   map[string]string            // noun → predicate, both languages (cues.tsv)
	CueFrames  map[string]bool              // lang, verb, frame flag ("reverse", "authority") of cues.tsv
	// ObjectPreps are the prepositions that introduce each predicate's
	// object ("partner_of" → "mit", "with"); Symmetric predicates are stored
	// once per pair (cues.tsv)
	ObjectPreps map[string]map[string]bool
	Symmetric   map[string]bool
	// closed word lists of words.tsv
	PassiveAux, AgentPreps, Prepositions, ClauseBreaks map[string]bool
	// the answers of LooksLikeGermanNoun (for words not in DeNoun) and of
	// IsTypeNoun, kept per word
	nounish, typeNouns *WordCache
}

// VerbLex is one reading of a German verb form: its lemma and separable particle.
type VerbLex struct{ Lemma, Particle string }

// addWord reads a line of words.tsv: list, word.
func (l *Lexicon) addWord(f []string) {
	if len(f) < 2 {
		return
	}
	lists := map[string]map[string]bool{"passive_aux": l.PassiveAux, "agent_prep": l.AgentPreps,
		"preposition": l.Prepositions, "clause_break": l.ClauseBreaks}
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
				l.VerbCues[lang][f[2]] = f[3]
				if len(f) > 4 {
					for _, fl := range strings.Split(f[4], ",") {
						l.CueFrames[lang+"\x00"+f[2]+"\x00"+strings.TrimSpace(fl)] = true
					}
				}
			}
		}
	case "noun":
		l.NounCues[f[2]] = f[3]
	case "prep":
		if l.ObjectPreps[f[3]] == nil {
			l.ObjectPreps[f[3]] = map[string]bool{}
		}
		l.ObjectPreps[f[3]][f[2]] = true
	case "symmetric":
		l.Symmetric[f[3]] = true
	}
}

// NewLexicon loads the embedded tables (about 150 ms, 60 MB).
func NewLexicon() (*Lexicon, error) {
	l := &Lexicon{
		DeNoun: make(map[string]string, 150000), DeVerb: make(map[string][]VerbLex, 110000),
		DeAdj: make(map[string]string, 140000), DeLower: map[string]bool{}, EnWord: make(map[string]bool, 70000),
		Given: map[string]bool{}, Common: map[string]bool{}, Family: map[string]bool{}, Places: map[string]*Place{}, ByKey: map[string]*Place{}, Orgs: map[string]string{}, MultiFirst: map[string]bool{},
		Demonyms: map[string]string{}, OrgsEN: map[string]string{}, nounish: &WordCache{},
		typeNouns: &WordCache{},
		VerbCues:  map[string]map[string]string{"de": {}, "en": {}}, NounCues: map[string]string{}, CueFrames: map[string]bool{},
		ObjectPreps: map[string]map[string]bool{}, Symmetric: map[string]bool{},
		PassiveAux: map[string]bool{}, AgentPreps: map[string]bool{}, Prepositions: map[string]bool{}, ClauseBreaks: map[string]bool{},
	}
	loads := []struct {
		name string
		fn   func([]string)
	}{
		{"de_nouns.tsv.gz", func(f []string) {
			if len(f) == 2 {
				// a form of several lemmas keeps the one it shares most letters with ("Kongresses" → "Kongress", not "Kongreß")
				if old, ok := l.DeNoun[f[0]]; !ok || f[0] == f[1] || old != f[0] && commonPrefix(f[0], f[1]) > commonPrefix(f[0], old) {
					l.DeNoun[f[0]] = f[1]
				}
			}
		}},
		{"de_verbs.tsv.gz", func(f []string) {
			if len(f) == 3 {
				l.DeVerb[f[0]] = append(l.DeVerb[f[0]], VerbLex{f[1], f[2]})
			}
		}},
		{"de_adjectives.tsv.gz", func(f []string) {
			if len(f) == 2 {
				l.DeAdj[f[0]] = f[1]
			}
		}},
		{"de_lower.txt.gz", func(f []string) { l.DeLower[f[0]] = true }},
		{"en_words.txt.gz", func(f []string) { l.EnWord[f[0]] = true }},
		{"person_names.tsv.gz", func(f []string) {
			if len(f) == 2 && f[1] == "family" {
				l.Family[f[0]] = true
			} else {
				l.Given[f[0]] = true
			}
		}},
		{"given_names.txt", func(f []string) {
			for _, n := range strings.Fields(f[0]) {
				l.Given[n], l.Common[n] = true, true
			}
		}},
		{"places.tsv.gz", func(f []string) {
			if len(f) < 6 {
				return
			}
			p := &Place{Key: f[0], Kind: f[1], NameEN: f[2], NameDE: f[3], Country: f[4]}
			l.ByKey[p.Key] = p
			for _, n := range append([]string{f[2], f[3]}, strings.Split(f[5], "|")...) {
				if n == "" {
					continue
				}
				if old, ok := l.Places[n]; ok && readingRank(old) >= readingRank(p) {
					continue // a country wins over a city, a city over a region; the first city wins
				}
				l.Places[n] = p
			}
		}},
		{"cues.tsv", l.addCue},
		{"words.tsv", l.addWord},
		{"orgs.tsv", func(f []string) {
			l.Orgs[f[0]] = f[0]
			if len(f) > 1 {
				for _, a := range strings.Split(f[1], "|") {
					if a != "" {
						l.Orgs[a] = f[0]
					}
				}
			}
			if len(f) > 2 && f[2] != "" {
				l.OrgsEN[f[0]] = f[2]
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
	for _, set := range []map[string]bool{WordSet("business_nouns"), WordSet("org_type_nouns"), WordSet("same_entity_heads"), WordSet("order_nouns"), WordSet("stake_words"), WordSet("shareholder_nouns")} {
		for w := range set {
			if _, ok := l.DeNoun[w]; !ok && segment.StartsUpperOrDigit(w) && !strings.ContainsAny(w, "-%") {
				l.DeNoun[w] = w
			}
		}
	}
	for w := range l.NounCues {
		if _, ok := l.DeNoun[w]; !ok && segment.StartsUpperOrDigit(w) && !strings.Contains(w, "-") {
			l.DeNoun[w] = w
		}
	}
	for alias, iso := range countryAliases {
		if p := l.ByKey["country:"+iso]; p != nil {
			l.Places[alias] = p
		}
	}
	for _, c := range continents {
		p := &Place{Key: "continent:" + c[0], Kind: "continent", NameDE: c[1], NameEN: c[2]}
		l.ByKey[p.Key] = p
		for _, n := range c[1:] {
			if _, ok := l.Places[n]; !ok {
				l.Places[n] = p
			}
		}
	}
	for name := range l.Orgs {
		if f := strings.Fields(name); len(f) > 1 {
			l.MultiFirst[f[0]] = true
		}
	}
	for name := range l.Places {
		if f := strings.Fields(name); len(f) > 1 {
			l.MultiFirst[f[0]] = true
		}
	}
	for stem, iso := range demonymStems {
		l.Demonyms[stem] = "country:" + iso
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
	if p := l.Places[s]; p != nil {
		return p
	}
	if strings.HasSuffix(s, "s") && len(s) > 3 {
		if p := l.Places[s[:len(s)-1]]; p != nil {
			return p
		}
	}
	// "Frankfurt/Main", "Frankfurt am Main": the city
	for _, sep := range []string{"/", " am ", " an der "} {
		if k := strings.Index(s, sep); k > 0 {
			if p := l.Places[s[:k]]; p != nil && p.Kind == "city" {
				return p
			}
		}
	}
	return nil
}

// IsGermanNoun reports whether the capitalised word w is a German common noun.
func (l *Lexicon) IsGermanNoun(w string) bool { _, ok := l.DeNoun[w]; return ok }

// NounLemma returns the nominative singular of a German noun form, or "",
// in today's spelling ("Kongresses" → "Kongress").
func (l *Lexicon) NounLemma(w string) string {
	lemma := l.DeNoun[w]
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
	lw := segment.Lower(w)
	if k := l.Demonyms[lw]; k != "" {
		return k
	}
	if !strings.Contains(lw, "sch") {
		return ""
	}
	// inflected German forms: "chinesische", "deutschen"
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(lw, end) {
			if k := l.Demonyms[strings.TrimSuffix(lw, end)]; k != "" && strings.HasSuffix(strings.TrimSuffix(lw, end), "sch") {
				return k
			}
		}
	}
	return ""
}

// isCommonWord reports whether w, written in lowercase, is an ordinary
// word of lang (so that a capitalised w at the start of a sentence is
// probably not a name).
func (l *Lexicon) IsCommonWord(w, lang string) bool {
	lw := segment.Lower(w)
	if lang == "de" {
		if l.DeLower[lw] || functionWords[lw] {
			return true
		}
		if _, ok := l.DeAdj[lw]; ok {
			return true
		}
		if _, ok := l.DeVerb[lw]; ok {
			return true
		}
		return false
	}
	return l.EnWord[lw] || functionWords[lw]
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// nounSuffixes end German common nouns.
var nounSuffixes = WordList("noun_suffixes")

var functionWords = WordSet("function_words")

// LooksLikeGermanNoun reports whether a capitalised word that is not in the
// noun lexicon is still a common noun: a compound of a known noun, a word
// with a noun suffix, or an agent noun of a known verb ("Ausstatter").
func (l *Lexicon) LooksLikeGermanNoun(w string) bool {
	if l.IsGermanNoun(w) {
		return true
	}
	return l.nounish.Bool(w, l.looksLikeNoun)
}

// looksLikeNoun is LooksLikeGermanNoun for a word the noun lexicon lacks:
// it tries each ending of the word as a compound's head, so its answer is
// kept per word.
func (l *Lexicon) looksLikeNoun(w string) bool {
	if k := strings.LastIndex(w, "-"); k >= 0 {
		w = w[k+1:]
		if w == "" || l.IsGermanNoun(w) {
			return w != ""
		}
	}
	lw := segment.Lower(w)
	if HasNounSuffix(lw) || l.AgentNoun(lw) {
		return true
	}
	r := []rune(w)
	for k := 3; k <= len(r)-3; k++ {
		if k > len(r)-4 && r[k-1] != 's' { // three-letter heads only after a linking s: "Aufsichts|rat"
			continue
		}
		suffix := string(unicode.ToUpper(r[k])) + string(r[k+1:])
		if l.IsGermanNoun(suffix) || k <= len(r)-6 && l.AgentNoun(segment.Lower(suffix)) {
			return true
		}
	}
	return false
}

// HasNounSuffix reports whether lw (lowercase) ends in a German noun suffix.
func HasNounSuffix(lw string) bool {
	for _, s := range nounSuffixes {
		if strings.HasSuffix(lw, s) && len(lw) > len(s)+3 {
			return true
		}
	}
	return false
}

// agentNoun reports whether lw (lowercase) is a noun made from a known verb
// with -er: "ausstatter" from "ausstatten".
func (l *Lexicon) AgentNoun(lw string) bool {
	for _, end := range []string{"erinnen", "erin", "ern", "ers", "er"} {
		if strings.HasSuffix(lw, end) {
			stem := strings.TrimSuffix(lw, end)
			if _, ok := l.DeVerb[stem+"en"]; ok {
				return true
			}
			if _, ok := l.DeVerb[stem+"n"]; ok && (strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "el")) {
				return true // "herausforderer" from "herausfordern"
			}
		}
	}
	return false
}

// knownPlaceOrName reports whether s names a gazetteer place or a listed
// organisation: "Britain" in "Britain's".
func (l *Lexicon) KnownPlaceOrName(s string) bool { return l.Place(s) != nil || l.Orgs[s] != "" }

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
func (l *Lexicon) CueFrame(lang, lemma, flag string) bool {
	return l.CueFrames[lang+"\x00"+lemma+"\x00"+flag]
}

// countryAliases are short forms the gazetteer lacks, mapped to ISO codes.
var countryAliases = map[string]string{
	"U.S.": "US", "US": "US", "USA": "US", "Amerika": "US", "America": "US", "UK": "GB", "U.K.": "GB",
	"Britain": "GB", "Großbritannien": "GB", "England": "GB", "Russland": "RU", "Holland": "NL", "Südkorea": "KR",
	"South Korea": "KR", "Korea": "KR", "Tschechien": "CZ", "Czech Republic": "CZ", "Vereinigten Staaten": "US",
	"Vereinigte Staaten von Amerika": "US", "Volksrepublik China": "CN", "Bundesrepublik": "DE", "Schweiz": "CH",
	"Türkei": "TR", "Niederlanden": "NL",
}

// demonymStems maps origin adjectives (German stem in -isch, English form)
// to ISO country codes: "chinesische ZTE" → based_in China.
var demonymStems = map[string]string{
	"chinesisch": "CN", "amerikanisch": "US", "us-amerikanisch": "US", "deutsch": "DE", "französisch": "FR",
	"britisch": "GB", "englisch": "GB", "italienisch": "IT", "spanisch": "ES", "japanisch": "JP", "koreanisch": "KR",
	"südkoreanisch": "KR", "russisch": "RU", "indisch": "IN", "kanadisch": "CA", "österreichisch": "AT",
	"schweizerisch": "CH", "schweizer": "CH", "niederländisch": "NL", "holländisch": "NL", "belgisch": "BE", "polnisch": "PL",
	"schwedisch": "SE", "norwegisch": "NO", "dänisch": "DK", "finnisch": "FI", "irisch": "IE", "türkisch": "TR",
	"brasilianisch": "BR", "mexikanisch": "MX", "australisch": "AU", "israelisch": "IL", "iranisch": "IR",
	"saudisch": "SA", "ukrainisch": "UA", "taiwanisch": "TW", "griechisch": "GR", "portugiesisch": "PT",
	"tschechisch": "CZ", "ungarisch": "HU", "luxemburgisch": "LU", "argentinisch": "AR", "südafrikanisch": "ZA",
	"chinese": "CN", "american": "US", "german": "DE", "french": "FR", "british": "GB", "italian": "IT",
	"spanish": "ES", "japanese": "JP", "korean": "KR", "south korean": "KR", "russian": "RU", "indian": "IN",
	"canadian": "CA", "austrian": "AT", "swiss": "CH", "dutch": "NL", "belgian": "BE", "polish": "PL",
	"swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "irish": "IE", "turkish": "TR",
	"brazilian": "BR", "mexican": "MX", "australian": "AU", "israeli": "IL", "iranian": "IR", "saudi": "SA",
	"ukrainian": "UA", "taiwanese": "TW", "greek": "GR", "portuguese": "PT", "czech": "CZ", "hungarian": "HU",
}
