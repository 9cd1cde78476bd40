// Package layout places graph nodes with ForceAtlas2 (Jacomy et al. 2014,
// as in Gephi): degree-weighted repulsion approximated with a Barnes–Hut
// quadtree, LinLog attraction, gravity, scaling and overlap prevention by
// node size, shared over the cores. It also has circular and layered
// layouts for a few nodes. It knows nothing of Fyne, so the window and
// headless exports share it.
package layout

import (
	"context"
	"math"
	"math/rand"
	"runtime"
	"slices"
	"sort"
	"sync"
)

// Options tune ForceAtlas2; DefaultOptions gives kgx's settings.
type Options struct {
	Scaling     float64 // repulsion strength (Gephi's "scaling ratio")
	Gravity     float64 // pull towards the centre, keeps components together
	LinLog      bool    // logarithmic attraction: clusters end up apart
	AdjustSizes bool    // node sizes repel: no overlaps once settled
	// OverlapScaling scales the repulsion once overlap prevention is on
	OverlapScaling float64
	// OverlapGravity scales gravity then: it keeps separate parts close
	// once their shapes are found
	OverlapGravity float64
	Theta          float64 // Barnes–Hut accuracy; larger is faster and coarser
	Jitter         float64 // Gephi's jitter tolerance
	Seed           int64   // start positions of unplaced nodes
}

// DefaultOptions are LinLog with overlap prevention, as a person would
// pick in Gephi for a readable, clustered picture.
func DefaultOptions() Options {
	return Options{Scaling: 6, Gravity: 2, LinLog: true, AdjustSizes: true, OverlapScaling: 1, OverlapGravity: 3, Theta: 1.2, Jitter: 1, Seed: 1}
}

// Layout holds node positions, sizes and the edges that pull them together.
// Methods are not safe for concurrent use; copy positions out first.
type Layout struct {
	X, Y   []float64
	Size   []float64 // node radius in world units (overlap prevention)
	Pinned []bool
	Opt    Options

	edges      [][2]int
	mass       []float64
	fx, fy     []float64
	ofx, ofy   []float64 // last step's forces (swinging, traction)
	ef         []float64 // per-edge forces
	speed      float64
	efficiency float64
	calm       int    // consecutive steps with little movement
	sizes      bool   // overlap prevention is on (the second phase, as in Gephi)
	sizesAt    int    // the step it started
	held       []bool // stored nodes that stay while new ones settle, until Wake
	allHeld    bool
	steps      int
	tree       quadtree
}

// New returns a layout of n nodes. Nodes with a known position (has[i])
// keep it; the others start near their placed neighbours, or on a seeded
// spiral when they have none.
func New(n int, edges [][2]int, x, y []float64, has []bool) *Layout {
	return NewWith(DefaultOptions(), n, edges, x, y, has)
}

// NewWith is New with explicit options.
func NewWith(opt Options, n int, edges [][2]int, x, y []float64, has []bool) *Layout {
	l := &Layout{X: make([]float64, n), Y: make([]float64, n), Size: make([]float64, n), Pinned: make([]bool, n),
		Opt: opt, edges: edges, mass: make([]float64, n), fx: make([]float64, n), fy: make([]float64, n),
		ofx: make([]float64, n), ofy: make([]float64, n), speed: 1, efficiency: 1}
	for i := range l.mass {
		l.mass[i] = 1
		l.Size[i] = 8
	}
	for _, e := range edges {
		if e[0] != e[1] {
			l.mass[e[0]]++
			l.mass[e[1]]++
		}
	}
	l.place(x, y, has)
	l.sizes = slices.Contains(has, true) // a stored layout only settles: no new shape, no new scale
	if l.sizes {
		// nodes a person has seen stay where they are; new ones find their place
		l.held = append([]bool(nil), has...)
		l.allHeld = !slices.Contains(has, false)
	}
	return l
}

// Wake lets a settled layout run again (the person resumed it), keeping
// its scale; stored nodes held in place since New move freely again.
func (l *Layout) Wake() {
	l.calm, l.sizesAt = 0, l.steps
	l.held, l.allHeld = nil, false
}

// adjust reports whether node sizes count in this step: overlap
// prevention starts once the layout has found its shape, as a person does
// in Gephi, because pushing overlapping nodes apart from the first step
// slows the layout down and freezes early tangles.
func (l *Layout) adjust() bool { return l.Opt.AdjustSizes && l.sizes }

