package render

import (
	"image/color"
	"math"
)

// A frame is one picture as a display list in device pixels: what the
// raster, SVG and PDF writers draw, so that all three show the same thing.
type frame struct {
	W, H, Scale float64
	Background  color.RGBA
	Graph       layer // edges, arrowheads, nodes, labels
	Overlay     layer // legend and title, on top
}

// A layer is drawn rectangles first, then lines, triangles, circles, texts.
type layer struct {
	rects   []rectOp
	lines   []lineOp
	tris    []triOp
	circles []circleOp
	texts   []textOp
}

func (l *layer) reset() {
	l.rects, l.lines, l.tris, l.circles, l.texts = l.rects[:0], l.lines[:0], l.tris[:0], l.circles[:0], l.texts[:0]
}

type rectOp struct {
	X0, Y0, X1, Y1 float64
	Fill, Stroke   color.RGBA
}

// lineOp is a straight segment, or a quadratic curve through control
// point (CX, CY) when Curved.
type lineOp struct {
	X0, Y0, CX, CY, X1, Y1 float64
	Curved                 bool
	Color                  color.RGBA
	Width                  float64
	Dash                   bool
}

type triOp struct {
	P     [3][2]float64
	Color color.RGBA
}

// circleOp is a filled disc with an optional outline (StrokeWidth > 0).
type circleOp struct {
	X, Y, R     float64
	Fill        color.RGBA
	Stroke      color.RGBA
	StrokeWidth float64
}

// textOp is one line of text whose box (W×H) is centred on (X, Y) and
// turned by Angle radians about that centre; Halo (if not transparent)
// fills the box behind it.
type textOp struct {
	X, Y, W, H, Angle float64
	Size              float64 // font size in pixels
	Ascent            float64
	Text              string
	Color, Halo       color.RGBA
}

// mix moves colour c towards colour to by t (0..1).
func mix(c, to color.RGBA, t float64) color.RGBA {
	f := func(a, b uint8) uint8 { return uint8(float64(a)*(1-t) + float64(b)*t + 0.5) }
	return color.RGBA{f(c.R, to.R), f(c.G, to.G), f(c.B, to.B), 0xff}
}

func darker(c color.RGBA) color.RGBA { return mix(c, color.RGBA{0, 0, 0, 0xff}, 0.3) }

// screen holds the nodes' places in one frame, in device pixels.
type screen struct {
	x, y, r []float64
	vis     []bool // drawn (not hidden; near the frame)
}

func (sc *screen) build(s *Scene, v View, w, h, scale float64) {
	n := len(s.Nodes)
	if cap(sc.x) < n {
		sc.x, sc.y, sc.r, sc.vis = make([]float64, n), make([]float64, n), make([]float64, n), make([]bool, n)
	}
	sc.x, sc.y, sc.r, sc.vis = sc.x[:n], sc.y[:n], sc.r[:n], sc.vis[:n]
	z := v.Zoom * scale
	f := shrink(v.Zoom)
	for i := range s.Nodes {
		nd := &s.Nodes[i]
		sc.x[i], sc.y[i] = nd.X*z+v.OffX*scale, nd.Y*z+v.OffY*scale
		sc.r[i] = radiusAt(nd.R, f) * scale
		r := sc.r[i] + 4*scale
		sc.vis[i] = !nd.Hidden && sc.x[i]+r >= 0 && sc.x[i]-r <= w && sc.y[i]+r >= 0 && sc.y[i]-r <= h
	}
}

// edgeGeom is an edge's drawn shape: from the rim of A to the tip of the
// arrow at the rim of B, through control point c when bent.
type edgeGeom struct {
	x0, y0, cx, cy, x1, y1 float64 // trimmed ends and control point
	tipX, tipY, ux, uy     float64 // arrow tip and the direction it points
	curved, ok             bool
	length                 float64 // of the trimmed chord
}

// geometry computes edge e's shape on screen; ok is false when it is not
// drawn (hidden end, too short, or wholly outside the frame).
func (sc *screen) geometry(s *Scene, e *Edge, w, h, scale float64) edgeGeom {
	var g edgeGeom
	a, b := e.A, e.B
	if e.Hidden || s.Nodes[a].Hidden || s.Nodes[b].Hidden || a == b {
		return g
	}
	ax, ay, bx, by := sc.x[a], sc.y[a], sc.x[b], sc.y[b]
	dx, dy := bx-ax, by-ay
	d := math.Hypot(dx, dy)
	if d < sc.r[a]+sc.r[b]+1 {
		return g
	}
	cx, cy := (ax+bx)/2, (ay+by)/2
	if e.Bend != 0 {
		off := 2 * e.Bend * math.Min(26*scale, 0.3*d)
		cx, cy = cx-dy/d*off, cy+dx/d*off
		g.curved = true
	}
	minX, maxX := math.Min(math.Min(ax, bx), cx), math.Max(math.Max(ax, bx), cx)
	minY, maxY := math.Min(math.Min(ay, by), cy), math.Max(math.Max(ay, by), cy)
	if maxX < 0 || minX > w || maxY < 0 || minY > h {
		return g
	}
	u0x, u0y := unit(cx-ax, cy-ay)
	u1x, u1y := unit(bx-cx, by-cy)
	g.x0, g.y0 = ax+u0x*sc.r[a], ay+u0y*sc.r[a]
	g.tipX, g.tipY = bx-u1x*(sc.r[b]+scale), by-u1y*(sc.r[b]+scale)
	g.x1, g.y1, g.ux, g.uy = g.tipX, g.tipY, u1x, u1y
	g.cx, g.cy = cx, cy
	g.length = math.Hypot(g.x1-g.x0, g.y1-g.y0)
	g.ok = true
	return g
}

func unit(x, y float64) (float64, float64) {
	d := math.Hypot(x, y)
	if d < 1e-9 {
		return 1, 0
	}
	return x / d, y / d
}

// point returns the point at t (0..1) on the drawn edge.
func (g *edgeGeom) point(t float64) (float64, float64) {
	if !g.curved {
		return g.x0 + (g.x1-g.x0)*t, g.y0 + (g.y1-g.y0)*t
	}
	a, b, c := (1-t)*(1-t), 2*(1-t)*t, t*t
	return a*g.x0 + b*g.cx + c*g.x1, a*g.y0 + b*g.cy + c*g.y1
}

// tangent returns the edge's direction at t (0..1).
func (g *edgeGeom) tangent(t float64) (float64, float64) {
	if !g.curved {
		return g.x1 - g.x0, g.y1 - g.y0
	}
	return 2*(1-t)*(g.cx-g.x0) + 2*t*(g.x1-g.cx), 2*(1-t)*(g.cy-g.y0) + 2*t*(g.y1-g.cy)
}
