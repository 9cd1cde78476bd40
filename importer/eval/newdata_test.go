package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadGUMOutermostEntities(t *testing.T) {
	// a sentence we wrote, in GUM's CoNLL-U with its entity brackets
	src := strings.Join([]string{
		"# sent_id = t1",
		"1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-giv-cf1-1-sgl)",
		"2\tjoined\tjoin\tVERB\tVBD\t_\t0\troot\t_\t_",
		"3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(2-organization-new-cf2-3-sgl",
		"4\tBank\tbank\tPROPN\tNNP\t_\t2\tobj\t_\t_",
		"5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_",
		"6\tEngland\tEngland\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=(3-place-new-cf3-1-sgl)2)",
		"7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
		"",
	}, "\n")
	got, err := ReadGUM(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Span{{From: 0, To: 1, Type: "PER"}, {From: 3, To: 6, Type: "ORG"}}
	if len(got) != 1 || !reflect.DeepEqual(got[0].Spans, want) {
		t.Errorf("spans %+v, want %+v (no article; the place inside the bank's name is not scored)", got, want)
	}
}

func TestReadEuropeanaBreaksSentences(t *testing.T) {
	got, err := ReadEuropeana(strings.NewReader("Der O\nKaiser B-PER\nWilhelm I-PER\nkam O\n. O\nIn O\nBerlin B-LOC\n. O\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[0].Tokens) != 5 || !reflect.DeepEqual(got[1].Spans, []Span{{From: 1, To: 2, Type: "LOC"}}) {
		t.Errorf("got %+v", got)
	}
}
