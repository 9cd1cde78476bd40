package eval

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kgx/kgx/importer"
)

const corporaDir = "../../../shared/corpora"

func TestReadCoNLL(t *testing.T) {
	in := "# comment\n1\tDie\tO\tO\n2\tDeutsche\tB-ORG\tB-LOCderiv\n3\tBank\tI-ORG\tO\n4\tin\tO\tO\n5\tFrankfurt\tB-LOC\tO\n\n" +
		"John I-PER\nSmith I-PER\nvisited O\nBerlin I-LOC\nand O\nGerman I-MISC\nfirms O\n"
	sents, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	want := [][]Span{{{1, 3, "ORG"}, {4, 5, "LOC"}}, {{0, 2, "PER"}, {3, 4, "LOC"}, {5, 6, "MISC"}}}
	for i, s := range sents {
		if len(s.Spans) != len(want[i]) {
			t.Fatalf("sentence %d: spans %v, want %v", i, s.Spans, want[i])
		}
		for k := range want[i] {
			if s.Spans[k] != want[i][k] {
				t.Errorf("sentence %d: span %v, want %v", i, s.Spans[k], want[i][k])
			}
		}
	}
}

func TestScores(t *testing.T) {
	s := Scores{TP: 8, FP: 2, FN: 8}
	if s.Precision() != 0.8 || s.Recall() != 0.5 || s.F1() < 0.615 || s.F1() > 0.616 {
		t.Errorf("P %v R %v F1 %v", s.Precision(), s.Recall(), s.F1())
	}
}

// corporaExtractor returns an extractor for the harness, or skips when the
// shared corpora are not there (or in -short mode: the harness trains models).
func corporaExtractor(t *testing.T) *importer.Extractor {
	t.Helper()
	if _, err := os.Stat(corporaDir); err != nil {
		t.Skipf("corpora not available at %s", corporaDir)
	}
	if testing.Short() {
		t.Skip("-short: the harness trains taggers")
	}
	x, err := importer.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestEval prints the importer's figures on the shared corpora and guards
// them against regressions: go test ./importer/eval -run Eval -v
func TestEval(t *testing.T) {
	reps, err := RunNER(context.Background(), corporaExtractor(t), corporaDir)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	WriteNER(&sb, reps)
	t.Log("\n" + sb.String())
	floors := map[string]float64{"GermEval 2014 dev+test, 5-fold": 0.60, "UNER EWT test": 0.55, "SmartData dev (news)": 0.55}
	f1 := map[string]float64{}
	for _, r := range reps {
		f1[r.Corpus] = r.All().F1()
		if floor, ok := floors[r.Corpus]; ok && f1[r.Corpus] < floor {
			t.Errorf("%s: F1 %.2f fell below %.2f", r.Corpus, f1[r.Corpus], floor)
		}
	}
	if f1["GermEval 2014 dev+test, 5-fold"] <= f1["GermEval 2014 dev+test, rules"] || f1["UNER EWT test"] <= f1["UNER EWT test, rules"] {
		t.Error("the statistical tagger does not improve on the rules")
	}
}

// TestEvalRelations prints relation recall on SmartData and Re-DocRED and
// guards the business relations.
func TestEvalRelations(t *testing.T) {
	reps, err := RunRelations(context.Background(), corporaExtractor(t), corporaDir)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	WriteRelations(&sb, reps)
	t.Log("\n" + sb.String())
	for _, r := range reps {
		if r.Corpus == "SmartData train" && r.RightRecall() < 0.45 {
			t.Errorf("SmartData %s: recall %.2f fell below 0.45", r.Relation, r.RightRecall())
		}
	}
}

// TestEvalPOS prints and guards the part-of-speech tagger's accuracy.
func TestEvalPOS(t *testing.T) {
	reps, err := RunPOS(context.Background(), corporaExtractor(t), corporaDir)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	WritePOS(&sb, reps)
	t.Log("\n" + sb.String())
	for _, r := range reps {
		if r.Accuracy() < 0.85 {
			t.Errorf("%s: accuracy %.3f fell below 0.85", r.Corpus, r.Accuracy())
		}
	}
}
