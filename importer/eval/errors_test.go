package eval

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kgx/kgx/importer"
)

// TestNERErrors lists frequent false positives and negatives of one fold
// ($KGX_NERDEBUG=de or en).
func TestNERErrors(t *testing.T) {
	lang := os.Getenv("KGX_NERDEBUG")
	if lang == "" {
		t.Skip("set KGX_NERDEBUG=de|en to list errors")
	}
	x, _ := importer.NewExtractor()
	x = x.WithNER("de", nil).WithNER("en", nil)
	var train, test []Sentence
	if lang == "de" {
		all, _ := ReadCorpus(corporaDir, GermEvalTest)
		dev, _ := ReadCorpus(corporaDir, GermEvalDev)
		train, test = all, dev
	} else {
		a, _ := ReadCorpus(corporaDir, UNERDev)
		b, _ := ReadCorpus(corporaDir, Wikigold)
		c, _ := ReadCorpus(corporaDir, SECFin5)
		train = concat(a, b, c)
		test, _ = ReadCorpus(corporaDir, UNERTest)
	}
	y := Train(x, lang, train, Epochs)
	count := map[string]int{}
	for _, s := range test {
		pred, _ := Predict(context.Background(), y, s.Tokens, lang)
		gold := map[Span]bool{}
		for _, g := range s.Spans {
			if isScored(g.Type) {
				gold[g] = true
			}
		}
		for _, p := range pred {
			if !gold[p] {
				count["FP "+p.Type+" "+strings.Join(s.Tokens[p.From:p.To], " ")]++
			}
			delete(gold, p)
		}
		for g := range gold {
			count["FN "+g.Type+" "+strings.Join(s.Tokens[g.From:g.To], " ")]++
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return count[keys[a]] > count[keys[b]] })
	for _, k := range keys[:min(80, len(keys))] {
		t.Logf("%3d %s", count[k], k)
	}
}
