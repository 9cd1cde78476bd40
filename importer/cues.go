package importer

// Cue words of the canonical predicates, by the kgx authors (CC0).

// The verb and noun cues of the canonical predicates are data: assets/lexicon/cues.tsv.

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
