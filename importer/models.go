package importer

import "github.com/kgx/kgx/importer/tagger"

// The statistical models of the tag and mention stages, for the
// measurement harness (importer/eval), which trains and swaps them.

// WithNER returns a copy of the extractor that uses model as the entity
// tagger for lang (nil: rules only). The lexicons are shared.
func (x *Extractor) WithNER(lang string, model *tagger.Model) *Extractor {
	y := *x
	y.mention = x.mention.WithNER(lang, model)
	return &y
}

// WithPOS returns a copy of the extractor that uses model as the
// part-of-speech tagger for lang (nil: none).
func (x *Extractor) WithPOS(lang string, model *tagger.Model) *Extractor {
	y := *x
	y.tag = x.tag.WithPOS(lang, model)
	y.mention = x.mention.WithTagger(y.tag)
	return &y
}

// NER returns the entity tagger for lang, or nil.
func (x *Extractor) NER(lang string) *tagger.Model { return x.mention.NER(lang) }

// TrainNER trains an entity tagger for lang on tokenised sentences with BIO tags.
func (x *Extractor) TrainNER(lang string, sents [][]string, tags [][]string, epochs int) *tagger.Model {
	return x.mention.TrainNER(lang, sents, tags, epochs)
}

// TrainPOS trains a part-of-speech tagger for lang on tokenised sentences
// with UPOS tags.
func (x *Extractor) TrainPOS(lang string, sents [][]string, tags [][]string, epochs int) *tagger.Model {
	return x.tag.TrainPOS(lang, sents, tags, epochs)
}

// TagPOS returns the UPOS tag of each word.
func (x *Extractor) TagPOS(m *tagger.Model, words []string, lang string) []string {
	return x.tag.TagPOS(m, words, lang)
}
