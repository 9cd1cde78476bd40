package render

import (
	"image/color"
	"math"
	"sort"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/layout"
)

// Node is a node of the scene, in world coordinates.
type Node struct {
	X, Y   float64
	R      float64 // radius in screen units at zoom 1 and above (semantic zoom shrinks it below)
	Fill   color.RGBA
	Type   string
	Label  string
	Rank   float64 // importance: labels go to the highest ranks first
	Hidden bool
}

// Edge is a relation from node A to node B.
type Edge struct {
	A, B      int
	ID        int64  // the relation's id in the project, 0 if none
	Predicate string // canonical predicate, written along the edge
	Label     string // the words of the text ("CEO von"), shown on hover and when zoomed in
	Weak      bool   // co-occurrence: thin, dashed, no label
	Bend      float64
	Hidden    bool
}

// Scene is what is drawn: nodes, edges, colours, selection and legend.
type Scene struct {
	Nodes   []Node
	Edges   []Edge
	Palette Palette

	Selected     int          // selected node, or -1
	SelectedEdge int          // selected edge, or -1
	HoverEdge    int          // edge under the pointer, or -1
	Highlight    map[int]bool // search hits: ringed and labelled first
	Marked       map[int]bool // edges drawn and labelled like the selected one (a path)

	Legend     Legend
	ShowLegend bool
	Title      string
	// HiddenNodes counts the nodes a rank or degree threshold hides.
	HiddenNodes int
	// Fast draws a cheaper picture while the view moves.
	Fast bool
	// Words, if set, translates the legend's English texts (and their
	// format strings) into the interface language.
	Words func(string) string
}

// word returns s in the scene's language.
func (s *Scene) word(w string) string {
	if s.Words == nil {
		return w
	}
	return s.Words(w)
}

// View maps world to screen: screen = world*Zoom + Off (in device-independent units).
type View struct{ OffX, OffY, Zoom float64 }

// ToWorld converts a screen point to world coordinates.
func (v View) ToWorld(x, y float64) (float64, float64) {
	return (x - v.OffX) / v.Zoom, (y - v.OffY) / v.Zoom
}

// ToScreen converts a world point to screen coordinates.
func (v View) ToScreen(x, y float64) (float64, float64) { return x*v.Zoom + v.OffX, y*v.Zoom + v.OffY }

// ScreenRadius is the drawn radius of a node of radius r at zoom z, in
// screen units: never more than r (zooming in spreads nodes apart rather
// than growing them), shrinking with z^0.75 below 1 (a little slower than
// the distances, so the structure stays visible when zoomed out).
func ScreenRadius(r, z float64) float64 { return radiusAt(r, shrink(z)) }

// shrink is ScreenRadius's factor at zoom z; compute it once per frame.
func shrink(z float64) float64 { return math.Min(1, math.Pow(z, 0.75)) }

func radiusAt(r, f float64) float64 { return math.Max(1.5, r*f) }

// Options say how a graph becomes a scene.
type Options struct {
	ShowWeak  bool   // draw co-occurrence (related_to) links
	SizeBy    string // "degree" (default) or "pagerank"
	MinDegree int    // hide nodes with fewer relations than this
	Palette   Palette
	// Keep, if set, says which nodes to show (the others are hidden and
	// counted in HiddenNodes); KeepEdge, if set, which relations.
	Keep     func(i int, n *graph.Node) bool
	KeepEdge func(e *graph.Edge) bool
}

// WeakPredicate is the co-occurrence predicate, drawn weaker and hidden by default.
const WeakPredicate = "related_to"

