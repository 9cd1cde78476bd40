// Package importer turns article files into documents, sentences, entities
// and relations with evidence, offline.
//
// The pipeline runs in stages, each in its own file:
//
//	document.go, decode.go, html.go, pdf.go, docx.go
//	              files → Document (format, encoding, boilerplate)
//	segment.go    text → sentences and tokens with offsets
//	lexicon.go, words.go, cues.go
//	              embedded lexicons and gazetteers (assets/lexicon), word lists
//	ner.go, gazetteer.go, compounds.go, nametype.go
//	              tokens → entity mentions with types (rules)
//	features.go, nermodel.go, tagger/
//	              the statistical tagger that confirms or extends the rules
//	resolve.go    mentions → document entities (aliases, inflection, anaphora)
//	relations.go, frames.go, roles.go, nouncues.go, lists.go, literals.go
//	              sentences + entities → relations in the canonical vocabulary
//	extract.go    the Extractor that runs the stages
//	eval/         the measurement harness
//
// Each stage works on plain data so that a later, statistical stage can
// replace a rule-based one without touching the others.
package importer
