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

// Renderer draws scenes into RGBA images and writes them as PNG, SVG or
// PDF from one display list. It caches font faces, text widths and its
// buffers; it is not safe for concurrent use.
type Renderer struct {
	font  *opentype.Font
	faces map[float64]font.Face
	// MaxLabels caps the node labels per frame (0 means 300).
	MaxLabels int

	widths   map[widthKey]float64
	masks    map[widthKey]*image.Alpha
	fr       frame
	sc       screen
	grid     labelGrid
	geoms    []edgeRef
	cand     []int
	mask     []uint8
	named    []bool
	score    []float64
	order    []int
	orderKey orderKey
	sprites  sprites // node discs drawn once per size
}

// NewRenderer returns a renderer with the embedded Go Regular font.
func NewRenderer() (*Renderer, error) {
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	return &Renderer{font: f, faces: map[float64]font.Face{}, widths: map[widthKey]float64{}, masks: map[widthKey]*image.Alpha{}}, nil
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

// Render draws the scene as seen through v into img. scale is device
// pixels per view unit (2 on a HiDPI screen).
func (r *Renderer) Render(img *image.RGBA, s *Scene, v View, scale float64) {
	f := r.plan(s, v, float64(img.Rect.Dx()), float64(img.Rect.Dy()), scale)
	fill(img, f.Background)
	r.drawLayer(img, &f.Graph)
	r.drawLayer(img, &f.Overlay)
}

func (r *Renderer) drawLayer(img *image.RGBA, l *layer) {
	for _, o := range l.rects {
		rx := image.Rect(int(o.X0), int(o.Y0), int(o.X1), int(o.Y1))
		blendRect(img, rx, o.Fill)
		if o.Stroke.A > 0 {
			t := target{img: img, clip: img.Rect}
			for _, e := range [][4]float64{{o.X0, o.Y0, o.X1, o.Y0}, {o.X1, o.Y0, o.X1, o.Y1}, {o.X1, o.Y1, o.X0, o.Y1}, {o.X0, o.Y1, o.X0, o.Y0}} {
				t.line(e[0], e[1], e[2], e[3], o.Stroke, 1, 0, 0)
			}
		}
	}
	r.shapes(img, l)
	for i := range l.texts {
		r.drawText(img, &l.texts[i])
	}
}

func fill(img *image.RGBA, c color.RGBA) {
	p := img.Pix
	if len(p) < 4 {
		return
	}
	p[0], p[1], p[2], p[3] = c.R, c.G, c.B, c.A
	for n := 4; n < len(p); n *= 2 {
		copy(p[n:], p[:n])
	}
}

// blend mixes opaque-or-translucent colour c with coverage a (0..1) into
// pixel (x, y) of the premultiplied image.
func blend(img *image.RGBA, x, y int, c color.RGBA, a float64) {
	if x < img.Rect.Min.X || y < img.Rect.Min.Y || x >= img.Rect.Max.X || y >= img.Rect.Max.Y || a <= 0 {
		return
	}
	k := int(math.Min(a, 1)*float64(c.A)*256/255 + 0.5)
	i := img.PixOffset(x, y)
	blendPix(img.Pix[i:i+4:i+4], int(c.R), int(c.G), int(c.B), k)
}

// blendPix mixes the colour (r, g, b) into one premultiplied pixel p with
// weight k (0..256, colour alpha included); the drawing loops share it. The
// channels come as ints so that the compiler inlines it into those loops.
func blendPix(p []uint8, r, g, b, k int) {
	inv := 256 - k
	p[3] = uint8((int(p[3])*inv + 255*k) >> 8) // first: one bounds check for all four
	p[0] = uint8((int(p[0])*inv + r*k) >> 8)
	p[1] = uint8((int(p[1])*inv + g*k) >> 8)
	p[2] = uint8((int(p[2])*inv + b*k) >> 8)
}

func blendRect(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			blend(img, x, y, c, 1)
		}
	}
}

