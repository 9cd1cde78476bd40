package window

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
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
	search   *searchEntry
	bar      *viewBar
	filters  *filterPanel
	depth    *fyne.Container // the focus depth control, shown while focused
	empty    *fyne.Container // how to start, over an empty project's canvas
	menus    *fyne.MainMenu

	st         viewState
	pathFrom   int64  // the start of a path whose end the person is picking
	lastQuery  string // the search the hits belong to
	noMatch    string // the status line that said the last search found nothing
	hit        int    // the current search hit
	helpShown  dialog.Dialog
	picker     *entityPicker  // the merge dialog's name field
	projectAsk dialog.Dialog  // the question about a dropped project
	docOrder   string         // the documents list's order: title or import time
	docCounts  map[string]int // entities per document
	importLog  *widget.Label  // the files the last import could not read, under the documents

	lay      *layout.Layout // the force layout of the graph shown
	paused   bool           // the person paused the layout
	arranged []int          // nodes a circle or layers arrangement pinned

	// do runs a function on the main goroutine (fyne.Do; tests queue it)
	do func(func())

	seenVersion int64       // the project's data version at the last look
	closed      atomic.Bool // the window is gone: background watchers stop

	layoutCancel context.CancelFunc
	layoutDone   chan struct{}
	busy         sync.WaitGroup // imports under way
}

func newUI(a fyne.App, st *graph.Store) (*UI, error) {
	rr, err := render.NewRenderer()
	if err != nil {
		return nil, err
	}
	u := &UI{app: a, store: st, do: fyne.Do}
	u.extractor = sync.OnceValues(importer.NewExtractor)
	go u.extractor() // load the lexicons while the window opens
	u.win = a.NewWindow("kgx — " + filepath.Base(st.Path()))
	u.view = NewGraphView(rr)
	u.view.do = func(f func()) { u.do(f) }
	u.view.OnNodeTapped = u.selectNode
	u.view.OnNodeMoved = u.onNodeMoved
	u.view.OnEdgeTapped = u.onEdgeTapped
	u.view.OnNodeToggled = u.toggleNode
	u.view.OnNodeDoubleTapped = func(i int) { u.focusOn(u.g.Nodes[i].ID) }
	u.view.OnContextMenu = u.onContextMenu
	u.view.OnRubberBand = u.chooseNodes
	u.details = newDetailsPanel()
	u.docs = widget.NewList(func() int { return len(u.docList) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("document title")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(docLine(u.docList[i], u.docCounts[u.docList[i].ID]))
		})
	u.docs.OnSelected = u.onDocumentSelected
	u.progress = widget.NewProgressBar()
	u.progress.Hide()
	u.cancels = map[int]context.CancelFunc{}
	u.search = newSearchEntry(func() fyne.Canvas { return u.win.Canvas() })
	u.search.OnSubmitted = u.onSearch
	u.search.OnChanged = u.onSearchChanged
	u.search.onPick = u.selectID
	u.search.onNext = func() { u.onSearch(u.search.Text) }
	u.search.onLeave = func() { u.win.Canvas().Unfocus() }
	u.status = widget.NewLabel("")
	u.status.Truncation = fyne.TextTruncateEllipsis // long messages never widen the window
	u.counts = widget.NewLabel("")
	u.importLog = wrapped("")
	u.importLog.Hide()
	u.rebuildChrome()
	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.SetIcon(a.Icon())
	u.win.SetOnDropped(u.onDropped)
	u.bindKeys()
	return u, nil
}

// othersEvery is how often the window looks for what other processes
// wrote to the project.
const othersEvery = 2 * time.Second

// watchOthers shows, without a restart, what other kgx processes (another
// window, a script's kgx import) add to the project.
func (u *UI) watchOthers() {
	t := time.NewTicker(othersEvery)
	defer t.Stop()
	for range t.C {
		if u.closed.Load() {
			return
		}
		u.do(u.checkOthers)
	}
}

// checkOthers reloads the project if another process changed it since the
// last look (not while this window imports: it reloads at the end).
func (u *UI) checkOthers() {
	v, err := u.store.Version(context.Background())
	if err != nil || len(u.cancels) > 0 {
		return
	}
	if u.seenVersion != 0 && v != u.seenVersion {
		docs := len(u.docList)
		u.reload(false)
		if n := len(u.docList) - docs; n > 0 {
			u.status.SetText(fmt.Sprintf(T("%d document(s) added by another kgx."), n))
		}
	}
	u.seenVersion = v
}

