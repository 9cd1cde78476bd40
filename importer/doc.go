// Package importer turns article files into documents, sentences, entities
// and relations with evidence, offline.
//
// The pipeline is a short list of stages, one package each, in data-flow
// order; a stage imports only the stages before it:
//
//	read/      files → Document (format, encoding, boilerplate)
//	segment/   text → sentences and tokens with offsets
//	tag/       words → lexicon classes, features, part-of-speech tags
//	mention/   sentences → entity mentions with types (rules, gazetteers,
//	           the statistical entity tagger, document-wide fixes)
//	resolve/   mentions → the document's entities (aliases, inflection)
//	relate/    sentences + entities → relations in the canonical vocabulary
//
// They pass one annotated document along (doc/). Every stage reads its
// language knowledge — word lists, cue and frame tables, roles, gazetteers —
// from lexicon/, which loads it from the data files in assets/lexicon.
// tagger/ is the averaged perceptron that the tag and mention stages train
// and run; eval/ is the measurement harness. This package runs the stages
// (Extractor) and keeps the names its callers use.
package importer
