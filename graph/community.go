package graph

// Communities groups the nodes with the Louvain method: each node joins
// the neighbouring group that most raises modularity until none moves,
// then the groups become nodes and the same is done again, until nothing
// changes. It returns a group number per node (index-aligned with
// g.Nodes), numbered in order of each group's first node, over the
// relations between entities; edges for which skip is true are left out.
// Deterministic; about O(levels·rounds·(V+E)).
func (g *Graph) Communities(skip func(*Edge) bool) []int {
	n := len(g.Nodes)
	adj := make([]map[int]float64, n)
	k := make([]float64, n)
	m2 := 0.0 // twice the total weight
	for _, p := range g.entityPairs(skip) {
		a, b := p[0], p[1]
		link(adj, a, b, 1)
		link(adj, b, a, 1)
		k[a]++
		k[b]++
		m2 += 2
	}
	member := make([]int, n)
	for i := range member {
		member[i] = i
	}
	if m2 == 0 {
		return member
	}
	for level := 0; level < 20; level++ {
		comm, moved := louvainLevel(adj, k, m2)
		if !moved {
			break
		}
		for i := range member {
			member[i] = comm[member[i]]
		}
		adj, k = aggregate(adj, k, comm)
	}
	return renumber(member)
}

func link(adj []map[int]float64, a, b int, w float64) {
	if adj[a] == nil {
		adj[a] = map[int]float64{}
	}
	adj[a][b] += w
}

// louvainLevel moves nodes between groups while modularity rises and
// returns each node's group (numbered 0…) and whether any node moved.
func louvainLevel(adj []map[int]float64, k []float64, m2 float64) ([]int, bool) {
	n := len(adj)
	comm := make([]int, n)
	tot := make([]float64, n)
	for i := range comm {
		comm[i], tot[i] = i, k[i]
	}
	links := map[int]float64{}
	movedAny := false
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
		movedAny = true
	}
	return renumber(comm), movedAny
}

// aggregate turns each group into one node: weights between groups add
// up, and a group's degree is its members' (so links inside it count).
func aggregate(adj []map[int]float64, k []float64, comm []int) ([]map[int]float64, []float64) {
	nc := 0
	for _, c := range comm {
		nc = max(nc, c+1)
	}
	nadj := make([]map[int]float64, nc)
	nk := make([]float64, nc)
	for a := range adj {
		ca := comm[a]
		nk[ca] += k[a]
		for b, w := range adj[a] {
			if cb := comm[b]; cb != ca {
				link(nadj, ca, cb, w)
			}
		}
	}
	return nadj, nk
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
