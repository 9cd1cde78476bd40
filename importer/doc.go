// Package importer turns article files into documents, sentences, entities
// and relations with evidence, offline.
//
// The pipeline runs in stages, each in its own file:
//
//	document.go   files → Document (format, encoding, boilerplate)
//	segment.go    text → sentences and tokens with offsets
//	lexicon.go    embedded lexicons and gazetteers (assets/lexicon)
//	ner.go        tokens → entity mentions with types
//	resolve.go    mentions → document entities (aliases, inflection, anaphora)
//	relations.go  sentences + entities → relations in the canonical vocabulary
//	extract.go    the Extractor that runs the stages
//
// Each stage works on plain data so that a later, statistical stage can
// replace a rule-based one without touching the others.
package importer