// disc draws an anti-aliased filled circle with an outline of width sw
// (0 for none) in one pass; opaque inner pixels are written, not blended.
func disc(img *image.RGBA, cx, cy, rad, sw float64, fillC, stroke color.RGBA) {
	x0, x1 := int(math.Floor(cx-rad-1)), int(math.Ceil(cx+rad+1))
	y0, y1 := int(math.Floor(cy-rad-1)), int(math.Ceil(cy+rad+1))
	r := image.Rect(x0, y0, x1, y1).Intersect(img.Rect)
	inner := rad - sw // where the fill starts
	solid := math.Max(inner-0.5, 0)
	solid2 := solid * solid
	opaque := fillC.A == 0xff
	for y := r.Min.Y; y < r.Max.Y; y++ {
		dy := float64(y) + 0.5 - cy
		off := img.PixOffset(r.Min.X, y)
		for x := r.Min.X; x < r.Max.X; x, off = x+1, off+4 {
			dx := float64(x) + 0.5 - cx
			d2 := dx*dx + dy*dy
			if d2 <= solid2 && opaque {
				p := img.Pix[off : off+4 : off+4]
				p[0], p[1], p[2], p[3] = fillC.R, fillC.G, fillC.B, 0xff
				continue
			}
			d := math.Sqrt(d2)
			cov := rad + 0.5 - d
			if cov <= 0 {
				continue
			}
			c := fillC
			if sw > 0 {
				if t := inner + 0.5 - d; t <= 0 {
					c = stroke
				} else if t < 1 {
					c = mix(stroke, fillC, t)
				}
			}
			if c.A != 0xff {
				blend(img, x, y, c, cov)
				continue
			}
			blendPix(img.Pix[off:off+4:off+4], int(c.R), int(c.G), int(c.B), int(math.Min(cov, 1)*256+0.5)) // the loop is clipped already
		}
	}
}

// drawText draws a text op: its halo box, then the glyphs, turned about
// the box centre when the op has an angle.
func (r *Renderer) drawText(img *image.RGBA, t *textOp) {
	face := r.face(t.Size)
	if face == nil {
		return
	}
	if math.Abs(t.Angle) < 1e-3 {
		x0, y0 := t.X-t.W/2, t.Y-t.H/2
		if t.Halo.A > 0 {
			blendRect(img, image.Rect(int(x0-2), int(y0), int(math.Ceil(x0+t.W+2)), int(math.Ceil(y0+t.H))), t.Halo)
		}
		d := font.Drawer{Dst: img, Src: image.NewUniform(t.Color), Face: face, Dot: fixed.Point26_6{X: fixed.Int26_6(x0 * 64), Y: fixed.Int26_6((y0 + t.Ascent) * 64)}}
		d.DrawString(t.Text)
		return
	}
	mask := r.textMask(t, face)
	cos, sin := math.Cos(t.Angle), math.Sin(t.Angle)
	bb := rotatedBox(t.X, t.Y, t.W+4, t.H, t.Angle)
	rr := image.Rect(int(bb.x0)-1, int(bb.y0)-1, int(bb.x1)+2, int(bb.y1)+2).Intersect(img.Rect)
	mw, mh := float64(mask.Rect.Dx()), float64(mask.Rect.Dy())
	for y := rr.Min.Y; y < rr.Max.Y; y++ {
		for x := rr.Min.X; x < rr.Max.X; x++ {
			// back into the text's own frame: u along, v across
			dx, dy := float64(x)+0.5-t.X, float64(y)+0.5-t.Y
			u, v := dx*cos+dy*sin+mw/2, -dx*sin+dy*cos+mh/2
			if u < -1 || v < -1 || u > mw+1 || v > mh+1 {
				continue
			}
			if t.Halo.A > 0 {
				blend(img, x, y, t.Halo, math.Min(math.Min(u+1, mw+1-u), math.Min(v+1, mh+1-v)))
			}
			if a := sample(mask, u-0.5, v-0.5); a > 0 {
				blend(img, x, y, t.Color, a)
			}
		}
	}
}

// textMask renders a text into an alpha mask, cached per text and size.
func (r *Renderer) textMask(t *textOp, face font.Face) *image.Alpha {
	k := widthKey{t.Text, math.Round(t.Size*2) / 2}
	if m, ok := r.masks[k]; ok {
		return m
	}
	m := image.NewAlpha(image.Rect(0, 0, int(math.Ceil(t.W))+2, int(math.Ceil(t.H))))
	d := font.Drawer{Dst: m, Src: image.Opaque, Face: face, Dot: fixed.P(1, int(t.Ascent))}
	d.DrawString(t.Text)
	if len(r.masks) > 4000 {
		clear(r.masks)
	}
	r.masks[k] = m
	return m
}

// sample reads the mask bilinearly at (u, v), 0..1.
func sample(m *image.Alpha, u, v float64) float64 {
	x0, y0 := int(math.Floor(u)), int(math.Floor(v))
	fx, fy := u-float64(x0), v-float64(y0)
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= m.Rect.Dx() || y >= m.Rect.Dy() {
			return 0
		}
		return float64(m.Pix[y*m.Stride+x]) / 255
	}
	top := at(x0, y0)*(1-fx) + at(x0+1, y0)*fx
	bot := at(x0, y0+1)*(1-fx) + at(x0+1, y0+1)*fx
	return top*(1-fy) + bot*fy
}
