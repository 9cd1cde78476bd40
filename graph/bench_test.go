package graph

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/kgx/kgx/graph/kg"
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

// BenchmarkQuery100k answers a two-pattern query over 100,000 relations
// (target ≤ 50 ms).
func BenchmarkQuery100k(b *testing.B) {
	g := scaleFree(20000, 5)
	preds := []string{"acquires", "based_in", "partner_of", "ceo_of", "supplier_of"}
	for i := range g.Edges {
		g.Edges[i].Predicate = preds[i%len(preds)]
	}
	for i := range g.Nodes {
		g.Nodes[i].Name = fmt.Sprintf("Entity %d", i)
	}
	g.Reindex()
	q, err := ParseQuery("?a acquires ?b . ?b based_in ?c where confidence >= 0")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := g.Query(q)
		if err != nil || len(a.Matches) == 0 {
			b.Fatal(err, len(a.Matches))
		}
	}
}

// BenchmarkOpen100k loads a project of 100,000 relations from its file
// into memory (target ≤ 1 s).
func BenchmarkOpen100k(b *testing.B) {
	st, err := Open(filepath.Join(b.TempDir(), "big.kgx"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	for d := 0; d < 1000; d++ { // 1,000 articles of 100 relations among 60 entities each
		x := kg.Extraction{Doc: kg.Document{ID: fmt.Sprintf("doc%d", d), Title: fmt.Sprintf("Article %d", d), Text: "text"}}
		for k := 0; k < 60; k++ {
			id := d*60 + k
			x.Entities = append(x.Entities, kg.Entity{Key: fmt.Sprintf("org:%d", id), Name: fmt.Sprintf("Company %d", id), Type: kg.ORG, Mentions: 1})
		}
		for k := 0; k < 100; k++ {
			x.Relations = append(x.Relations, kg.Relation{Subject: k % 60, Object: (k*7 + 1) % 60, Predicate: kg.Predicates[k%23],
				Confidence: 0.7, Sentence: fmt.Sprintf("Sentence %d of article %d.", k, d), Start: k, End: k + 10})
		}
		if _, err := st.Add(ctx, x); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, err := st.Load(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(g.Edges)), "relations")
	}
}
