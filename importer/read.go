package importer

import "github.com/kgx/kgx/importer/read"

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
