package lexicon

// Word knowledge that the stages share: what a word is, read off the
// word lists and the lexicons.

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/segment"
)

// CompoundRole returns the predicate of a role that a German compound
// names without an organisation in it: "Finanzvorstand", "Co-Trainer",
// "Technologie-Chef" (a department's head: employee_of); "" otherwise.
func CompoundRole(w string) string {
	if pre, rest, ok := strings.Cut(w, "-"); ok && RolePrefixes[pre] {
		if r, ok := RoleWords[rest]; ok {
			return r // "Co-Trainer", "Ex-Chef"
		}
		w = rest
	} else if ok && functionalChief(segment.Lower(pre)) {
		if _, ok := RoleWords[rest]; ok {
			return "employee_of" // "Technologie-Chef", "Finanz-Vorstand"
		}
	}
	if !segment.StartsUpperOrDigit(w) || strings.Contains(w, "-") {
		return ""
	}
	lw := segment.Lower(w)
	if strings.HasPrefix(lw, "betriebsrat") || strings.HasPrefix(lw, "gesamtbetriebsrat") {
		return "employee_of" // the works council's head is no chief executive
	}
	if strings.HasSuffix(lw, "marktführer") || strings.HasSuffix(lw, "branchenführer") {
		return "" // "Weltmarktführer Trumpf" is a company
	}
	for _, rs := range roleSuffixes {
		if strings.HasSuffix(lw, rs.Suffix) && len(lw) > len(rs.Suffix)+2 {
			if rs.Pred == "ceo_of" && functionalChief(strings.TrimSuffix(strings.TrimSuffix(lw, "in"), "chef")) {
				return "employee_of" // "Personalchef", "Vertriebschefin" head a department
			}
			return rs.Pred
		}
	}
	return ""
}

// functionalChief reports whether the first part of a "-chef" compound names
// a department: "personal", "vertriebs", "entwicklungs".
func functionalChief(prefix string) bool {
	for _, d := range departmentPrefixes {
		if strings.HasPrefix(prefix, d) {
			return true
		}
	}
	return false
}

// roleSuffixes give the role of German compounds without an organisation
// in them: "Sachbereichsleiter", "Gewerkschaftssprecherin", "Mitgründer" (roles.tsv).
var roleSuffixes = RoleSuffixes()

// RoleWords give the predicate a role word expresses between a person and an
// organisation (roles.tsv).
var RoleWords = RoleTable("role")

// TitleWords make up long English job titles before a name.
var TitleWords = WordSet("title_words")

func IsDefinite(w string) bool {
	switch segment.Lower(w) {
	case "der", "die", "das", "den", "dem", "des", "the", "this":
		return true
	}
	return false
}

// AnaphorHeads end compounds that refer back to a company: "Pharmakonzern",
// "Technologieunternehmen", "Elektroautobauer", "drugmaker".
var AnaphorHeads = WordList("anaphor_heads")

func AnaphorHead(lw string) bool {
	for _, h := range AnaphorHeads {
		if len(lw) > len(h)+2 && strings.HasSuffix(lw, h) && !strings.Contains(lw, "-") {
			return true
		}
	}
	return false
}

// genericOrgNouns describe any organisation.
var genericOrgNouns = WordSet("generic_org_nouns")

// GenericHead reports whether a noun (lowercase) ends in one that describes
// any organisation: "dax-konzern", "softwarekonzern".
func GenericHead(noun string) bool {
	for g := range genericOrgNouns {
		if strings.HasSuffix(noun, g) {
			return true
		}
	}
	return false
}

