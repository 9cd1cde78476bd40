package graph

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
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

// AddAll saves several documents in one transaction; one that fails is
// left out alone, and relations count as new only the first time.
func TestAddAllKeepsTheGoodDocuments(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	again := lenovo()
	again.Doc.ID, again.Doc.Path = "d2", "again.txt"
	broken := lenovo()
	broken.Doc.ID = "d3"
	broken.Relations = append(broken.Relations, kg.Relation{Subject: 0, Predicate: "owns", Object: 7})
	stats, errs, err := st.AddAll(ctx, []kg.Extraction{lenovo(), broken, again, lenovo()})
	if err != nil {
		t.Fatal(err)
	}
	if errs[0] != nil || stats[0].NewEnts != 3 || stats[0].NewRels != 2 {
		t.Errorf("first: %+v %v", stats[0], errs[0])
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "entities 0 and 7 of 3") {
		t.Errorf("a relation to entity 7 of 3 was saved, or its error does not say so: %v", errs[1])
	}
	if errs[2] != nil || stats[2].NewEnts != 0 || stats[2].NewRels != 0 || stats[2].Relations != 2 {
		t.Errorf("the same relations again count as new: %+v %v", stats[2], errs[2])
	}
	if errs[3] != nil || !stats[3].Duplicate {
		t.Errorf("the same document twice in a batch: %+v %v", stats[3], errs[3])
	}
	g, _ := st.Load(ctx)
	if len(g.Documents) != 2 || len(g.Edges) != 2 || len(g.Nodes) != 3 {
		t.Errorf("%d documents, %d relations, %d entities; want 2, 2, 3", len(g.Documents), len(g.Edges), len(g.Nodes))
	}
	for _, e := range g.Edges {
		if len(e.Evidence) != 2 {
			t.Errorf("%s has %d sentences of evidence, want one per document", e.Predicate, len(e.Evidence))
		}
	}
	var mentions int
	for _, n := range g.Nodes {
		if n.Name == "Lenovo" {
			mentions = n.Mentions
		}
	}
	if mentions != 4 {
		t.Errorf("Lenovo has %d mentions, want 4: the failed document's were not rolled back", mentions)
	}
}
