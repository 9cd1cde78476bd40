package graph

// Communities groups the nodes by Louvain's local moving (one level):
// each node joins the neighbouring group that most raises modularity,
// over the relations between entities, until no node moves. It returns a
// group number per node (index-aligned with g.Nodes); groups are numbered
// by their first node. Deterministic; O(rounds·(V+E)). Edges for which
// skip is true are left out.
func (g *Graph) Communities(skip func(*Edge) bool) []int {
	n := len(g.Nodes)
	adj := make([]map[int]float64, n)
	k := make([]float64, n)
	m2 := 0.0 // twice the total weight
	for i := range g.Edges {
		e := &g.Edges[i]
		if e.To == 0 || skip != nil && skip(e) {
			continue
		}
		a, b := g.NodeIndex(e.From), g.NodeIndex(e.To)
		if a < 0 || b < 0 || a == b {
			continue
		}
		for _, p := range [2][2]int{{a, b}, {b, a}} {
			if adj[p[0]] == nil {
				adj[p[0]] = map[int]float64{}
			}
			adj[p[0]][p[1]]++
		}
		k[a]++
		k[b]++
		m2 += 2
	}
	comm := make([]int, n)
	tot := make([]float64, n)
	for i := range comm {
		comm[i], tot[i] = i, k[i]
	}
	if m2 == 0 {
		return comm
	}
	links := map[int]float64{}
	for round := 0; round < 50; round++ {
		moved := false
		for i := 0; i < n; i++ {
			if len(adj[i]) == 0 {
				continue
			}
			clear(links)
			for j, w := range adj[i] {
				links[comm[j]] += w
			}
			own := comm[i]
			tot[own] -= k[i]
			best, gain := own, links[own]-tot[own]*k[i]/m2
			for c, w := range links {
				if gn := w - tot[c]*k[i]/m2; gn > gain+1e-12 || gn >= gain-1e-12 && c < best {
					best, gain = c, gn
				}
			}
			tot[best] += k[i]
			if best != own {
				comm[i], moved = best, true
			}
		}
		if !moved {
			break
		}
	}
	return renumber(comm)
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
