package relate

// Cue words of the canonical predicates, by the kgx authors (CC0).

// The verb and noun cues of the canonical predicates are data: assets/lexicon/cues.tsv.

// symmetric predicates are stored once per pair.
var symmetric = setOf("merges_with", "partner_of", "competitor_of", "related_to")

// objectPreps are the prepositions that introduce a predicate's object.
var objectPreps = map[string]map[string]bool{
	"competitor_of": setOf("with", "mit"), "partner_of": setOf("with", "mit"), "merges_with": setOf("with", "mit"),
	"invests_in": setOf("in", "im", "into", "an", "am", "bei", "beim"), "owns": setOf("zu", "zum", "zur", "in", "an", "am", "of"), "operates_in": setOf("in", "im"), "warns_about": setOf("about", "vor", "of"),
	"supplier_of": setOf("to", "an", "on"), "employee_of": setOf("bei", "beim", "for", "at"), "member_of": setOf("for", "für", "bei", "beim"), "accuses": setOf("of"), "sanctions": setOf("gegen", "against", "on"), "acquires": setOf("bei", "beim"), "successor_of": setOf("auf"),
}