// place keeps known positions, puts new nodes beside a placed neighbour
// (incremental import) and the rest on a spiral.
func (l *Layout) place(x, y []float64, has []bool) {
	n := len(l.X)
	rng := rand.New(rand.NewSource(l.Opt.Seed))
	if !slices.Contains(has, true) && n > 2000 { // small graphs untangle better from the spiral below
		l.seed(rng)
		return
	}
	placed := make([]bool, n)
	for i := 0; i < n; i++ {
		if has != nil && has[i] {
			l.X[i], l.Y[i], placed[i] = x[i], y[i], true
		}
	}
	for i := 0; i < n; i++ {
		a := float64(i) * 2.399963 // golden angle
		r := 25 * math.Sqrt(float64(i)+1)
		if !placed[i] {
			l.X[i], l.Y[i] = r*math.Cos(a)+rng.Float64(), r*math.Sin(a)+rng.Float64()
		}
	}
	// a new node starts at the centre of its placed neighbours, slightly off
	sx, sy, cnt := make([]float64, n), make([]float64, n), make([]int, n)
	for _, e := range l.edges {
		for k := 0; k < 2; k++ {
			a, b := e[k], e[1-k]
			if !placed[a] && placed[b] {
				sx[a] += l.X[b]
				sy[a] += l.Y[b]
				cnt[a]++
			}
		}
	}
	for i := 0; i < n; i++ {
		if cnt[i] > 0 {
			a := rng.Float64() * 2 * math.Pi
			l.X[i] = sx[i]/float64(cnt[i]) + 30*math.Cos(a)
			l.Y[i] = sy[i]/float64(cnt[i]) + 30*math.Sin(a)
		}
	}
}

// seed places a new layout: each connected part grows from its
// best-connected node outwards, breadth first, every node beside the
// neighbour that reached it, so the forces start near their answer and
// the shape is found in fewer steps than from random places.
func (l *Layout) seed(rng *rand.Rand) {
	n := len(l.X)
	adj := make([][]int32, n)
	for _, e := range l.edges {
		if e[0] != e[1] {
			adj[e[0]] = append(adj[e[0]], int32(e[1]))
			adj[e[1]] = append(adj[e[1]], int32(e[0]))
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(adj[order[a]]) > len(adj[order[b]]) })
	done := make([]bool, n)
	var queue []int32
	part := 0
	for _, s := range order {
		if done[s] {
			continue
		}
		a, r := float64(part)*2.399963, 150*math.Sqrt(float64(part)) // golden-angle spiral of parts
		l.X[s], l.Y[s], done[s] = r*math.Cos(a), r*math.Sin(a), true
		part++
		queue = append(queue[:0], int32(s))
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[u] {
				if done[v] {
					continue
				}
				t := rng.Float64() * 2 * math.Pi
				d := 20 + 20*rng.Float64()
				l.X[v], l.Y[v], done[v] = l.X[u]+d*math.Cos(t), l.Y[u]+d*math.Sin(t), true
				queue = append(queue, v)
			}
		}
	}
}

// Settled reports whether the nodes have come to rest: for several steps
// the mean movement was below a thousandth of the drawing's extent, with
// overlap prevention on if asked for.
func (l *Layout) Settled() bool {
	if l.allHeld {
		return true // a stored layout with nothing new: nothing to do
	}
	if l.sizes && l.steps-l.sizesAt >= 150 {
		return true // overlaps are undone by then; the rest is jitter
	}
	return len(l.X) == 0 || l.calm >= 5 && (l.sizes || !l.Opt.AdjustSizes)
}

// Steps returns how many iterations have run.
func (l *Layout) Steps() int { return l.steps }

// Step runs one iteration and returns the mean distance a node moved.
// Cost: O(V log V + E), the repulsion shared out over the cores.
func (l *Layout) Step() float64 {
	n := len(l.X)
	l.steps++
	if n == 0 {
		return 0
	}
	copy(l.ofx, l.fx)
	copy(l.ofy, l.fy)
	l.tree.build(l.X, l.Y, l.mass)
	l.parallel(func(lo, hi int) {
		for i := lo; i < hi; i++ {
			l.fx[i], l.fy[i] = 0, 0
			l.repel(i)
			l.gravity(i)
		}
	})
	l.attract()
	moved := l.move()
	l.trackCalm(moved)
	return moved
}

// parallel runs fn over the node range split between the cores; each
// worker writes only its own nodes, so the result does not depend on timing.
func (l *Layout) parallel(fn func(lo, hi int)) { parallelRange(len(l.X), fn) }

func parallelRange(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), 8, max(1, n/500))
	if workers == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, min(lo+chunk, n))
	}
	wg.Wait()
}

