package window

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/app/ingest"
	"github.com/kgx/kgx/assets"
	"github.com/kgx/kgx/graph"
)

// Preference keys: what returns on the next start.
const (
	prefLast     = "project.last"
	prefRecent   = "project.recent"
	prefWidth    = "window.width"
	prefHeight   = "window.height"
	prefTheme    = "view.theme"
	prefLanguage = "view.language"
	prefRelated  = "view.cooccurrence"
	prefLegend   = "view.legend"
	prefColour   = "view.colour"
	prefSize     = "view.size"
	maxRecent    = 8
)

// openProject shows the project at path in this window: the old one is
// closed once the new one opened; create makes a new file.
func (u *UI) openProject(path string, create bool) error {
	if len(u.cancels) > 0 {
		return fmt.Errorf("%s", T("wait until the import has finished, or cancel it, before you change projects"))
	}
	open := graph.OpenExisting
	if create {
		open = graph.Open
	}
	st, err := open(path)
	if err != nil {
		return err
	}
	u.stopLayout()
	old := u.store
	u.store = st
	if old != nil && old != st {
		u.remember(old.Path())
		old.Close()
	}
	u.st = viewState{}
	u.pathFrom, u.lastQuery = 0, ""
	u.details.clear()
	u.win.SetTitle("kgx — " + filepath.Base(st.Path()))
	u.remember(st.Path())
	u.view.fitted = false
	u.reload(true)
	return nil
}

// remember puts a project first in the recent list.
func (u *UI) remember(path string) {
	p := u.app.Preferences()
	list := []string{path}
	for _, r := range p.StringList(prefRecent) {
		if r != path && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	p.SetStringList(prefRecent, list)
	p.SetString(prefLast, path)
	if u.menus != nil {
		u.win.SetMainMenu(u.mainMenu())
	}
}

// recentMenu lists the recent projects that still exist.
func (u *UI) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, r := range u.app.Preferences().StringList(prefRecent) {
		if _, err := os.Stat(r); err != nil {
			continue
		}
		path := r
		items = append(items, fyne.NewMenuItem(path, func() { u.switchTo(path, false) }))
	}
	if len(items) == 0 {
		it := fyne.NewMenuItem(T("(none yet)"), nil)
		it.Disabled = true
		items = append(items, it)
	}
	return fyne.NewMenu("", items...)
}

// switchTo opens a project and reports a failure (for a damaged one, with
// the offer of its backup).
func (u *UI) switchTo(path string, create bool) {
	err := u.openProject(path, create)
	switch {
	case errors.Is(err, graph.ErrDamaged):
		u.offerBackup(path, err)
	case err != nil:
		dialog.ShowError(fmt.Errorf("%s: %w", path, err), u.win)
	}
}

// onNewProject asks where to create a new, empty project.
func (u *UI) onNewProject() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if !strings.HasSuffix(strings.ToLower(path), ".kgx") {
			os.Remove(path)
			path += ".kgx"
		} else {
			os.Remove(path) // the dialog created it empty; the store makes a project of it
		}
		u.switchTo(path, true)
	}, u.win)
	d.SetFileName("project.kgx")
	d.Show()
}

// onOpenProject asks for a project file to open.
func (u *UI) onOpenProject() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.switchTo(path, false)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".kgx"}))
	d.Show()
}

// onOpenDemo opens the demo project, made from the demo articles kgx
// carries the first time.
func (u *UI) onOpenDemo() {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, "kgx", "demo.kgx")
	_, statErr := os.Stat(path)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	if err := u.openProject(path, true); err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	if statErr == nil && len(u.g.Documents) > 0 {
		return
	}
	tmp, err := os.MkdirTemp("", "kgx-demo")
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	if err := os.CopyFS(tmp, assets.Demo()); err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	u.importPaths([]string{tmp}, func([]ingest.FileResult) { os.RemoveAll(tmp) })
}

// onImportFolder asks for a folder of articles to import.
func (u *UI) onImportFolder() {
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		u.importPaths([]string{l.Path()}, nil)
	}, u.win)
}

