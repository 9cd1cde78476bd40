package window

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynelayout "fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/app/ingest"
)

// prefImportDir is the folder the file picker opened last.
const prefImportDir = "import.dir"

// filePicker chooses several article files of one folder at once (Fyne's
// file dialog picks one): folders open with a click, files are ticked.
type filePicker struct {
	dir     string
	entries []os.DirEntry
	chosen  map[string]bool // full paths
	list    *widget.List
	where   *widget.Entry // the folder shown; type another and press Enter
	ok      *widget.Button
	dlg     dialog.Dialog
	done    func(paths []string)
}

// onImportDialog lets the person tick article files to import.
func (u *UI) onImportDialog() {
	dir := u.app.Preferences().String(prefImportDir)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	p := newFilePicker(dir, func(paths []string) {
		if len(paths) > 0 {
			u.app.Preferences().SetString(prefImportDir, filepath.Dir(paths[0]))
			u.importPaths(paths, nil)
		}
	})
	p.dlg = dialog.NewCustomWithoutButtons(T("Import files"), p.content(), u.win)
	p.dlg.Resize(fyne.NewSize(640, 520))
	p.dlg.Show()
}

func newFilePicker(dir string, done func([]string)) *filePicker {
	p := &filePicker{chosen: map[string]bool{}, done: done, where: widget.NewEntry()}
	p.where.OnSubmitted = func(dir string) { p.open(strings.TrimSpace(dir)) }
	p.list = widget.NewList(func() int { return len(p.entries) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.FileIcon()), widget.NewCheck("", nil), widget.NewLabel(""))
		}, p.updateRow)
	p.list.OnSelected = func(i widget.ListItemID) {
		p.list.UnselectAll()
		if i < len(p.entries) {
			p.activate(p.entries[i])
		}
	}
	p.ok = widget.NewButtonWithIcon("", theme.ConfirmIcon(), p.finish)
	p.ok.Importance = widget.HighImportance
	p.open(dir)
	return p
}

// updateRow shows entry i: a folder with its icon, a file with its tick.
func (p *filePicker) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*fyne.Container)
	icon, check, label := row.Objects[0].(*widget.Icon), row.Objects[1].(*widget.Check), row.Objects[2].(*widget.Label)
	e := p.entries[i]
	label.SetText(e.Name())
	if e.IsDir() {
		icon.SetResource(theme.FolderIcon())
		check.Hide()
		return
	}
	icon.SetResource(theme.FileTextIcon())
	path := filepath.Join(p.dir, e.Name())
	check.OnChanged = nil
	check.SetChecked(p.chosen[path])
	check.OnChanged = func(on bool) { p.set(path, on) }
	check.Show()
}

// open shows a folder's subfolders and importable files.
func (p *filePicker) open(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		p.ok.SetText(fmt.Sprintf(T("Cannot open %s"), dir))
		p.ok.Disable()
		return
	}
	p.dir, p.entries = dir, nil
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") || !e.IsDir() && !ingest.Importable(e.Name()) {
			continue
		}
		p.entries = append(p.entries, e)
	}
	sort.SliceStable(p.entries, func(a, b int) bool { return p.entries[a].IsDir() && !p.entries[b].IsDir() })
	p.where.SetText(dir)
	p.list.Refresh()
	p.count()
}

// activate opens a folder, or ticks or unticks a file.
func (p *filePicker) activate(e os.DirEntry) {
	path := filepath.Join(p.dir, e.Name())
	if e.IsDir() {
		p.open(path)
		return
	}
	p.set(path, !p.chosen[path])
	p.list.Refresh()
}

func (p *filePicker) set(path string, on bool) {
	if on {
		p.chosen[path] = true
	} else {
		delete(p.chosen, path)
	}
	p.count()
}

// count names the number of ticked files on the import button.
func (p *filePicker) count() {
	p.ok.SetText(fmt.Sprintf(T("Import %d file(s)"), len(p.chosen)))
	if len(p.chosen) == 0 {
		p.ok.Disable()
	} else {
		p.ok.Enable()
	}
}

// selectAll ticks every article file of the folder shown (not its README
// or LICENSE).
func (p *filePicker) selectAll() {
	for _, e := range p.entries {
		if !e.IsDir() && ingest.NotAnArticle(e.Name()) == "" {
			p.chosen[filepath.Join(p.dir, e.Name())] = true
		}
	}
	p.list.Refresh()
	p.count()
}

// paths returns the ticked files in name order.
func (p *filePicker) paths() []string {
	out := make([]string, 0, len(p.chosen))
	for path := range p.chosen {
		out = append(out, path)
	}
	sort.Strings(out)
	return out
}

func (p *filePicker) finish() {
	if p.dlg != nil {
		p.dlg.Hide()
	}
	p.done(p.paths())
}

func (p *filePicker) content() fyne.CanvasObject {
	up := widget.NewButtonWithIcon(T("Up"), theme.MoveUpIcon(), func() { p.open(filepath.Dir(p.dir)) })
	home := widget.NewButtonWithIcon("", theme.HomeIcon(), func() {
		if h, err := os.UserHomeDir(); err == nil {
			p.open(h)
		}
	})
	cancel := widget.NewButton(T("Cancel"), func() { p.dlg.Hide() })
	bottom := container.NewHBox(widget.NewButton(T("Select all"), p.selectAll), fynelayout.NewSpacer(), cancel, p.ok)
	return container.NewBorder(container.NewBorder(nil, nil, container.NewHBox(up, home), nil, p.where), bottom, nil, nil, p.list)
}
