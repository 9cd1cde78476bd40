package layout

import "math/rand"

// ScaleFree returns the edges of a seeded Barabási–Albert graph of n nodes,
// each new node linking to m earlier ones chosen by degree: the shape of
// real knowledge graphs (a few hubs, many leaves), for benchmarks and demos.
func ScaleFree(n, m int, seed int64) [][2]int {
	rng := rand.New(rand.NewSource(seed))
	var edges [][2]int
	var ends []int // every edge end once: picking from it picks by degree
	for i := 1; i < n; i++ {
		k := min(m, i)
		seen := map[int]bool{}
		for len(seen) < k {
			var t int
			if len(ends) == 0 || rng.Intn(4) == 0 {
				t = rng.Intn(i)
			} else {
				t = ends[rng.Intn(len(ends))]
			}
			if seen[t] {
				continue
			}
			seen[t] = true
			edges = append(edges, [2]int{i, t})
			ends = append(ends, i, t)
		}
	}
	return edges
}
