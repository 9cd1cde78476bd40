package graph

import "sort"

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

// PageRank returns each node's PageRank (index-aligned with g.Nodes,
// summing to 1) over the relations between entities, read in both
// directions so that the object of many relations and the subject of many
// both rank high; edges for which skip is true are left out. Damping 0.85,
// 50 power iterations from the uniform vector: O(50·(V+E)), and the same
// figures on every run. (gonum's network.PageRank starts from a random
// vector of the global source: its last digits change from run to run,
// which reorders labels and changes exported files.) An empty graph gives
// an empty slice.
func (g *Graph) PageRank(skip func(*Edge) bool) []float64 {
	n := len(g.Nodes)
	if n == 0 {
		return nil
	}
	pairs := g.entityPairs(skip)
	out := make([]int, n)
	for _, p := range pairs {
		out[p[0]]++
		out[p[1]]++
	}
	pr, next := make([]float64, n), make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	const d = 0.85
	for it := 0; it < 50; it++ {
		dangling := 0.0
		for i := range pr {
			if out[i] == 0 {
				dangling += pr[i]
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		for i := range next {
			next[i] = base
		}
		for _, p := range pairs { // both ways
			next[p[1]] += d * pr[p[0]] / float64(out[p[0]])
			next[p[0]] += d * pr[p[1]] / float64(out[p[1]])
		}
		pr, next = next, pr
	}
	return pr
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

// Components returns the connected parts of the graph, largest first
// (ties by their first node), each a sorted list of node indices. O(V+E).
func (g *Graph) Components(skip func(*Edge) bool) [][]int {
	parts := ConnectedParts(len(g.Nodes), g.entityPairs(skip))
	sort.SliceStable(parts, func(a, b int) bool { return len(parts[a]) > len(parts[b]) })
	return parts
}

// ConnectedParts returns the connected parts of n nodes joined by pairs of
// indices, each a sorted list of indices, in order of their first node
// (union–find, O(n + pairs)).
func ConnectedParts(n int, pairs [][2]int) [][]int {
	parent := make([]int, n)
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
	for _, p := range pairs {
		a, b := find(p[0]), find(p[1])
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	at := map[int]int{} // root → index of its part
	var parts [][]int
	for i := 0; i < n; i++ {
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(parts)
			at[r] = k
			parts = append(parts, nil)
		}
		parts[k] = append(parts[k], i)
	}
	return parts
}