// FromGraph builds a scene from a graph and node positions (index-aligned
// with g.Nodes): node size by degree or PageRank, colour by type, parallel
// relations bent apart, co-occurrence shown only if asked for.
func FromGraph(g *graph.Graph, x, y []float64, opt Options) *Scene {
	s := &Scene{Palette: opt.Palette, Selected: -1, SelectedEdge: -1, HoverEdge: -1, ShowLegend: true}
	if s.Palette == (Palette{}) {
		s.Palette = Light()
	}
	skip := func(e *graph.Edge) bool { return !opt.ShowWeak && e.Predicate == WeakPredicate }
	deg := g.Degree(skip)
	pr := g.PageRank(skip)
	total := 0
	for _, d := range deg {
		total += d
	}
	for i, n := range g.Nodes {
		imp := float64(deg[i])
		if opt.SizeBy == "pagerank" {
			imp = pr[i] * float64(total)
		}
		hidden := n.Hidden || opt.MinDegree > 0 && deg[i] < opt.MinDegree || opt.Keep != nil && !opt.Keep(i, &g.Nodes[i])
		if hidden {
			s.HiddenNodes++
		}
		s.Nodes = append(s.Nodes, Node{X: x[i], Y: y[i], R: layout.NodeRadius(imp), Fill: TypeColor(n.Type),
			Type: n.Type, Label: n.Name, Rank: pr[i], Hidden: hidden})
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		a, b := g.NodeIndex(e.From), g.NodeIndex(e.To)
		if e.To == 0 || a < 0 || b < 0 || skip(e) {
			continue
		}
		s.Edges = append(s.Edges, Edge{A: a, B: b, ID: e.ID, Predicate: e.Predicate, Label: e.Label, Weak: e.Predicate == WeakPredicate,
			Hidden: opt.KeepEdge != nil && !opt.KeepEdge(e)})
	}
	s.SpreadParallel()
	s.Legend = TypeLegend(s, opt.SizeBy, opt.ShowWeak)
	return s
}

// SpreadParallel bends the relations between one pair of nodes apart so
// that none lies on another: k edges get offsets -(k-1)/2 … (k-1)/2,
// measured on the same side whichever way each edge points.
func (s *Scene) SpreadParallel() {
	type pair struct{ a, b int }
	groups := map[pair][]int{}
	for i, e := range s.Edges {
		p := pair{min(e.A, e.B), max(e.A, e.B)}
		groups[p] = append(groups[p], i)
	}
	for p, idx := range groups {
		sort.Ints(idx)
		for k, i := range idx {
			off := float64(k) - float64(len(idx)-1)/2
			if s.Edges[i].A != p.a {
				off = -off // the edge runs the other way: its left is the pair's right
			}
			s.Edges[i].Bend = off
		}
	}
}

// Bounds returns the world rectangle that holds every visible node.
func (s *Scene) Bounds() (minX, minY, maxX, maxY float64) {
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range s.Nodes {
		if n.Hidden {
			continue
		}
		minX, minY = math.Min(minX, n.X-n.R), math.Min(minY, n.Y-n.R)
		maxX, maxY = math.Max(maxX, n.X+n.R), math.Max(maxY, n.Y+n.R)
	}
	if minX > maxX {
		return 0, 0, 1, 1
	}
	return
}

// Fit returns the view that shows the whole scene in a w×h area with a
// margin that leaves room for labels.
func (s *Scene) Fit(w, h float64) View {
	minX, minY, maxX, maxY := s.Bounds()
	margin := math.Min(60, math.Min(w, h)/8)
	bw, bh := math.Max(maxX-minX, 1), math.Max(maxY-minY, 1)
	z := math.Min((w-2*margin)/bw, (h-2*margin)/bh)
	z = math.Max(math.Min(z, 8), 0.001)
	return View{Zoom: z, OffX: w/2 - (minX+bw/2)*z, OffY: h/2 - (minY+bh/2)*z}
}

// Neighbourhood returns the selected node and the nodes one visible
// relation away, or nil when nothing is selected.
//
// While relations are marked (a path), it is the marked relations' ends.
func (s *Scene) Neighbourhood() map[int]bool {
	if len(s.Marked) > 0 {
		nb := map[int]bool{}
		for i := range s.Marked {
			if i < len(s.Edges) {
				nb[s.Edges[i].A], nb[s.Edges[i].B] = true, true
			}
		}
		return nb
	}
	if s.Selected < 0 || s.Selected >= len(s.Nodes) {
		return nil
	}
	nb := map[int]bool{s.Selected: true}
	for _, e := range s.Edges {
		if e.Hidden {
			continue
		}
		if e.A == s.Selected {
			nb[e.B] = true
		} else if e.B == s.Selected {
			nb[e.A] = true
		}
	}
	return nb
}
