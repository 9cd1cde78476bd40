package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgx/kgx/graph"
)

// exportedProject returns a project with one article and its JSON and N-Quads.
func exportedProject(t *testing.T) (g *graph.Graph, js, nq []byte) {
	t.Helper()
	st := mustStore(t)
	if _, err := st.Add(context.Background(), mustResult(t, "de.txt", textDE).Extraction()); err != nil {
		t.Fatal(err)
	}
	g, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := g.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := g.WriteNQuads(&b); err != nil {
		t.Fatal(err)
	}
	return g, a.Bytes(), b.Bytes()
}

func TestGraphDataRoundTrip(t *testing.T) {
	orig, js, nq := exportedProject(t)
	for _, tc := range []struct {
		name string
		read func() (*graph.GraphData, error)
	}{
		{"json", func() (*graph.GraphData, error) { return graph.ReadJSON(bytes.NewReader(js)) }},
		{"nquads", func() (*graph.GraphData, error) { return graph.ReadNQuads(bytes.NewReader(nq)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.read()
			if err != nil {
				t.Fatal(err)
			}
			st := mustStore(t)
			ctx := context.Background()
			s1, err := st.AddGraph(ctx, data)
			if err != nil {
				t.Fatal(err)
			}
			g, _ := st.Load(ctx)
			if len(g.Nodes) != len(orig.Nodes) || len(g.Edges) != len(orig.Edges) || len(g.Documents) != 1 {
				t.Errorf("imported %d nodes, %d edges, %d documents; exported %d, %d, 1 (%+v)",
					len(g.Nodes), len(g.Edges), len(g.Documents), len(orig.Nodes), len(orig.Edges), s1)
			}
			n, err := g.Find("Yang Yuanqing")
			if err != nil || n.Type != "PER" {
				t.Fatalf("Yang Yuanqing: %v %+v", err, n)
			}
			found := false
			for _, e := range g.EdgesOf(n.ID) {
				found = found || e.Predicate == "ceo_of" && len(e.Evidence) == 1 && e.Evidence[0].Doc == g.Documents[0].ID
			}
			if !found {
				t.Error("ceo_of with its document lost")
			}
			s2, err := st.AddGraph(ctx, data)
			if err != nil || !s2.Duplicate {
				t.Errorf("second import: %+v, %v", s2, err)
			}
		})
	}
}

func TestImportGraphFiles(t *testing.T) {
	_, js, _ := exportedProject(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "g.json"), js, 0o644)
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"entities": [`), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.nq"), []byte("this is not n-quads\n"), 0o644)
	x, _ := extractor()
	in := &Ingester{Store: mustStore(t), X: x}
	for _, r := range in.ImportPaths(context.Background(), []string{dir}, nil) {
		switch filepath.Base(r.Path) {
		case "g.json":
			if r.Err != nil || r.Stats.NewEnts == 0 {
				t.Errorf("g.json: %+v", r)
			}
		default:
			if r.Err == nil {
				t.Errorf("%s: no error", r.Path)
			}
		}
	}
}
