package graph

import (
	"slices"
	"testing"
)

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
	if again := g.PageRank(skip); !slices.Equal(again, pr) {
		t.Errorf("PageRank differs between runs: %v, %v", pr, again)
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
