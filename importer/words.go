package importer

// Hand-written word lists of the importer, by the kgx authors (CC0).
// They describe German and English in general and name no entity of any
// particular article.

// functionWords are closed-class words (lowercase) of German and English:
// capitalised at the start of a sentence they are never names.
var functionWords = wordSet("function_words")

// monthAndDay words are dates, never entities.
var monthAndDay = wordSet("month_and_day")

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

// legalForms end organisation names.
var legalForms = wordSet("legal_forms")

// orgHeads are nouns that make the name they end an organisation
// ("Rice University", "EU-Kommission", "US-Kongress").
var orgHeads = wordSet("org_heads")

// sameEntityHeads, after a hyphen, leave the name before them as the entity:
// "VW-Konzern" is Volkswagen.
var sameEntityHeads = wordSet("same_entity_heads")

// orgTypeNouns before a name make it an organisation ("der Konzern Bayer",
// "Hersteller ZTE", "retailer Amazon").
var orgTypeNouns = wordSet("org_type_nouns")

// roleWords give the predicate a role word expresses between a person and an
// organisation (roles.tsv).
var roleWords = roleTable("role")

// personTitles before a name make it a person ("Ministerpräsident Stephan Weil").
var personTitleSuffixes = wordList("person_title_suffixes")

var personTitles = wordSet("person_titles")

// speechVerbs after a name suggest a person ("…, sagte Müller").
var speechVerbs = wordSet("speech_verbs")

// coordinators join entities that share a role.
var coordinators = wordSet("coordinators")

// anaphors refer back to the most prominent organisation of the text.
var orgAnaphors = wordSet("org_anaphors")

var pronounsOrg = wordSet("pronouns_org")

// commonAcronyms are capitalised abbreviations of common nouns, not names.
var commonAcronyms = wordSet("common_acronyms")

// makerNouns after a name make it a product of the company meant: "the
// ChatGPT maker", "der iPhone-Hersteller".
var makerNouns = wordSet("maker_nouns")