// rebuildChrome lays out the window around the canvas, with every text in
// the interface language: toolbar, view bar, tabs, status bar and menus.
func (u *UI) rebuildChrome() {
	u.status.SetText(T("Drop articles (.txt, .md, .html, .pdf, .docx) or folders on the window."))
	u.search.SetPlaceHolder(T("Search entities… (Ctrl+F)"))
	u.cancel = widget.NewButtonWithIcon(T("Cancel"), theme.CancelIcon(), u.cancelImports)
	if len(u.cancels) == 0 {
		u.cancel.Hide()
	}
	old := u.bar
	u.bar = newViewBar(u)
	if old != nil {
		u.bar.copyFrom(old)
	}
	u.filters = newFilterPanel(u)
	if u.g != nil {
		u.filters.refresh(u.g)
	}
	depth := widget.NewSelect([]string{"1", "2", "3"}, func(s string) { u.setDepth(int(s[0] - '0')) })
	depth.SetSelected("1")
	u.depth = container.NewHBox(widget.NewLabel(T("Focus depth")), depth,
		widget.NewButton(T("Whole graph (Esc)"), u.onEscape))
	if u.st.focus == 0 {
		u.depth.Hide()
	}
	toolbar := container.NewVBox(container.NewBorder(nil, nil, container.NewHBox(
		widget.NewButtonWithIcon(T("Import…"), theme.FolderOpenIcon(), u.onImportDialog),
		widget.NewButtonWithIcon(T("Export image…"), theme.DocumentSaveIcon(), u.onExportImage),
		widget.NewButtonWithIcon(T("Fit"), theme.ZoomFitIcon(), u.zoomToFit),
		widget.NewButtonWithIcon(T("Undo"), theme.ContentUndoIcon(), u.onUndo),
		widget.NewButtonWithIcon(T("Redo"), theme.ContentRedoIcon(), u.onRedo),
	), u.depth, u.search), u.bar.root)
	sortDocs := widget.NewSelect([]string{T("By import time"), T("By title")}, func(s string) { u.docOrder = s; u.sortDocuments() })
	sortDocs.SetSelected(T("By import time"))
	u.tabs = container.NewAppTabs(
		container.NewTabItem(T("Details"), u.details.root),
		container.NewTabItem(T("Documents"), container.NewBorder(sortDocs, u.importLog, nil, nil, u.docs)),
		container.NewTabItem(T("Filters"), u.filters.root),
	)
	u.empty = container.NewCenter(widget.NewCard(T("An empty project"), "", container.NewVBox(
		wrapped(T("Drop news articles (.txt, .md, .html, .pdf, .docx) or a folder of them here, or:")),
		widget.NewButtonWithIcon(T("Import files…"), theme.FileIcon(), u.onImportDialog),
		widget.NewButtonWithIcon(T("Import folder…"), theme.FolderIcon(), u.onImportFolder),
		widget.NewButtonWithIcon(T("Open the demo project"), theme.HomeIcon(), u.onOpenDemo))))
	u.showEmpty()
	split := container.NewHSplit(container.NewStack(u.view, u.empty), u.tabs)
	split.Offset = 0.68
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(u.counts, container.NewGridWrap(fyne.NewSize(220, 20), u.progress), u.cancel), u.status)
	u.win.SetContent(container.NewBorder(toolbar, bottom, nil, nil, split))
	u.menus = u.mainMenu()
	u.win.SetMainMenu(u.menus)
	u.showCounts()
}

// showEmpty shows how to start over an empty project's canvas.
func (u *UI) showEmpty() {
	if u.empty == nil {
		return
	}
	if u.g == nil || len(u.g.Nodes) == 0 && len(u.g.Documents) == 0 {
		u.empty.Show()
	} else {
		u.empty.Hide()
	}
}

// onDropped imports the files and folders dropped on the window; a
// dropped web address is fetched only if the person says so.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if s := uri.Scheme(); s == "http" || s == "https" {
			u.askFetch(uri.String())
			continue
		}
		if isProject(uri.Path()) {
			u.askOpenOrMerge(uri.Path())
			continue
		}
		paths = append(paths, uri.Path())
	}
	if len(paths) > 0 {
		u.importPaths(paths, nil)
	}
}

// importPaths imports files and folders in the background with progress,
// then reloads the graph and calls done (on the main goroutine) if not nil.
func (u *UI) importPaths(paths []string, done func([]ingest.FileResult)) {
	u.runImport(T("Importing ")+strings.Join(baseNames(paths), ", ")+"…", func(ctx context.Context, in *ingest.Ingester) []ingest.FileResult {
		return in.ImportPaths(ctx, paths, func(p ingest.Progress) {
			u.do(func() {
				if p.Total > 0 {
					u.progress.SetValue(float64(p.Done) / float64(p.Total))
				}
				if p.Current != "" {
					u.status.SetText(fmt.Sprintf(T("Importing %d of %d: %s"), p.Done+1, p.Total, filepath.Base(p.Current)))
				}
			})
		})
	}, done)
}

