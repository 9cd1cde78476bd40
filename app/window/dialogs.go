package window

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph/render"
)

// exportSettings are the choices of the export dialog.
type exportSettings struct {
	Format     string // png, svg or pdf
	WholeGraph bool   // the whole graph fitted, else the current view
	Background string // theme, light, dark or transparent
	Title      string
	Legend     bool
	Scale      float64 // PNG pixel density
}

func defaultExport() exportSettings {
	return exportSettings{Format: "png", Background: "theme", Legend: true, Scale: 2}
}

// onExportImage asks what to export (format, whole graph or view,
// background, title, legend), then where to save it.
func (u *UI) onExportImage() {
	set := defaultExport()
	format := widget.NewSelect([]string{"PNG", "SVG", "PDF"}, func(s string) { set.Format = strings.ToLower(s) })
	format.SetSelected("PNG")
	area := widget.NewRadioGroup([]string{T("Current view"), T("Whole graph")}, func(s string) { set.WholeGraph = s == T("Whole graph") })
	area.SetSelected(T("Current view"))
	bgs := []string{"Theme", "Light", "Dark", "Transparent"}
	bg := widget.NewSelect(tr(bgs...), nil)
	bg.OnChanged = func(string) { set.Background = strings.ToLower(bgs[bg.SelectedIndex()]) }
	bg.SetSelectedIndex(0)
	title := widget.NewEntry()
	title.SetPlaceHolder(T("optional"))
	legend := widget.NewCheck("", func(b bool) { set.Legend = b })
	legend.SetChecked(u.bar.legend.Checked)
	scale := widget.NewSelect([]string{"1×", "2×", "3×"}, func(s string) { set.Scale = float64(s[0] - '0') })
	scale.SetSelected("2×")
	items := []*widget.FormItem{
		widget.NewFormItem(T("Format"), format), widget.NewFormItem(T("Show"), area), widget.NewFormItem(T("Background"), bg),
		widget.NewFormItem(T("Title"), title), widget.NewFormItem(T("Legend"), legend), widget.NewFormItem(T("PNG pixels"), scale),
	}
	dialog.ShowForm(T("Export image"), T("Save…"), T("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		set.Title = title.Text
		u.saveExport(set)
	}, u.win)
}

// saveExport asks for the file and writes the image there.
func (u *UI) saveExport(set exportSettings) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if w == nil {
			return
		}
		defer w.Close()
		if err := u.exportImage(w, set); err != nil {
			dialog.ShowError(fmt.Errorf("export %s: %w", w.URI().Path(), err), u.win)
			return
		}
		u.status.SetText("Wrote " + w.URI().Path())
	}, u.win)
	d.SetFileName("kgx-graph." + set.Format)
	d.SetFilter(storage.NewExtensionFileFilter([]string{"." + set.Format}))
	d.Show()
}

// exportView writes what the graph view shows in the format the path's
// extension names, with the default settings.
func (u *UI) exportView(w io.Writer, path string) error {
	set := defaultExport()
	set.Legend = u.bar.legend.Checked
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svg":
		set.Format = "svg"
	case ".pdf":
		set.Format = "pdf"
	}
	return u.exportImage(w, set)
}

// exportImage draws the graph as the window shows it (styles, labels,
// arrows, legend; no selection) into w: the current view at the view's
// size, or the whole graph fitted into that size.
func (u *UI) exportImage(w io.Writer, set exportSettings) error {
	sz := u.view.Size()
	wd, ht := int(sz.Width), int(sz.Height)
	if wd < 200 || ht < 150 {
		wd, ht = 1600, 1200
	}
	s := *u.view.Scene
	s.ShowLegend, s.Title = set.Legend, set.Title
	if set.Background != "theme" {
		p, err := render.PaletteNamed(set.Background)
		if err != nil {
			return err
		}
		s.Palette = p
	}
	rr, err := render.NewRenderer()
	if err != nil {
		return err
	}
	v := u.view.View
	if set.WholeGraph {
		v = rr.Fit(&s, float64(wd), float64(ht))
	}
	switch set.Format {
	case "svg":
		return rr.WriteSVGView(w, &s, v, wd, ht)
	case "pdf":
		return rr.WritePDFView(w, &s, v, wd, ht)
	}
	sc := math.Max(set.Scale, 1)
	return rr.WritePNGView(w, &s, v, int(float64(wd)*sc), int(float64(ht)*sc), sc)
}
