package render

import (
	"math"

	"golang.org/x/image/font"
)

// rect is an axis-aligned box in device pixels.
type rect struct{ x0, y0, x1, y1 float64 }

func (b rect) inside(w, h float64) bool { return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h }

// rotatedBox returns the bounding box of a w×h box centred on (cx, cy)
// and turned by ang radians.
func rotatedBox(cx, cy, w, h, ang float64) rect {
	c, s := math.Abs(math.Cos(ang)), math.Abs(math.Sin(ang))
	hw, hh := (w*c+h*s)/2, (w*s+h*c)/2
	return rect{cx - hw, cy - hh, cx + hw, cy + hh}
}

// labelGrid is the density grid labels are placed on: the frame cut into
// small square cells; a label takes every cell its box touches, and a
// label whose cells are not all free is not drawn. Two drawn labels
// therefore never overlap.
type labelGrid struct {
	cell  float64
	cols  int
	rows  int
	taken []bool
}

func (g *labelGrid) reset(w, h, cell float64) {
	g.cell = math.Max(cell, 1)
	g.cols, g.rows = int(w/g.cell)+1, int(h/g.cell)+1
	n := g.cols * g.rows
	if cap(g.taken) < n {
		g.taken = make([]bool, n)
	}
	g.taken = g.taken[:n]
	clear(g.taken)
}

func (g *labelGrid) span(b rect) (c0, r0, c1, r1 int) {
	c0, r0 = max(0, int(b.x0/g.cell)), max(0, int(b.y0/g.cell))
	c1, r1 = min(g.cols-1, int(b.x1/g.cell)), min(g.rows-1, int(b.y1/g.cell))
	return
}

func (g *labelGrid) free(b rect) bool {
	c0, r0, c1, r1 := g.span(b)
	for y := r0; y <= r1; y++ {
		for x := c0; x <= c1; x++ {
			if g.taken[y*g.cols+x] {
				return false
			}
		}
	}
	return true
}

func (g *labelGrid) take(b rect) {
	c0, r0, c1, r1 := g.span(b)
	for y := r0; y <= r1; y++ {
		for x := c0; x <= c1; x++ {
			g.taken[y*g.cols+x] = true
		}
	}
}

// turned is a w×h box centred on (cx, cy) and turned by ang radians.
type turned struct{ cx, cy, hw, hh, cos, sin float64 }

func newTurned(cx, cy, w, h, ang float64) turned {
	return turned{cx, cy, w / 2, h / 2, math.Cos(ang), math.Sin(ang)}
}

// covers reports whether the cell centred on (x, y), of side c, may
// touch the box: the centre lies within the box grown by half the cell's
// diagonal.
func (t turned) covers(x, y, c float64) bool {
	dx, dy := x-t.cx, y-t.cy
	u, v := dx*t.cos+dy*t.sin, -dx*t.sin+dy*t.cos
	m := c * 0.7072
	return math.Abs(u) <= t.hw+m && math.Abs(v) <= t.hh+m
}

// eachCell calls fn with the index of every grid cell the turned box
// touches, until fn returns false.
func (g *labelGrid) eachCell(t turned, fn func(int) bool) {
	b := rotatedBox(t.cx, t.cy, 2*t.hw, 2*t.hh, math.Atan2(t.sin, t.cos))
	c0, r0, c1, r1 := g.span(b)
	for y := r0; y <= r1; y++ {
		for x := c0; x <= c1; x++ {
			if t.covers((float64(x)+0.5)*g.cell, (float64(y)+0.5)*g.cell, g.cell) && !fn(y*g.cols+x) {
				return
			}
		}
	}
}

func (g *labelGrid) freeTurned(t turned) bool {
	free := true
	g.eachCell(t, func(i int) bool { free = !g.taken[i]; return free })
	return free
}

func (g *labelGrid) takeTurned(t turned) {
	g.eachCell(t, func(i int) bool { g.taken[i] = true; return true })
}

// metrics are a font size's line measures in pixels.
type metrics struct{ ascent, height float64 }

func (r *Renderer) metrics(size float64) metrics {
	f := r.face(size)
	if f == nil {
		return metrics{size * 0.8, size * 1.2}
	}
	m := f.Metrics()
	return metrics{float64(m.Ascent.Ceil()), float64(m.Ascent.Ceil() + m.Descent.Ceil())}
}

type widthKey struct {
	text string
	size float64
}

// textWidth returns the advance of text at size pixels, cached.
func (r *Renderer) textWidth(text string, size float64) float64 {
	size = math.Round(size*2) / 2
	k := widthKey{text, size}
	if w, ok := r.widths[k]; ok {
		return w
	}
	w := float64(len(text)) * size * 0.55
	if f := r.face(size); f != nil {
		w = float64(font.MeasureString(f, text)) / 64
	}
	if len(r.widths) > 50000 {
		clear(r.widths)
	}
	r.widths[k] = w
	return w
}
