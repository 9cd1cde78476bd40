// Package segment is the importer's second stage: a document's text
// becomes sentences of tokens with byte offsets. It knows abbreviations
// ("z. B.", "Mr."), ordinal dates ("3. Februar"), initials, hard-wrapped
// paragraphs and headlines without a full stop. It imports no later stage.
package segment
