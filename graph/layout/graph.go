package layout

import (
	"context"
	"math"

	"github.com/kgx/kgx/graph"
)

// NodeRadius is the radius, in world units and in screen pixels at zoom 1,
// of a node of the given importance (its degree, or its PageRank scaled to
// a degree). The layout keeps nodes of this size apart; render draws them.
func NodeRadius(importance float64) float64 { return 5 + 3.2*math.Sqrt(math.Max(importance, 0)) }

// sizeGap is the room kept around each node beyond its radius, so that
// nodes stay apart when the view shrinks them (zoomed out).
const sizeGap = 5

// ForGraph returns a layout of g's nodes (index-aligned with g.Nodes) that
// starts from the stored positions: new nodes start beside their placed
// neighbours and pinned nodes stay. Relations to literals do not pull.
func ForGraph(g *graph.Graph) *Layout {
	n := len(g.Nodes)
	x, y, has := make([]float64, n), make([]float64, n), make([]bool, n)
	for i, nd := range g.Nodes {
		x[i], y[i], has[i] = nd.X, nd.Y, nd.HasPos
	}
	edges := Edges(g)
	l := New(n, edges, x, y, has)
	for i, nd := range g.Nodes {
		l.Pinned[i] = nd.Pinned
		l.Size[i] = NodeRadius(l.mass[i]-1) + sizeGap
	}
	return l
}

// Edges returns g's relations between entities as index pairs into g.Nodes.
func Edges(g *graph.Graph) [][2]int {
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
	return edges
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
