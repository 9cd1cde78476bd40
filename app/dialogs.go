package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/kgx/kgx/graph/render"
)

// onImportDialog lets the person pick an article file to import.
func (u *UI) onImportDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		u.importPaths([]string{path}, nil)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".json", ".nq"}))
	d.Show()
}

// onExportImage writes the current view as PNG or SVG, by the extension chosen.
func (u *UI) onExportImage() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if w == nil {
			return
		}
		defer w.Close()
		if err := u.exportView(w, w.URI().Path()); err != nil {
			dialog.ShowError(fmt.Errorf("export %s: %w", w.URI().Path(), err), u.win)
			return
		}
		u.status.SetText("Wrote " + w.URI().Path())
	}, u.win)
	d.SetFileName("kgx-graph.png")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".svg"}))
	d.Show()
}

// exportView writes what the graph view shows, at twice its size for PNG.
func (u *UI) exportView(w interface{ Write([]byte) (int, error) }, path string) error {
	sz := u.view.Size()
	wd, ht := int(sz.Width), int(sz.Height)
	if wd < 800 || ht < 600 {
		wd, ht = 1600, 1200
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svg":
		return render.WriteSVGView(w, u.view.Scene, u.view.View, wd, ht)
	default:
		return u.view.rr.WritePNGView(w, u.view.Scene, u.view.View, wd*2, ht*2, 2)
	}
}
