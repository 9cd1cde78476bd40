package layout

import (
	"context"
	"math"
	"testing"
)

func TestLayoutSeparatesAndConnects(t *testing.T) {
	// two triangles joined by one edge
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}}
	l := New(6, edges, nil, nil, nil)
	l.Run(context.Background(), 2000, nil)
	if !l.Settled() {
		t.Error("layout did not settle")
	}
	dist := func(a, b int) float64 { return math.Hypot(l.X[a]-l.X[b], l.Y[a]-l.Y[b]) }
	for i := 0; i < 6; i++ {
		for j := i + 1; j < 6; j++ {
			if dist(i, j) < 10 {
				t.Errorf("nodes %d and %d overlap (%.1f)", i, j, dist(i, j))
			}
		}
	}
	if dist(0, 1) > dist(0, 5) {
		t.Errorf("connected nodes are farther apart (%.1f) than unconnected ones (%.1f)", dist(0, 1), dist(0, 5))
	}
}

func TestLayoutIsDeterministicAndKeepsPinned(t *testing.T) {
	edges := [][2]int{{0, 1}, {1, 2}}
	a := New(3, edges, nil, nil, nil)
	b := New(3, edges, nil, nil, nil)
	a.Pinned[1], b.Pinned[1] = true, true
	x1, y1 := a.X[1], a.Y[1]
	a.Run(context.Background(), 300, nil)
	b.Run(context.Background(), 300, nil)
	for i := range a.X {
		if a.X[i] != b.X[i] || a.Y[i] != b.Y[i] {
			t.Fatal("two runs differ")
		}
	}
	if a.X[1] != x1 || a.Y[1] != y1 {
		t.Error("a pinned node moved")
	}
}

// BenchmarkStep10k measures one layout iteration at 10,000 nodes and
// 50,000 edges (target: ≤ 8 ms per iteration).
func BenchmarkStep10k(b *testing.B) {
	n := 10000
	var edges [][2]int
	for i := 0; i < 50000; i++ {
		a := (i * 7919) % n
		edges = append(edges, [2]int{a, (a + 1 + (i%7)*13) % n})
	}
	l := New(n, edges, nil, nil, nil)
	for i := 0; i < 20; i++ {
		l.Step()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Step()
	}
}
