// Package render draws a graph scene into an image with its own
// anti-aliased rasterizer, and writes the same scene as PNG or SVG. The
// window's canvas and the exports use this one code path; it imports no Fyne.
package render

import (
	"image/color"
	"math"
	"sort"

	"github.com/kgx/kgx/graph"
)

// Node is a node of the scene, in world coordinates.
type Node struct {
	X, Y   float64
	R      float64 // radius in world units
	Fill   color.RGBA
	Label  string
	Weight int // larger nodes keep their label first when space is short
	Hidden bool
}

// Edge joins two nodes of the scene by index.
type Edge struct {
	A, B   int
	Color  color.RGBA
	Hidden bool
}

// Scene is what is drawn: nodes, edges and the theme colours.
type Scene struct {
	Nodes      []Node
	Edges      []Edge
	Background color.RGBA
	Text       color.RGBA
	Selected   int // index of the selected node, or -1
	// Fast draws a cheaper picture while the view moves: on large scenes
	// edges are left out except the selected node's, and fewer labels drawn.
	Fast bool
}

// View maps world to screen: screen = world*Zoom + Off (in device-independent units).
type View struct{ OffX, OffY, Zoom float64 }

// ToWorld converts a screen point to world coordinates.
func (v View) ToWorld(x, y float64) (float64, float64) {
	return (x - v.OffX) / v.Zoom, (y - v.OffY) / v.Zoom
}

// ToScreen converts a world point to screen coordinates.
func (v View) ToScreen(x, y float64) (float64, float64) { return x*v.Zoom + v.OffX, y*v.Zoom + v.OffY }

// Colours of the entity types.
var typeColors = map[string]color.RGBA{
	"PER":     {0x3b, 0x82, 0xf6, 0xff},
	"ORG":     {0xf5, 0x9e, 0x0b, 0xff},
	"LOC":     {0x10, 0xb9, 0x81, 0xff},
	"PRODUCT": {0xa8, 0x55, 0xf7, 0xff},
	"EVENT":   {0xef, 0x44, 0x44, 0xff},
	"MISC":    {0x94, 0xa3, 0xb8, 0xff},
}

// TypeColor returns the fill colour of an entity type.
func TypeColor(t string) color.RGBA {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return typeColors["MISC"]
}

// NodeRadius is the world radius of a node with the given mention count.
func NodeRadius(mentions int) float64 { return 7 + 3*math.Log1p(float64(mentions)) }

// FromGraph builds a scene from a graph and node positions (index-aligned
// with g.Nodes). Edges with a hidden predicate are left out.
func FromGraph(g *graph.Graph, x, y []float64, hidePred func(string) bool) *Scene {
	s := &Scene{Background: color.RGBA{0xff, 0xff, 0xff, 0xff}, Text: color.RGBA{0x1f, 0x29, 0x37, 0xff}, Selected: -1}
	for i, n := range g.Nodes {
		s.Nodes = append(s.Nodes, Node{X: x[i], Y: y[i], R: NodeRadius(n.Mentions), Fill: TypeColor(n.Type), Label: n.Name, Weight: n.Mentions})
	}
	for _, e := range g.Edges {
		if e.To == 0 || hidePred != nil && hidePred(e.Predicate) {
			continue
		}
		a, b := g.NodeIndex(e.From), g.NodeIndex(e.To)
		if a < 0 || b < 0 {
			continue
		}
		s.Edges = append(s.Edges, Edge{A: a, B: b, Color: color.RGBA{0x94, 0xa3, 0xb8, 0xff}})
	}
	return s
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

// Fit returns the view that shows the whole scene in a w×h area with a margin.
func (s *Scene) Fit(w, h float64) View {
	minX, minY, maxX, maxY := s.Bounds()
	margin := 40.0
	bw, bh := math.Max(maxX-minX, 1), math.Max(maxY-minY, 1)
	z := math.Min((w-2*margin)/bw, (h-2*margin)/bh)
	z = math.Max(math.Min(z, 3), 0.02)
	return View{Zoom: z, OffX: w/2 - (minX+bw/2)*z, OffY: h/2 - (minY+bh/2)*z}
}

// NodeAt returns the index of the topmost visible node under the screen
// point (x, y), or -1. O(V).
func (s *Scene) NodeAt(v View, x, y float64) int {
	wx, wy := v.ToWorld(x, y)
	best, bestD := -1, math.Inf(1)
	for i, n := range s.Nodes {
		if n.Hidden {
			continue
		}
		dx, dy := wx-n.X, wy-n.Y
		d := dx*dx + dy*dy
		r := math.Max(n.R, 6/v.Zoom)
		if d <= r*r && d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// labelOrder returns the visible nodes, heaviest first, for label placement.
func (s *Scene) labelOrder() []int {
	idx := make([]int, 0, len(s.Nodes))
	for i, n := range s.Nodes {
		if !n.Hidden && n.Label != "" {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if idx[a] == s.Selected {
			return true
		}
		if idx[b] == s.Selected {
			return false
		}
		return s.Nodes[idx[a]].Weight > s.Nodes[idx[b]].Weight
	})
	return idx
}