// onPaste imports the clipboard: a web address is fetched after asking,
// other text becomes a document.
func (u *UI) onPaste() {
	text := strings.TrimSpace(u.app.Clipboard().Content())
	if text == "" {
		u.status.SetText(T("The clipboard holds no text to import."))
		return
	}
	if isURL(text) {
		u.askFetch(text)
		return
	}
	name := fmt.Sprintf(T("Pasted text %s")+".txt", time.Now().Format("2006-01-02 15:04:05"))
	u.importText(name, []byte(text))
}

func isURL(s string) bool {
	v, err := url.Parse(s)
	return err == nil && (v.Scheme == "http" || v.Scheme == "https") && v.Host != "" && !strings.ContainsAny(s, " \n")
}

// importText imports text from no file in the background.
func (u *UI) importText(name string, b []byte) {
	u.runImport(T("Importing ")+name+"…", func(ctx context.Context, in *ingest.Ingester) []ingest.FileResult {
		return []ingest.FileResult{in.ImportText(ctx, name, b)}
	}, nil)
}

// onImportURL asks for a web address to fetch and import.
func (u *UI) onImportURL() {
	e := widget.NewEntry()
	e.SetPlaceHolder("https://…")
	dialog.ShowForm(T("Import from a web address"), T("Fetch"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("Address"), e)}, func(ok bool) {
		if ok {
			u.fetch(strings.TrimSpace(e.Text))
		}
	}, u.win)
}

// askFetch asks before kgx goes on the network for a page.
func (u *UI) askFetch(addr string) {
	confirmThen(u, T("Fetch a web page"), fmt.Sprintf(T("kgx works offline. Fetch %s from the network and import it?"), addr), func() { u.fetch(addr) })
}

// fetchLimit bounds a fetched page; fetchTimeout its download.
const (
	fetchLimit   = 20 << 20
	fetchTimeout = 20 * time.Second
)

// fetch downloads a page and imports it through the HTML reader.
func (u *UI) fetch(addr string) {
	if !isURL(addr) {
		dialog.ShowError(fmt.Errorf("%q: %s", addr, T("not a web address (http:// or https://)")), u.win)
		return
	}
	u.runImport(T("Fetching ")+addr+"…", func(ctx context.Context, in *ingest.Ingester) []ingest.FileResult {
		b, err := download(ctx, addr)
		if err != nil {
			return []ingest.FileResult{{Path: addr, Err: err}}
		}
		return []ingest.FileResult{in.ImportText(ctx, addr+".html", b)}
	}, nil)
}

// download fetches a page with a timeout and a size limit.
func download(ctx context.Context, addr string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, addr, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("could not fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("could not fetch: the server answered %s", resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, fetchLimit+1))
	if err != nil {
		return nil, fmt.Errorf("could not fetch: %w", err)
	}
	if len(b) > fetchLimit {
		return nil, fmt.Errorf("the page is larger than %d MB", fetchLimit>>20)
	}
	return b, nil
}

// onExportData asks for a data format and a file, and writes the graph
// there with the positions on the canvas.
func (u *UI) onExportData() {
	formats := []string{"JSON", "N-Quads", "GraphML", "GEXF", "Cypher"}
	ext := map[string]string{"JSON": ".json", "N-Quads": ".nq", "GraphML": ".graphml", "GEXF": ".gexf", "Cypher": ".cypher"}
	sel := widget.NewSelect(formats, nil)
	sel.SetSelected("JSON")
	dialog.ShowForm(T("Export data"), T("Save…"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("Format"), sel)}, func(ok bool) {
		if !ok {
			return
		}
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			defer w.Close()
			if err := u.writeData(w, sel.Selected); err != nil {
				dialog.ShowError(fmt.Errorf("export %s: %w", w.URI().Path(), err), u.win)
				return
			}
			u.status.SetText(T("Wrote ") + w.URI().Path())
		}, u.win)
		d.SetFileName("kgx-graph" + ext[sel.Selected])
		d.Show()
	}, u.win)
}

