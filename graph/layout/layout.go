// Package layout places graph nodes with a force-directed algorithm
// (Fruchterman–Reingold with grid-approximated repulsion). It knows nothing
// of Fyne, so the window and headless exports share it.
package layout

import (
	"context"
	"math"
	"math/rand"
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
}

// New returns a layout of n nodes. Nodes with a known position (has[i])
// keep it; the others start on a spiral around the centre, deterministically.
func New(n int, edges [][2]int, x, y []float64, has []bool) *Layout {
	l := &Layout{X: make([]float64, n), Y: make([]float64, n), Pinned: make([]bool, n), edges: edges,
		k: 60, dx: make([]float64, n), dy: make([]float64, n)}
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
	type key struct{ x, y int }
	grid := make(map[key][]int, n)
	for i := range l.X {
		l.dx[i], l.dy[i] = 0, 0
		c := key{int(math.Floor(l.X[i] / cell)), int(math.Floor(l.Y[i] / cell))}
		grid[c] = append(grid[c], i)
	}
	for c, members := range grid {
		for ox := -1; ox <= 1; ox++ {
			for oy := -1; oy <= 1; oy++ {
				c2 := key{c.x + ox, c.y + oy}
				same := ox == 0 && oy == 0
				if !same && (c2.x < c.x || c2.x == c.x && c2.y < c.y) {
					continue // each pair of cells once
				}
				for _, i := range members {
					for _, j := range grid[c2] {
						if same && j <= i {
							continue
						}
						ddx, ddy := l.X[i]-l.X[j], l.Y[i]-l.Y[j]
						d2 := ddx*ddx + ddy*ddy
						if d2 > cell*cell {
							continue
						}
						if d2 < 0.01 {
							ddx, ddy, d2 = 0.1, 0.1*float64(i-j), 0.01+0.01*float64((i-j)*(i-j))
						}
						f := k2 / d2
						l.dx[i] += ddx * f
						l.dy[i] += ddy * f
						l.dx[j] -= ddx * f
						l.dy[j] -= ddy * f
					}
				}
			}
		}
	}
	for _, e := range l.edges {
		a, b := e[0], e[1]
		if a == b {
			continue
		}
		ddx, ddy := l.X[a]-l.X[b], l.Y[a]-l.Y[b]
		d := math.Sqrt(ddx*ddx + ddy*ddy)
		if d < 0.01 {
			continue
		}
		f := d / k
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

// Reheat lets the layout move again, for example after nodes were added.
func (l *Layout) Reheat() { l.temp = math.Max(l.temp, l.k) }
