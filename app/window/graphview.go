package window

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph/render"
)

var _ interface {
	fyne.Widget
	fyne.Tappable
	fyne.SecondaryTappable
	fyne.Draggable
	desktop.Mouseable
	fyne.Scrollable
	desktop.Hoverable
	desktop.Cursorable
} = (*GraphView)(nil)

// GraphView is the interactive node view: the whole scene is drawn into one
// raster by graph/render; drag the background to pan, the wheel zooms at
// the pointer, drag a node to move it (it stays), tap a node or a relation
// to select it; hovering a relation highlights it and shows its words.
type GraphView struct {
	widget.BaseWidget

	Scene *render.Scene
	View  render.View

	// OnNodeTapped is called with the node index when a node is tapped, or -1 for the background.
	OnNodeTapped func(i int)
	// OnNodeMoved is called when the user has dragged node i to a new place.
	OnNodeMoved func(i int)
	// OnEdgeTapped is called with the edge index when a relation is tapped.
	OnEdgeTapped func(i int)
	// OnNodeToggled is called when a node is Ctrl- or Shift-clicked: it
	// joins or leaves the multiple selection.
	OnNodeToggled func(i int)
	// OnNodeDoubleTapped is called when a node is double-clicked.
	OnNodeDoubleTapped func(i int)
	// OnRubberBand is called with the visible nodes inside the rectangle
	// the person drew with Shift held.
	OnRubberBand func(nodes []int)
	// OnContextMenu is called on a right-click with the node or else the
	// relation under the pointer (-1 for none) and the absolute position.
	OnContextMenu func(node, edge int, at fyne.Position)

	// AutoFit keeps the whole graph in view while the layout moves it,
	// until the person pans or zooms.
	AutoFit bool

	rr       *render.Renderer
	settle   *time.Timer // ends the cheap drawing after the view stops moving
	fitted   bool
	hover    int
	dragging bool
	dragNode int
	modifier fyne.KeyModifier // held at the last mouse press
	lastTap  time.Time        // of the last tap on a node, for double-clicks
	lastNode int
	band     *[2]fyne.Position // a Shift-drag's rubber band: start and end, nil when none
	do       func(func())      // runs on the main goroutine (fyne.Do)
}

// doubleClick is the longest pause between the clicks of a double-click.
// The view finds double-clicks itself: as a fyne.DoubleTappable every
// single click would wait this long before it selects.
const doubleClick = 450 * time.Millisecond

// NewGraphView returns an empty graph view.
func NewGraphView(rr *render.Renderer) *GraphView {
	g := &GraphView{Scene: &render.Scene{Selected: -1, SelectedEdge: -1, HoverEdge: -1}, View: render.View{Zoom: 1}, rr: rr, hover: -1, dragNode: -1, lastNode: -1, AutoFit: true, do: fyne.Do}
	g.ExtendBaseWidget(g)
	return g
}

// SetScene shows a new scene; the view is fitted to it the first time.
func (g *GraphView) SetScene(s *render.Scene, fit bool) {
	g.Scene = s
	if fit || !g.fitted {
		g.FitAll()
		return
	}
	g.Refresh()
}

// FitAll zooms and pans so the whole graph is visible.
func (g *GraphView) FitAll() {
	sz := g.Size()
	if sz.Width < 10 || sz.Height < 10 {
		sz = fyne.NewSize(800, 600)
	} else {
		g.fitted = true
	}
	g.View = g.rr.Fit(g.Scene, float64(sz.Width), float64(sz.Height))
	g.Refresh()
}

// NodeAt returns the index of the node under a point of the widget, or -1.
func (g *GraphView) NodeAt(p fyne.Position) int {
	return g.Scene.NodeAt(g.View, float64(p.X), float64(p.Y))
}

// NodePosition returns where node i is drawn, in widget coordinates.
func (g *GraphView) NodePosition(i int) fyne.Position {
	n := g.Scene.Nodes[i]
	x, y := g.View.ToScreen(n.X, n.Y)
	return fyne.NewPos(float32(x), float32(y))
}

// moving draws the cheap picture until the view has been still for a moment.
func (g *GraphView) moving() {
	g.Scene.Fast = true
	if g.settle != nil {
		g.settle.Stop()
	}
	g.settle = time.AfterFunc(150*time.Millisecond, func() {
		g.do(func() {
			g.Scene.Fast = false
			g.Refresh()
		})
	})
}

// EdgeAt returns the index of the relation under a point of the widget,
// or -1; nodes take precedence.
func (g *GraphView) EdgeAt(p fyne.Position) int {
	if g.NodeAt(p) >= 0 {
		return -1
	}
	return g.Scene.EdgeAt(g.View, float64(p.X), float64(p.Y), 5)
}

