package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kgx/kgx/importer"
)

// UD treebanks under the corpora folder.
const (
	GSDDev   = "ud/de_gsd-ud-dev.conllu"
	GSDTest  = "ud/de_gsd-ud-test.conllu"
	EWTDev   = "ud/en_ewt-ud-dev.conllu"
	EWTTest  = "ud/en_ewt-ud-test.conllu"
	EWTTrain = "ud/en_ewt-ud-train.conllu"
)

// TaggedSentence is a sentence of a treebank with its UPOS tags.
type TaggedSentence struct{ Words, Tags []string }

// ReadCoNLLU reads the words and UPOS tags of a CoNLL-U file (multi-word
// token lines and empty nodes are skipped).
func ReadCoNLLU(r io.Reader) ([]TaggedSentence, error) {
	var out []TaggedSentence
	var cur TaggedSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = TaggedSentence{}
			continue
		}
		if strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 4 || strings.ContainsAny(c[0], "-.") {
			continue
		}
		cur.Words = append(cur.Words, c[1])
		cur.Tags = append(cur.Tags, c[3])
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// ReadTreebank reads a CoNLL-U file under dir.
func ReadTreebank(dir, file string) ([]TaggedSentence, error) { return readFile(dir, file, ReadCoNLLU) }

// POSReport is a tagging accuracy.
type POSReport struct {
	Corpus, Lang  string
	Tokens, Right int
}

// Accuracy is Right/Tokens.
func (r POSReport) Accuracy() float64 { return ratio(r.Right, r.Tokens) }

// RunPOS scores the part-of-speech tagger by 5-fold cross-validation over
// the dev and test parts of UD German GSD and UD English EWT.
func RunPOS(ctx context.Context, x *importer.Extractor, dir string) ([]POSReport, error) {
	var out []POSReport
	for _, c := range []struct {
		name, lang string
		files      []string
	}{
		{"UD German GSD dev+test, 5-fold", "de", []string{GSDDev, GSDTest}},
		{"UD English EWT dev+test, 5-fold", "en", []string{EWTDev, EWTTest}},
	} {
		var sents []TaggedSentence
		for _, f := range c.files {
			s, err := ReadTreebank(dir, f)
			if err != nil {
				return out, err
			}
			sents = append(sents, s...)
		}
		rep := POSReport{Corpus: c.name, Lang: c.lang}
		const k = 5
		for fold := 0; fold < k; fold++ {
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
			var train, test []TaggedSentence
			for i, s := range sents {
				if i%k == fold {
					test = append(test, s)
				} else {
					train = append(train, s)
				}
			}
			r := scorePOS(x, c.name, c.lang, train, test)
			rep.Tokens, rep.Right = rep.Tokens+r.Tokens, rep.Right+r.Right
		}
		out = append(out, rep)
	}
	// the held-out test part, by a tagger trained on the train split (and dev)
	// (absent in copies of the corpora without the train split)
	train, err := readTreebanks(dir, EWTTrain, EWTDev)
	if err != nil {
		return out, nil
	}
	test, err := ReadTreebank(dir, EWTTest)
	if err != nil {
		return out, err
	}
	out = append(out, scorePOS(x, "UD English EWT test, train split", "en", train, test))
	return out, nil
}

// readTreebanks reads and joins treebank files.
func readTreebanks(dir string, files ...string) ([]TaggedSentence, error) {
	var all []TaggedSentence
	for _, f := range files {
		s, err := ReadTreebank(dir, f)
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

// scorePOS trains a tagger on train and counts its right tags on test.
func scorePOS(x *importer.Extractor, name, lang string, train, test []TaggedSentence) POSReport {
	var words, tags [][]string
	for _, s := range train {
		words, tags = append(words, s.Words), append(tags, s.Tags)
	}
	m := x.TrainPOS(lang, words, tags, Epochs)
	rep := POSReport{Corpus: name, Lang: lang}
	for _, s := range test {
		for i, t := range x.TagPOS(m, s.Words, lang) {
			rep.Tokens++
			if t == s.Tags[i] {
				rep.Right++
			}
		}
	}
	return rep
}

// WritePOS prints tagging accuracies.
func WritePOS(w io.Writer, reps []POSReport) {
	for _, r := range reps {
		fmt.Fprintf(w, "%-34s %-4s %6d tokens  UPOS accuracy %.3f\n", r.Corpus, r.Lang, r.Tokens, r.Accuracy())
	}
}
