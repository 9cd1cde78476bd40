package window

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/app/ingest"
	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/layout"
	"github.com/kgx/kgx/graph/render"
	"github.com/kgx/kgx/importer"
)

// UI is the main window and its state. Its fields are touched only on the
// Fyne main goroutine; background work reports back through fyne.Do.
type UI struct {
	app   fyne.App
	win   fyne.Window
	store *graph.Store

	extractor func() (*importer.Extractor, error)

	g       *graph.Graph
	view    *GraphView
	details *detailsPanel
	docs    *widget.List
	docList []graph.Document
	tabs    *container.AppTabs

	status   *widget.Label
	counts   *widget.Label // entities, relations, documents, what is hidden
	progress *widget.ProgressBar
	cancel   *widget.Button // stops the imports under way
	cancels  map[int]context.CancelFunc
	nextID   int
	search   *widget.Entry
	bar      *viewBar

	lay      *layout.Layout // the force layout of the graph shown
	paused   bool           // the person paused the layout
	arranged []int          // nodes a circle or layers arrangement pinned

	layoutCancel context.CancelFunc
	layoutDone   chan struct{}
	busy         sync.WaitGroup // imports under way
}

func newUI(a fyne.App, st *graph.Store) (*UI, error) {
	rr, err := render.NewRenderer()
	if err != nil {
		return nil, err
	}
	u := &UI{app: a, store: st}
	u.extractor = sync.OnceValues(importer.NewExtractor)
	go u.extractor() // load the lexicons while the window opens
	u.win = a.NewWindow("kgx — " + filepath.Base(st.Path()))
	u.view = NewGraphView(rr)
	u.view.OnNodeTapped = u.onNodeTapped
	u.view.OnNodeMoved = u.onNodeMoved
	u.view.OnEdgeTapped = u.onEdgeTapped
	u.details = newDetailsPanel()
	u.docs = widget.NewList(func() int { return len(u.docList) },
		func() fyne.CanvasObject { return widget.NewLabel("document title") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			d := u.docList[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s  (%s, %s)", d.Title, d.Lang, filepath.Base(d.Path)))
		})
	u.docs.OnSelected = func(i widget.ListItemID) {
		if i < len(u.docList) && u.g != nil {
			u.details.showDocument(u.g, u.docList[i])
			u.tabs.SelectIndex(0)
			u.docs.UnselectAll()
		}
	}
	u.status = widget.NewLabel("Drop articles (.txt, .md, .html, .pdf, .docx) or folders on the window.")
	u.progress = widget.NewProgressBar()
	u.progress.Hide()
	u.cancels = map[int]context.CancelFunc{}
	u.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), u.cancelImports)
	u.cancel.Hide()
	u.search = widget.NewEntry()
	u.search.SetPlaceHolder("Search entities…")
	u.search.OnSubmitted = u.onSearch
	u.bar = newViewBar(u)
	toolbar := container.NewVBox(container.NewBorder(nil, nil, container.NewHBox(
		widget.NewButtonWithIcon("Import…", theme.FolderOpenIcon(), u.onImportDialog),
		widget.NewButtonWithIcon("Export image…", theme.DocumentSaveIcon(), u.onExportImage),
		widget.NewButtonWithIcon("Fit", theme.ZoomFitIcon(), func() { u.view.AutoFit = true; u.view.FitAll() }),
	), nil, u.search), u.bar.root)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Details", u.details.root),
		container.NewTabItem("Documents", u.docs),
	)
	split := container.NewHSplit(u.view, u.tabs)
	split.Offset = 0.68
	u.counts = widget.NewLabel("")
	u.status.Truncation = fyne.TextTruncateEllipsis // long messages never widen the window
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(u.counts, container.NewGridWrap(fyne.NewSize(220, 20), u.progress), u.cancel), u.status)
	u.win.SetContent(container.NewBorder(toolbar, bottom, nil, nil, split))
	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.SetIcon(a.Icon())
	u.win.SetOnDropped(u.onDropped)
	return u, nil
}

// onDropped imports the files and folders dropped on the window.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		p := uri.Path()
		if strings.Contains(p, "http:/") || strings.Contains(p, "https:/") {
			dialog.ShowInformation("Not a file", "kgx imports files from this computer; save the page first and drop the saved file.\n"+uri.String(), u.win)
			continue
		}
		paths = append(paths, p)
	}
	if len(paths) > 0 {
		u.importPaths(paths, nil)
	}
}