func IsRoleOrTitle(w string) bool {
	if _, ok := RoleWords[w]; ok {
		return true
	}
	if PersonTitles[w] {
		return true
	}
	lw := segment.Lower(w)
	for _, s := range personTitleSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

var PersonTitles = WordSet("person_titles")

// PersonTitles before a name make it a person ("Ministerpräsident Stephan Weil").
var personTitleSuffixes = WordList("person_title_suffixes")

// AbstractNoun reports whether lw (lowercase) ends like an abstract German
// noun, which no surname does: "Insolvenz", "Übernahme"-like "-ung".
// (Agent endings such as "-ner" end surnames too: "Plattner".)
func AbstractNoun(lw string) bool {
	for _, s := range abstractSuffixes {
		if strings.HasSuffix(lw, s) && len(lw) > len(s)+3 {
			return true
		}
	}
	return false
}

// TownOfAdjective reads a town's name off a German adjective whose stem
// ends like a place name: "Wolfsburger" → "Wolfsburg", "Ingolstädter" →
// "Ingolstadt"; "" otherwise.
func TownOfAdjective(w string) string {
	stem := strings.TrimSuffix(w, "er")
	if strings.HasSuffix(stem, "städt") {
		stem = strings.TrimSuffix(stem, "städt") + "stadt"
	}
	if utf8.RuneCountInString(stem) < 4 || !Geographic(stem) {
		return ""
	}
	return stem
}

// Geographic reports whether a German compound ends in a word for a kind of
// place: "Schwarzwald", "Gazastreifen", "Nordsee", "Hauptbahnhof".
func Geographic(w string) bool { return geographic.Bool(w, endsInPlaceHead) }

// geographic keeps Geographic's answers: it is asked of every capitalised
// German word.
var geographic WordCache

func endsInPlaceHead(w string) bool {
	lw := segment.Lower(w)
	for _, h := range placeHeads {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}

// CityOfAdjective returns the city a German city adjective names:
// "Kieler" → Kiel, "Bremer" → Bremen, "Münchner" → München.
func (l *Lexicon) CityOfAdjective(w string) *Place {
	if !strings.HasSuffix(w, "er") || l.Places[w] != nil {
		return nil // "Philadelphia", "Hannover" are no adjectives
	}
	stem := strings.TrimSuffix(w, "er")
	for _, c := range []string{stem, stem + "en", strings.TrimSuffix(w, "ner") + "en"} {
		if p := l.Places[c]; p != nil && p.Kind == "city" {
			return p
		}
	}
	return nil
}

// DemonymIn is Demonym for a word of a text in lang: a German text's
// capitalised origin words are its own ("Schweizer", "Deutsche"), not
// English ones ("German Pellets" is a company).
func (l *Lexicon) DemonymIn(w, lang string) string {
	if lang == "de" && segment.StartsUpperOrDigit(w) && !strings.HasSuffix(w, "er") {
		if _, ok := l.DeAdj[segment.Lower(w)]; !ok {
			return ""
		}
	}
	return l.Demonym(w)
}

func (l *Lexicon) VerbLike(w string) bool { return l.PassiveAux[w] || SpeechVerbs[w] }

// IsOriginAdjective reports whether w is an origin adjective such as
// "British", "chinesische" or "Münchner" (a German city adjective).
func (l *Lexicon) IsOriginAdjective(w string) bool {
	return l.Demonym(w) != "" || l.Places[w] == nil && strings.HasSuffix(w, "er") && l.CityOfAdjective(w) != nil
}

// IsTypeNoun reports whether a German word names a kind of organisation,
// alone or as the head of a compound: "Konzern", "Ratingagentur",
// "Chiphersteller". Nominalised adjectives ("Europäischen") are not. The
// answer is kept per word: names are looked at again and again.
func (l *Lexicon) IsTypeNoun(w string) bool {
	return OrgTypeNouns[w] || l.typeNouns.Bool(w, l.isTypeNoun)
}

func (l *Lexicon) isTypeNoun(w string) bool {
	if OrgTypeNouns[w] || len(w) > 4 && OrgTypeNouns[strings.TrimSuffix(w, "s")] { // "brands", "rivals"
		return true
	}
	if l := l.NounLemma(w); l != "" && l != w && OrgTypeNouns[l] {
		return true // "US-Firmen", "Konzerne"
	}
	lw := segment.Lower(w)
	if _, adj := l.DeAdj[lw]; adj {
		return false
	}
	for _, lt := range typeNounHeads {
		if len(lw) > len(lt)+2 && strings.HasSuffix(lw, lt) {
			return true
		}
	}
	return false
}

// typeNounHeads are the German organisation type nouns in lowercase, the
// heads typeNoun looks for at the end of compounds.
var typeNounHeads = func() []string {
	var out []string
	for t := range OrgTypeNouns {
		if segment.StartsUpperOrDigit(t) {
			out = append(out, segment.Lower(t))
		}
	}
	sort.Strings(out)
	return out
}()

// RolePrefixes before a hyphen keep the role of the word after it: "Co-Trainer", "Ex-Chef".
var RolePrefixes = WordSet("role_prefixes")

// FunctionWords are closed-class words (lowercase) of German and English:
// capitalised at the start of a sentence they are never names.
var FunctionWords = WordSet("function_words")

// MonthAndDay words are dates, never entities.
var MonthAndDay = WordSet("month_and_day")

// LegalForms end organisation names.
var LegalForms = WordSet("legal_forms")

// OrgHeads are nouns that make the name they end an organisation
// ("Rice University", "EU-Kommission", "US-Kongress").
var OrgHeads = WordSet("org_heads")

// SameEntityHeads, after a hyphen, leave the name before them as the entity:
// "VW-Konzern" is Volkswagen.
var SameEntityHeads = WordSet("same_entity_heads")

// SpeechVerbs after a name suggest a person ("…, sagte Müller").
var SpeechVerbs = WordSet("speech_verbs")

// Coordinators join entities that share a role.
var Coordinators = WordSet("coordinators")

// OrgAnaphors refer back to the most prominent organisation of the text.
var OrgAnaphors = WordSet("org_anaphors")

// PronounsOrg are the pronouns that stand for an organisation.
var PronounsOrg = WordSet("pronouns_org")

// CommonAcronyms are capitalised abbreviations of common nouns, not names.
var CommonAcronyms = WordSet("common_acronyms")

// MakerNouns after a name make it a product of the company meant: "the
// ChatGPT maker", "der iPhone-Hersteller".
var MakerNouns = WordSet("maker_nouns")

// CustomerNouns name an organisation that buys from the one before: "Boeing's largest customer Emirates".
var CustomerNouns = WordSet("customer_nouns")

// ParentNouns name the organisation that owns the one before: "Google's parent Alphabet".
var ParentNouns = WordSet("parent_nouns")

// RivalNouns name a competitor: "Konkurrent TKMS", "rival Google".
var RivalNouns = WordSet("rival_nouns")

// KindNouns are lower-case kinds of organisation a name may follow.
var KindNouns = WordSet("kind_nouns")

// IsPossessive reports whether s ends in an English possessive "'s".
func IsPossessive(s string) bool { return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") }

// StripPossessive drops an English possessive ending: "Britain's" → "Britain".
func StripPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// OrgTypeNouns before a name make it an organisation ("der Konzern Bayer",
// "Hersteller ZTE", "retailer Amazon").
var OrgTypeNouns = WordSet("org_type_nouns")

// SeparateBodies after a company's name make another organisation: "Novo
// Nordisk Foundation", "Robert Bosch Stiftung" own the company, they are not it.
var SeparateBodies = WordSet("separate_bodies")

// SeparateBody reports whether a name ends in one of SeparateBodies.
func SeparateBody(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && SeparateBodies[f[len(f)-1]]
}

// departmentPrefixes are the first parts of compounds that name a department, whose head is an employee ("Personalchef", "Technologie-Chef") (words.tsv).
var departmentPrefixes = WordList("department_prefixes")

// abstractSuffixes are the endings of abstract German nouns, which no surname has ("-ung", "-heit") (words.tsv).
var abstractSuffixes = WordList("abstract_suffixes")

// placeHeads are the endings of German compounds that name a kind of place ("Schwarzwald", "Nordsee", "Hauptbahnhof") (words.tsv).
var placeHeads = WordList("place_heads")

// LeaderTitles after an origin adjective name the country's leader:
// "Russian President", "französische Präsident" (words.tsv).
var LeaderTitles = WordSet("leader_titles")

// FacilityNouns after an origin adjective name a company's sites in that
// country: "Chinese factories", "deutschen Werke" (words.tsv).
var FacilityNouns = WordSet("facility_nouns")
