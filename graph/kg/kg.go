// Package kg holds the data types the importer hands to the project
// store: a document, the entities found in it, and the relations between
// them with the sentence each was read from. It is the leaf both importer
// and graph import, so that neither imports the other.
package kg

import "strings"

// Entity types.
const (
	PER     = "PER"
	ORG     = "ORG"
	LOC     = "LOC"
	PRODUCT = "PRODUCT"
	EVENT   = "EVENT"
	MISC    = "MISC"
)

// CoOccurrence is the predicate of the weak "named in the same sentence"
// link: low confidence, hidden by default in views, paths and exports.
const CoOccurrence = "related_to"

// Predicates is the canonical vocabulary of relations (DESIGN.md).
var Predicates = []string{
	"acquires", "merges_with", "invests_in", "subsidiary_of", "supplier_of", "partner_of", "competitor_of",
	"ceo_of", "chair_of", "employee_of", "founder_of", "successor_of", "member_of", "based_in", "located_in",
	"operates_in", "classifies", "warns_about", "accuses", "sanctions", "approves", "produces", "owns", CoOccurrence,
}

// Document is one imported article.
type Document struct {
	ID     string // sha256 of Text, hex
	Title  string
	Path   string
	Lang   string // "de" or "en"
	Date   string // as the article states it, if it does
	Author string // byline or attribution, if any
	Text   string // the article text the offsets refer to
}

// Entity is one real thing a document talks about.
type Entity struct {
	Key      string // stable identity across documents: gazetteer key or type + folded name
	Name     string
	Type     string
	Aliases  []string // other names used for it, base forms
	Mentions int
}

// Relation is a triple read from a document, with its evidence.
type Relation struct {
	Subject    int    // index into Extraction.Entities
	Predicate  string // canonical predicate
	Object     int    // index into Extraction.Entities, or -1 when Literal is set
	Literal    string // literal object (money, date, number), if any
	Label      string // the words that expressed it
	Confidence float64
	Sentence   string // the sentence it was read from, on one line
	Start, End int    // character offsets of the sentence in Document.Text
}

// Extraction is what one document yields for the store.
type Extraction struct {
	Doc       Document
	Entities  []Entity
	Relations []Relation
}

// Fold is the comparison form of a name: lowercase, with umlauts, dots
// and hyphens folded, so "U.S." meets "US", "Müller" meets "Mueller" and
// "Air-Berlin" meets "Air Berlin".
func Fold(s string) string {
	return strings.Join(strings.Fields(folder.Replace(strings.ToLower(s))), " ")
}

var folder = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", ".", "", "’", "'", "é", "e", "-", " ")
