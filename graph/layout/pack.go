package layout

import (
	"math"
	"slices"
	"sort"

	"github.com/kgx/kgx/graph"
)

// pack moves the connected parts of the drawing next to one another, the
// largest in the middle and each next one at the nearest free place around
// it, as Graphviz and Cytoscape pack components: ForceAtlas2's gravity
// alone leaves separate parts far apart, which shrinks the picture when it
// is fitted to the view. Only the first 300 parts move; the rest are
// small and stay where gravity put them. Pinned nodes keep the layout as
// it is.
func (l *Layout) pack() {
	if slices.Contains(l.Pinned, true) {
		return
	}
	parts := graph.ConnectedParts(len(l.X), l.edges)
	if len(parts) < 2 {
		return
	}
	type disc struct{ x, y, r float64 }
	discs := make([]disc, len(parts))
	for k, p := range parts {
		cx, cy := l.centre(p)
		r := 0.0
		for _, i := range p {
			r = math.Max(r, math.Hypot(l.X[i]-cx, l.Y[i]-cy)+l.Size[i])
		}
		discs[k] = disc{cx, cy, r}
	}
	order := make([]int, len(parts))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return discs[order[a]].r > discs[order[b]].r })
	var placed []disc
	free := func(x, y, r float64) bool {
		for _, d := range placed {
			if math.Hypot(x-d.x, y-d.y) < r+d.r+EdgeLength/2 {
				return false
			}
		}
		return true
	}
	for n, k := range order {
		if n >= 300 {
			break
		}
		d := discs[k]
		x, y := 0.0, 0.0
		if n > 0 {
			x, y = l.freeSpot(d.r, placed[0].r, free)
		}
		for _, i := range parts[k] {
			l.X[i] += x - d.x
			l.Y[i] += y - d.y
		}
		placed = append(placed, disc{x, y, d.r})
	}
}

// freeSpot walks outwards from the middle on rings of 24 places and
// returns the first place where a part of radius r fits.
func (l *Layout) freeSpot(r, r0 float64, free func(x, y, r float64) bool) (float64, float64) {
	for ring := r0 + r + EdgeLength/2; ; ring += math.Max(r, EdgeLength/2) {
		for s := 0; s < 24; s++ {
			a := float64(s) * 2 * math.Pi / 24
			x, y := ring*math.Cos(a), ring*math.Sin(a)
			if free(x, y, r) {
				return x, y
			}
		}
	}
}
