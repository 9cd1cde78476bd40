package graph

import (
	"slices"
	"strings"
)

// PathOptions restrict which relations a path may use.
type PathOptions struct {
	Via          []string // only these predicates (all when empty)
	Cooccurrence bool     // also "same sentence" links
}

func (o PathOptions) allows(e *Edge) bool {
	if e.To == 0 || e.To == e.From {
		return false
	}
	if len(o.Via) > 0 {
		return slices.Contains(o.Via, e.Predicate)
	}
	return o.Cooccurrence || e.Predicate != "related_to"
}

// KPaths returns up to k shortest chains of relations from entity a to
// entity b (Yen's algorithm over breadth-first searches), shortest first,
// each loop-free; relations are followed in either direction, and between
// two entities the most confident allowed relation is the step. It uses
// the graph's adjacency index, not a copy: about O(k·L·(V+E)) for paths of
// length L. ErrNoPath when b cannot be reached.
func (g *Graph) KPaths(a, b int64, k int, opt PathOptions) ([][]*Edge, error) {
	first := g.bfsPath(a, b, opt, nil, nil)
	if first == nil {
		return nil, ErrNoPath
	}
	paths := [][]*Edge{first}
	var cands [][]*Edge
	for len(paths) < k {
		last := paths[len(paths)-1]
		nodes := g.PathNodes(a, last)
		for i := 0; i < len(last); i++ {
			root := last[:i]
			banned := map[[2]int64]bool{} // steps the shorter paths took from here
			for _, p := range paths {
				if len(p) > i && slices.Equal(p[:i], root) {
					banned[pairOf(p[i])] = true
				}
			}
			avoid := map[int64]bool{}
			for _, n := range nodes[:i] {
				avoid[n] = true
			}
			spur := g.bfsPath(nodes[i], b, opt, banned, avoid)
			if spur == nil {
				continue
			}
			cand := append(slices.Clone(root), spur...)
			if !containsPath(paths, cand) && !containsPath(cands, cand) {
				cands = append(cands, cand)
			}
		}
		if len(cands) == 0 {
			break
		}
		best := 0
		for j, c := range cands {
			if len(c) < len(cands[best]) {
				best = j
			}
		}
		paths = append(paths, cands[best])
		cands = slices.Delete(cands, best, best+1)
	}
	return paths, nil
}

// bfsPath is a shortest path from a to b by breadth-first search, not
// using banned relations or passing through avoided entities; nil if none.
// It works on node indices with flat arrays: no map per step. Between two
// entities the most confident allowed relation is the step.
func (g *Graph) bfsPath(a, b int64, opt PathOptions, banned map[[2]int64]bool, avoid map[int64]bool) []*Edge {
	ia, ib := g.NodeIndex(a), g.NodeIndex(b)
	if ia < 0 || ib < 0 || a == b {
		return nil
	}
	n := len(g.Nodes)
	prev := make([]int32, n) // edge index + 1 that reached the node; 0 unseen
	best := make([]int32, n) // per neighbour of the node being expanded: edge index + 1
	prev[ia] = -1
	queue := []int32{int32(ia)}
	var near []int32
	for len(queue) > 0 && prev[ib] == 0 {
		u := queue[0]
		queue = queue[1:]
		uid := g.Nodes[u].ID
		near = near[:0]
		for _, k := range g.adj[uid] {
			e := &g.Edges[k]
			if !opt.allows(e) || banned != nil && banned[pairOf(e)] {
				continue
			}
			v := g.other(e, uid)
			if v < 0 || prev[v] != 0 || avoid[g.Nodes[v].ID] {
				continue
			}
			if best[v] == 0 {
				near = append(near, int32(v))
				best[v] = int32(k) + 1
			} else if e.Confidence > g.Edges[best[v]-1].Confidence {
				best[v] = int32(k) + 1
			}
		}
		for _, v := range near {
			prev[v], best[v] = best[v], 0
			queue = append(queue, v)
		}
	}
	if prev[ib] == 0 {
		return nil
	}
	var out []*Edge
	for v := ib; v != ia; {
		e := &g.Edges[prev[v]-1]
		out = append(out, e)
		v = g.other(e, g.Nodes[v].ID)
	}
	slices.Reverse(out)
	return out
}

// other returns the index of the entity at the other end of e from id.
func (g *Graph) other(e *Edge, id int64) int {
	if e.From == id {
		return g.NodeIndex(e.To)
	}
	return g.NodeIndex(e.From)
}

// PathNodes lists the entities a path from a passes, a first (its
// relations may point either way).
func (g *Graph) PathNodes(a int64, p []*Edge) []int64 {
	out := []int64{a}
	for _, e := range p {
		last := out[len(out)-1]
		if e.From == last {
			out = append(out, e.To)
		} else {
			out = append(out, e.From)
		}
	}
	return out
}

// pairOf is the unordered pair of entities a relation joins.
func pairOf(e *Edge) [2]int64 { return [2]int64{min(e.From, e.To), max(e.From, e.To)} }

func containsPath(ps [][]*Edge, p []*Edge) bool {
	return slices.ContainsFunc(ps, func(q []*Edge) bool { return slices.Equal(q, p) })
}

// Neighbourhood returns the entities within depth relations of id (id
// first, then by distance and id) with their distances, and the relations
// among them; co-occurrence only when opt allows it.
func (g *Graph) Neighbourhood(id int64, depth int, opt PathOptions) (ids []int64, dist map[int64]int, edges []*Edge) {
	dist = map[int64]int{id: 0}
	ids = []int64{id}
	for k := 0; k < len(ids); k++ {
		u := ids[k]
		if dist[u] >= depth {
			continue
		}
		for _, e := range g.EdgesOf(u) {
			if !opt.allows(e) {
				continue
			}
			v := e.From
			if v == u {
				v = e.To
			}
			if _, ok := dist[v]; !ok {
				dist[v] = dist[u] + 1
				ids = append(ids, v)
			}
		}
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		_, inA := dist[e.From]
		_, inB := dist[e.To]
		if inA && inB && opt.allows(e) {
			edges = append(edges, e)
		}
	}
	return ids, dist, edges
}

// ParseVia splits a --via list ("ceo_of,acquires") into predicates.
func ParseVia(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
