package render

import (
	"image/color"
	"math"
	"sort"
)

// plan turns the scene as seen through v into a frame of w×h device
// pixels (scale device pixels per view unit).
func (r *Renderer) plan(s *Scene, v View, w, h, scale float64) *frame {
	f := &r.fr
	f.W, f.H, f.Scale, f.Background = w, h, scale, s.Palette.Background
	f.Graph.reset()
	f.Overlay.reset()
	r.sc.build(s, v, w, h, scale)
	nb := s.Neighbourhood()
	r.grid.reset(w, h, 4*scale)
	// the legend and title first: labels keep out of their boxes
	if s.ShowLegend {
		r.planLegend(s, h, scale)
	}
	if s.Title != "" {
		r.planTitle(s, scale)
	}
	r.planEdges(s, nb, w, h, scale)
	r.planNodes(s, nb, scale)
	r.planNodeLabels(s, nb, w, h, scale)
	if !lite(s) {
		r.planEdgeLabels(s, v, scale)
	}
	return f
}

// lite reports whether this frame leaves out most edges: the view is
// moving on a big scene.
func lite(s *Scene) bool { return s.Fast && len(s.Edges) > 3000 }

func (r *Renderer) planEdges(s *Scene, nb map[int]bool, w, h, scale float64) {
	f, p := &r.fr, s.Palette
	r.geoms = r.geoms[:0]
	arrowL, arrowW := 8*scale, 6*scale
	for i := range s.Edges {
		e := &s.Edges[i]
		focus := i == s.HoverEdge || i == s.SelectedEdge || s.Marked[i]
		touch := s.Selected >= 0 && (e.A == s.Selected || e.B == s.Selected)
		if lite(s) && !focus && !touch {
			continue
		}
		g := r.sc.geometry(s, e, w, h, scale)
		if !g.ok {
			continue
		}
		col, width := p.Edge, math.Max(1, scale)
		if e.Weak {
			col = p.Weak
		}
		switch {
		case focus:
			col, width = p.Accent, 2.5*scale
		case touch:
			col, width = p.Accent, 1.8*scale
		case nb != nil:
			col = mix(col, p.Background, 0.75)
		}
		if !e.Weak && g.length > 2.5*arrowL && !lite(s) {
			bx, by := g.tipX-g.ux*arrowL, g.tipY-g.uy*arrowL
			px, py := -g.uy*arrowW/2, g.ux*arrowW/2
			f.Graph.tris = append(f.Graph.tris, triOp{P: [3][2]float64{{g.tipX, g.tipY}, {bx + px, by + py}, {bx - px, by - py}}, Color: col})
			g.x1, g.y1 = bx+g.ux*scale, by+g.uy*scale // the line ends inside the arrowhead
		}
		f.Graph.lines = append(f.Graph.lines, lineOp{X0: g.x0, Y0: g.y0, CX: g.cx, CY: g.cy, X1: g.x1, Y1: g.y1,
			Curved: g.curved, Color: col, Width: width, Dash: e.Weak})
		if !e.Weak {
			r.geoms = append(r.geoms, edgeRef{i, g})
		}
	}
}

func (r *Renderer) planNodes(s *Scene, nb map[int]bool, scale float64) {
	f, p := &r.fr, s.Palette
	for i := range s.Nodes {
		if !r.sc.vis[i] {
			continue
		}
		x, y, rad := r.sc.x[i], r.sc.y[i], r.sc.r[i]
		fill := s.Nodes[i].Fill
		if nb != nil && !nb[i] {
			fill = mix(fill, p.Background, 0.7)
		}
		if i == s.Selected || s.Highlight[i] {
			f.Graph.circles = append(f.Graph.circles, circleOp{X: x, Y: y, R: rad + 3*scale, Fill: p.Accent})
		}
		op := circleOp{X: x, Y: y, R: rad, Fill: fill}
		if rad >= 3*scale {
			op.Stroke, op.StrokeWidth = darker(fill), scale
		}
		f.Graph.circles = append(f.Graph.circles, op)
	}
}

// planNodeLabels names the most important nodes that fit: the selection
// and its neighbours, search hits, then by rank. A label sits right below
// its node; if that place is taken or outside the frame it is left out,
// never moved.
func (r *Renderer) planNodeLabels(s *Scene, nb map[int]bool, w, h, scale float64) {
	prio := func(i int) int {
		switch {
		case i == s.Selected:
			return 0
		case nb[i]:
			return 1
		case s.Highlight[i]:
			return 2
		}
		return 3
	}
	cand := r.cand[:0]
	for _, i := range r.labelOrder(s, prio) {
		if r.sc.vis[i] {
			cand = append(cand, i)
		}
	}
	r.cand = cand
	limit := r.MaxLabels
	if limit == 0 {
		limit = 300
	}
	if lite(s) {
		limit = min(limit, 60)
	}
	size := 12 * scale
	m := r.metrics(size)
	placed := 0
	if cap(r.named) < len(s.Nodes) {
		r.named = make([]bool, len(s.Nodes))
	}
	r.named = r.named[:len(s.Nodes)]
	clear(r.named)
	for k, i := range cand {
		if placed >= limit || k > 4*limit && prio(i) == 3 {
			break
		}
		tw := r.textWidth(s.Nodes[i].Label, size)
		th := m.height
		cx, cy := r.sc.x[i], r.sc.y[i]+r.sc.r[i]+2*scale+th/2
		box := rect{cx - tw/2 - 2*scale, cy - th/2, cx + tw/2 + 2*scale, cy + th/2}
		if !box.inside(w, h) || !r.grid.free(box) {
			continue
		}
		r.grid.take(box)
		r.named[i] = true
		col := s.Palette.Text
		if nb != nil && !nb[i] {
			col = mix(col, s.Palette.Background, 0.55)
		}
		r.fr.Graph.texts = append(r.fr.Graph.texts, textOp{X: cx, Y: cy, W: tw, H: th, Size: size, Ascent: m.ascent,
			Text: s.Nodes[i].Label, Color: col, Halo: halo(s.Palette)})
		placed++
	}
}