// runImport runs an import in the background with a progress bar and a
// Cancel button, then reports it, reloads the graph and calls done (on
// the main goroutine) if not nil.
func (u *UI) runImport(msg string, work func(context.Context, *ingest.Ingester) []ingest.FileResult, done func([]ingest.FileResult)) {
	u.busy.Add(1)
	u.progress.SetValue(0)
	u.progress.Show()
	u.cancel.Show()
	u.status.SetText(msg)
	ctx, cancel := context.WithCancel(context.Background())
	id := u.nextID
	u.nextID++
	u.cancels[id] = cancel
	store := u.store
	go func() {
		defer u.busy.Done()
		defer cancel()
		x, err := u.extractor()
		var results []ingest.FileResult
		if err == nil {
			results = work(ctx, &ingest.Ingester{Store: store, X: x})
		}
		u.do(func() {
			delete(u.cancels, id)
			if len(u.cancels) == 0 {
				u.progress.Hide()
				u.cancel.Hide()
			}
			if err != nil {
				dialog.ShowError(err, u.win)
				return
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
	ok, same, cancelled, failed, skipped := 0, 0, 0, []string{}, []string{}
	for _, r := range results {
		switch {
		case errors.Is(r.Err, context.Canceled):
			cancelled++
		case r.Skipped:
			skipped = append(skipped, filepath.Base(r.Path))
		case r.Err != nil:
			failed = append(failed, r.Summary())
		case r.Stats.Duplicate:
			same++
		default:
			ok++
		}
	}
	msg := fmt.Sprintf(T("Imported %d file(s)"), ok)
	if same > 0 {
		msg += fmt.Sprintf(T(", %d already in the project"), same)
	}
	if len(skipped) > 0 {
		msg += fmt.Sprintf(T(", skipped %d that are no articles (%s)"), len(skipped), strings.Join(skipped[:min(4, len(skipped))], ", "))
	}
	if cancelled > 0 {
		msg += fmt.Sprintf(T(", %d left out (cancelled)"), cancelled)
	}
	u.importLog.SetText(strings.Join(failed, "\n"))
	u.importLog.Hidden = len(failed) == 0
	u.importLog.Refresh()
	if len(failed) > 0 {
		msg += fmt.Sprintf(T(", %d not imported"), len(failed))
		text := widget.NewLabel(strings.Join(failed, "\n"))
		text.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustom(T("Some files were not imported"), T("OK"), container.NewVScroll(text), u.win)
		d.Resize(fyne.NewSize(640, 320))
		d.Show()
	}
	u.status.SetText(msg + ".")
}

// reload reads the project again and shows it; the layout continues from
// the stored positions, the view state (selection, focus, filters) stays.
func (u *UI) reload(fit bool) {
	g, err := u.store.Load(context.Background())
	if err != nil {
		dialog.ShowError(fmt.Errorf("could not read the project %s: %w", u.store.Path(), err), u.win)
		return
	}
	u.g = g
	u.st.forget(g)
	u.docList = append([]graph.Document(nil), g.Documents...)
	u.docCounts = map[string]int{}
	for _, n := range g.Nodes {
		for _, d := range n.Docs {
			u.docCounts[d]++
		}
	}
	u.sortDocuments()
	u.filters.refresh(g)
	u.showEmpty()
	u.stopLayout()
	lay := layout.ForGraph(g)
	u.rebuildSceneFrom(lay.X, lay.Y, fit || len(g.Nodes) > 0 && !u.view.fitted)
	u.startLayout(lay)
	if n := g.Node(u.st.selected); n != nil && u.tabs.SelectedIndex() == 0 {
		u.details.show(u, n)
	}
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
	opt := u.bar.options()
	u.st.filter.minDegree = 0
	fmt.Sscanf(u.bar.minDeg.Selected, "≥ %d", &u.st.filter.minDegree)
	opt.Keep, opt.KeepEdge = u.st.keepers(u.g, opt.ShowWeak)
	s := render.FromGraph(u.g, x, y, opt)
	s.Words = T
	if u.bar.colour.Selected == T(colourGroup) {
		s.ColorByGroup(u.g.Communities(func(e *graph.Edge) bool { return !opt.ShowWeak && e.Predicate == render.WeakPredicate }))
	}
	u.st.decorate(s, u.g)
	s.ShowLegend = u.bar.legend.Checked
	u.view.SetScene(s, fit)
	u.showCounts()
}

// showCounts writes what the project holds, what the view hides and the
// selection into the status bar.
func (u *UI) showCounts() {
	if u.g == nil {
		return
	}
	s := u.view.Scene
	shown := 0
	for _, e := range s.Edges {
		if !e.Weak && !e.Hidden && !s.Nodes[e.A].Hidden && !s.Nodes[e.B].Hidden {
			shown++
		}
	}
	msg := fmt.Sprintf(T("%d entities · %d relations · %d documents"), len(u.g.Nodes), shown, len(u.g.Documents))
	if s.HiddenNodes > 0 {
		msg += fmt.Sprintf(T(" · %d hidden"), s.HiddenNodes)
	}
	if !u.bar.related.Checked {
		msg += T(" · co-occurrence hidden")
	}
	if n := len(u.st.chosenRefs()); n > 1 {
		msg += fmt.Sprintf(T(" · %d selected"), n)
	} else if sel := u.g.Node(u.st.selected); sel != nil {
		msg += T(" · selected: ") + sel.Name
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
			u.do(func() {
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
	u.closed.Store(true)
	u.stopLayout()
	u.busy.Wait()
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
		u.status.SetText(T("Could not store the positions: ") + err.Error())
	}
	if j := u.droppedOn(i); j >= 0 {
		u.offerMerge(i, j)
	}
}
