package tagger

import (
	"bytes"
	"hash/fnv"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func h(s string) uint64 {
	f := fnv.New64a()
	f.Write([]byte(s))
	return f.Sum64()
}

// toy task: capitalised words after "Mr" are names (tag 1), others 0.
func toy(sentence string) ([][]uint64, []int) {
	words := strings.Fields(sentence)
	var feats [][]uint64
	var tags []int
	for i, w := range words {
		prev := "<s>"
		if i > 0 {
			prev = words[i-1]
		}
		feats = append(feats, []uint64{h("w=" + w), h("prev=" + prev), h("cap=" + string(w[0]&0x20))})
		t := 0
		if prev == "Mr" {
			t = 1
		}
		tags = append(tags, t)
	}
	return feats, tags
}

// toyModel trains the toy task.
func toyModel() *Model {
	var data []Example
	for _, s := range []string{"Mr Smith said hello", "then Mr Jones left", "Mr Brown and Mr Green met", "nobody came"} {
		f, g := toy(s)
		data = append(data, Example{f, g})
	}
	return Train([]string{"O", "NAME"}, nil, data, 10, 1)
}

func TestTrainPredictSaveLoad(t *testing.T) {
	m := toyModel()
	f, want := toy("yesterday Mr Smith met Mr Green")
	got := m.Predict(f)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("predict %v, want %v", got, want)
		}
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got2 := m2.Predict(f)
	for i := range got {
		if got[i] != got2[i] {
			t.Fatal("loaded model predicts differently")
		}
	}
	if _, err := Load(strings.NewReader("nope")); err == nil {
		t.Error("garbage loaded as a model")
	}
}

func TestPredictFromSums(t *testing.T) {
	m := toyModel()
	m.Prepare()
	f, _ := toy("yesterday Mr Smith met Mr Green")
	// the word features summed beforehand, the rest looked up: the same tags
	base := make([][]float32, len(f))
	rest := make([][]uint64, len(f))
	for i, fs := range f {
		base[i] = m.Sum(fs[:1])
		rest[i] = fs[1:]
	}
	want, got := m.Predict(f), m.PredictFrom(base, rest)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("PredictFrom %v, Predict %v", got, want)
		}
	}
}

// The prepared Viterbi finds the path of the plain one, ties included,
// with and without forbidden transitions.
func TestPreparedViterbiIsThePlainOne(t *testing.T) {
	rnd := rand.New(rand.NewSource(5))
	tags := []string{"O", "B-A", "I-A", "B-B", "I-B", "X", "Y"}
	for k := 0; k < 300; k++ {
		m := NewModel(tags)
		for i := range m.trans {
			m.trans[i] = float32(rnd.Intn(4)) // ties are common
		}
		if k%2 == 1 {
			m.Allowed = func(i, j int) bool { return tags[j][0] != 'I' || i < len(tags) && tags[i][1:] == tags[j][1:] }
		}
		m.Prepare()
		n := 1 + rnd.Intn(12)
		score := make([]float32, n*len(tags))
		for i := range score {
			score[i] = float32(rnd.Intn(6))
		}
		plain := *m
		plain.transP = nil
		if got, want := m.viterbi(score, n), plain.viterbi(score, n); !slices.Equal(got, want) {
			t.Fatalf("model %d: %v, want %v", k, got, want)
		}
	}
}
