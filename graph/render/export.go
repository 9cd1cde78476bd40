package render

import (
	"bufio"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
)

// forExport returns a copy of the scene without selection, hover, search
// rings or the cheap moving mode: exports show the graph, not the session.
func forExport(s *Scene) *Scene {
	c := *s
	c.Selected, c.SelectedEdge, c.HoverEdge, c.Highlight, c.Marked, c.Fast = -1, -1, -1, nil, nil, false
	return &c
}

func checkSize(format string, w, h int, scale float64) error {
	if w <= 0 || h <= 0 || scale <= 0 || w > 32768 || h > 32768 {
		return fmt.Errorf("%s: size %dx%d at scale %g is not drawable (1 to 32768 pixels each way)", format, w, h, scale)
	}
	return nil
}

// WritePNG renders the whole scene, fitted, into a w×h PNG; scale
// enlarges lines, nodes and text (2 doubles them for a HiDPI report).
func (r *Renderer) WritePNG(out io.Writer, s *Scene, w, h int, scale float64) error {
	if err := checkSize("png", w, h, scale); err != nil {
		return err
	}
	return r.WritePNGView(out, s, r.Fit(s, float64(w)/scale, float64(h)/scale), w, h, scale)
}

// WritePNGView renders the scene as seen through view v into a w×h PNG.
func (r *Renderer) WritePNGView(out io.Writer, s *Scene, v View, w, h int, scale float64) error {
	if err := checkSize("png", w, h, scale); err != nil {
		return err
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r.Render(img, forExport(s), v, scale)
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(out, img)
}

// WriteSVG writes the whole scene, fitted into w×h, as SVG.
func (r *Renderer) WriteSVG(out io.Writer, s *Scene, w, h int) error {
	if err := checkSize("svg", w, h, 1); err != nil {
		return err
	}
	return r.WriteSVGView(out, s, r.Fit(s, float64(w), float64(h)), w, h)
}

// WriteSVGView writes the scene as seen through view v as a w×h SVG with
// the same shapes, labels and legend as the raster; each edge is one path.
func (r *Renderer) WriteSVGView(out io.Writer, s *Scene, v View, w, h int) error {
	if err := checkSize("svg", w, h, 1); err != nil {
		return err
	}
	f := r.plan(forExport(s), v, float64(w), float64(h), 1)
	sw := &svgWriter{w: bufio.NewWriterSize(out, 1<<16)}
	fmt.Fprintf(sw.w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Go, 'DejaVu Sans', Helvetica, Arial, sans-serif">`+"\n", w, h, w, h)
	if f.Background.A > 0 {
		fmt.Fprintf(sw.w, `<rect width="100%%" height="100%%" fill="%s"/>`+"\n", hex(f.Background))
	}
	sw.layer(&f.Graph)
	sw.layer(&f.Overlay)
	sw.w.WriteString("</svg>\n")
	return sw.w.Flush()
}

type svgWriter struct {
	w   *bufio.Writer
	num []byte
}

// f writes a number with one decimal.
func (s *svgWriter) f(x float64) {
	s.num = strconv.AppendFloat(s.num[:0], math.Round(x*10)/10, 'f', -1, 64)
	s.w.Write(s.num)
}

func (s *svgWriter) layer(l *layer) {
	for _, o := range l.rects {
		fmt.Fprintf(s.w, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"%s stroke="%s"/>`+"\n",
			o.X0, o.Y0, o.X1-o.X0, o.Y1-o.Y0, hex(o.Fill), opacity("fill-opacity", o.Fill), hex(o.Stroke))
	}
	s.w.WriteString(`<g fill="none" stroke-linecap="round">` + "\n")
	for _, o := range l.lines {
		s.w.WriteString(`<path d="M`)
		s.f(o.X0)
		s.w.WriteByte(' ')
		s.f(o.Y0)
		if o.Curved {
			s.w.WriteString(" Q")
			s.f(o.CX)
			s.w.WriteByte(' ')
			s.f(o.CY)
		} else {
			s.w.WriteString(" L")
		}
		s.w.WriteByte(' ')
		s.f(o.X1)
		s.w.WriteByte(' ')
		s.f(o.Y1)
		fmt.Fprintf(s.w, `" stroke="%s" stroke-width="%.2g"`, hex(o.Color), o.Width)
		if o.Dash {
			d := 4 * math.Max(1, o.Width)
			fmt.Fprintf(s.w, ` stroke-dasharray="%.1f %.1f"`, d, d)
		}
		s.w.WriteString("/>\n")
	}
	s.w.WriteString("</g>\n")
	for _, t := range l.tris {
		fmt.Fprintf(s.w, `<path d="M%.1f %.1fL%.1f %.1fL%.1f %.1fZ" fill="%s"/>`+"\n", t.P[0][0], t.P[0][1], t.P[1][0], t.P[1][1], t.P[2][0], t.P[2][1], hex(t.Color))
	}
	for _, c := range l.circles {
		s.w.WriteString(`<circle cx="`)
		s.f(c.X)
		s.w.WriteString(`" cy="`)
		s.f(c.Y)
		s.w.WriteString(`" r="`)
		s.f(c.R - c.StrokeWidth/2)
		fmt.Fprintf(s.w, `" fill="%s"`, hex(c.Fill))
		if c.StrokeWidth > 0 {
			fmt.Fprintf(s.w, ` stroke="%s" stroke-width="%.2g"`, hex(c.Stroke), c.StrokeWidth)
		}
		s.w.WriteString("/>\n")
	}
	for i := range l.texts {
		s.text(&l.texts[i])
	}
}

func (s *svgWriter) text(t *textOp) {
	rot := ""
	if math.Abs(t.Angle) >= 1e-3 {
		rot = fmt.Sprintf(` transform="rotate(%.1f %.1f %.1f)"`, t.Angle*180/math.Pi, t.X, t.Y)
	}
	if t.Halo.A > 0 {
		fmt.Fprintf(s.w, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"%s%s/>`+"\n",
			t.X-t.W/2-2, t.Y-t.H/2, t.W+4, t.H, hex(t.Halo), opacity("fill-opacity", t.Halo), rot)
	}
	fmt.Fprintf(s.w, `<text x="%.1f" y="%.1f" font-size="%.1f" text-anchor="middle" fill="%s"%s>%s</text>`+"\n",
		t.X, t.Y-t.H/2+t.Ascent, t.Size, hex(t.Color), rot, esc(t.Text))
}

func opacity(attr string, c color.RGBA) string {
	if c.A == 0xff {
		return ""
	}
	return fmt.Sprintf(` %s="%.2f"`, attr, float64(c.A)/255)
}

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

var xmlEsc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

func esc(s string) string { return xmlEsc.Replace(s) }
