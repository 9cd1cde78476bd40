// Package layout places graph nodes with a force-directed algorithm
// (Fruchterman–Reingold with grid-approximated repulsion). It knows nothing
// of Fyne, so the window and headless exports share it.
package layout

import (
	"context"
	"math"
	"math/rand"
	"runtime"
	"sync"
)

// Layout holds node positions and the edges that pull them together.
// Methods are not safe for concurrent use; copy positions out with Positions.
type Layout struct {
	X, Y   []float64
	Pinned []bool
	edges  [][2]int
	k      float64 // ideal edge length
	temp   float64 // how far a node may move in one step
	dx, dy []float64
	pull   []float64   // per edge: attraction scale, weaker between well-connected nodes
	bufs   [][]float64 // per worker force buffers
}

// New returns a layout of n nodes. Nodes with a known position (has[i])
// keep it; the others start on a spiral around the centre, deterministically.
func New(n int, edges [][2]int, x, y []float64, has []bool) *Layout {
	l := &Layout{X: make([]float64, n), Y: make([]float64, n), Pinned: make([]bool, n), edges: edges,
		k: 60, dx: make([]float64, n), dy: make([]float64, n), pull: make([]float64, len(edges))}
	// Attraction between two nodes is divided by the square root of the smaller
	// degree, so densely connected graphs spread out instead of collapsing
	// (which would also make each step slower).
	deg := make([]int, n)
	for _, e := range edges {
		deg[e[0]]++
		deg[e[1]]++
	}
	for i, e := range edges {
		l.pull[i] = 1 / math.Sqrt(float64(max(1, min(deg[e[0]], deg[e[1]]))))
	}
	rng := rand.New(rand.NewSource(1))
	placed := 0
	for i := 0; i < n; i++ {
		if has != nil && has[i] {
			l.X[i], l.Y[i] = x[i], y[i]
			placed++
			continue
		}
		a := float64(i) * 2.399963 // golden angle
		r := l.k * math.Sqrt(float64(i)+1) * 0.8
		l.X[i], l.Y[i] = r*math.Cos(a)+rng.Float64(), r*math.Sin(a)+rng.Float64()
	}
	l.temp = l.k * math.Sqrt(float64(n)+1) / 4
	if placed == n && n > 0 {
		l.temp = l.k / 10 // a stored layout only settles
	}
	return l
}

// Settled reports whether the layout has cooled down.
func (l *Layout) Settled() bool { return l.temp < 0.5 }

