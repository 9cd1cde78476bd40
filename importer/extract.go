package importer

import (
	"context"
	"strings"

	"github.com/kgx/kgx/importer/mention"
	"github.com/kgx/kgx/importer/relate"
	"github.com/kgx/kgx/importer/resolve"
	"github.com/kgx/kgx/importer/segment"
	"github.com/kgx/kgx/importer/tag"
)

// Extractor runs the extraction pipeline, a short list of stages over one
// annotated document (importer/doc):
//
//	read     file → Document                     (importer/read)
//	segment  text → sentences and tokens         (importer/segment)
//	tag      words → features, part of speech    (importer/tag)
//	mention  sentences → entity mentions         (importer/mention)
//	resolve  mentions → the document's entities  (importer/resolve)
//	relate   sentences + entities → relations    (importer/relate)
//
// All stages read their language knowledge from importer/lexicon. An
// Extractor is safe for concurrent use.
type Extractor struct {
	lex     *Lexicon
	tag     *tag.Tagger
	mention *mention.Finder
	resolve *resolve.Resolver
	relate  *relate.Relater
}

// NewExtractor loads the lexicons and models and returns an extractor.
func NewExtractor() (*Extractor, error) {
	lex, err := NewLexicon()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New(lex)
	if err != nil {
		return nil, err
	}
	mf, err := mention.New(lex, tg)
	if err != nil {
		return nil, err
	}
	return &Extractor{lex: lex, tag: tg, mention: mf, resolve: resolve.New(lex), relate: relate.New(lex)}, nil
}

// Extract finds the entities and relations of doc. lang is "de", "en" or
// "" (detect). It stops early with ctx's error when ctx is cancelled.
func (x *Extractor) Extract(ctx context.Context, doc Document, lang string) (*Result, error) {
	if lang == "" || lang == "auto" {
		lang = DetectLanguage(doc.Text)
	}
	return x.extract(ctx, doc, Segment(doc.Text), lang)
}

// ExtractTokens runs the extractor over sentences that are tokenised
// already (an annotated corpus), one sentence per slice, so that mentions
// line up with the given tokens: Mention.Sent and Tok0/Tok1 index them.
// The document's text joins the tokens with spaces and the sentences with
// line breaks.
func (x *Extractor) ExtractTokens(ctx context.Context, sents [][]string, lang string) (*Result, error) {
	var sb strings.Builder
	out := make([]Sentence, 0, len(sents))
	for _, words := range sents {
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		s := Sentence{Start: sb.Len(), Tokens: make([]Token, len(words))}
		for i, w := range words {
			if i > 0 {
				sb.WriteByte(' ')
			}
			s.Tokens[i] = segment.NewToken(w, sb.Len(), sb.Len()+len(w))
			sb.WriteString(w)
		}
		s.End = sb.Len()
		out = append(out, s)
	}
	if lang == "" || lang == "auto" {
		lang = DetectLanguage(sb.String())
	}
	return x.extract(ctx, Document{Text: sb.String()}, out, lang)
}

func (x *Extractor) extract(ctx context.Context, d Document, sentences []Sentence, lang string) (*Result, error) {
	d.Lang = lang
	res := &Result{Doc: d, Sentences: sentences}
	cache := x.tag.DocCache(lang)
	defer x.tag.PutDocCache(lang, cache)
	pos := x.tag.TagAll(res.Sentences, lang, cache)
	if err := x.mention.Find(ctx, res, pos, cache); err != nil {
		return nil, err
	}
	res.Entities, res.Relations = x.resolve.Resolve(res.Mentions)
	x.relate.Relate(res)
	return res, nil
}

// DetectLanguage tells German from English by counting frequent function
// words; it returns "de" or "en".
func DetectLanguage(text string) string {
	de, en := 0, 0
	for w := range strings.FieldsSeq(text) {
		if w = strings.Trim(w, ".,;:!?\"„“()"); len(w) > len("nicht") {
			continue // longer than every cue word
		}
		switch segment.Lower(w) {
		case "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine", "sich", "auf", "für", "auch", "wurde":
			de++
		case "the", "and", "is", "of", "to", "that", "with", "for", "was", "on", "it", "by", "has", "from", "are":
			en++
		}
	}
	if en > de {
		return "en"
	}
	return "de"
}
