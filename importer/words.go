package importer

import (
	"strings"

	"github.com/kgx/kgx/importer/lexicon"
)

// Hand-written word lists of the importer, by the kgx authors (CC0).
// They describe German and English in general and name no entity of any
// particular article.

// functionWords are closed-class words (lowercase) of German and English:
// capitalised at the start of a sentence they are never names.
var functionWords = lexicon.WordSet("function_words")

// monthAndDay words are dates, never entities.
var monthAndDay = lexicon.WordSet("month_and_day")

// legalForms end organisation names.
var legalForms = lexicon.WordSet("legal_forms")

// orgHeads are nouns that make the name they end an organisation
// ("Rice University", "EU-Kommission", "US-Kongress").
var orgHeads = lexicon.WordSet("org_heads")

// sameEntityHeads, after a hyphen, leave the name before them as the entity:
// "VW-Konzern" is Volkswagen.
var sameEntityHeads = lexicon.WordSet("same_entity_heads")

// orgTypeNouns before a name make it an organisation ("der Konzern Bayer",
// "Hersteller ZTE", "retailer Amazon").
var orgTypeNouns = lexicon.WordSet("org_type_nouns")

// roleWords give the predicate a role word expresses between a person and an
// organisation (roles.tsv).
var roleWords = lexicon.RoleTable("role")

// personTitles before a name make it a person ("Ministerpräsident Stephan Weil").
var personTitleSuffixes = lexicon.WordList("person_title_suffixes")

var personTitles = lexicon.WordSet("person_titles")

// speechVerbs after a name suggest a person ("…, sagte Müller").
var speechVerbs = lexicon.WordSet("speech_verbs")

// coordinators join entities that share a role.
var coordinators = lexicon.WordSet("coordinators")

// anaphors refer back to the most prominent organisation of the text.
var orgAnaphors = lexicon.WordSet("org_anaphors")

var pronounsOrg = lexicon.WordSet("pronouns_org")

// commonAcronyms are capitalised abbreviations of common nouns, not names.
var commonAcronyms = lexicon.WordSet("common_acronyms")

// makerNouns after a name make it a product of the company meant: "the
// ChatGPT maker", "der iPhone-Hersteller".
var makerNouns = lexicon.WordSet("maker_nouns")

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

// IsOriginAdjective reports whether w is an origin adjective such as
// "British", "chinesische" or "Münchner" (a German city adjective).
func (x *Extractor) IsOriginAdjective(w string) bool {
	return x.lex.Demonym(w) != "" || x.lex.Places[w] == nil && strings.HasSuffix(w, "er") && x.cityOfAdjective(w) != nil
}

// demonymIn is Demonym for a word of a text in lang: a German text's
// capitalised origin words are its own ("Schweizer", "Deutsche"), not
// English ones ("German Pellets" is a company).
func (x *Extractor) demonymIn(w, lang string) string {
	if lang == "de" && startsUpperOrDigit(w) && !strings.HasSuffix(w, "er") {
		if _, ok := x.lex.DeAdj[strings.ToLower(w)]; !ok {
			return ""
		}
	}
	return x.lex.Demonym(w)
}
