// Package eval measures the importer on annotated corpora: named-entity
// precision, recall and F1 per type (span-exact, PER/ORG/LOC), and the
// recall of relations. It reads the corpora at run time; nothing of them is
// part of kgx.
package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kgx/kgx/importer"
)

// Scores counts true positives, false positives and false negatives.
type Scores struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), or 0.
func (s Scores) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN), or 0.
func (s Scores) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall, or 0.
func (s Scores) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Types are the entity types scored.
var Types = []string{"PER", "ORG", "LOC"}

// NERReport is the result on one corpus.
type NERReport struct {
	Corpus    string
	Lang      string
	Sentences int
	ByType    map[string]*Scores
}

// All sums the scores over Types.
func (r NERReport) All() Scores {
	var s Scores
	for _, t := range Types {
		if b := r.ByType[t]; b != nil {
			s.TP += b.TP
			s.FP += b.FP
			s.FN += b.FN
		}
	}
	return s
}

// Sentence is a tokenised sentence with gold spans.
type Sentence struct {
	Tokens []string
	Spans  []Span
}

// Span is an entity over tokens [From, To).
type Span struct {
	From, To int
	Type     string
}

// ReadCoNLL reads a token-per-line corpus: GermEval's TSV (index, token,
// outer tag, inner tag), UNER's IOB2 (index, token, tag, …) or the
// space-separated CoNLL of wikigold and SEC (token … tag). Both IOB1 and
// IOB2 tags are understood; types other than Types are dropped.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var toks, tags []string
	flush := func() {
		if len(toks) > 0 {
			out = append(out, Sentence{Tokens: toks, Spans: spans(tags)})
		}
		toks, tags = nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "#\t") {
			continue
		}
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		var tok, tag string
		if strings.Contains(l, "\t") {
			c := strings.Split(l, "\t")
			if len(c) < 3 {
				continue
			}
			tok, tag = c[1], c[2]
		} else {
			c := strings.Fields(l)
			if len(c) < 2 || c[0] == "-DOCSTART-" {
				continue
			}
			tok, tag = c[0], c[len(c)-1]
		}
		toks = append(toks, tok)
		tags = append(tags, tag)
	}
	flush()
	return out, sc.Err()
}

func spans(tags []string) []Span {
	var out []Span
	cur := -1
	typ := ""
	end := func(i int) {
		if cur >= 0 && isScored(typ) {
			out = append(out, Span{cur, i, typ})
		}
		cur, typ = -1, ""
	}
	for i, t := range tags {
		p, ty, _ := strings.Cut(t, "-")
		switch {
		case t == "O" || ty == "":
			end(i)
		case p == "B" || ty != typ:
			end(i)
			cur, typ = i, ty
		}
	}
	end(len(tags))
	return out
}

func isScored(t string) bool {
	for _, x := range Types {
		if t == x {
			return true
		}
	}
	return false
}

// NER runs the extractor on each sentence and scores the entity mentions
// span-exactly against the gold spans.
func NER(ctx context.Context, x *importer.Extractor, name, lang string, sents []Sentence) (NERReport, error) {
	rep := NERReport{Corpus: name, Lang: lang, Sentences: len(sents), ByType: map[string]*Scores{}}
	for _, t := range Types {
		rep.ByType[t] = &Scores{}
	}
	for _, s := range sents {
		pred, err := Predict(ctx, x, s.Tokens, lang)
		if err != nil {
			return rep, err
		}
		gold := map[Span]bool{}
		for _, g := range s.Spans {
			gold[g] = true
		}
		for _, p := range pred {
			if gold[p] {
				rep.ByType[p.Type].TP++
				delete(gold, p)
			} else {
				rep.ByType[p.Type].FP++
			}
		}
		for g := range gold {
			rep.ByType[g.Type].FN++
		}
	}
	return rep, nil
}

// Predict returns the importer's PER/ORG/LOC mentions in a tokenised
// sentence as token spans. Mentions whose edges fall inside a token, and
// parts of compounds ("VW" in "VW-Chef"), are not names of their own in the
// corpora's sense and are left out.
func Predict(ctx context.Context, x *importer.Extractor, tokens []string, lang string) ([]Span, error) {
	var sb strings.Builder
	starts := map[int]int{}
	ends := map[int]int{}
	for i, t := range tokens {
		if i > 0 {
			sb.WriteByte(' ')
		}
		starts[sb.Len()] = i
		sb.WriteString(t)
		ends[sb.Len()] = i + 1
	}
	doc := importer.Document{Text: sb.String()}
	res, err := x.Extract(ctx, doc, lang)
	if err != nil {
		return nil, err
	}
	var out []Span
	seen := map[Span]bool{}
	for _, m := range res.Mentions {
		if m.Head != "" {
			continue
		}
		typ := res.Entities[m.Entity].Type
		from, ok1 := starts[m.Start]
		to, ok2 := ends[m.End]
		if !ok1 || !ok2 || !isScored(typ) {
			continue
		}
		sp := Span{from, to, typ}
		if !seen[sp] {
			seen[sp] = true
			out = append(out, sp)
		}
	}
	return out, nil
}

// Corpus names a NER corpus file under the corpora folder.
type Corpus struct{ Name, File, Lang string }

// NERCorpora are the corpora of ../shared/corpora used for NER figures.
var NERCorpora = []Corpus{
	{"GermEval 2014 test", "ner/germeval2014_test.tsv", "de"},
	{"GermEval 2014 dev", "ner/germeval2014_dev.tsv", "de"},
	{"UNER English EWT test", "ner/uner_en_ewt_test.iob2", "en"},
	{"UNER English EWT dev", "ner/uner_en_ewt_dev.iob2", "en"},
	{"wikigold", "ner/wikigold_en.conll", "en"},
}

// RunNER scores every NER corpus found under dir.
func RunNER(ctx context.Context, x *importer.Extractor, dir string) ([]NERReport, error) {
	var out []NERReport
	for _, c := range NERCorpora {
		f, err := os.Open(filepath.Join(dir, c.File))
		if err != nil {
			return out, fmt.Errorf("eval: %w", err)
		}
		sents, err := ReadCoNLL(f)
		f.Close()
		if err != nil {
			return out, fmt.Errorf("eval: %s: %w", c.File, err)
		}
		rep, err := NER(ctx, x, c.Name, c.Lang, sents)
		if err != nil {
			return out, err
		}
		out = append(out, rep)
	}
	return out, nil
}

// WriteNER prints reports as a table.
func WriteNER(w io.Writer, reps []NERReport) {
	fmt.Fprintf(w, "%-24s %-4s %6s  %-17s %-17s %-17s %s\n", "corpus", "lang", "sents", "PER P/R/F1", "ORG P/R/F1", "LOC P/R/F1", "all P/R/F1")
	for _, r := range reps {
		fmt.Fprintf(w, "%-24s %-4s %6d", r.Corpus, r.Lang, r.Sentences)
		keys := append([]string(nil), Types...)
		sort.Strings(keys)
		for _, t := range Types {
			s := r.ByType[t]
			fmt.Fprintf(w, "  %.2f/%.2f/%.2f   ", s.Precision(), s.Recall(), s.F1())
		}
		a := r.All()
		fmt.Fprintf(w, "%.2f/%.2f/%.2f\n", a.Precision(), a.Recall(), a.F1())
	}
}