// EdgePosition returns the middle of edge i's straight chord, in widget
// coordinates (on the drawn edge when it is not bent).
func (g *GraphView) EdgePosition(i int) fyne.Position {
	e := g.Scene.Edges[i]
	a, b := g.NodePosition(e.A), g.NodePosition(e.B)
	return fyne.NewPos((a.X+b.X)/2, (a.Y+b.Y)/2)
}

// MouseDown notes the modifier keys held, for Tapped. It is part of
// desktop.Mouseable.
func (g *GraphView) MouseDown(e *desktop.MouseEvent) { g.modifier = e.Modifier }

// MouseUp is part of desktop.Mouseable.
func (g *GraphView) MouseUp(*desktop.MouseEvent) {}

// Tapped selects the node, or else the relation, under the pointer; on
// the background it clears the selection. With Ctrl or Shift held a node
// joins or leaves the multiple selection instead.
func (g *GraphView) Tapped(e *fyne.PointEvent) {
	i := g.NodeAt(e.Position)
	if i >= 0 && g.modifier&(fyne.KeyModifierShift|fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && g.OnNodeToggled != nil {
		g.modifier = 0
		g.OnNodeToggled(i)
		return
	}
	edge := -1
	if i < 0 {
		edge = g.EdgeAt(e.Position)
	}
	if i >= 0 && i == g.lastNode && time.Since(g.lastTap) < doubleClick && g.OnNodeDoubleTapped != nil {
		g.lastNode = -1
		g.OnNodeDoubleTapped(i)
		return
	}
	g.lastNode, g.lastTap = i, time.Now()
	g.Scene.Selected, g.Scene.SelectedEdge = i, edge
	g.Refresh()
	if edge >= 0 && g.OnEdgeTapped != nil {
		g.OnEdgeTapped(edge)
		return
	}
	if g.OnNodeTapped != nil {
		g.OnNodeTapped(i)
	}
}

// TappedSecondary opens the context menu of the node or relation under
// the pointer, or of the background.
func (g *GraphView) TappedSecondary(e *fyne.PointEvent) {
	i := g.NodeAt(e.Position)
	edge := -1
	if i < 0 {
		edge = g.EdgeAt(e.Position)
	}
	if g.OnContextMenu != nil {
		g.OnContextMenu(i, edge, e.AbsolutePosition)
	}
}

// Dragged pans the view, moves the node the drag started on, or with
// Shift held on the background draws a rubber band that selects.
func (g *GraphView) Dragged(e *fyne.DragEvent) {
	if !g.dragging {
		g.dragging = true
		start := e.Position.Subtract(e.Dragged)
		g.dragNode = g.NodeAt(start)
		if g.dragNode < 0 && g.modifier&fyne.KeyModifierShift != 0 {
			g.band = &[2]fyne.Position{start, start}
		}
	}
	if g.band != nil {
		g.band[1] = e.Position
		g.Refresh()
		return
	}
	if g.dragNode >= 0 {
		n := &g.Scene.Nodes[g.dragNode]
		n.X += float64(e.Dragged.DX) / g.View.Zoom
		n.Y += float64(e.Dragged.DY) / g.View.Zoom
	} else {
		g.View.OffX += float64(e.Dragged.DX)
		g.View.OffY += float64(e.Dragged.DY)
		g.AutoFit = false
	}
	g.moving()
	g.Refresh()
}

// DragEnd finishes a pan, a node move or a rubber band.
func (g *GraphView) DragEnd() {
	if g.dragNode >= 0 && g.OnNodeMoved != nil {
		g.OnNodeMoved(g.dragNode)
	}
	if g.band != nil {
		in := g.NodesIn(g.band[0], g.band[1])
		g.band = nil
		g.Refresh()
		if g.OnRubberBand != nil {
			g.OnRubberBand(in)
		}
	}
	g.dragging, g.dragNode, g.modifier = false, -1, 0
}

// NodesIn returns the visible nodes whose centres lie in the rectangle
// between two widget points.
func (g *GraphView) NodesIn(a, b fyne.Position) []int {
	x0, y0 := g.View.ToWorld(float64(min(a.X, b.X)), float64(min(a.Y, b.Y)))
	x1, y1 := g.View.ToWorld(float64(max(a.X, b.X)), float64(max(a.Y, b.Y)))
	var out []int
	for i, n := range g.Scene.Nodes {
		if !n.Hidden && n.X >= x0 && n.X <= x1 && n.Y >= y0 && n.Y <= y1 {
			out = append(out, i)
		}
	}
	return out
}

// Scrolled zooms at the pointer.
func (g *GraphView) Scrolled(e *fyne.ScrollEvent) {
	g.AutoFit = false
	g.ZoomAt(e.Position, math.Exp(float64(e.Scrolled.DY)/250))
}

// ZoomAt multiplies the zoom by f, keeping the world point under p in place.
func (g *GraphView) ZoomAt(p fyne.Position, f float64) {
	wx, wy := g.View.ToWorld(float64(p.X), float64(p.Y))
	g.View.Zoom = math.Min(math.Max(g.View.Zoom*f, 0.01), 40)
	g.View.OffX = float64(p.X) - wx*g.View.Zoom
	g.View.OffY = float64(p.Y) - wy*g.View.Zoom
	g.moving()
	g.Refresh()
}

// MouseIn is part of desktop.Hoverable.
func (g *GraphView) MouseIn(e *desktop.MouseEvent) { g.MouseMoved(e) }

// MouseMoved tracks the node under the pointer for the cursor, and
// highlights the relation under it.
func (g *GraphView) MouseMoved(e *desktop.MouseEvent) {
	g.hover = g.NodeAt(e.Position)
	edge := -1
	if g.hover < 0 && !g.dragging {
		edge = g.Scene.EdgeAt(g.View, float64(e.Position.X), float64(e.Position.Y), 5)
	}
	if edge != g.Scene.HoverEdge {
		g.Scene.HoverEdge = edge
		g.Refresh()
	}
}

// MouseOut is part of desktop.Hoverable.
func (g *GraphView) MouseOut() {
	g.hover = -1
	if g.Scene.HoverEdge >= 0 {
		g.Scene.HoverEdge = -1
		g.Refresh()
	}
}

// Cursor shows a pointer over nodes and relations.
func (g *GraphView) Cursor() desktop.Cursor {
	if g.hover >= 0 || g.Scene.HoverEdge >= 0 {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// CreateRenderer is part of fyne.Widget.
func (g *GraphView) CreateRenderer() fyne.WidgetRenderer {
	r := &graphViewRenderer{g: g}
	r.raster = canvas.NewRaster(r.draw)
	r.band = canvas.NewRectangle(color.Transparent)
	r.band.StrokeWidth = 1.5
	r.band.Hide()
	return r
}

type graphViewRenderer struct {
	g      *GraphView
	raster *canvas.Raster
	band   *canvas.Rectangle // the rubber band, over the raster
	buf    *image.RGBA
}

func (r *graphViewRenderer) draw(w, h int) image.Image {
	if r.buf == nil || r.buf.Rect.Dx() != w || r.buf.Rect.Dy() != h {
		r.buf = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	scale := 1.0
	if sz := r.g.Size(); sz.Width > 0 {
		scale = float64(w) / float64(sz.Width)
	}
	s := r.g.Scene
	s.Palette = ThemePalette()
	r.g.rr.Render(r.buf, s, r.g.View, scale)
	return r.buf
}

// ThemePalette returns the drawing colours for Fyne's current theme: the
// dark or light palette, on the theme's own background and text colours.
func ThemePalette() render.Palette {
	p := render.Light()
	if isDark() {
		p = render.Dark()
	}
	p.Background = rgba(theme.Color(theme.ColorNameBackground))
	p.Panel = p.Background
	p.Text = rgba(theme.Color(theme.ColorNameForeground))
	return p
}

func rgba(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func (r *graphViewRenderer) Layout(s fyne.Size) {
	r.raster.Resize(s)
	if !r.g.fitted && s.Width > 10 && s.Height > 10 && len(r.g.Scene.Nodes) > 0 {
		r.g.fitted = true
		r.g.View = r.g.rr.Fit(r.g.Scene, float64(s.Width), float64(s.Height))
	}
}

func (r *graphViewRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 150) }
func (r *graphViewRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.raster, r.band}
}

func (r *graphViewRenderer) Refresh() {
	if b := r.g.band; b != nil {
		r.band.StrokeColor = theme.Color(theme.ColorNamePrimary)
		r.band.FillColor = color.NRGBA{0x40, 0x80, 0xff, 0x20}
		r.band.Move(fyne.NewPos(min(b[0].X, b[1].X), min(b[0].Y, b[1].Y)))
		r.band.Resize(fyne.NewSize(abs32(b[1].X-b[0].X), abs32(b[1].Y-b[0].Y)))
		r.band.Show()
		r.band.Refresh()
	} else if r.band.Visible() {
		r.band.Hide()
	}
	r.raster.Refresh()
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
func (r *graphViewRenderer) Destroy() {}
