package graph

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

func mustStore(tb testing.TB) *Store {
	tb.Helper()
	st, err := Open(filepath.Join(tb.TempDir(), "p.kgx"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// lenovo is what an importer hands the store for a two-sentence article
// (written for this test): three entities, two relations with evidence.
func lenovo() kg.Extraction {
	text := "Lenovo eröffnet ein Werk in Ungarn.\nYang Yuanqing, CEO von Lenovo, sprach von einem Schritt."
	return kg.Extraction{
		Doc: kg.Document{ID: "d1", Title: "Lenovo eröffnet ein Werk", Path: "lenovo.txt", Lang: "de", Text: text},
		Entities: []kg.Entity{
			{Key: "org:lenovo", Name: "Lenovo", Type: kg.ORG, Mentions: 2},
			{Key: "loc:hu", Name: "Ungarn", Type: kg.LOC, Aliases: []string{"Hungary"}, Mentions: 1},
			{Key: "per:yang yuanqing", Name: "Yang Yuanqing", Type: kg.PER, Mentions: 1},
		},
		Relations: []kg.Relation{
			{Subject: 0, Predicate: "operates_in", Object: 1, Label: "Werk in", Confidence: 0.7,
				Sentence: "Lenovo eröffnet ein Werk in Ungarn.", Start: 0, End: 35},
			{Subject: 2, Predicate: "ceo_of", Object: 0, Label: "CEO von", Confidence: 0.85,
				Sentence: "Yang Yuanqing, CEO von Lenovo, sprach von einem Schritt.", Start: 36, End: 92},
		},
	}
}

func TestAddIsIdempotentAndLoads(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	s1, err := st.Add(ctx, lenovo())
	if err != nil || s1.NewEnts != 3 || s1.NewRels != 2 {
		t.Fatalf("first add: %+v, %v", s1, err)
	}
	if s2, err := st.Add(ctx, lenovo()); err != nil || !s2.Duplicate {
		t.Fatalf("second add: %+v, %v", s2, err)
	}
	g, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := g.Find("hungary")
	if err != nil || n.Name != "Ungarn" {
		t.Fatalf("alias lookup: %v %v", n, err)
	}
	var ceo *Edge
	yang, _ := g.Find("Yang Yuanqing")
	for _, e := range g.EdgesOf(yang.ID) {
		if e.Predicate == "ceo_of" {
			ceo = e
		}
	}
	if ceo == nil || len(ceo.Evidence) != 1 || ceo.Evidence[0].Start != 36 || ceo.Evidence[0].Doc != "d1" {
		t.Fatalf("ceo_of with its evidence: %+v", ceo)
	}
	var js bytes.Buffer
	if err := g.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js.Bytes(), []byte(`"CEO von"`)) {
		t.Error("JSON lacks the relation's label")
	}
}
