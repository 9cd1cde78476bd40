package render

import (
	"image"
	"image/color"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Renderer draws scenes into RGBA images. It caches font faces; it is not
// safe for concurrent use.
type Renderer struct {
	font  *opentype.Font
	faces map[float64]font.Face
	// MaxLabels caps the labels drawn per frame (0 means 300).
	MaxLabels int
}

// NewRenderer returns a renderer with the embedded Go Regular font.
func NewRenderer() (*Renderer, error) {
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	return &Renderer{font: f, faces: map[float64]font.Face{}}, nil
}

func (r *Renderer) face(px float64) font.Face {
	px = math.Round(px*2) / 2
	if f, ok := r.faces[px]; ok {
		return f
	}
	f, err := opentype.NewFace(r.font, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	r.faces[px] = f
	return f
}

// Render draws the scene into img. scale is device pixels per view unit
// (2 on a HiDPI screen). Off-screen items are culled; labels are drawn for
// the heaviest nodes that fit without overlapping.
func (r *Renderer) Render(img *image.RGBA, s *Scene, v View, scale float64) {
	fill(img, s.Background)
	w, h := float64(img.Rect.Dx()), float64(img.Rect.Dy())
	z := v.Zoom * scale
	ox, oy := v.OffX*scale, v.OffY*scale
	sx := func(n *Node) (float64, float64) { return n.X*z + ox, n.Y*z + oy }
	lite := s.Fast && len(s.Edges) > 3000
	for _, e := range s.Edges {
		if e.Hidden || lite && e.A != s.Selected && e.B != s.Selected {
			continue
		}
		a, b := &s.Nodes[e.A], &s.Nodes[e.B]
		if a.Hidden || b.Hidden {
			continue
		}
		x0, y0 := sx(a)
		x1, y1 := sx(b)
		if math.Max(x0, x1) < 0 || math.Min(x0, x1) > w || math.Max(y0, y1) < 0 || math.Min(y0, y1) > h {
			continue
		}
		col := e.Color
		if s.Selected >= 0 && (e.A == s.Selected || e.B == s.Selected) {
			col = color.RGBA{0x25, 0x63, 0xeb, 0xff}
		}
		wuLine(img, x0, y0, x1, y1, col, math.Max(scale, 1))
	}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if n.Hidden {
			continue
		}
		cx, cy := sx(n)
		rad := math.Max(n.R*z, 2*scale)
		if cx+rad < 0 || cx-rad > w || cy+rad < 0 || cy-rad > h {
			continue
		}
		if i == s.Selected {
			disc(img, cx, cy, rad+3*scale, color.RGBA{0x25, 0x63, 0xeb, 0xff})
		}
		disc(img, cx, cy, rad+1*scale, darker(n.Fill))
		disc(img, cx, cy, rad, n.Fill)
	}
	r.labels(img, s, z, ox, oy, scale)
}

func (r *Renderer) labels(img *image.RGBA, s *Scene, z, ox, oy, scale float64) {
	if z < 0.25*scale && len(s.Nodes) > 50 {
		return // too far out to read anything
	}
	face := r.face(12 * scale)
	if face == nil {
		return
	}
	limit := r.MaxLabels
	if limit == 0 {
		limit = 300
	}
	if s.Fast && len(s.Nodes) > 3000 {
		limit = min(limit, 60)
	}
	var taken []image.Rectangle
	bounds := img.Rect
	drawn := 0
	for _, i := range s.labelOrder() {
		if drawn >= limit {
			break
		}
		n := &s.Nodes[i]
		cx, cy := n.X*z+ox, n.Y*z+oy
		rad := math.Max(n.R*z, 2*scale)
		adv := font.MeasureString(face, n.Label).Ceil()
		asc := face.Metrics().Ascent.Ceil()
		x := int(cx) - adv/2
		x = max(min(x, bounds.Max.X-adv-2), bounds.Min.X+2) // keep labels at the edge readable
		y := int(cy+rad) + asc + int(2*scale)
		box := image.Rect(x-2, y-asc-1, x+adv+2, y+face.Metrics().Descent.Ceil()+1)
		if !box.Overlaps(bounds) {
			continue
		}
		clash := false
		for _, t := range taken {
			if t.Overlaps(box) {
				clash = true
				break
			}
		}
		if clash && i != s.Selected {
			continue
		}
		taken = append(taken, box)
		halo := s.Background
		halo.A = 0xd0
		blendRect(img, box, halo)
		d := font.Drawer{Dst: img, Src: image.NewUniform(s.Text), Face: face, Dot: fixed.P(x, y)}
		d.DrawString(n.Label)
		drawn++
	}
}

func darker(c color.RGBA) color.RGBA {
	return color.RGBA{uint8(float64(c.R) * 0.7), uint8(float64(c.G) * 0.7), uint8(float64(c.B) * 0.7), 0xff}
}

func fill(img *image.RGBA, c color.RGBA) {
	p := img.Pix
	for i := 0; i+3 < len(p); i += 4 {
		p[i], p[i+1], p[i+2], p[i+3] = c.R, c.G, c.B, c.A
	}
}

// blend mixes colour c with coverage a (0..1) into pixel (x, y).
func blend(img *image.RGBA, x, y int, c color.RGBA, a float64) {
	if !(image.Point{x, y}.In(img.Rect)) || a <= 0 {
		return
	}
	if a > 1 {
		a = 1
	}
	a *= float64(c.A) / 255
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	p[0] = uint8(float64(p[0])*(1-a) + float64(c.R)*a)
	p[1] = uint8(float64(p[1])*(1-a) + float64(c.G)*a)
	p[2] = uint8(float64(p[2])*(1-a) + float64(c.B)*a)
	p[3] = uint8(math.Min(255, float64(p[3])+255*a))
}

func blendRect(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			blend(img, x, y, c, 1)
		}
	}
}

