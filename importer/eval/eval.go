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
// IOB2 tags are understood; GermEval's OTH becomes MISC, its *deriv and
// *part tags count as outside.
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
		if typ == "OTH" {
			typ = "MISC"
		}
		if cur >= 0 && (isScored(typ) || typ == "MISC") {
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
			if isScored(g.Type) {
				gold[g] = true
			}
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
// sentence as token spans; the importer reads the corpus's tokens as they
// are. Parts of compounds ("VW" in "VW-Chef") are not names of their own
// in the corpora's sense and are left out.
func Predict(ctx context.Context, x *importer.Extractor, tokens []string, lang string) ([]Span, error) {
	res, err := x.ExtractTokens(ctx, [][]string{tokens}, lang)
	if err != nil {
		return nil, err
	}
	var out []Span
	seen := map[Span]bool{}
	for _, m := range res.Mentions {
		typ := res.Entities[m.Entity].Type
		if m.Head != "" || !isScored(typ) {
			continue
		}
		sp := Span{m.Tok0, m.Tok1, typ}
		if !seen[sp] {
			seen[sp] = true
			out = append(out, sp)
		}
	}
	return out, nil
}

// ReadCorpus reads a corpus file under dir.
func ReadCorpus(dir, file string) ([]Sentence, error) { return readFile(dir, file, ReadCoNLL) }

// readFile opens a corpus file under dir and parses it, naming the file in
// errors.
func readFile[T any](dir, file string, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(filepath.Join(dir, file))
	if err != nil {
		return zero, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	v, err := parse(f)
	if err != nil {
		return zero, fmt.Errorf("eval: %s: %w", file, err)
	}
	return v, nil
}

// Corpus files under the corpora folder.
const (
	GermEvalDev  = "ner/germeval2014_dev.tsv"
	GermEvalTest = "ner/germeval2014_test.tsv"
	UNERDev      = "ner/uner_en_ewt_dev.iob2"
	UNERTest     = "ner/uner_en_ewt_test.iob2"
	Wikigold     = "ner/wikigold_en.conll"
	SECFin5      = "ner/sec_fin5_en.conll"
)

// Epochs of perceptron training used by the harness and the shipped models.
const Epochs = 12

// RunNER scores the importer on the NER corpora under dir. No model is
// scored on sentences it was trained on: GermEval 2014 is scored by 5-fold
// cross-validation over its dev and test parts (SmartData added to every
// fold's training); UNER English EWT test by a model trained on UNER dev,
// wikigold, SEC and Re-DocRED, over part-of-speech tags from a tagger
// trained on UD EWT dev only; wikigold by one trained on UNER, SEC and
// Re-DocRED; SmartData dev (German news) by one trained on GermEval and
// SmartData train. The rules alone are scored too.
func RunNER(ctx context.Context, x *importer.Extractor, dir string) ([]NERReport, error) {
	read, rules, err := nerCorpora(x, dir)
	if err != nil {
		return nil, err
	}
	germeval := concat(read[GermEvalDev], read[GermEvalTest])
	return runSteps([]func() (NERReport, error){
		func() (NERReport, error) { return NER(ctx, rules, "GermEval 2014 dev+test, rules", "de", germeval) },
		func() (NERReport, error) {
			return CrossValidate(ctx, rules, "GermEval 2014 dev+test, 5-fold", "de", germeval,
				concat(read[SmartDataTrain], read[SmartDataDev]), 5, Epochs)
		},
		func() (NERReport, error) {
			de := Train(rules, "de", concat(germeval, read[SmartDataTrain]), Epochs)
			return NER(ctx, de, "SmartData dev (news)", "de", read[SmartDataDev])
		},
		func() (NERReport, error) { return NER(ctx, rules, "UNER EWT test, rules", "en", read[UNERTest]) },
		func() (NERReport, error) {
			en, err := ewtDevTagger(rules, dir)
			if err != nil {
				return NERReport{}, err
			}
			en = Train(en, "en", concat(read[UNERDev], read[Wikigold], read[SECFin5], read[ReDocREDDev]), Epochs)
			return NER(ctx, en, "UNER EWT test", "en", read[UNERTest])
		},
		func() (NERReport, error) {
			en := Train(rules, "en", concat(read[UNERDev], read[UNERTest], read[SECFin5], read[ReDocREDDev]), Epochs)
			return NER(ctx, en, "wikigold", "en", read[Wikigold])
		},
	})
}

// nerCorpora reads the annotated corpora the NER lines score, and returns
// them with the extractor without its statistical taggers (the rules).
func nerCorpora(x *importer.Extractor, dir string) (map[string][]Sentence, *importer.Extractor, error) {
	read := map[string][]Sentence{}
	for _, f := range []string{GermEvalDev, GermEvalTest, UNERDev, UNERTest, Wikigold, SECFin5} {
		s, err := ReadCorpus(dir, f)
		if err != nil {
			return nil, nil, err
		}
		read[f] = s
	}
	rules := x.WithNER("de", nil).WithNER("en", nil)
	for _, f := range []string{SmartDataTrain, SmartDataDev, ReDocREDDev} {
		s, err := ReadSpanDocs(rules, dir, f)
		if err != nil {
			return nil, nil, err
		}
		read[f] = s
	}
	return read, rules, nil
}

// ewtDevTagger returns x with an English part-of-speech tagger trained on
// UD EWT dev only: the shipped one learnt the parts of speech of the UNER
// test sentences (UD EWT test), so they are scored with one that did not.
func ewtDevTagger(x *importer.Extractor, dir string) (*importer.Extractor, error) {
	ewt, err := ReadTreebank(dir, EWTDev)
	if err != nil {
		return nil, err
	}
	var words, tags [][]string
	for _, t := range ewt {
		words, tags = append(words, t.Words), append(tags, t.Tags)
	}
	return x.WithPOS("en", x.TrainPOS("en", words, tags, Epochs)), nil
}

// runSteps runs scoring steps in order and collects their reports; it
// stops at the first error, returning the reports so far.
func runSteps(steps []func() (NERReport, error)) ([]NERReport, error) {
	var out []NERReport
	for _, step := range steps {
		r, err := step()
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

func concat(parts ...[]Sentence) []Sentence {
	var out []Sentence
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// WriteNER prints reports as a table.
func WriteNER(w io.Writer, reps []NERReport) {
	fmt.Fprintf(w, "%-34s %-4s %6s  %-17s %-17s %-17s %s\n", "corpus", "lang", "sents", "PER P/R/F1", "ORG P/R/F1", "LOC P/R/F1", "all P/R/F1")
	for _, r := range reps {
		fmt.Fprintf(w, "%-34s %-4s %6d", r.Corpus, r.Lang, r.Sentences)
		for _, t := range Types {
			s := r.ByType[t]
			fmt.Fprintf(w, "  %.2f/%.2f/%.2f   ", s.Precision(), s.Recall(), s.F1())
		}
		a := r.All()
		fmt.Fprintf(w, "%.2f/%.2f/%.2f\n", a.Precision(), a.Recall(), a.F1())
	}
}

// Tags returns the BIO tags of a sentence's gold spans.
func (s Sentence) Tags() []string {
	tags := make([]string, len(s.Tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for _, sp := range s.Spans {
		for k := sp.From; k < sp.To; k++ {
			tags[k] = "I-" + sp.Type
		}
		tags[sp.From] = "B-" + sp.Type
	}
	return tags
}

// Train trains an entity tagger for lang on the sentences and returns an
// extractor that uses it.
func Train(x *importer.Extractor, lang string, sents []Sentence, epochs int) *importer.Extractor {
	words := make([][]string, len(sents))
	tags := make([][]string, len(sents))
	for i, s := range sents {
		words[i], tags[i] = s.Tokens, s.Tags()
	}
	return x.WithNER(lang, x.TrainNER(lang, words, tags, epochs))
}

// CrossValidate scores sentences in k folds, each with a tagger trained on
// the other folds (plus extra training sentences), and sums the scores.
func CrossValidate(ctx context.Context, x *importer.Extractor, name, lang string, sents, extra []Sentence, k, epochs int) (NERReport, error) {
	total := NERReport{Corpus: name, Lang: lang, ByType: map[string]*Scores{}}
	for _, t := range Types {
		total.ByType[t] = &Scores{}
	}
	for f := 0; f < k; f++ {
		var train, test []Sentence
		for i, s := range sents {
			if i%k == f {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		y := Train(x, lang, append(train, extra...), epochs)
		rep, err := NER(ctx, y, name, lang, test)
		if err != nil {
			return total, err
		}
		total.Sentences += rep.Sentences
		for _, t := range Types {
			total.ByType[t].TP += rep.ByType[t].TP
			total.ByType[t].FP += rep.ByType[t].FP
			total.ByType[t].FN += rep.ByType[t].FN
		}
	}
	return total, nil
}