// Step runs one iteration and returns the largest distance a node moved.
// Repulsion acts between nodes in neighbouring grid cells only: O(V+E).
func (l *Layout) Step() float64 {
	n := len(l.X)
	if n == 0 {
		l.temp = 0
		return 0
	}
	k := l.k
	k2 := k * k
	cell := 2 * k
	// bucket the nodes into a uniform grid of cell×cell squares (counting sort)
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range l.X {
		l.dx[i], l.dy[i] = 0, 0
		minX, maxX = math.Min(minX, l.X[i]), math.Max(maxX, l.X[i])
		minY, maxY = math.Min(minY, l.Y[i]), math.Max(maxY, l.Y[i])
	}
	gw := int((maxX-minX)/cell) + 1
	gh := int((maxY-minY)/cell) + 1
	if gw*gh > 4*n+16 { // a sparse, spread-out layout: coarser cells keep the grid small
		f := math.Sqrt(float64(gw*gh) / float64(4*n+16))
		cell *= f
		gw, gh = int((maxX-minX)/cell)+1, int((maxY-minY)/cell)+1
	}
	cellOf := func(i int) int { return int((l.Y[i]-minY)/cell)*gw + int((l.X[i]-minX)/cell) }
	start := make([]int32, gw*gh+1)
	for i := range l.X {
		start[cellOf(i)+1]++
	}
	for c := 1; c < len(start); c++ {
		start[c] += start[c-1]
	}
	order := make([]int32, n)
	fill := append([]int32(nil), start[:len(start)-1]...)
	for i := range l.X {
		c := cellOf(i)
		order[fill[c]] = int32(i)
		fill[c]++
	}
	cut := cell * cell
	// rows of cells are shared out between the cores; each worker adds its
	// forces into its own buffers, summed afterwards
	workers := min(runtime.GOMAXPROCS(0), 4, max(1, n/2000))
	if len(l.bufs) < workers {
		l.bufs = make([][]float64, workers)
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		if w > 0 && len(l.bufs[w]) != 2*n {
			l.bufs[w] = make([]float64, 2*n)
		}
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			fx, fy := l.dx, l.dy
			if w > 0 {
				buf := l.bufs[w]
				clear(buf)
				fx, fy = buf[:n], buf[n:]
			}
			for cy := w; cy < gh; cy += workers {
				l.repelRow(cy, gw, gh, start, order, cut, k2, fx, fy)
			}
		}(w)
	}
	wg.Wait()
	for w := 1; w < workers; w++ {
		buf := l.bufs[w]
		for i := 0; i < n; i++ {
			l.dx[i] += buf[i]
			l.dy[i] += buf[n+i]
		}
	}
	for ei, e := range l.edges {
		a, b := e[0], e[1]
		if a == b {
			continue
		}
		ddx, ddy := l.X[a]-l.X[b], l.Y[a]-l.Y[b]
		d := math.Sqrt(ddx*ddx + ddy*ddy)
		if d < 0.01 {
			continue
		}
		f := d / k * l.pull[ei]
		l.dx[a] -= ddx * f
		l.dy[a] -= ddy * f
		l.dx[b] += ddx * f
		l.dy[b] += ddy * f
	}
	// weak gravity keeps unconnected parts together
	for i := range l.X {
		l.dx[i] -= l.X[i] * 0.01
		l.dy[i] -= l.Y[i] * 0.01
	}
	moved := 0.0
	for i := range l.X {
		if l.Pinned[i] {
			continue
		}
		d := math.Sqrt(l.dx[i]*l.dx[i] + l.dy[i]*l.dy[i])
		if d < 1e-9 {
			continue
		}
		step := math.Min(d, l.temp)
		l.X[i] += l.dx[i] / d * step
		l.Y[i] += l.dy[i] / d * step
		moved = math.Max(moved, step)
	}
	l.temp *= 0.95
	return moved
}

// repelRow applies repulsion between the nodes of one row of grid cells
// and their neighbours to the right and below.
func (l *Layout) repelRow(cy, gw, gh int, start, order []int32, cut, k2 float64, fx, fy []float64) {
	for cx := 0; cx < gw; cx++ {
		c := cy*gw + cx
		members := order[start[c]:start[c+1]]
		if len(members) == 0 {
			continue
		}
		// this cell with itself, and with the neighbours right, below-left, below, below-right
		for _, nb := range [5][2]int{{0, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}} {
			nx, ny := cx+nb[0], cy+nb[1]
			if nx < 0 || nx >= gw || ny >= gh {
				continue
			}
			c2 := ny*gw + nx
			others := order[start[c2]:start[c2+1]]
			same := c2 == c
			for a, ii := range members {
				i := int(ii)
				xi, yi := l.X[i], l.Y[i]
				from := 0
				if same {
					from = a + 1
				}
				for _, jj := range others[from:] {
					j := int(jj)
					ddx, ddy := xi-l.X[j], yi-l.Y[j]
					d2 := ddx*ddx + ddy*ddy
					if d2 > cut {
						continue
					}
					if d2 < 0.01 {
						ddx, ddy, d2 = 0.1, 0.1*float64(i-j), 0.01+0.01*float64((i-j)*(i-j))
					}
					f := k2 / d2
					fx[i] += ddx * f
					fy[i] += ddy * f
					fx[j] -= ddx * f
					fy[j] -= ddy * f
				}
			}
		}
	}
}

// Run iterates until the layout settles, maxIter is reached or ctx ends;
// after each step it calls onStep (if not nil) with the step number.
func (l *Layout) Run(ctx context.Context, maxIter int, onStep func(int)) {
	for it := 0; it < maxIter && !l.Settled() && ctx.Err() == nil; it++ {
		l.Step()
		if onStep != nil {
			onStep(it)
		}
	}
}