// disc draws an anti-aliased filled circle.
func disc(img *image.RGBA, cx, cy, rad float64, c color.RGBA) {
	x0, x1 := int(math.Floor(cx-rad-1)), int(math.Ceil(cx+rad+1))
	y0, y1 := int(math.Floor(cy-rad-1)), int(math.Ceil(cy+rad+1))
	r := image.Rect(x0, y0, x1, y1).Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		dy := float64(y) + 0.5 - cy
		for x := r.Min.X; x < r.Max.X; x++ {
			dx := float64(x) + 0.5 - cx
			d := math.Sqrt(dx*dx + dy*dy)
			if cov := rad + 0.5 - d; cov > 0 {
				blend(img, x, y, c, cov)
			}
		}
	}
}

// wuLine draws an anti-aliased line with Xiaolin Wu's algorithm, clipped
// to the image; width > 1 draws parallel strokes.
func wuLine(img *image.RGBA, x0, y0, x1, y1 float64, c color.RGBA, width float64) {
	if !clip(&x0, &y0, &x1, &y1, float64(img.Rect.Dx()), float64(img.Rect.Dy())) {
		return
	}
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	if x0 > x1 {
		x0, x1, y0, y1 = x1, x0, y1, y0
	}
	dx, dy := x1-x0, y1-y0
	grad := 1.0
	if dx > 1e-9 {
		grad = dy / dx
	}
	plot := func(x, y int, a float64) {
		if steep {
			blend(img, y, x, c, a)
		} else {
			blend(img, x, y, c, a)
		}
	}
	extra := int(math.Round(width)) - 1
	yy := y0 + grad*(math.Round(x0)-x0)
	for x := int(math.Round(x0)); x <= int(math.Round(x1)); x++ {
		fy := math.Floor(yy)
		f := yy - fy
		plot(x, int(fy), 1-f)
		for k := 1; k <= extra; k++ {
			plot(x, int(fy)+k, 1)
		}
		plot(x, int(fy)+1+extra, f)
		yy += grad
	}
}

// clip limits a segment to the rectangle [0,w]×[0,h] (Liang–Barsky).
func clip(x0, y0, x1, y1 *float64, w, h float64) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := *x1-*x0, *y1-*y0
	for _, pq := range [][2]float64{{-dx, *x0}, {dx, w - *x0}, {-dy, *y0}, {dy, h - *y0}} {
		p, q := pq[0], pq[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	*x1, *y1 = *x0+t1*dx, *y0+t1*dy
	*x0, *y0 = *x0+t0*dx, *y0+t0*dy
	return true
}
