package importer

// Cue words of the canonical predicates, by the kgx authors (CC0).

// verbCuesDE maps German verb lemmas (from the verb lexicon, separable
// particles joined) to predicates.
var verbCuesDE = map[string]string{
	"übernehmen": "acquires", "kaufen": "acquires", "aufkaufen": "acquires", "erwerben": "acquires",
	"schlucken": "acquires", "schnappen": "acquires", "akquirieren": "acquires", "fusionieren": "merges_with", "investieren": "invests_in",
	"kooperieren": "partner_of", "zusammenarbeiten": "partner_of", "liefern": "supplier_of", "beliefern": "supplier_of",
	"einstufen": "classifies", "bezeichnen": "classifies", "klassifizieren": "classifies", "warnen": "warns_about",
	"vorwerfen": "accuses", "beschuldigen": "accuses", "anklagen": "accuses", "verklagen": "accuses",
	"verbieten": "sanctions", "sanktionieren": "sanctions", "verhängen": "sanctions", "bestrafen": "sanctions",
	"genehmigen": "approves", "erlauben": "approves", "zulassen": "approves", "billigen": "approves", "freigeben": "approves",
	"herstellen": "produces", "produzieren": "produces", "fertigen": "produces", "leiten": "ceo_of", "halten": "holds", "verkaufen": "sells", "veräußern": "sells", "abstoßen": "sells", "bestellen": "orders", "besitzen": "owns", "gehören": "owns",
	"gründen": "founder_of", "konkurrieren": "competitor_of", "nachfolgen": "successor_of", "folgen": "successor_of", "ablösen": "successor_of", "beerben": "successor_of",
}

// verbCuesEN maps English verb forms to predicates.
var verbCuesEN = map[string]string{
	"acquire": "acquires", "acquires": "acquires", "acquired": "acquires", "acquiring": "acquires",
	"buy": "acquires", "buys": "acquires", "bought": "acquires", "buying": "acquires", "purchase": "acquires",
	"purchased": "acquires", "purchases": "acquires", "merge": "merges_with", "merges": "merges_with",
	"merged": "merges_with", "invest": "invests_in", "invests": "invests_in", "invested": "invests_in",
	"investing": "invests_in", "partner": "partner_of", "partners": "partner_of", "partnered": "partner_of",
	"supply": "supplier_of", "supplies": "supplier_of", "supplied": "supplier_of", "classify": "classifies",
	"classifies": "classifies", "classified": "classifies", "labeled": "classifies", "labelled": "classifies",
	"warn": "warns_about", "warns": "warns_about", "warned": "warns_about", "accuse": "accuses", "accuses": "accuses",
	"accused": "accuses", "sued": "accuses", "sues": "accuses", "ban": "sanctions", "bans": "sanctions",
	"banned": "sanctions", "sanction": "sanctions", "sanctions": "sanctions", "sanctioned": "sanctions",
	"fined": "sanctions", "fines": "sanctions", "approve": "approves", "approves": "approves", "approved": "approves",
	"cleared": "approves", "produce": "produces", "produces": "produces", "produced": "produces", "makes": "produces",
	"manufactures": "produces", "assembles": "produces", "assemble": "produces", "builds": "produces",
	"holds": "holds", "held": "holds", "sell": "sells", "sells": "sells", "sold": "sells", "selling": "sells",
	"ordered": "orders", "orders": "orders", "order": "orders", "own": "owns", "owns": "owns", "owned": "owns", "founded": "founder_of",
	"co-founded": "founder_of", "succeeds": "successor_of", "succeeded": "successor_of", "replaces": "successor_of", "replacing": "successor_of", "succeeding": "successor_of",
	"replace": "successor_of", "succeed": "successor_of", "joined": "employee_of", "joins": "employee_of",
	"controls": "owns", "controlled": "owns", "licenses": "sells", "licensed": "sells", "license": "sells",
	"runs": "ceo_of", "ran": "ceo_of", "leads": "ceo_of", "led": "ceo_of", "heads": "ceo_of", "headed": "ceo_of",
	"replaced": "successor_of", "competes": "competitor_of", "compete": "competitor_of", "competing": "competitor_of",
	"rivals": "competitor_of", "backed": "invests_in", "backs": "invests_in", "funded": "invests_in",
}

