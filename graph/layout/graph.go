package layout

import (
	"context"

	"github.com/kgx/kgx/graph"
)

// ForGraph returns a layout of g's nodes (index-aligned with g.Nodes) that
// starts from the stored positions; relations to literals do not pull.
func ForGraph(g *graph.Graph) *Layout {
	n := len(g.Nodes)
	x, y, has := make([]float64, n), make([]float64, n), make([]bool, n)
	for i, nd := range g.Nodes {
		x[i], y[i], has[i] = nd.X, nd.Y, nd.HasPos
	}
	var edges [][2]int
	for _, e := range g.Edges {
		if e.To == 0 {
			continue
		}
		a, b := g.NodeIndex(e.From), g.NodeIndex(e.To)
		if a >= 0 && b >= 0 {
			edges = append(edges, [2]int{a, b})
		}
	}
	l := New(n, edges, x, y, has)
	for i, nd := range g.Nodes {
		l.Pinned[i] = nd.Pinned
	}
	return l
}

// Settle runs the layout of g to rest (at most maxIter steps) and returns
// the positions, index-aligned with g.Nodes.
func Settle(ctx context.Context, g *graph.Graph, maxIter int) (x, y []float64) {
	l := ForGraph(g)
	l.Run(ctx, maxIter, nil)
	return l.X, l.Y
}

// Positions returns the layout's positions keyed by entity id, for Store.SavePositions.
func (l *Layout) Positions(g *graph.Graph) map[int64]graph.Position {
	out := make(map[int64]graph.Position, len(g.Nodes))
	for i, nd := range g.Nodes {
		if i < len(l.X) {
			out[nd.ID] = graph.Position{X: l.X[i], Y: l.Y[i], Pinned: l.Pinned[i]}
		}
	}
	return out
}
