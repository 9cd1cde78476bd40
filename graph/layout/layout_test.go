package layout

import (
	"context"
	"math"
	"testing"
	"time"
)

func dist(l *Layout, a, b int) float64 { return math.Hypot(l.X[a]-l.X[b], l.Y[a]-l.Y[b]) }

func TestLayoutSeparatesAndConnects(t *testing.T) {
	// two triangles joined by one edge
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}}
	l := New(6, edges, nil, nil, nil)
	l.Run(context.Background(), 3000, nil)
	if !l.Settled() {
		t.Errorf("layout did not settle in %d steps", l.Steps())
	}
	for i := 0; i < 6; i++ {
		for j := i + 1; j < 6; j++ {
			if d := dist(l, i, j); d < l.Size[i]+l.Size[j] {
				t.Errorf("nodes %d and %d overlap (%.1f apart, sizes %.1f+%.1f)", i, j, d, l.Size[i], l.Size[j])
			}
		}
	}
	if dist(l, 0, 1) > dist(l, 0, 5) {
		t.Errorf("connected nodes are farther apart (%.1f) than unconnected ones (%.1f)", dist(l, 0, 1), dist(l, 0, 5))
	}
}

func TestLayoutIsDeterministicAndKeepsPinned(t *testing.T) {
	edges := ScaleFree(3000, 3, 7) // big enough to use several workers
	a := New(3000, edges, nil, nil, nil)
	b := New(3000, edges, nil, nil, nil)
	a.Pinned[1], b.Pinned[1] = true, true
	x1, y1 := a.X[1], a.Y[1]
	for i := 0; i < 30; i++ {
		a.Step()
		b.Step()
	}
	for i := range a.X {
		if a.X[i] != b.X[i] || a.Y[i] != b.Y[i] {
			t.Fatal("two runs differ")
		}
	}
	if a.X[1] != x1 || a.Y[1] != y1 {
		t.Error("a pinned node moved")
	}
}

// Two dense groups joined by one edge end up visibly apart (LinLog).
func TestLayoutSeparatesCommunities(t *testing.T) {
	var edges [][2]int
	for g := 0; g < 2; g++ {
		for i := 0; i < 12; i++ {
			for j := i + 1; j < 12; j++ {
				if (i+j)%3 != 0 {
					edges = append(edges, [2]int{g*12 + i, g*12 + j})
				}
			}
		}
	}
	edges = append(edges, [2]int{0, 12})
	l := New(24, edges, nil, nil, nil)
	l.Run(context.Background(), 3000, nil)
	within, between := 0.0, 0.0
	for i := 0; i < 24; i++ {
		for j := i + 1; j < 24; j++ {
			if i/12 == j/12 {
				within += dist(l, i, j) / 132
			} else {
				between += dist(l, i, j) / 144
			}
		}
	}
	if between < 1.5*within {
		t.Errorf("groups not apart: mean distance within %.1f, between %.1f", within, between)
	}
}

// Importing more keeps the drawing: new nodes start beside their neighbour.
func TestLayoutIncremental(t *testing.T) {
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}}
	l := New(3, edges, nil, nil, nil)
	l.Run(context.Background(), 3000, nil)
	x, y := append(l.X, 0), append(l.Y, 0)
	has := []bool{true, true, true, false}
	m := New(4, append(edges, [2]int{3, 0}), x, y, has)
	if d := math.Hypot(m.X[3]-x[0], m.Y[3]-y[0]); d > 60 {
		t.Errorf("new node starts %.0f away from its neighbour", d)
	}
	m.Run(context.Background(), 3000, nil)
	for i := 0; i < 3; i++ {
		if m.X[i] != x[i] || m.Y[i] != y[i] {
			t.Errorf("node %d, placed before, moved", i)
		}
	}
	if d := math.Hypot(m.X[3]-x[0], m.Y[3]-y[0]); d > 100 || d < m.Size[0]+m.Size[3]-1 {
		t.Errorf("the new node settled %.0f from its neighbour", d)
	}
	// reopening with nothing new leaves everything as it was, at once
	r := New(4, append(edges, [2]int{3, 0}), m.X, m.Y, []bool{true, true, true, true})
	if !r.Settled() {
		t.Error("a stored layout with nothing new is not settled")
	}
	r.Wake() // the person resumes the layout: all nodes move again
	x0 := r.X[0]
	for i := 0; i < 100; i++ {
		r.Step()
	}
	if r.X[0] == x0 {
		t.Error("after Wake the stored nodes still do not move")
	}
}

