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

// TestEval prints the importer's figures on the shared corpora (skips
// without them): go test ./importer/eval -run Eval -v
func TestEval(t *testing.T) {
	if _, err := os.Stat(corporaDir); err != nil {
		t.Skipf("corpora not available at %s", corporaDir)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	x, err := importer.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	reps, err := RunNER(context.Background(), x, corporaDir)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	WriteNER(&sb, reps)
	t.Log("\n" + sb.String())
}

// TestEvalRelations prints relation recall on SmartData and Re-DocRED.
func TestEvalRelations(t *testing.T) {
	if _, err := os.Stat(corporaDir); err != nil {
		t.Skipf("corpora not available at %s", corporaDir)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	x, err := importer.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	reps, err := RunRelations(context.Background(), x, corporaDir)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	WriteRelations(&sb, reps)
	t.Log("\n" + sb.String())
}