// orderKey says when the label order must be sorted again.
type orderKey struct {
	scene     *Scene
	n         int
	selected  int
	highlight int
}

// labelOrder returns the labelled nodes by importance: prio first, then
// rank, then index. It is sorted again only when the scene, its selection
// or its search hits change, not on every frame of a pan.
func (r *Renderer) labelOrder(s *Scene, prio func(int) int) []int {
	k := orderKey{s, len(s.Nodes), s.Selected, len(s.Highlight)}
	if k == r.orderKey && r.order != nil {
		return r.order
	}
	order := r.order[:0]
	for i := range s.Nodes {
		if !s.Nodes[i].Hidden && s.Nodes[i].Label != "" {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if pi, pj := prio(i), prio(j); pi != pj {
			return pi < pj
		}
		if s.Nodes[i].Rank != s.Nodes[j].Rank {
			return s.Nodes[i].Rank > s.Nodes[j].Rank
		}
		return i < j
	})
	r.order, r.orderKey = order, k
	return order
}

func halo(p Palette) color.RGBA {
	c := p.Panel
	c.A = 0xc8
	return c
}

// edgeRef is a drawn relation and its shape, for edge labels.
type edgeRef struct {
	i int
	g edgeGeom
}

// planEdgeLabels writes the predicate along the relations that have room:
// the hovered and selected relation first (with the text's own words),
// then those of the selected node, then between important nodes.
func (r *Renderer) planEdgeLabels(s *Scene, v View, scale float64) {
	// a relation is named only where both its ends are (or lie outside the
	// frame, where the eye follows the line), or it is in focus: a
	// predicate between two unnamed dots says nothing
	named := func(i int) bool { return r.named[i] || !r.sc.vis[i] }
	refs := r.geoms[:0]
	score := r.score[:0]
	for _, ref := range r.geoms {
		e := &s.Edges[ref.i]
		sc := s.Nodes[e.A].Rank + s.Nodes[e.B].Rank
		switch {
		case ref.i == s.HoverEdge || ref.i == s.SelectedEdge || s.Marked[ref.i]:
			sc = math.Inf(1)
		case !named(e.A) || !named(e.B):
			continue
		case s.Selected >= 0 && (e.A == s.Selected || e.B == s.Selected):
			sc += 1e6
		}
		refs = append(refs, ref)
		score = append(score, sc)
	}
	r.score = score
	idx := r.cand[:0]
	for k := range refs {
		idx = append(idx, k)
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	r.cand = idx
	size := 10.5 * scale
	m := r.metrics(size)
	placed := 0
	for _, k := range idx {
		if placed >= 200 {
			break
		}
		ei, g := refs[k].i, refs[k].g
		e := &s.Edges[ei]
		focus := ei == s.HoverEdge || ei == s.SelectedEdge || s.Marked[ei]
		// the text's own words when zoomed in or in focus, where they fit;
		// else the predicate alone
		text := e.Predicate
		tw := r.textWidth(text, size)
		if e.Label != "" && (focus || v.Zoom >= 1.5) {
			long := e.Predicate + ": " + e.Label
			if lw := r.textWidth(long, size); focus || lw+6*scale <= g.length {
				text, tw = long, lw
			}
		}
		if tw+6*scale > g.length && !focus {
			continue
		}
		mx, my, ang, ok := r.edgeLabelSpot(&g, tw+4*scale, m.height, focus)
		if !ok {
			continue
		}
		r.grid.takeTurned(newTurned(mx, my, tw+4*scale, m.height, ang))
		col := s.Palette.Muted
		switch {
		case focus:
			col = s.Palette.Accent
		case s.Selected >= 0 && e.A != s.Selected && e.B != s.Selected:
			col = mix(col, s.Palette.Background, 0.55) // dimmed with the rest
		}
		r.fr.Graph.texts = append(r.fr.Graph.texts, textOp{X: mx, Y: my, W: tw, H: m.height, Angle: ang, Size: size,
			Ascent: m.ascent, Text: text, Color: col, Halo: halo(s.Palette)})
		placed++
	}
}

// edgeLabelSpot finds where a w×h label fits along an edge: at its
// middle, else slid a little towards either end (it stays on its edge),
// turned to run along it and kept upright. A label in focus takes the
// middle whatever it covers.
func (r *Renderer) edgeLabelSpot(g *edgeGeom, w, h float64, focus bool) (x, y, ang float64, ok bool) {
	for _, t := range [...]float64{0.5, 0.4, 0.6, 0.32, 0.68} {
		x, y = g.point(t)
		tx, ty := g.tangent(t)
		ang = math.Atan2(ty, tx)
		if ang > math.Pi/2 {
			ang -= math.Pi
		} else if ang <= -math.Pi/2 {
			ang += math.Pi
		}
		if !rotatedBox(x, y, w, h, ang).inside(r.fr.W, r.fr.H) {
			continue
		}
		if focus || r.grid.freeTurned(newTurned(x, y, w, h, ang)) {
			return x, y, ang, true
		}
	}
	return 0, 0, 0, false
}
