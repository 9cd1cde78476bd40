package window

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph/render"
)

// viewBar holds the controls of how the graph is drawn and laid out.
type viewBar struct {
	related *widget.Check  // co-occurrence links
	legend  *widget.Check  // legend on the canvas
	colour  *widget.Select // by type or by group
	size    *widget.Select // by relations or PageRank
	minDeg  *widget.Select // hide weakly connected nodes
	arrange *widget.Select // force layout, or circle/layers for the selection
	pause   *widget.Button // pauses and resumes the force layout
	root    fyne.CanvasObject
}

const (
	colourType    = "Colour: type"
	colourGroup   = "Colour: group"
	sizeDegree    = "Size: relations"
	sizePageRank  = "Size: PageRank"
	arrangeForce  = "Force layout"
	arrangeCircle = "Circle: selection"
	arrangeLayers = "Layers: selection"
)

var minDegrees = []string{"All nodes", "≥ 2 relations", "≥ 3 relations", "≥ 5 relations", "≥ 10 relations"}

func newViewBar(u *UI) *viewBar {
	b := &viewBar{}
	rebuild := func(string) { u.rebuildScene(false) }
	b.related = widget.NewCheck("Co-occurrence", func(bool) { u.rebuildScene(false) })
	b.legend = widget.NewCheck("Legend", func(on bool) { u.view.Scene.ShowLegend = on; u.view.Refresh() })
	b.legend.Checked = true
	b.colour = widget.NewSelect([]string{colourType, colourGroup}, rebuild)
	b.colour.Selected = colourType
	b.size = widget.NewSelect([]string{sizeDegree, sizePageRank}, rebuild)
	b.size.Selected = sizeDegree
	b.minDeg = widget.NewSelect(minDegrees, rebuild)
	b.minDeg.Selected = minDegrees[0]
	b.arrange = widget.NewSelect([]string{arrangeForce, arrangeCircle, arrangeLayers}, u.onArrange)
	b.arrange.Selected = arrangeForce
	b.pause = widget.NewButtonWithIcon("Pause layout", theme.MediaPauseIcon(), u.onPauseLayout)
	// a narrow window (HiDPI on a small screen) scrolls the bar instead of growing
	b.root = container.NewHScroll(container.NewHBox(b.related, b.legend, b.colour, b.size, b.minDeg, b.arrange, b.pause))
	return b
}

// copyFrom takes over the choices of the bar it replaces.
func (b *viewBar) copyFrom(o *viewBar) {
	b.related.Checked, b.legend.Checked = o.related.Checked, o.legend.Checked
	b.colour.Selected, b.size.Selected = o.colour.Selected, o.size.Selected
	b.minDeg.Selected, b.arrange.Selected = o.minDeg.Selected, o.arrange.Selected
	b.setPaused(o.pause.Text != b.pause.Text)
}

// options returns the scene options the controls describe.
func (b *viewBar) options() render.Options {
	o := render.Options{ShowWeak: b.related.Checked, Palette: ThemePalette()}
	if b.size.Selected == sizePageRank {
		o.SizeBy = "pagerank"
	}
	fmt.Sscanf(b.minDeg.Selected, "≥ %d", &o.MinDegree)
	return o
}

// setPaused shows whether the force layout runs.
func (b *viewBar) setPaused(paused bool) {
	if paused {
		b.pause.SetText("Resume layout")
		b.pause.SetIcon(theme.MediaPlayIcon())
	} else {
		b.pause.SetText("Pause layout")
		b.pause.SetIcon(theme.MediaPauseIcon())
	}
}