// repel adds the repulsion of every other node on node i, far groups
// taken as one body at their centre of mass (Barnes–Hut).
func (l *Layout) repel(i int) {
	t := &l.tree
	xi, yi, mi, si := l.X[i], l.Y[i], l.mass[i], l.Size[i]
	kr := l.Opt.Scaling
	if l.sizes {
		kr *= l.Opt.OverlapScaling
	}
	theta2 := l.Opt.Theta * l.Opt.Theta
	var fx, fy float64 // summed here, written once
	var stack [128]int32
	stack[0] = 0
	sp := 1
	for sp > 0 {
		sp--
		c := &t.cells[stack[sp]]
		if c.child[0] < 0 { // a leaf: exact forces with its bodies
			for j := c.body; j >= 0; j = t.next[j] {
				if int(j) != i {
					ax, ay := l.pairForce(i, int(j), xi, yi, mi, si, kr)
					fx += ax
					fy += ay
				}
			}
			continue
		}
		dx, dy := xi-c.mx, yi-c.my
		d2 := dx*dx + dy*dy
		if 4*c.half*c.half < theta2*d2 {
			f := kr * mi * c.mass / d2
			fx += dx * f
			fy += dy * f
			continue
		}
		for _, ch := range c.child {
			if t.cells[ch].mass > 0 && sp < len(stack) { // empty quadrants are skipped
				stack[sp] = ch
				sp++
			}
		}
	}
	l.fx[i] += fx
	l.fy[i] += fy
}

// pairForce is the exact repulsion of node j on node i; with overlap
// prevention, overlapping nodes push each other hard.
func (l *Layout) pairForce(i, j int, xi, yi, mi, si, kr float64) (float64, float64) {
	dx, dy := xi-l.X[j], yi-l.Y[j]
	d := math.Sqrt(dx*dx + dy*dy)
	if d < 1e-6 { // same place: push apart along a direction fixed by the indices
		a := float64(i*7+j*13) * 0.618
		dx, dy, d = math.Cos(a)*0.01, math.Sin(a)*0.01, 0.01
	}
	mm := kr * mi * l.mass[j]
	if l.adjust() {
		if gap := d - si - l.Size[j]; gap > 0 {
			f := mm / (gap * d)
			return dx * f, dy * f
		}
		f := 100 * mm / d
		return dx * f, dy * f
	}
	f := mm / (d * d)
	return dx * f, dy * f
}

// gravity pulls node i towards the origin with a force that grows with
// its mass, not with distance (Gephi's default gravity).
func (l *Layout) gravity(i int) {
	d := math.Hypot(l.X[i], l.Y[i])
	if d < 1e-9 {
		return
	}
	f := l.Opt.Gravity * l.mass[i] / d
	if l.sizes {
		f *= l.Opt.OverlapGravity
	}
	l.fx[i] -= l.X[i] * f
	l.fy[i] -= l.Y[i] * f
}

// attract pulls the ends of every edge together (linear, or LinLog). The
// per-edge forces are computed on all cores, then summed in edge order.
func (l *Layout) attract() {
	if cap(l.ef) < 2*len(l.edges) {
		l.ef = make([]float64, 2*len(l.edges))
	}
	ef := l.ef[:2*len(l.edges)]
	parallelRange(len(l.edges), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			ef[2*k], ef[2*k+1] = l.edgeForce(l.edges[k][0], l.edges[k][1])
		}
	})
	for k, e := range l.edges {
		fx, fy := ef[2*k], ef[2*k+1]
		l.fx[e[0]] -= fx
		l.fy[e[0]] -= fy
		l.fx[e[1]] += fx
		l.fy[e[1]] += fy
	}
}

// edgeForce is the pull of the edge a–b on a (b gets the opposite).
func (l *Layout) edgeForce(a, b int) (float64, float64) {
	if a == b {
		return 0, 0
	}
	dx, dy := l.X[a]-l.X[b], l.Y[a]-l.Y[b]
	d := math.Sqrt(dx*dx + dy*dy)
	if d < 1e-9 {
		return 0, 0
	}
	dist := d
	if l.adjust() {
		dist = d - l.Size[a] - l.Size[b]
		if dist <= 0 {
			return 0, 0
		}
	}
	f := 1.0 // linear: the force grows with the distance
	if l.Opt.LinLog {
		f = math.Log1p(dist) / d
	} else if l.adjust() {
		f = dist / d
	}
	return dx * f, dy * f
}