// nounCues are nouns that express a predicate between the entities around them.
var nounCues = map[string]string{
	"Übernahme": "acquires", "Kauf": "acquires", "Zukauf": "acquires", "Erwerb": "acquires", "Akquisition": "acquires",
	"acquisition": "acquires", "purchase": "acquires", "takeover": "acquires", "Fusion": "merges_with",
	"merger": "merges_with", "Investition": "invests_in", "Investment": "invests_in", "investment": "invests_in",
	"Beteiligung": "invests_in", "stake": "invests_in", "Partnerschaft": "partner_of", "partnership": "partner_of",
	"Nachfolge": "successor_of", "Nachfolger": "successor_of", "Nachfolgerin": "successor_of", "successor": "successor_of",
	"Niederlassung": "operates_in", "Niederlassungen": "operates_in", "Standort": "operates_in", "Filiale": "operates_in",
	"Werk": "operates_in", "Fabrik": "operates_in", "Werke": "operates_in", "factory": "operates_in", "Büro": "operates_in", "office": "operates_in", "plant": "operates_in", "stores": "operates_in",
	"store":      "operates_in",
	"subsidiary": "subsidiary_of", "unit": "subsidiary_of", "division": "subsidiary_of", "Tochter": "subsidiary_of",
	"Tochtergesellschaft": "subsidiary_of", "Tochterfirma": "subsidiary_of", "Sparte": "subsidiary_of",
	"Sitz": "based_in", "Hauptsitz": "based_in", "Zentrale": "based_in",
	"headquarters": "based_in", "headquartered": "based_in", "based": "based_in",
}

// symmetric predicates are stored once per pair.
var symmetric = setOf("merges_with", "partner_of", "competitor_of", "related_to")

// passiveAux mark a passive clause when an agent ("von", "durch", "by") follows.
var passiveAux = setOf("wurde", "wurden", "worden", "wird", "werden", "was", "were", "been", "being", "is", "are")

// objectPreps are the prepositions that introduce a predicate's object.
var objectPreps = map[string]map[string]bool{
	"competitor_of": setOf("with", "mit"), "partner_of": setOf("with", "mit"), "merges_with": setOf("with", "mit"),
	"invests_in": setOf("in", "im", "into", "an", "am"), "owns": setOf("zu", "zum", "zur", "in", "an", "am", "of"), "operates_in": setOf("in", "im"), "warns_about": setOf("about", "vor", "of"),
	"supplier_of": setOf("to", "an"), "accuses": setOf("of"), "sanctions": setOf("gegen", "against", "on"), "acquires": setOf("bei", "beim"), "successor_of": setOf("auf"),
}

var agentPreps = setOf("von", "durch", "by", "vom")

var prepositions = setOf("in", "im", "nach", "aus", "bei", "mit", "für", "gegen", "zu", "zum", "zur", "an", "am",
	"auf", "über", "unter", "vor", "seit", "um", "ins", "beim", "at", "from", "to", "with", "for", "on", "into",
	"against", "within", "across", "outside", "inside", "of", "von", "vom", "durch", "by", "als", "as")

// clauseBreaks start a new clause after a comma.
var clauseBreaks = setOf("der", "die", "das", "dem", "den", "dessen", "deren", "welche", "welcher", "dass", "weil",
	"da", "wenn", "ob", "obwohl", "nachdem", "während", "um", "which", "who", "whom", "whose", "that", "because",
	"while", "although", "when", "after", "before", "making", "woraufhin", "damit", "wie", "sagte", "said", "aber", "but")
