package layout

import (
	"math"
	"sort"
)

// Circle puts the given nodes evenly on a circle around their centre, in
// the order given, with room for their sizes. Other nodes stay.
func (l *Layout) Circle(nodes []int) {
	if len(nodes) == 0 {
		return
	}
	cx, cy := l.centre(nodes)
	round := 0.0
	for _, i := range nodes {
		round += 2*l.Size[i] + 16
	}
	r := math.Max(round/(2*math.Pi), 60)
	for k, i := range nodes {
		a := 2*math.Pi*float64(k)/float64(len(nodes)) - math.Pi/2
		l.X[i], l.Y[i] = cx+r*math.Cos(a), cy+r*math.Sin(a)
		l.Pinned[i] = true
	}
}

// Layered puts the given nodes in rows by the direction of the edges among
// them (sources on top; a cycle is cut where a depth-first walk closes
// it), ordered within each row by the mean place of their neighbours in
// the row above, so few edges cross. Other nodes stay.
func (l *Layout) Layered(nodes []int) {
	if len(nodes) == 0 {
		return
	}
	in := map[int]int{}
	for k, i := range nodes {
		in[i] = k
	}
	out := make([][]int, len(nodes))
	for _, e := range l.edges {
		a, aok := in[e[0]]
		b, bok := in[e[1]]
		if aok && bok && a != b {
			out[a] = append(out[a], b)
		}
	}
	layer := longestPath(out)
	rows := map[int][]int{}
	maxL := 0
	for k, ly := range layer {
		rows[ly] = append(rows[ly], k)
		maxL = max(maxL, ly)
	}
	pos := make([]float64, len(nodes)) // place within the row
	preds := make([][]int, len(nodes))
	for a, bs := range out {
		for _, b := range bs {
			preds[b] = append(preds[b], a)
		}
	}
	cx, cy := l.centre(nodes)
	for ly := 0; ly <= maxL; ly++ {
		row := rows[ly]
		bary := func(k int) float64 {
			if len(preds[k]) == 0 {
				return float64(k)
			}
			s := 0.0
			for _, p := range preds[k] {
				s += pos[p]
			}
			return s / float64(len(preds[k]))
		}
		sort.SliceStable(row, func(a, b int) bool { return bary(row[a]) < bary(row[b]) })
		width := 0.0
		for _, k := range row {
			width += 2*l.Size[nodes[k]] + 40
		}
		x := cx - width/2
		for j, k := range row {
			i := nodes[k]
			x += l.Size[i] + 20
			pos[k] = float64(j)
			l.X[i], l.Y[i] = x, cy+(float64(ly)-float64(maxL)/2)*110
			l.Pinned[i] = true
			x += l.Size[i] + 20
		}
	}
}

// longestPath gives each node of a directed graph (adjacency lists) a
// layer: one below its deepest predecessor; edges that close a cycle in a
// depth-first walk are ignored.
func longestPath(out [][]int) []int {
	n := len(out)
	state := make([]int8, n) // 0 new, 1 on the stack, 2 done
	var order []int
	var visit func(int)
	visit = func(v int) {
		state[v] = 1
		for _, w := range out[v] {
			if state[w] == 0 {
				visit(w)
			}
		}
		state[v] = 2
		order = append(order, v)
	}
	for v := 0; v < n; v++ {
		if state[v] == 0 {
			visit(v)
		}
	}
	at := make([]int, n) // place in the post-order
	for k, v := range order {
		at[v] = k
	}
	rank := make([]int, n)
	for k := len(order) - 1; k >= 0; k-- { // reverse post-order is topological without the back edges
		v := order[k]
		for _, w := range out[v] {
			if at[w] < k { // w comes later in topological order
				rank[w] = max(rank[w], rank[v]+1)
			}
		}
	}
	return rank
}

func (l *Layout) centre(nodes []int) (float64, float64) {
	cx, cy := 0.0, 0.0
	for _, i := range nodes {
		cx += l.X[i]
		cy += l.Y[i]
	}
	return cx / float64(len(nodes)), cy / float64(len(nodes))
}