// move adapts the global speed to how much the nodes swing (Gephi's
// speed and jitter control) and moves every free node; it returns the
// mean distance moved.
func (l *Layout) move() float64 {
	n := len(l.X)
	swingTotal, traction := 0.0, 0.0
	for i := 0; i < n; i++ {
		sw := math.Hypot(l.fx[i]-l.ofx[i], l.fy[i]-l.ofy[i])
		swingTotal += l.mass[i] * sw
		traction += l.mass[i] * 0.5 * math.Hypot(l.fx[i]+l.ofx[i], l.fy[i]+l.ofy[i])
	}
	l.adaptSpeed(swingTotal, traction)
	total := 0.0
	for i := 0; i < n; i++ {
		if l.Pinned[i] || l.held != nil && l.held[i] {
			continue
		}
		sw := l.mass[i] * math.Hypot(l.fx[i]-l.ofx[i], l.fy[i]-l.ofy[i])
		factor := l.speed / (1 + math.Sqrt(l.speed*sw))
		df := math.Hypot(l.fx[i], l.fy[i])
		if l.adjust() {
			factor *= 0.1
			if df > 0 {
				factor = math.Min(factor*df, 10) / df
			}
		}
		dx, dy := l.fx[i]*factor, l.fy[i]*factor
		l.X[i] += dx
		l.Y[i] += dy
		total += math.Hypot(dx, dy)
	}
	return total / float64(n)
}

func (l *Layout) adaptSpeed(swing, traction float64) {
	n := float64(len(l.X))
	if traction <= 0 || swing <= 0 {
		return
	}
	estimated := 0.05 * math.Sqrt(n)
	jt := l.Opt.Jitter * math.Max(math.Sqrt(estimated), math.Min(10, estimated*traction/(n*n)))
	if swing/traction > 2 {
		if l.efficiency > 0.05 {
			l.efficiency *= 0.5
		}
		jt = math.Max(jt, l.Opt.Jitter)
	}
	target := jt * l.efficiency * traction / swing
	if swing > jt*traction {
		if l.efficiency > 0.05 {
			l.efficiency *= 0.7
		}
	} else if l.speed < 1000 {
		l.efficiency *= 1.3
	}
	l.speed += math.Min(target-l.speed, 0.5*l.speed)
}

// trackCalm counts the steps in a row in which nodes moved by less than a
// thousandth of the drawing's extent.
func (l *Layout) trackCalm(moved float64) {
	minX, minY, maxX, maxY := l.bounds()
	extent := math.Max(math.Max(maxX-minX, maxY-minY), 1)
	limit := 1e-3 // of the extent, per step
	if !l.sizes && len(l.X) > 2000 {
		limit = 3e-3 // a big graph's shape: found once the big moves stop
	}
	// the speed starts low and adapts: early small moves are not rest
	warm := l.steps-l.sizesAt >= minSteps
	if moved < extent*limit && warm {
		l.calm++
	} else {
		l.calm = 0
	}
	if l.calm >= 5 && l.Opt.AdjustSizes && !l.sizes {
		l.sizes, l.calm, l.sizesAt = true, 0, l.steps
		l.rescale(EdgeLength)
		l.pack()
	}
}

// minSteps is how many steps each phase runs before it may end.
const minSteps = 80

// EdgeLength is the median length, in world units (screen pixels at zoom
// 1), that a new layout's relations get before overlap prevention starts.
const EdgeLength = 100.0

// rescale scales the drawing about its centre so that the median edge is
// length long: ForceAtlas2's own scale depends on the degrees (LinLog
// spreads hubs' leaves far), while node sizes are fixed in world units.
// A layout with pinned nodes is left as it is.
func (l *Layout) rescale(length float64) {
	if len(l.edges) == 0 || slices.Contains(l.Pinned, true) {
		return
	}
	ds := make([]float64, 0, len(l.edges))
	for _, e := range l.edges {
		if e[0] != e[1] {
			ds = append(ds, math.Hypot(l.X[e[0]]-l.X[e[1]], l.Y[e[0]]-l.Y[e[1]]))
		}
	}
	if len(ds) == 0 {
		return
	}
	sort.Float64s(ds)
	med := ds[len(ds)/2]
	if med < 1e-9 {
		return
	}
	f := length / med
	cx, cy := 0.0, 0.0
	for i := range l.X {
		cx += l.X[i]
		cy += l.Y[i]
	}
	cx /= float64(len(l.X))
	cy /= float64(len(l.X))
	for i := range l.X {
		l.X[i] = cx + (l.X[i]-cx)*f
		l.Y[i] = cy + (l.Y[i]-cy)*f
	}
}

func (l *Layout) bounds() (minX, minY, maxX, maxY float64) {
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range l.X {
		minX, maxX = math.Min(minX, l.X[i]), math.Max(maxX, l.X[i])
		minY, maxY = math.Min(minY, l.Y[i]), math.Max(maxY, l.Y[i])
	}
	return
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
