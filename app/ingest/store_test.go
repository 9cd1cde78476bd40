package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/importer"
)

var extractor = sync.OnceValues(importer.NewExtractor)

func mustStore(tb testing.TB) *graph.Store {
	tb.Helper()
	st, err := graph.Open(filepath.Join(tb.TempDir(), "p.kgx"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func mustResult(tb testing.TB, name, text string) *importer.Result {
	tb.Helper()
	x, err := extractor()
	if err != nil {
		tb.Fatal(err)
	}
	d, err := importer.Parse(name, []byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	r, err := x.Extract(context.Background(), d, "")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

const (
	textDE = "Der chinesische Hersteller Lenovo hat eine Fabrik in den USA eröffnet.\nYang Yuanqing, CEO von Lenovo, sagte, das Werk sei wichtig."
	textEN = "Lenovo opened a plant in the United States.\nYang Yuanqing, the chief executive of Lenovo, said the plant mattered."
)

func TestStoreImportIsIdempotent(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	r := mustResult(t, "a.txt", textDE)
	s1, err := st.Add(ctx, r.Extraction())
	if err != nil {
		t.Fatal(err)
	}
	if s1.Duplicate || s1.NewEnts == 0 || s1.NewRels == 0 {
		t.Fatalf("first import: %+v", s1)
	}
	before, _ := st.Stats(ctx)
	s2, err := st.Add(ctx, r.Extraction())
	if err != nil {
		t.Fatal(err)
	}
	after, _ := st.Stats(ctx)
	if !s2.Duplicate || before != after {
		t.Errorf("re-import changed the project: %+v → %+v (%+v)", before, after, s2)
	}
}

func TestStoreMergesAcrossLanguages(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	for i, text := range []string{textDE, textEN} {
		if _, err := st.Add(ctx, mustResult(t, []string{"de.txt", "en.txt"}[i], text).Extraction()); err != nil {
			t.Fatal(err)
		}
	}
	g, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	usa, err := g.Find("United States")
	if err != nil {
		t.Fatal(err)
	}
	if usa2, _ := g.Find("USA"); usa2 != usa {
		t.Error("USA and United States are two nodes")
	}
	lenovo, err := g.Find("Lenovo")
	if err != nil {
		t.Fatal(err)
	}
	if len(lenovo.Docs) != 2 {
		t.Errorf("Lenovo is in %d documents, want 2", len(lenovo.Docs))
	}
	var ceo *graph.Edge
	for _, e := range g.EdgesOf(lenovo.ID) {
		if e.Predicate == "ceo_of" {
			ceo = e
		}
	}
	if ceo == nil || len(ceo.Evidence) != 2 {
		t.Fatalf("ceo_of with evidence from both documents expected, got %+v", ceo)
	}
	for _, ev := range ceo.Evidence {
		doc := g.Document(ev.Doc)
		if doc == nil || ev.Sentence == "" || ev.End <= ev.Start {
			t.Errorf("bad evidence %+v", ev)
		}
	}
}

func TestJSONAndNQuads(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	if _, err := st.Add(ctx, mustResult(t, "de.txt", textDE).Extraction()); err != nil {
		t.Fatal(err)
	}
	g, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Documents []map[string]any `json:"documents"`
		Entities  []struct {
			ID, Name, Type string
			Aliases        []string
			Mentions       int
		} `json:"entities"`
		Triples []struct {
			Subject, Predicate, Object, Label string
			Confidence                        float64
			Evidence                          []struct {
				Doc, Sentence string
				Start, End    int
			}
		} `json:"triples"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Documents) != 1 || len(out.Entities) == 0 || len(out.Triples) == 0 {
		t.Fatalf("export incomplete: %s", buf.String())
	}
	doc := out.Documents[0]
	for _, k := range []string{"id", "title", "path", "lang"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("document lacks %q", k)
		}
	}
	for _, tr := range out.Triples {
		if tr.Subject == "" || tr.Predicate == "" || len(tr.Evidence) == 0 || tr.Evidence[0].Sentence == "" {
			t.Errorf("incomplete triple %+v", tr)
		}
	}
	buf.Reset()
	if err := g.WriteNQuads(&buf); err != nil {
		t.Fatal(err)
	}
	qs, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(buf.Bytes()), false))
	if err != nil {
		t.Fatal(err)
	}
	labelled := 0
	for _, q := range qs {
		if iri, ok := q.Label.(quad.IRI); ok && len(iri) > len(graph.DocumentNS) && string(iri[:len(graph.DocumentNS)]) == graph.DocumentNS {
			labelled++
		}
	}
	if labelled == 0 {
		t.Error("no relation quad carries its document as label")
	}
}

func TestOpenRejectsOtherFiles(t *testing.T) {
	p := filepath.Join(t.TempDir(), "notes.kgx")
	if err := os.WriteFile(p, []byte("hello, this is not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := graph.Open(p); err == nil {
		t.Error("a text file opened as a project")
	}
}

func TestPositionsPersist(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	if _, err := st.Add(ctx, mustResult(t, "de.txt", textDE).Extraction()); err != nil {
		t.Fatal(err)
	}
	g, _ := st.Load(ctx)
	id := g.Nodes[0].ID
	if err := st.SavePositions(ctx, map[int64]graph.Position{id: {X: 12.5, Y: -3, Pinned: true}}); err != nil {
		t.Fatal(err)
	}
	g, _ = st.Load(ctx)
	n := g.Node(id)
	if !n.HasPos || n.X != 12.5 || n.Y != -3 || !n.Pinned {
		t.Errorf("position not kept: %+v", n)
	}
}

func TestPathAndSearch(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	text := "Siemens-Chef Roland Busch traf Nvidia-Chef Jensen Huang.\nDer Konzern Siemens kooperiert mit Nvidia."
	if _, err := st.Add(ctx, mustResult(t, "a.txt", text).Extraction()); err != nil {
		t.Fatal(err)
	}
	g, _ := st.Load(ctx)
	busch, err := g.Find("Roland Busch")
	if err != nil {
		t.Fatal(err)
	}
	huang, err := g.Find("Jensen Huang")
	if err != nil {
		t.Fatal(err)
	}
	path, err := g.Path(busch.ID, huang.ID, func(e *graph.Edge) bool { return e.Predicate == "related_to" })
	if err != nil {
		t.Fatal(err)
	}
	if len(path) != 3 {
		for _, e := range path {
			t.Logf("%d —%s→ %d", e.From, e.Predicate, e.To)
		}
		t.Fatalf("path of %d steps, want 3 (Busch → Siemens → Nvidia → Huang)", len(path))
	}
	for _, e := range path {
		if len(e.Evidence) == 0 {
			t.Error("a step without evidence")
		}
	}
	if hits := g.Search("sieme"); len(hits) == 0 || hits[0].Name != "Siemens" {
		t.Errorf("search: %v", hits)
	}
}

func TestSurnameJoinsKnownPerson(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	if _, err := st.Add(ctx, mustResult(t, "a.txt", "Siemens-Chef Roland Busch eröffnete das Werk in Berlin.").Extraction()); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Add(ctx, mustResult(t, "b.txt", "Der Vorstandsvorsitzende Busch sagte, Siemens wachse weiter.").Extraction()); err != nil {
		t.Fatal(err)
	}
	g, _ := st.Load(ctx)
	n, err := g.Find("Roland Busch")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Docs) != 2 {
		t.Errorf("Roland Busch is in %d documents, want 2 (the surname alone in the second)", len(n.Docs))
	}
}
