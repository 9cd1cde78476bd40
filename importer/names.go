package importer

import (
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/read"
	"github.com/kgx/kgx/importer/segment"
)

// The annotated document (importer/doc) as the pipeline's callers know it.
type (
	Mention  = doc.Mention
	Relation = doc.Relation
	Entity   = doc.Entity
	Result   = doc.Result
)

// Entity types (the store's, from graph/kg).
const (
	PER     = doc.PER
	ORG     = doc.ORG
	LOC     = doc.LOC
	PRODUCT = doc.PRODUCT
	EVENT   = doc.EVENT
	MISC    = doc.MISC
)

// The segment stage (importer/segment) splits text into sentences and
// tokens; these are its names as the rest of the pipeline knows them.
type (
	Token    = segment.Token
	Sentence = segment.Sentence
)

// Segment splits a document's text into sentences of tokens (segment.Segment).
func Segment(text string) []Sentence { return segment.Segment(text) }

// Lexicon and Place are the lexicon stage's, where the importer's callers
// have always found them.
type (
	Lexicon = lexicon.Lexicon
	Place   = lexicon.Place
)

// NewLexicon loads the lexicon (see lexicon.NewLexicon).
func NewLexicon() (*Lexicon, error) { return lexicon.NewLexicon() }

// IsOriginAdjective reports whether w is an origin adjective such as
// "British", "chinesische" or "Münchner" (a German city adjective).
func (x *Extractor) IsOriginAdjective(w string) bool { return x.lex.IsOriginAdjective(w) }

// The read stage (importer/read) turns files into documents; these are its
// names as the rest of the pipeline and its callers know them.
type Document = read.Document

// Errors of the read stage.
var (
	ErrUnsupported = read.ErrUnsupported
	ErrEmpty       = read.ErrEmpty
	ErrBinary      = read.ErrBinary
	ErrNoTextLayer = read.ErrNoTextLayer
)

// SupportedExt reports whether files with the extension can be read (read.SupportedExt).
func SupportedExt(ext string) bool { return read.SupportedExt(ext) }

// LoadFile reads an article file into a document (read.LoadFile).
func LoadFile(path string) (Document, error) { return read.LoadFile(path) }

// Parse builds a document from a file's bytes (read.Parse).
func Parse(path string, b []byte) (Document, error) { return read.Parse(path, b) }

// DecodeText decodes a text file's bytes to UTF-8 (read.DecodeText).
func DecodeText(b []byte) (string, error) { return read.DecodeText(b) }