// writeData writes the graph in a data format, with the canvas positions
// and colours for the formats that carry them.
func (u *UI) writeData(w io.Writer, format string) error {
	x := graph.Exchange{Color: func(i int) (uint8, uint8, uint8) {
		c := u.view.Scene.Nodes[i].Fill
		return c.R, c.G, c.B
	}}
	for _, n := range u.view.Scene.Nodes {
		x.X, x.Y = append(x.X, n.X), append(x.Y, n.Y)
	}
	switch format {
	case "N-Quads":
		return u.g.WriteNQuads(w)
	case "GraphML":
		return u.g.WriteGraphML(w, x)
	case "GEXF":
		return u.g.WriteGEXF(w, x)
	case "Cypher":
		return u.g.WriteCypher(w, x)
	}
	return u.g.WriteJSON(w)
}

// quit closes the window (and with it the program).
func (u *UI) quit() { u.win.Close() }

// isProject reports whether a path names a kgx project file.
func isProject(path string) bool { return strings.EqualFold(filepath.Ext(path), ".kgx") }

// projectArg splits the window's arguments: a project named with --store,
// else a .kgx file given first (as a file manager passes it on a
// double-click), and the files to import.
func projectArg(store string, args []string) (project string, files []string) {
	if store == "" && len(args) > 0 && isProject(args[0]) {
		return args[0], args[1:]
	}
	return store, args
}

// askOpenOrMerge asks what to do with a dropped project file: open it in
// this window, or merge it into the project shown.
func (u *UI) askOpenOrMerge(path string) {
	var d dialog.Dialog
	open := widget.NewButton(T("Open it"), func() { d.Hide(); u.switchTo(path, false) })
	merge := widget.NewButton(T("Merge it into this project"), func() { d.Hide(); u.mergeProject(path) })
	merge.Importance = widget.HighImportance
	msg := wrapped(fmt.Sprintf(T("%s is a kgx project. Open it in this window, or merge its documents, entities and relations into %s?"),
		filepath.Base(path), filepath.Base(u.store.Path())))
	d = dialog.NewCustom(T("A project was dropped"), T("Cancel"), container.NewVBox(msg, container.NewHBox(open, merge)), u.win)
	d.Resize(fyne.NewSize(520, 200))
	d.Show()
	u.projectAsk = d
}

// mergeProject copies another project into this one.
func (u *UI) mergeProject(path string) {
	src, err := graph.OpenExisting(path)
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	defer src.Close()
	st, err := u.store.MergeProject(context.Background(), src)
	if err != nil {
		dialog.ShowError(fmt.Errorf("%s: %w", path, err), u.win)
		return
	}
	u.reload(false)
	u.status.SetText(fmt.Sprintf(T("Merged %s: %d entities (%d new), %d relations (%d new)."), filepath.Base(path), st.Entities, st.NewEnts, st.Relations, st.NewRels))
}

// offerBackup says why a project could not be opened and, when a backup
// of it was kept, offers to open a copy of the newest one.
func (u *UI) offerBackup(path string, err error) {
	backups := graph.Backups(path)
	msg := wrapped(err.Error())
	if len(backups) == 0 {
		d := dialog.NewCustom(T("The project cannot be opened"), T("Close"), msg, u.win)
		d.Resize(fyne.NewSize(560, 220))
		d.Show()
		u.projectAsk = d
		return
	}
	var d dialog.Dialog
	open := widget.NewButton(T("Open a copy of the newest backup"), func() {
		d.Hide()
		restored, err := restoreCopy(path, backups[0])
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		u.switchTo(restored, false)
	})
	open.Importance = widget.HighImportance
	d = dialog.NewCustom(T("The project cannot be opened"), T("Close"), container.NewVBox(msg, open), u.win)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
	u.projectAsk = d
}

// restoreCopy copies a backup to NAME.restored-TIME.kgx beside the project
// (the backup itself stays as it was) and returns the copy's path.
func restoreCopy(path, backup string) (string, error) {
	b, err := os.ReadFile(backup)
	if err != nil {
		return "", err
	}
	ext := filepath.Ext(path)
	dst := fmt.Sprintf("%s.restored-%s%s", strings.TrimSuffix(path, ext), time.Now().Format("20060102-150405"), ext)
	return dst, os.WriteFile(dst, b, 0o644)
}
