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

// minDegrees are the degree thresholds offered, in the interface language.
func minDegrees() []string {
	out := []string{T("All nodes")}
	for _, d := range []int{2, 3, 5, 10} {
		out = append(out, fmt.Sprintf(T("≥ %d relations"), d))
	}
	return out
}

// tr translates option labels.
func tr(opts ...string) []string {
	out := make([]string, len(opts))
	for i, o := range opts {
		out[i] = T(o)
	}
	return out
}

func newViewBar(u *UI) *viewBar {
	b := &viewBar{}
	rebuild := func(string) { u.rebuildScene(false) }
	b.related = widget.NewCheck(T("Co-occurrence"), func(bool) { u.rebuildScene(false) })
	b.legend = widget.NewCheck(T("Legend"), func(on bool) { u.view.Scene.ShowLegend = on; u.view.Refresh() })
	b.legend.Checked = true
	b.colour = widget.NewSelect(tr(colourType, colourGroup), rebuild)
	b.colour.Selected = T(colourType)
	b.size = widget.NewSelect(tr(sizeDegree, sizePageRank), rebuild)
	b.size.Selected = T(sizeDegree)
	b.minDeg = widget.NewSelect(minDegrees(), rebuild)
	b.minDeg.Selected = b.minDeg.Options[0]
	b.arrange = widget.NewSelect(tr(arrangeForce, arrangeCircle, arrangeLayers), u.onArrange)
	b.arrange.Selected = T(arrangeForce)
	b.pause = widget.NewButtonWithIcon(T("Pause layout"), theme.MediaPauseIcon(), u.onPauseLayout)
	// a narrow window (HiDPI on a small screen) scrolls the bar instead of growing
	b.root = container.NewHScroll(container.NewHBox(b.related, b.legend, b.colour, b.size, b.minDeg, b.arrange, b.pause))
	return b
}

// copyFrom takes over the choices of the bar it replaces.
func (b *viewBar) copyFrom(o *viewBar) {
	b.related.Checked, b.legend.Checked = o.related.Checked, o.legend.Checked
	for _, s := range [][2]*widget.Select{{b.colour, o.colour}, {b.size, o.size}, {b.minDeg, o.minDeg}, {b.arrange, o.arrange}} {
		if i := s[1].SelectedIndex(); i >= 0 && i < len(s[0].Options) {
			s[0].Selected = s[0].Options[i] // the same choice, in the new language
		}
	}
	b.setPaused(o.pause.Icon == theme.MediaPlayIcon())
}

// options returns the scene options the controls describe.
func (b *viewBar) options() render.Options {
	o := render.Options{ShowWeak: b.related.Checked, Palette: ThemePalette()}
	if b.size.Selected == T(sizePageRank) {
		o.SizeBy = "pagerank"
	}
	fmt.Sscanf(b.minDeg.Selected, "≥ %d", &o.MinDegree)
	return o
}

// setPaused shows whether the force layout runs.
func (b *viewBar) setPaused(paused bool) {
	if paused {
		b.pause.SetText(T("Resume layout"))
		b.pause.SetIcon(theme.MediaPlayIcon())
	} else {
		b.pause.SetText(T("Pause layout"))
		b.pause.SetIcon(theme.MediaPauseIcon())
	}
}