// importPaths imports files and folders in the background with progress,
// then reloads the graph and calls done (on the main goroutine) if not nil.
func (u *UI) importPaths(paths []string, done func([]ingest.FileResult)) {
	u.busy.Add(1)
	u.progress.SetValue(0)
	u.progress.Show()
	u.cancel.Show()
	u.status.SetText("Importing " + strings.Join(baseNames(paths), ", ") + "…")
	ctx, cancel := context.WithCancel(context.Background())
	id := u.nextID
	u.nextID++
	u.cancels[id] = cancel
	go func() {
		defer u.busy.Done()
		defer cancel()
		x, err := u.extractor()
		if err != nil {
			fyne.Do(func() { u.progress.Hide(); dialog.ShowError(err, u.win) })
			return
		}
		in := &ingest.Ingester{Store: u.store, X: x}
		results := in.ImportPaths(ctx, paths, func(p ingest.Progress) {
			fyne.Do(func() {
				if p.Total > 0 {
					u.progress.SetValue(float64(p.Done) / float64(p.Total))
				}
				if p.Current != "" {
					u.status.SetText(fmt.Sprintf("Importing %d of %d: %s", p.Done+1, p.Total, filepath.Base(p.Current)))
				}
			})
		})
		fyne.Do(func() {
			delete(u.cancels, id)
			if len(u.cancels) == 0 {
				u.progress.Hide()
				u.cancel.Hide()
			}
			u.reportImport(results)
			u.view.AutoFit = true
			u.reload(true)
			if done != nil {
				done(results)
			}
		})
	}()
}

// cancelImports stops the imports under way after the file each is on;
// what was imported stays.
func (u *UI) cancelImports() {
	for _, c := range u.cancels {
		c()
	}
	u.status.SetText("Cancelling the import…")
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}

// reportImport shows what happened to each file: a status line, and a
// dialog that names every file that failed and why.
func (u *UI) reportImport(results []ingest.FileResult) {
	ok, same, cancelled, failed := 0, 0, 0, []string{}
	for _, r := range results {
		switch {
		case errors.Is(r.Err, context.Canceled):
			cancelled++
		case r.Err != nil:
			failed = append(failed, r.Summary())
		case r.Stats.Duplicate:
			same++
		default:
			ok++
		}
	}
	msg := fmt.Sprintf("Imported %d file(s)", ok)
	if same > 0 {
		msg += fmt.Sprintf(", %d already in the project", same)
	}
	if cancelled > 0 {
		msg += fmt.Sprintf(", %d left out (cancelled)", cancelled)
	}
	if len(failed) > 0 {
		msg += fmt.Sprintf(", %d not imported", len(failed))
		text := widget.NewLabel(strings.Join(failed, "\n"))
		text.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustom("Some files were not imported", "OK", container.NewVScroll(text), u.win)
		d.Resize(fyne.NewSize(640, 320))
		d.Show()
	}
	u.status.SetText(msg + ".")
}

// reload reads the project again and shows it; the layout continues from
// the stored positions.
func (u *UI) reload(fit bool) {
	g, err := u.store.Load(context.Background())
	if err != nil {
		dialog.ShowError(fmt.Errorf("could not read the project %s: %w", u.store.Path(), err), u.win)
		return
	}
	u.g = g
	u.docList = g.Documents
	u.docs.Refresh()
	u.stopLayout()
	lay := layout.ForGraph(g)
	u.rebuildSceneFrom(lay.X, lay.Y, fit || len(g.Nodes) > 0 && !u.view.fitted)
	u.startLayout(lay)
}

func (u *UI) rebuildScene(fit bool) {
	if u.g == nil {
		return
	}
	x, y := make([]float64, len(u.view.Scene.Nodes)), make([]float64, len(u.view.Scene.Nodes))
	for i, n := range u.view.Scene.Nodes {
		x[i], y[i] = n.X, n.Y
	}
	if len(x) != len(u.g.Nodes) {
		return
	}
	u.rebuildSceneFrom(x, y, fit)
}

func (u *UI) rebuildSceneFrom(x, y []float64, fit bool) {
	old := u.view.Scene
	opt := u.bar.options()
	s := render.FromGraph(u.g, x, y, opt)
	if u.bar.colour.Selected == colourGroup {
		s.ColorByGroup(u.g.Communities(func(e *graph.Edge) bool { return !opt.ShowWeak && e.Predicate == render.WeakPredicate }))
	}
	if old.Selected < len(s.Nodes) {
		s.Selected = old.Selected
	}
	s.Highlight, s.ShowLegend = old.Highlight, u.bar.legend.Checked
	u.view.SetScene(s, fit)
	u.showCounts()
}

