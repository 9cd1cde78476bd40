package importer

import (
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
