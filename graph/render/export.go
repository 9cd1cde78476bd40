package render

import (
	"bufio"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"strings"
)

// WritePNG renders the whole scene, fitted, into a w×h PNG at the given scale.
func (r *Renderer) WritePNG(out io.Writer, s *Scene, w, h int, scale float64) error {
	if w <= 0 || h <= 0 || scale <= 0 {
		return fmt.Errorf("png: size %dx%d at scale %g is not drawable", w, h, scale)
	}
	return r.WritePNGView(out, s, s.Fit(float64(w)/scale, float64(h)/scale), w, h, scale)
}

// WritePNGView renders the scene as seen through view v into a w×h PNG.
func (r *Renderer) WritePNGView(out io.Writer, s *Scene, v View, w, h int, scale float64) error {
	if w <= 0 || h <= 0 || scale <= 0 {
		return fmt.Errorf("png: size %dx%d at scale %g is not drawable", w, h, scale)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r.Render(img, s, v, scale)
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(out, img)
}

// WriteSVG writes the whole scene, fitted into w×h, as SVG.
func WriteSVG(out io.Writer, s *Scene, w, h int) error {
	return WriteSVGView(out, s, s.Fit(float64(w), float64(h)), w, h)
}

// WriteSVGView writes the scene as seen through view v as a w×h SVG with
// the same geometry and colours as the raster.
func WriteSVGView(out io.Writer, s *Scene, v View, w, h int) error {
	bw := bufio.NewWriter(out)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Go, Helvetica, Arial, sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(bw, `<rect width="100%%" height="100%%" fill="%s"/>`+"\n", hex(s.Background))
	fmt.Fprintf(bw, `<g stroke-width="1">`+"\n")
	for _, e := range s.Edges {
		if e.Hidden || s.Nodes[e.A].Hidden || s.Nodes[e.B].Hidden {
			continue
		}
		a, b := s.Nodes[e.A], s.Nodes[e.B]
		x0, y0 := v.ToScreen(a.X, a.Y)
		x1, y1 := v.ToScreen(b.X, b.Y)
		fmt.Fprintf(bw, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`+"\n", x0, y0, x1, y1, hex(e.Color))
	}
	fmt.Fprintln(bw, `</g>`)
	for _, n := range s.Nodes {
		if n.Hidden {
			continue
		}
		x, y := v.ToScreen(n.X, n.Y)
		fmt.Fprintf(bw, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" stroke="%s"><title>%s</title></circle>`+"\n",
			x, y, math.Max(n.R*v.Zoom, 2), hex(n.Fill), hex(darker(n.Fill)), esc(n.Label))
	}
	for _, i := range s.labelOrder() {
		n := s.Nodes[i]
		x, y := v.ToScreen(n.X, n.Y)
		fmt.Fprintf(bw, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s">%s</text>`+"\n",
			x, y+math.Max(n.R*v.Zoom, 2)+14, hex(s.Text), esc(n.Label))
	}
	fmt.Fprintln(bw, `</svg>`)
	return bw.Flush()
}

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

var xmlEsc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

func esc(s string) string { return xmlEsc.Replace(s) }