func TestScaleFree(t *testing.T) {
	e := ScaleFree(1000, 5, 1)
	if len(e) < 4900 || len(e) > 5000 {
		t.Errorf("%d edges, want about 5,000", len(e))
	}
	deg := make([]int, 1000)
	top := 0
	for _, x := range e {
		deg[x[0]]++
		deg[x[1]]++
		top = max(top, deg[x[0]], deg[x[1]])
	}
	if top < 50 {
		t.Errorf("no hubs: top degree %d", top)
	}
}

func benchStep(b *testing.B, n int) {
	l := New(n, ScaleFree(n, 5, 1), nil, nil, nil)
	for i := 0; i < 30; i++ {
		l.Step()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Step()
	}
}

// BenchmarkStep10k measures one layout iteration at 10,000 nodes and
// 50,000 edges (scale-free; target: ≤ 8 ms per iteration on 2 cores).
func BenchmarkStep10k(b *testing.B) { benchStep(b, 10000) }

// BenchmarkStep50k is the same at 50,000 nodes and 250,000 edges.
func BenchmarkStep50k(b *testing.B) { benchStep(b, 50000) }

// BenchmarkSettle10k measures the whole layout of 10,000 nodes from
// scratch until it settles (target ≤ 4 s); shape-s is the time until its
// shape is found and overlap prevention starts, the picture a person can
// read (target ≤ 1 s).
func BenchmarkSettle10k(b *testing.B) {
	edges := ScaleFree(10000, 5, 1)
	for i := 0; i < b.N; i++ {
		start := time.Now()
		var shape time.Duration
		l := New(10000, edges, nil, nil, nil)
		l.Run(context.Background(), 500, func(int) {
			if shape == 0 && l.sizes {
				shape = time.Since(start)
			}
		})
		b.ReportMetric(float64(l.Steps()), "steps")
		b.ReportMetric(shape.Seconds(), "shape-s")
	}
}

func TestCircleAndLayers(t *testing.T) {
	edges := [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 0}, {4, 5}}
	l := New(6, edges, nil, nil, nil)
	sel := []int{0, 1, 2, 3}
	l.Circle(sel)
	cx, cy := l.centre(sel)
	r0 := math.Hypot(l.X[0]-cx, l.Y[0]-cy)
	for _, i := range sel {
		if r := math.Hypot(l.X[i]-cx, l.Y[i]-cy); math.Abs(r-r0) > 1e-6 || !l.Pinned[i] {
			t.Errorf("node %d at radius %.1f (want %.1f), pinned %v", i, r, r0, l.Pinned[i])
		}
	}
	x4 := l.X[4]
	l.Layered(sel)
	if l.X[4] != x4 {
		t.Error("a node outside the selection moved")
	}
	// 0 → 1, 2 → 3 (the edge 3 → 0 closes a cycle): three rows, top to bottom
	if !(l.Y[0] < l.Y[1] && l.Y[1] == l.Y[2] && l.Y[2] < l.Y[3]) {
		t.Errorf("rows: %.0f %.0f %.0f %.0f", l.Y[0], l.Y[1], l.Y[2], l.Y[3])
	}
	if math.Abs(l.X[1]-l.X[2]) < l.Size[1]+l.Size[2] {
		t.Error("nodes of one row overlap")
	}
}

// Separate parts end up side by side, not far apart.
func TestLayoutPacksParts(t *testing.T) {
	var edges [][2]int
	for p := 0; p < 3; p++ { // three stars of five
		for k := 1; k < 5; k++ {
			edges = append(edges, [2]int{p * 5, p*5 + k})
		}
	}
	l := New(15, edges, nil, nil, nil)
	l.Run(context.Background(), 3000, nil)
	for p := 1; p < 3; p++ {
		if d := dist(l, 0, p*5); d > 6*EdgeLength {
			t.Errorf("part %d's hub is %.0f from the first hub (edges are about %.0f)", p, d, EdgeLength)
		}
	}
	for i := 0; i < 15; i++ {
		for j := i + 1; j < 15; j++ {
			if d := dist(l, i, j); d < l.Size[i]+l.Size[j]-1 {
				t.Errorf("nodes %d and %d overlap", i, j)
			}
		}
	}
}
