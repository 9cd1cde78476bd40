package graph

import (
	"errors"
	"strings"
	"testing"
)

func chain(g *Graph, a int64, p []*Edge) string {
	var sb strings.Builder
	ids := g.PathNodes(a, p)
	for i, e := range p {
		sb.WriteString(g.Node(ids[i]).Name + " -" + e.Predicate + "- ")
	}
	return sb.String() + g.Node(ids[len(ids)-1]).Name
}

func TestKPaths(t *testing.T) {
	g := zteGraph()
	cheng, _ := g.Find("Lixin Cheng")
	huawei, _ := g.Find("Huawei")
	ps, err := g.KPaths(cheng.ID, huawei.ID, 3, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Lixin Cheng -ceo_of- ZTE USA -subsidiary_of- ZTE -competitor_of- Huawei",
		"Lixin Cheng -ceo_of- ZTE USA -subsidiary_of- ZTE -classifies- US-Kongress -classifies- Huawei",
	}
	if len(ps) != 2 {
		t.Fatalf("%d paths, want 2", len(ps))
	}
	for i, p := range ps {
		if got := chain(g, cheng.ID, p); got != want[i] {
			t.Errorf("path %d: %s, want %s", i+1, got, want[i])
		}
		for _, e := range p {
			if len(e.Evidence) == 0 || e.Evidence[0].Sentence == "" {
				t.Errorf("step %s has no evidence", e.Predicate)
			}
		}
	}
	// --via keeps to the predicates named
	ps, _ = g.KPaths(cheng.ID, huawei.ID, 3, PathOptions{Via: []string{"ceo_of", "subsidiary_of", "classifies"}})
	if len(ps) != 1 || !strings.Contains(chain(g, cheng.ID, ps[0]), "US-Kongress") {
		t.Errorf("via: %v", ps)
	}
	// co-occurrence only when asked
	usa, _ := g.Find("USA")
	zte, _ := g.Find("ZTE")
	ps, _ = g.KPaths(zte.ID, usa.ID, 1, PathOptions{})
	if len(ps) != 1 || len(ps[0]) != 2 {
		t.Errorf("without co-occurrence ZTE reaches USA in two steps: %v", ps)
	}
	ps, _ = g.KPaths(zte.ID, usa.ID, 1, PathOptions{Cooccurrence: true})
	if len(ps) != 1 || len(ps[0]) != 1 || ps[0][0].Predicate != "related_to" {
		t.Errorf("with co-occurrence: one step expected: %v", ps)
	}
	china, _ := g.Find("China")
	if _, err := g.KPaths(china.ID, cheng.ID, 2, PathOptions{Via: []string{"acquires"}}); !errors.Is(err, ErrNoPath) {
		t.Errorf("no path: %v", err)
	}
}

func TestNeighbourhood(t *testing.T) {
	g := zteGraph()
	zte, _ := g.Find("ZTE")
	ids, dist, edges := g.Neighbourhood(zte.ID, 1, PathOptions{})
	if ids[0] != zte.ID || len(ids) != 5 { // ZTE, US-Kongress, ZTE USA, China, Huawei
		t.Errorf("depth 1: %v", ids)
	}
	for _, id := range ids[1:] {
		if dist[id] != 1 {
			t.Errorf("%s at distance %d", g.Node(id).Name, dist[id])
		}
	}
	if len(edges) != 5 { // both classifies, subsidiary_of, based_in, competitor_of (not related_to)
		t.Errorf("%d relations among them, want 5", len(edges))
	}
	ids, _, _ = g.Neighbourhood(zte.ID, 2, PathOptions{})
	if len(ids) != 7 {
		t.Errorf("depth 2 reaches %d entities, want all 7", len(ids))
	}
}

// BenchmarkKPaths10k finds 3 shortest paths between two entities of a
// 10k/50k graph (target ≤ 20 ms).
func BenchmarkKPaths10k(b *testing.B) {
	g := scaleFree(10000, 5)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, c := int64(i%5000+5001), int64((i*7919)%5000+1)
		if _, err := g.KPaths(a, c, 3, PathOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
