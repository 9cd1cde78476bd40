package importer

import "github.com/kgx/kgx/importer/segment"

// The segment stage (importer/segment) splits text into sentences and
// tokens; these are its names as the rest of the pipeline knows them.
type (
	Token    = segment.Token
	Sentence = segment.Sentence
)

// Segment splits a document's text into sentences of tokens (segment.Segment).
func Segment(text string) []Sentence { return segment.Segment(text) }

// Tokenize splits text into tokens whose offsets start at base (segment.Tokenize).
func Tokenize(text string, base int) []Token { return segment.Tokenize(text, base) }

// setOf makes a set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Word shapes (segment's).
func startsUpperOrDigit(s string) bool { return segment.StartsUpperOrDigit(s) }
func isNumber(s string) bool           { return segment.IsNumber(s) }
func startsLower(s string) bool        { return segment.StartsLower(s) }
