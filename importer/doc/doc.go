// Package doc holds the annotated document that the importer's stages
// pass along: the read document, its sentences and tokens (segment), the
// entity mentions (mention), the document's entities (resolve) and the
// relations between them (relate).
package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgx/kgx/graph/kg"
	"github.com/kgx/kgx/importer/read"
	"github.com/kgx/kgx/importer/segment"
)

// The earlier stages' types, as the later stages know them.
type (
	Document = read.Document
	Token    = segment.Token
	Sentence = segment.Sentence
)

// Entity types (the store's, from graph/kg).
const (
	PER     = kg.PER
	ORG     = kg.ORG
	LOC     = kg.LOC
	PRODUCT = kg.PRODUCT
	EVENT   = kg.EVENT
	MISC    = kg.MISC
)

// Mention is one occurrence of an entity in a sentence.
type Mention struct {
	Sent       int    // sentence index
	Tok0, Tok1 int    // token range [Tok0, Tok1) in the sentence
	Start, End int    // byte offsets of the surface in the document text
	Text       string // the surface, e.g. "US-Kongresses" or "ZTE" in "ZTE-Hardware"
	Norm       string // the name in its base form, e.g. "US-Kongress"
	Type       string
	Key        string  // gazetteer key, if the name is a known place
	Head       string  // noun after the hyphen of a compound ("Chef" in "VW-Chef"), if any
	Conf       float64 // confidence of the type
	Entity     int     // index of the document entity, set by resolution
	Initial    bool    // the mention starts its sentence
	Coord      int     // index of the mention this one is coordinated with, or -1
	ByRule     bool    // typed by a strong cue (gazetteer, legal form, context)
	ShortForm  bool    // a short form defined in brackets ("TKMS"): names its entity less well
	Written    string  // the name as written when Norm is a canonical form ("EU-Kommission"), kept as an alias
}

// Relation is one extracted triple with the sentence it came from.
type Relation struct {
	Subject    int    // entity index
	Predicate  string // canonical predicate
	Object     int    // entity index, or -1 when Literal is set
	Literal    string // literal object (money, date, number), if any
	Label      string // the words that expressed it
	Confidence float64
	Sent       int // sentence index
}

// Entity is one real thing a document talks about (the store's type).
type Entity = kg.Entity

// Result is what the importer found in one document.
type Result struct {
	Doc       Document
	Sentences []Sentence
	Mentions  []Mention
	Entities  []Entity
	Relations []Relation
}

// SentenceText returns the text of sentence i on one line: the line
// breaks of a wrapped paragraph become spaces.
func (r *Result) SentenceText(i int) string {
	return strings.ReplaceAll(r.Sentences[i].Text(r.Doc.Text), "\n", " ")
}

// RuneOffsets converts the byte offsets of sentence i to character offsets.
func (r *Result) RuneOffsets(i int) (start, end int) {
	s := r.Sentences[i]
	start = utf8.RuneCountInString(r.Doc.Text[:s.Start])
	return start, start + utf8.RuneCountInString(r.Doc.Text[s.Start:s.End])
}

// Extraction returns what the store keeps of the result: the document,
// its entities, and each relation with its sentence and that sentence's
// character offsets.
func (r *Result) Extraction() kg.Extraction {
	x := kg.Extraction{Doc: r.Doc, Entities: r.Entities, Relations: make([]kg.Relation, len(r.Relations))}
	for i, rel := range r.Relations {
		start, end := r.RuneOffsets(rel.Sent)
		x.Relations[i] = kg.Relation{Subject: rel.Subject, Predicate: rel.Predicate, Object: rel.Object, Literal: rel.Literal,
			Label: rel.Label, Confidence: rel.Confidence, Sentence: r.SentenceText(rel.Sent), Start: start, End: end}
	}
	return x
}

// JoinTokens joins tokens as the text wrote them: with a space where the
// text has one between them.
func JoinTokens(toks []Token) string {
	if len(toks) == 1 {
		return toks[0].Text // the common case, without a copy
	}
	var sb strings.Builder
	for k, t := range toks {
		if k > 0 && toks[k-1].End < t.Start {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}

// NewMention is the mention of tokens [i, j) with its name, type, place key
// and confidence, typed by a rule.
func NewMention(toks []Token, i, j int, norm, typ, key string, conf float64) Mention {
	return Mention{Tok0: i, Tok1: j, Start: toks[i].Start, End: toks[j-1].End, Text: JoinTokens(toks[i:j]),
		Norm: norm, Type: typ, Key: key, Conf: conf, ByRule: true}
}

// SortMentions orders the mentions of one sentence by their first token.
func SortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Tok0 < ms[j-1].Tok0; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// InMention reports whether token k is part of one of the mentions.
func InMention(ms []Mention, k int) bool {
	for _, m := range ms {
		if m.Tok0 <= k && k < m.Tok1 {
			return true
		}
	}
	return false
}

func HasWord(toks []Token, w string) bool {
	for _, t := range toks {
		if t.Text == w {
			return true
		}
	}
	return false
}

func FirstWord(toks []Token) int {
	for i, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return 0
}

// IsPunct reports whether a token is punctuation.
func IsPunct(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return t != ""
}

func Longest(forms []string) string {
	best := forms[0]
	for _, f := range forms {
		if len(f) > len(best) {
			best = f
		}
	}
	return best
}