// showCounts writes what the project holds and what the view hides into
// the status bar.
func (u *UI) showCounts() {
	if u.g == nil {
		return
	}
	s := u.view.Scene
	shown := 0
	for _, e := range s.Edges {
		if !e.Weak {
			shown++
		}
	}
	msg := fmt.Sprintf("%d entities · %d relations · %d documents", len(u.g.Nodes), shown, len(u.g.Documents))
	if s.HiddenNodes > 0 {
		msg += fmt.Sprintf(" · %d entities hidden", s.HiddenNodes)
	}
	if !u.bar.related.Checked {
		msg += " · co-occurrence links hidden"
	}
	u.counts.SetText(msg)
}

// startLayout runs the force layout in the background, showing its progress
// about 30 times a second, and stores the positions when it settles.
func (u *UI) startLayout(lay *layout.Layout) {
	u.lay = lay
	if u.paused {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	u.layoutCancel, u.layoutDone = cancel, done
	g := u.g
	go func() {
		defer close(done)
		last := time.Now()
		publish := func(final bool) {
			x, y := append([]float64(nil), lay.X...), append([]float64(nil), lay.Y...)
			fyne.Do(func() {
				if u.g != g || ctx.Err() != nil {
					return
				}
				u.view.Scene.Fast = !final // cheap frames while the layout moves
				for i := range u.view.Scene.Nodes {
					if i != u.view.dragNode && i < len(x) {
						u.view.Scene.Nodes[i].X, u.view.Scene.Nodes[i].Y = x[i], y[i]
					}
				}
				if u.view.AutoFit {
					u.view.FitAll()
				} else {
					u.view.Refresh()
				}
			})
		}
		lay.Run(ctx, 1500, func(int) {
			if time.Since(last) > 33*time.Millisecond {
				publish(false)
				last = time.Now()
			}
		})
		if ctx.Err() != nil {
			return
		}
		publish(true)
		_ = u.store.SavePositions(context.Background(), lay.Positions(g))
	}()
}

func (u *UI) stopLayout() {
	if u.layoutCancel != nil {
		u.layoutCancel()
		<-u.layoutDone
		u.layoutCancel = nil
	}
}

// stop ends background work before the window closes.
func (u *UI) stop(context.Context) {
	u.stopLayout()
	u.busy.Wait()
}

func (u *UI) onNodeTapped(i int) {
	if i < 0 || u.g == nil || i >= len(u.g.Nodes) {
		u.details.clear()
		return
	}
	u.details.show(u.g, &u.g.Nodes[i], !u.bar.related.Checked)
	u.tabs.SelectIndex(0)
}

// onNodeMoved keeps a node where the user put it: the layout stops and the
// positions are stored, the moved node pinned.
func (u *UI) onNodeMoved(i int) {
	u.stopLayout()
	pos := map[int64]graph.Position{}
	for k, n := range u.view.Scene.Nodes {
		if k < len(u.g.Nodes) {
			pos[u.g.Nodes[k].ID] = graph.Position{X: n.X, Y: n.Y, Pinned: k == i || u.g.Nodes[k].Pinned}
		}
	}
	u.g.Nodes[i].Pinned = true
	if u.lay != nil && i < len(u.lay.X) {
		n := u.view.Scene.Nodes[i]
		u.lay.X[i], u.lay.Y[i], u.lay.Pinned[i] = n.X, n.Y, true
	}
	if err := u.store.SavePositions(context.Background(), pos); err != nil {
		u.status.SetText("Could not store the positions: " + err.Error())
	}
}

func (u *UI) onSearch(q string) {
	if u.g == nil || strings.TrimSpace(q) == "" {
		return
	}
	hits := u.g.Search(q)
	if len(hits) == 0 {
		u.status.SetText(fmt.Sprintf("No entity matches %q.", q))
		return
	}
	u.view.Scene.Highlight = map[int]bool{}
	for _, h := range hits {
		u.view.Scene.Highlight[u.g.NodeIndex(h.ID)] = true
	}
	i := u.g.NodeIndex(hits[0].ID)
	u.view.Scene.Selected = i
	n := u.view.Scene.Nodes[i]
	sz := u.view.Size()
	u.view.View.OffX = float64(sz.Width)/2 - n.X*u.view.View.Zoom
	u.view.View.OffY = float64(sz.Height)/2 - n.Y*u.view.View.Zoom
	u.view.AutoFit = false
	u.view.Refresh()
	u.onNodeTapped(i)
}
