package render

import (
	"fmt"
	"image/color"
	"io"
	"math"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/goregular"
)

// WritePDF writes the whole scene, fitted into a w×h page (one point per
// pixel), as a one-page PDF with vector shapes and real text.
func (r *Renderer) WritePDF(out io.Writer, s *Scene, w, h int) error {
	if err := checkSize("pdf", w, h, 1); err != nil {
		return err
	}
	return r.WritePDFView(out, s, r.Fit(s, float64(w), float64(h)), w, h)
}

// WritePDFView writes the scene as seen through view v as a w×h PDF page,
// drawn from the same display list as the PNG and SVG.
func (r *Renderer) WritePDFView(out io.Writer, s *Scene, v View, w, h int) error {
	if err := checkSize("pdf", w, h, 1); err != nil {
		return err
	}
	f := r.plan(forExport(s), v, float64(w), float64(h), 1)
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: float64(w), Ht: float64(h)}})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
	pdf.SetCreator("kgx", true)
	pdf.AddPage()
	if f.Background.A > 0 {
		setFill(pdf, f.Background)
		pdf.Rect(0, 0, float64(w), float64(h), "F")
	}
	pdfLayer(pdf, &f.Graph)
	pdfLayer(pdf, &f.Overlay)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return pdf.Output(out)
}

func setFill(pdf *fpdf.Fpdf, c color.RGBA) { pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func setDraw(pdf *fpdf.Fpdf, c color.RGBA) { pdf.SetDrawColor(int(c.R), int(c.G), int(c.B)) }

// withAlpha runs fn with the colour's opacity set, if it has one.
func withAlpha(pdf *fpdf.Fpdf, c color.RGBA, fn func()) {
	if c.A == 0xff {
		fn()
		return
	}
	pdf.SetAlpha(float64(c.A)/255, "Normal")
	fn()
	pdf.SetAlpha(1, "Normal")
}

func pdfLayer(pdf *fpdf.Fpdf, l *layer) {
	for _, o := range l.rects {
		setFill(pdf, o.Fill)
		withAlpha(pdf, o.Fill, func() { pdf.Rect(o.X0, o.Y0, o.X1-o.X0, o.Y1-o.Y0, "F") })
		setDraw(pdf, o.Stroke)
		pdf.SetLineWidth(0.8)
		pdf.Rect(o.X0, o.Y0, o.X1-o.X0, o.Y1-o.Y0, "D")
	}
	pdf.SetLineCapStyle("round")
	dashed := false
	for _, o := range l.lines {
		setDraw(pdf, o.Color)
		pdf.SetLineWidth(o.Width)
		if o.Dash != dashed {
			dashed = o.Dash
			if dashed {
				d := 4 * math.Max(1, o.Width)
				pdf.SetDashPattern([]float64{d, d}, 0)
			} else {
				pdf.SetDashPattern(nil, 0)
			}
		}
		if o.Curved {
			pdf.Curve(o.X0, o.Y0, o.CX, o.CY, o.X1, o.Y1, "D")
		} else {
			pdf.Line(o.X0, o.Y0, o.X1, o.Y1)
		}
	}
	if dashed {
		pdf.SetDashPattern(nil, 0)
	}
	for _, t := range l.tris {
		setFill(pdf, t.Color)
		pdf.Polygon([]fpdf.PointType{{X: t.P[0][0], Y: t.P[0][1]}, {X: t.P[1][0], Y: t.P[1][1]}, {X: t.P[2][0], Y: t.P[2][1]}}, "F")
	}
	for _, c := range l.circles {
		setFill(pdf, c.Fill)
		if c.StrokeWidth > 0 {
			setDraw(pdf, c.Stroke)
			pdf.SetLineWidth(c.StrokeWidth)
			pdf.Circle(c.X, c.Y, c.R-c.StrokeWidth/2, "FD")
		} else {
			pdf.Circle(c.X, c.Y, c.R, "F")
		}
	}
	for _, t := range l.texts {
		pdfText(pdf, t)
	}
}

func pdfText(pdf *fpdf.Fpdf, t textOp) {
	turned := math.Abs(t.Angle) >= 1e-3
	if turned {
		pdf.TransformBegin()
		pdf.TransformRotate(-t.Angle*180/math.Pi, t.X, t.Y) // fpdf turns counter-clockwise
	}
	if t.Halo.A > 0 {
		setFill(pdf, t.Halo)
		withAlpha(pdf, t.Halo, func() { pdf.Rect(t.X-t.W/2-2, t.Y-t.H/2, t.W+4, t.H, "F") })
	}
	pdf.SetFont("go", "", t.Size)
	pdf.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
	pdf.Text(t.X-t.W/2, t.Y-t.H/2+t.Ascent, t.Text)
	if turned {
		pdf.TransformEnd()
	}
}
