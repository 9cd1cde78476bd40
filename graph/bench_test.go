package graph

import (
	"math/rand"
	"testing"
)

// scaleFree returns a seeded Barabási–Albert graph of n entities, each new
// one related to m earlier ones chosen by degree.
func scaleFree(n, m int) *Graph {
	rng := rand.New(rand.NewSource(1))
	g := &Graph{}
	var ends []int64
	for i := 1; i <= n; i++ {
		g.Nodes = append(g.Nodes, Node{ID: int64(i), Name: "E", Type: "ORG"})
		seen := map[int64]bool{}
		for k := 0; k < min(m, i-1); {
			t := int64(rng.Intn(i-1) + 1)
			if len(ends) > 0 && rng.Intn(4) > 0 {
				t = ends[rng.Intn(len(ends))]
			}
			if seen[t] {
				continue
			}
			seen[t] = true
			k++
			g.Edges = append(g.Edges, Edge{ID: int64(len(g.Edges) + 1), From: int64(i), To: t, Predicate: "partner_of"})
			ends = append(ends, int64(i), t)
		}
	}
	g.Reindex()
	return g
}

// BenchmarkRanks10k computes PageRank and communities on 10,000 entities
// and 50,000 relations (target ≤ 500 ms together).
func BenchmarkRanks10k(b *testing.B) {
	g := scaleFree(10000, 5)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.PageRank(nil)
		g.Communities(nil)
	}
}
