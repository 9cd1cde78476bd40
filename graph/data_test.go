package graph

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// exportedProject returns a project with one article and its JSON and N-Quads.
func exportedProject(t *testing.T) (g *Graph, js, nq []byte) {
	t.Helper()
	st := mustStore(t)
	if _, err := st.AddResult(context.Background(), mustResult(t, "de.txt", textDE)); err != nil {
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
		read func() (*GraphData, error)
	}{
		{"json", func() (*GraphData, error) { return ReadJSON(bytes.NewReader(js)) }},
		{"nquads", func() (*GraphData, error) { return ReadNQuads(bytes.NewReader(nq)) }},
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

func TestRanks(t *testing.T) {
	g := &Graph{Nodes: []Node{{ID: 1}, {ID: 2}, {ID: 3}, {ID: 4}}}
	for i, p := range [][2]int64{{1, 2}, {1, 3}, {1, 4}, {2, 3}} {
		g.Edges = append(g.Edges, Edge{ID: int64(i + 1), From: p[0], To: p[1], Predicate: "partner_of"})
	}
	g.Edges = append(g.Edges, Edge{ID: 9, From: 4, To: 3, Predicate: "related_to"}, Edge{ID: 10, From: 4, Literal: "5 Mio"})
	g.Reindex()
	skip := func(e *Edge) bool { return e.Predicate == "related_to" }
	if deg := g.Degree(skip); deg[0] != 3 || deg[1] != 2 || deg[3] != 1 {
		t.Errorf("degree %v", deg)
	}
	pr := g.PageRank(skip)
	sum := 0.0
	for _, p := range pr {
		sum += p
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("PageRank sums to %g", sum)
	}
	if !(pr[0] > pr[1] && pr[1] > pr[3]) {
		t.Errorf("hub does not rank first: %v", pr)
	}
}

// linked returns a graph of n nodes (ids 1…n) with a partner_of relation
// for each pair of ids.
func linked(n int, pairs [][2]int64) *Graph {
	g := &Graph{}
	for i := 1; i <= n; i++ {
		g.Nodes = append(g.Nodes, Node{ID: int64(i)})
	}
	for k, p := range pairs {
		g.Edges = append(g.Edges, Edge{ID: int64(k + 1), From: p[0], To: p[1], Predicate: "partner_of"})
	}
	g.Reindex()
	return g
}

// cliques links ids first…first+size-1 with each other.
func cliques(first, size int64) [][2]int64 {
	var out [][2]int64
	for i := first; i < first+size; i++ {
		for j := i + 1; j < first+size; j++ {
			out = append(out, [2]int64{i, j})
		}
	}
	return out
}

func TestCommunities(t *testing.T) {
	pairs := append(cliques(1, 4), cliques(5, 4)...)
	g := linked(8, append(pairs, [2]int64{4, 5}))
	c := g.Communities(nil)
	if c[0] != c[1] || c[0] != c[3] || c[4] != c[7] || c[0] == c[4] {
		t.Errorf("groups %v, want {1..4} and {5..8}", c)
	}
}

func TestCommunitiesMergeLevels(t *testing.T) {
	// four cliques of five in a ring: the result must be the four
	// cliques, not single nodes or one group
	var pairs [][2]int64
	for c := int64(0); c < 4; c++ {
		pairs = append(pairs, cliques(c*5+1, 5)...)
		pairs = append(pairs, [2]int64{c*5 + 5, (c+1)%4*5 + 1})
	}
	comm := linked(20, pairs).Communities(nil)
	groups := map[int]bool{}
	for i, c := range comm {
		groups[c] = true
		if c != comm[i/5*5] {
			t.Errorf("node %d is in group %d, its clique in %d", i+1, c, comm[i/5*5])
		}
	}
	if len(groups) != 4 {
		t.Errorf("%d groups, want 4", len(groups))
	}
}
