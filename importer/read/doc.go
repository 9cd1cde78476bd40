// Package read is the importer's first stage: a file becomes a document.
// It detects the format by extension (text, Markdown, HTML, PDF, Word) and
// the text encoding (UTF-8, UTF-16 with a byte-order mark, Windows-1252),
// keeps an HTML page's article text (Readability), a PDF's text layer and
// a Word file's paragraphs, drops teasers and attribution lines (keeping
// the byline as the author), and names the document by the hash of its
// text. It imports no later stage.
package read
