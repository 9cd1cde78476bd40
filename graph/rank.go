package graph

import (
	"sort"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// entityPairs returns the relations between two different entities as
// index pairs into g.Nodes (subject, object), leaving out literals and
// edges for which skip is true. O(E).
func (g *Graph) entityPairs(skip func(*Edge) bool) [][2]int {
	var out [][2]int
	for i := range g.Edges {
		e := &g.Edges[i]
		if e.To == 0 || skip != nil && skip(e) {
			continue
		}
		a, b := g.NodeIndex(e.From), g.NodeIndex(e.To)
		if a >= 0 && b >= 0 && a != b {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// Degree returns each node's number of relations to other entities
// (index-aligned with g.Nodes), leaving out edges for which skip is true.
// O(V+E).
func (g *Graph) Degree(skip func(*Edge) bool) []int {
	deg := make([]int, len(g.Nodes))
	for _, p := range g.entityPairs(skip) {
		deg[p[0]]++
		deg[p[1]]++
	}
	return deg
}

// weighted returns g's entities as a gonum graph whose node ids are
// indices into g.Nodes, with one edge per pair weighted by how many
// relations join it, in both directions.
func (g *Graph) weighted(skip func(*Edge) bool) *simple.WeightedDirectedGraph {
	wg := simple.NewWeightedDirectedGraph(0, 0)
	for i := range g.Nodes {
		wg.AddNode(simple.Node(i))
	}
	for _, p := range g.entityPairs(skip) {
		for _, d := range [2][2]int{p, {p[1], p[0]}} {
			from, to := simple.Node(d[0]), simple.Node(d[1])
			w := 1.0
			if e := wg.WeightedEdge(int64(d[0]), int64(d[1])); e != nil {
				w += e.Weight()
			}
			wg.SetWeightedEdge(wg.NewWeightedEdge(from, to, w))
		}
	}
	return wg
}

// PageRank returns each node's PageRank (index-aligned with g.Nodes,
// summing to 1) over the relations between entities, read in both
// directions so that the object of many relations and the subject of many
// both rank high, weighted by how many relations join two entities; edges
// for which skip is true are left out. gonum's sparse PageRank, damping
// 0.85. An empty graph gives an empty slice.
func (g *Graph) PageRank(skip func(*Edge) bool) []float64 {
	if len(g.Nodes) == 0 {
		return nil
	}
	ranks := network.PageRankSparse(g.weighted(skip), 0.85, 1e-8)
	out := make([]float64, len(g.Nodes))
	for id, r := range ranks {
		out[id] = r
	}
	return out
}

// renumber gives groups consecutive numbers in order of their first node.
func renumber(comm []int) []int {
	ids := map[int]int{}
	out := make([]int, len(comm))
	for i, c := range comm {
		id, ok := ids[c]
		if !ok {
			id = len(ids)
			ids[c] = id
		}
		out[i] = id
	}
	return out
}

// Components returns the connected parts of the graph, largest first,
// each a sorted list of node indices. O(V+E).
func (g *Graph) Components(skip func(*Edge) bool) [][]int {
	parent := make([]int, len(g.Nodes))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range g.entityPairs(skip) {
		a, b := find(p[0]), find(p[1])
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	byRoot := map[int][]int{}
	for i := range parent {
		byRoot[find(i)] = append(byRoot[find(i)], i)
	}
	var parts [][]int
	for _, p := range byRoot {
		parts = append(parts, p)
	}
	sort.Slice(parts, func(a, b int) bool {
		if len(parts[a]) != len(parts[b]) {
			return len(parts[a]) > len(parts[b])
		}
		return parts[a][0] < parts[b][0]
	})
	return parts
}
