package render

import (
	"fmt"
	"math"
)

// legendRow is one line of the legend: a symbol drawn by sym at (x, y),
// the row's middle left, and its text.
type legendRow struct {
	text string
	sym  func(x, y float64)
}

// planLegend draws the legend in the bottom-left corner: each colour and
// what it stands for, what node size means, the edge styles, and how many
// nodes a threshold hides.
func (r *Renderer) planLegend(s *Scene, h, scale float64) {
	o, p := &r.fr.Overlay, s.Palette
	rows := legendRows(s, o, scale)
	size, rowH, pad := 11*scale, 18*scale, 8*scale
	m := r.metrics(size)
	bw, bh := r.legendBox(rows, scale)
	x0, y0 := 10*scale, h-10*scale-bh
	if y0 < 0 || bw > r.fr.W-20*scale {
		return // no room
	}
	panel := p.Panel
	panel.A = 0xe8
	o.rects = append(o.rects, rectOp{X0: x0, Y0: y0, X1: x0 + bw, Y1: y0 + bh, Fill: panel, Stroke: p.Weak})
	r.grid.take(rect{x0, y0, x0 + bw, y0 + bh})
	for k, row := range rows {
		y := y0 + pad + rowH*(float64(k)+0.5)
		if row.sym != nil {
			row.sym(x0+pad, y)
		}
		w := r.textWidth(row.text, size)
		o.texts = append(o.texts, textOp{X: x0 + pad + 32*scale + w/2, Y: y, W: w, H: m.height, Size: size, Ascent: m.ascent, Text: row.text, Color: p.Text})
	}
}

// legendRows are the legend's lines: each colour and what it stands for,
// what node size means, the edge styles, how many nodes are hidden. Their
// symbols draw into o when called.
func legendRows(s *Scene, o *layer, scale float64) []legendRow {
	p := s.Palette
	var rows []legendRow
	for _, c := range s.Legend.Colors {
		c := c
		rows = append(rows, legendRow{s.word(c.Text), func(x, y float64) {
			o.circles = append(o.circles, circleOp{X: x + 12*scale, Y: y, R: 5 * scale, Fill: c.Color, Stroke: darker(c.Color), StrokeWidth: scale})
		}})
	}
	if s.Legend.Size != "" {
		rows = append(rows, legendRow{s.word(s.Legend.Size), func(x, y float64) {
			for _, c := range [][2]float64{{4, 2.5}, {15, 6}} {
				o.circles = append(o.circles, circleOp{X: x + c[0]*scale, Y: y, R: c[1] * scale, Fill: p.Muted})
			}
		}})
	}
	rows = append(rows, legendRow{s.word("relation (its predicate along the line)"), func(x, y float64) {
		o.lines = append(o.lines, lineOp{X0: x, Y0: y, X1: x + 16*scale, Y1: y, Color: p.Edge, Width: math.Max(1, scale)})
		o.tris = append(o.tris, triOp{P: [3][2]float64{{x + 24*scale, y}, {x + 16*scale, y - 3*scale}, {x + 16*scale, y + 3*scale}}, Color: p.Edge})
	}})
	if s.Legend.Weak {
		rows = append(rows, legendRow{s.word("co-occurrence (same sentence)"), func(x, y float64) {
			o.lines = append(o.lines, lineOp{X0: x, Y0: y, X1: x + 24*scale, Y1: y, Color: p.Weak, Width: math.Max(1, scale), Dash: true})
		}})
	}
	if s.HiddenNodes > 0 {
		rows = append(rows, legendRow{fmt.Sprintf(s.word("%d nodes hidden"), s.HiddenNodes), nil})
	}
	return rows
}

// legendBox returns the legend's width and height for these rows.
func (r *Renderer) legendBox(rows []legendRow, scale float64) (w, h float64) {
	tw := 0.0
	for _, row := range rows {
		tw = math.Max(tw, r.textWidth(row.text, 11*scale))
	}
	return 16*scale + 32*scale + tw, 16*scale + 18*scale*float64(len(rows))
}

// LegendSize returns the room the legend takes in the corner, margin
// included, in view units; zero when it is off.
func (r *Renderer) LegendSize(s *Scene) (w, h float64) {
	if !s.ShowLegend {
		return 0, 0
	}
	rows := legendRows(s, &layer{}, 1) // the texts only: no symbol is drawn
	w, h = r.legendBox(rows, 1)
	return w + 10, h + 10
}

// Fit returns the view that shows the whole scene in a w×h area beside
// or above the legend, whichever shows it larger.
func (r *Renderer) Fit(s *Scene, w, h float64) View {
	lw, lh := r.LegendSize(s)
	v := s.Fit(w, h)
	if lw == 0 || lw > w/2 || lh > h/2 {
		return v
	}
	beside := s.Fit(w-lw, h)
	beside.OffX += lw
	above := s.Fit(w, h-lh)
	if beside.Zoom >= above.Zoom {
		return beside
	}
	return above
}

// planTitle writes the title in the top-left corner.
func (r *Renderer) planTitle(s *Scene, scale float64) {
	size := 18 * scale
	m := r.metrics(size)
	w := r.textWidth(s.Title, size)
	r.grid.take(rect{12 * scale, 10 * scale, 12*scale + w, 10*scale + m.height})
	r.fr.Overlay.texts = append(r.fr.Overlay.texts, textOp{X: 12*scale + w/2, Y: 10*scale + m.height/2, W: w, H: m.height,
		Size: size, Ascent: m.ascent, Text: s.Title, Color: s.Palette.Text, Halo: halo(s.Palette)})
}
