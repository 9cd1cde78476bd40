package eval

import (
	"bufio"
	"context"
	"io"
	"strings"

	"github.com/kgx/kgx/importer"
)

// The training data that came later (issue #10): English GUM (UD with
// entity annotation) and German Europeana newspapers (historical OCR).
const (
	GUMTrain       = "ud/en_gum-train.conllu"
	EuropeanaLFT   = "ner/europeana_de_lft.bio"
	EuropeanaONB   = "ner/europeana_de_onb.bio"
	EuropeanaSBB   = "ner/europeana_de_sbb.bio"
	maxEuropeanaSz = 60 // tokens a Europeana "sentence" holds at most (the files have no sentence breaks)
)

// ReadEuropeana reads a Europeana Newspapers BIO file: one token and its tag
// a line (as ReadCoNLL reads them), without sentence breaks; a sentence
// ends after ".", "!" or "?" outside a name, or after maxEuropeanaSz tokens.
func ReadEuropeana(r io.Reader) ([]Sentence, error) {
	stream, err := ReadCoNLL(r)
	if err != nil {
		return nil, err
	}
	var out []Sentence
	for _, s := range stream {
		tags := s.Tags()
		from := 0
		for i, tok := range s.Tokens {
			end := tok == "." || tok == "!" || tok == "?" || i+1-from >= maxEuropeanaSz
			if tags[i] == "O" && end || i+1 == len(s.Tokens) {
				out = append(out, Sentence{Tokens: s.Tokens[from : i+1], Spans: spans(tags[from : i+1])})
				from = i + 1
			}
		}
	}
	return out, nil
}

// gumTypes maps GUM's entity types to the scored ones.
var gumTypes = map[string]string{"person": "PER", "place": "LOC", "organization": "ORG"}

// ReadGUM reads a GUM CoNLL-U file, whose MISC column marks entity mentions
// as bracketed spans ("Entity=(5-person-…", "5)"): the outermost person,
// place and organisation mentions that are names become the sentence's
// spans, without a leading article ("the Bank of England" → "Bank of
// England"), as the other corpora mark them; GUM also marks descriptions
// ("the president"), which are no names.
func ReadGUM(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var s Sentence
	var upos []string
	type open struct {
		id, typ string
		start   int
	}
	var stack []open
	var found []Span
	flush := func() {
		if len(s.Tokens) > 0 {
			s.Spans = outermost(names(found, upos))
			out = append(out, s)
		}
		s, stack, found, upos = Sentence{}, nil, nil, nil
	}
	closeID := func(id string, end int) {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].id == id {
				if t, ok := gumTypes[stack[i].typ]; ok {
					found = append(found, Span{From: stack[i].start, To: end, Type: t})
				}
				stack = append(stack[:i], stack[i+1:]...)
				return
			}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 10 || strings.HasPrefix(l, "#") || strings.ContainsAny(c[0], "-.") {
			continue // comments, multiword tokens, empty nodes
		}
		k := len(s.Tokens)
		s.Tokens, upos = append(s.Tokens, c[1]), append(upos, c[3])
		for _, f := range strings.Split(c[9], "|") {
			ent, ok := strings.CutPrefix(f, "Entity=")
			if !ok {
				continue
			}
			for ent != "" {
				if ent[0] == '(' {
					j := strings.IndexAny(ent[1:], "()")
					body := ent[1:]
					if j >= 0 {
						body = ent[1 : j+1]
					}
					parts := strings.SplitN(body, "-", 3)
					if len(parts) >= 2 {
						stack = append(stack, open{id: parts[0], typ: parts[1], start: k})
					}
					if j < 0 {
						break
					}
					ent = ent[j+1:]
					if ent != "" && ent[0] == ')' { // "(5-person-…)": one token
						closeID(parts[0], k+1)
						ent = ent[1:]
					}
					continue
				}
				j := strings.IndexByte(ent, ')')
				if j < 0 {
					break
				}
				closeID(ent[:j], k+1)
				ent = ent[j+1:]
			}
		}
	}
	flush()
	return out, sc.Err()
}

// names keeps the spans that are proper names once a leading determiner
// is dropped.
func names(sp []Span, upos []string) []Span {
	var out []Span
	for _, a := range sp {
		for a.From < a.To && upos[a.From] == "DET" {
			a.From++
		}
		if a.From < a.To && upos[a.From] == "PROPN" {
			out = append(out, a)
		}
	}
	return out
}

// outermost keeps the spans that no other span contains.
func outermost(sp []Span) []Span {
	var out []Span
	for i, a := range sp {
		inside := false
		for j, b := range sp {
			if i != j && b.From <= a.From && a.To <= b.To && (b.To-b.From > a.To-a.From || j < i) {
				inside = true
			}
		}
		if !inside {
			out = append(out, a)
		}
	}
	return out
}

// RunNERNewData scores the NER lines of RunNER again with the new training
// data added: Europeana to each German model, GUM to each English one.
func RunNERNewData(ctx context.Context, x *importer.Extractor, dir string) ([]NERReport, error) {
	read, rules, err := nerCorpora(x, dir)
	if err != nil {
		return nil, err
	}
	var europeana []Sentence
	for _, f := range []string{EuropeanaLFT, EuropeanaONB, EuropeanaSBB} {
		s, err := readFile(dir, f, ReadEuropeana)
		if err != nil {
			return nil, err
		}
		europeana = append(europeana, s...)
	}
	gum, err := readFile(dir, GUMTrain, ReadGUM)
	if err != nil {
		return nil, err
	}
	germeval := concat(read[GermEvalDev], read[GermEvalTest])
	return runSteps([]func() (NERReport, error){
		func() (NERReport, error) {
			return CrossValidate(ctx, rules, "GermEval 5-fold + Europeana", "de", germeval,
				concat(read[SmartDataTrain], read[SmartDataDev], europeana), 5, Epochs)
		},
		func() (NERReport, error) {
			de := Train(rules, "de", concat(germeval, read[SmartDataTrain], europeana), Epochs)
			return NER(ctx, de, "SmartData dev + Europeana", "de", read[SmartDataDev])
		},
		func() (NERReport, error) {
			en, err := ewtDevTagger(rules, dir)
			if err != nil {
				return NERReport{}, err
			}
			en = Train(en, "en", concat(read[UNERDev], read[Wikigold], read[SECFin5], read[ReDocREDDev], gum), Epochs)
			return NER(ctx, en, "UNER EWT test + GUM", "en", read[UNERTest])
		},
		func() (NERReport, error) {
			en := Train(rules, "en", concat(read[UNERDev], read[UNERTest], read[SECFin5], read[ReDocREDDev], gum), Epochs)
			return NER(ctx, en, "wikigold + GUM", "en", read[Wikigold])
		},
	})
}
