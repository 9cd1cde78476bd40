package window

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/kg"
)

// explorerUI is a window on a small project of two articles we wrote.
func explorerUI(t *testing.T) *UI {
	t.Helper()
	return projectUI(t, siemensAltair, "Nvidia liefert an Siemens Energy\n\nDer Chipkonzern Nvidia liefert Rechner an Siemens Energy.\n"+
		"Nvidia-Chef Jensen Huang besuchte Siemens Mobility in Krefeld.")
}

func nodeIndex(t *testing.T, u *UI, name string) int {
	t.Helper()
	n, err := u.g.Find(name)
	if err != nil {
		t.Fatal(err)
	}
	return u.g.NodeIndex(n.ID)
}

// overlayButton taps the button labelled label in the window's dialogs.
func overlayButton(t *testing.T, u *UI, label string) {
	t.Helper()
	for _, o := range u.win.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if b, ok := obj.(*widget.Button); ok && b.Text == label && b.Visible() {
				test.Tap(b)
				return
			}
		}
	}
	t.Fatalf("no %q button on screen", label)
}

// menuItem runs the item labelled label of a menu, as a click on it does.
func menuItem(t *testing.T, m *fyne.Menu, label string) {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == label {
			it.Action()
			return
		}
	}
	t.Fatalf("menu %q has no %q", m.Label, label)
}

func press(u *UI, key fyne.KeyName, mod fyne.KeyModifier) {
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod})
}

func TestMainMenuHasTheCommands(t *testing.T) {
	u := newTestUI(t)
	want := map[string][]string{
		"File": {"New project…", "Open project…", "Open recent", "Import files…", "Import folder…", "Export image…", "Export data…", "Quit"},
		"Edit": {"Undo", "Redo", "Merge…", "Rename…", "Delete"},
		"View": {"Force layout", "Colour by community", "Size by PageRank", "Co-occurrence links", "Legend", "Theme", "Zoom to fit"},
		"Help": {"Keyboard shortcuts", "About kgx"},
	}
	menus := u.win.MainMenu()
	if menus == nil || len(menus.Items) != 4 {
		t.Fatalf("main menu %+v", menus)
	}
	for _, m := range menus.Items {
		var labels []string
		for _, it := range m.Items {
			labels = append(labels, it.Label)
		}
		for _, w := range want[m.Label] {
			if !strings.Contains(strings.Join(labels, "|"), w) {
				t.Errorf("menu %s lacks %q: %v", m.Label, w, labels)
			}
		}
	}
}

func TestKeysSearchHelpAndEscape(t *testing.T) {
	u := explorerUI(t)
	press(u, fyne.KeyF, fyne.KeyModifierShortcutDefault)
	if u.win.Canvas().Focused() != u.search {
		t.Fatal("Ctrl+F does not focus the search field")
	}
	u.win.Canvas().Unfocus()
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	if u.helpShown == nil || !strings.Contains(u.helpText(), "Ctrl+Z") || !strings.Contains(u.helpText(), "Escape") {
		t.Fatalf("F1 shows no help listing the keys:\n%s", u.helpText())
	}
	u.helpShown.Hide()
	u.selectNode(nodeIndex(t, u, "Siemens"))
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.view.Scene.Selected != -1 || u.st.selected != 0 {
		t.Error("Escape leaves the selection")
	}
}

func TestSearchCyclesThroughAllMatches(t *testing.T) {
	u := explorerUI(t)
	hits := u.g.Search("Siemens")
	if len(hits) < 2 {
		t.Fatalf("want several Siemens entities, have %d", len(hits))
	}
	seen := map[int64]bool{}
	for range hits {
		u.onSearch("Siemens")
		seen[u.st.selected] = true
		if len(u.view.Scene.Highlight) < len(hits) {
			t.Errorf("%d of %d matches highlighted", len(u.view.Scene.Highlight), len(hits))
		}
	}
	if len(seen) != len(hits) {
		t.Errorf("Enter visited %d of %d matches", len(seen), len(hits))
	}
	u.onSearch("Zalando")
	if !strings.Contains(u.status.Text, "No entity matches") {
		t.Fatalf("status %q", u.status.Text)
	}
	u.search.SetText("Nvid")
	if strings.Contains(u.status.Text, "No entity matches") {
		t.Error("the stale no-match message lingers while typing")
	}
	if len(u.search.offered) == 0 || !strings.HasPrefix(u.search.offered[0], "Nvidia (ORG, #") {
		t.Errorf("suggestions %v", u.search.offered)
	}
}

func TestRenameUndoRedoThroughTheContextMenu(t *testing.T) {
	u := explorerUI(t)
	i := nodeIndex(t, u, "Roland Busch")
	u.onContextMenu(i, -1, u.view.NodePosition(i)) // the right-click selects it
	menuItem(t, u.nodeMenu(u.node(i)), "Rename…")
	e, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatal("the rename dialog has no focused name field")
	}
	e.SetText("Roland Busch (Siemens)")
	overlayButton(t, u, "Rename")
	if _, err := u.g.Find("Roland Busch (Siemens)"); err != nil {
		t.Fatal("rename did not show:", err)
	}
	if u.g.Node(u.st.selected) == nil {
		t.Error("the renamed entity is no longer selected")
	}
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) // what the driver makes of Ctrl+Z
	if n, err := u.g.Find("Roland Busch"); err != nil || n.Name != "Roland Busch" {
		t.Fatalf("Ctrl+Z did not undo the rename: %v", err)
	}
	press(u, fyne.KeyZ, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift)
	if _, err := u.g.Find("Roland Busch (Siemens)"); err != nil {
		t.Error("Ctrl+Shift+Z did not redo the rename")
	}
	// the edit survives reopening the project
	u2 := reopen(t, u)
	if _, err := u2.g.Find("Roland Busch (Siemens)"); err != nil {
		t.Error("the rename is gone after reopening")
	}
}

func reopen(t *testing.T, u *UI) *UI {
	t.Helper()
	st, err := graph.Open(u.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	g, err := st.Load(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return &UI{g: g}
}

func TestDropOnANodeMerges(t *testing.T) {
	u := explorerUI(t)
	a, b := nodeIndex(t, u, "Siemens Energy"), nodeIndex(t, u, "Siemens")
	before := len(u.g.Nodes)
	keep := u.g.Nodes[b].ID
	u.view.Scene.Nodes[a].X, u.view.Scene.Nodes[a].Y = u.view.Scene.Nodes[b].X+1, u.view.Scene.Nodes[b].Y
	u.onNodeMoved(a)
	overlayButton(t, u, "Yes")
	if len(u.g.Nodes) != before-1 {
		t.Fatalf("%d entities after the merge, %d before", len(u.g.Nodes), before)
	}
	if n := u.g.Node(keep); n == nil || !strings.Contains(strings.Join(n.Aliases, "|"), "Siemens Energy") {
		t.Errorf("Siemens lacks the alias Siemens Energy: %+v", n)
	}
	u.onUndo()
	if len(u.g.Nodes) != before {
		t.Errorf("undo leaves %d entities, want %d", len(u.g.Nodes), before)
	}
}

func TestMultipleSelectionDeleteAndUndo(t *testing.T) {
	u := explorerUI(t)
	before := len(u.g.Nodes)
	u.selectNode(nodeIndex(t, u, "Krefeld"))
	u.toggleNode(nodeIndex(t, u, "Siemens Mobility"))
	if len(u.st.chosenRefs()) != 2 || !strings.Contains(u.counts.Text, "2 selected") {
		t.Fatalf("selection %v, status %q", u.st.chosenRefs(), u.counts.Text)
	}
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDelete})
	overlayButton(t, u, "Yes")
	if len(u.g.Nodes) != before-2 {
		t.Fatalf("%d entities after deleting two of %d", len(u.g.Nodes), before)
	}
	u.onUndo()
	if len(u.g.Nodes) != before {
		t.Errorf("one undo leaves %d entities, want %d: deleting several is one step", len(u.g.Nodes), before)
	}
}

func TestFocusNeighbourhoodAndEscape(t *testing.T) {
	u := explorerUI(t)
	i := nodeIndex(t, u, "Roland Busch")
	u.view.OnNodeDoubleTapped(i)
	shown := visible(u)
	if len(shown) < 2 || len(shown) >= len(u.g.Nodes) || !u.depth.Visible() {
		t.Fatalf("focus shows %v of %d entities", shown, len(u.g.Nodes))
	}
	u.setDepth(2)
	if len(visible(u)) <= len(shown) {
		t.Error("depth 2 shows no more than depth 1")
	}
	u.onEscape()
	if len(visible(u)) != len(u.g.Nodes) || u.depth.Visible() {
		t.Error("Escape does not show the whole graph again")
	}
}

func visible(u *UI) []string {
	var out []string
	for i, n := range u.view.Scene.Nodes {
		if !n.Hidden {
			out = append(out, u.g.Nodes[i].Name)
		}
	}
	return out
}

func TestPathToShowsTheEvidenceChain(t *testing.T) {
	u := explorerUI(t)
	a, b := nodeIndex(t, u, "Roland Busch"), nodeIndex(t, u, "Nvidia")
	menuItem(t, u.nodeMenu(u.node(a)), "Path to…")
	u.selectNode(b) // the click that picks the end
	if len(u.st.path) == 0 || len(u.view.Scene.Marked) != len(u.st.path) {
		t.Fatalf("path %v, %d edges marked", u.st.path, len(u.view.Scene.Marked))
	}
	text := u.details.Text()
	for _, want := range []string{"Paths from Roland Busch to Nvidia", "Siemens-Chef Roland Busch sprach", "Siemens kooperiert mit Nvidia"} {
		if !strings.Contains(text, want) {
			t.Errorf("path panel lacks %q:\n%s", want, text)
		}
	}
}

func TestFiltersHideAndShow(t *testing.T) {
	u := explorerUI(t)
	u.filters.types["LOC"].SetChecked(false)
	for i, n := range u.view.Scene.Nodes {
		if u.g.Nodes[i].Type == "LOC" && !n.Hidden {
			t.Errorf("%s shown with places filtered out", u.g.Nodes[i].Name)
		}
	}
	if !strings.Contains(u.counts.Text, "hidden") {
		t.Errorf("status %q does not count what is hidden", u.counts.Text)
	}
	u.filters.preds["ceo_of"].SetChecked(false)
	for _, e := range u.view.Scene.Edges {
		if e.Predicate == "ceo_of" && !e.Hidden {
			t.Error("a ceo_of relation shown with ceo_of filtered out")
		}
	}
	u.filters.conf.SetValue(0.99)
	for _, e := range u.view.Scene.Edges {
		if !e.Hidden && !e.Weak {
			t.Errorf("%s shown under the minimum confidence", e.Predicate)
		}
	}
	u.filters.reset()
	u.filters.top.SetText("2")
	if n := len(visible(u)); n != 2 {
		t.Errorf("top 2 shows %d entities", n)
	}
	u.filters.reset()
	doc := u.g.Documents[0].ID
	u.filters.docs[doc].SetChecked(false)
	for i, n := range u.view.Scene.Nodes {
		only := len(u.g.Nodes[i].Docs) == 1 && u.g.Nodes[i].Docs[0] == doc
		if only && !n.Hidden {
			t.Errorf("%s shown with its only document filtered out", u.g.Nodes[i].Name)
		}
	}
	u.filters.reset()
	if len(visible(u)) != len(u.g.Nodes) {
		t.Error("Show everything leaves entities hidden")
	}
}

func TestArticleViewerHighlightsTheSentence(t *testing.T) {
	u := explorerUI(t)
	n := u.g.Node(u.g.Nodes[nodeIndex(t, u, "Roland Busch")].ID)
	var ev graph.Evidence
	for _, e := range u.g.EdgesOf(n.ID) {
		if e.Predicate == "ceo_of" {
			ev = e.Evidence[0]
		}
	}
	if ev.Doc == "" {
		t.Fatal("no ceo_of evidence")
	}
	a := u.openArticle(ev.Doc, ev.Start, ev.End)
	if a == nil || a.mark < 0 {
		t.Fatal("the article opened without a marked paragraph")
	}
	var marked, linked []string
	for _, seg := range a.paras[a.mark].Segments {
		switch s := seg.(type) {
		case *widget.TextSegment:
			if s.Style.ColorName == theme.ColorNameWarning {
				marked = append(marked, s.Text)
			}
		case *widget.HyperlinkSegment:
			linked = append(linked, s.Text)
		}
	}
	if !strings.Contains(strings.Join(marked, ""), "sprach von einem wichtigen Schritt") {
		t.Errorf("highlighted: %q", marked)
	}
	if !strings.Contains(strings.Join(linked, "|"), "Roland Busch") {
		t.Errorf("entity links in the sentence: %q", linked)
	}
	a.win.Close()
}

func TestDocumentSelectionAndRemoval(t *testing.T) {
	u := explorerUI(t)
	u.selectNode(nodeIndex(t, u, "Krefeld"))
	u.docs.Select(0)
	d := u.docList[0]
	if u.st.selected != 0 || len(u.view.Scene.Highlight) != len(docEntities(u.g, d.ID)) {
		t.Errorf("selecting a document leaves selection %d, rings %d", u.st.selected, len(u.view.Scene.Highlight))
	}
	docs := len(u.g.Documents)
	u.askRemoveDocument(d.ID)
	overlayButton(t, u, "Yes")
	if len(u.g.Documents) != docs-1 {
		t.Fatalf("%d documents after removing one of %d", len(u.g.Documents), docs)
	}
	u.onUndo()
	if len(u.g.Documents) != docs {
		t.Error("undo did not bring the document back")
	}
}

func TestPasteTextBecomesADocument(t *testing.T) {
	u := newTestUI(t)
	u.app.Clipboard().SetContent("https://example.com/news")
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{}) // what the driver makes of Ctrl+V
	if len(u.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("a pasted web address is not confirmed before fetching")
	}
	overlayButton(t, u, "No")
	u.app.Clipboard().SetContent("Volkswagen kauft Anteile\n\nDer Autobauer Volkswagen kauft Anteile an Rivian.")
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{})
	waitForDocuments(t, u, 1)
	if _, err := u.g.Find("Rivian"); err != nil {
		t.Error(err)
	}
	if u.docList[0].Title != "Volkswagen kauft Anteile" {
		t.Errorf("title %q", u.docList[0].Title)
	}
}

func waitForDocuments(t *testing.T, u *UI, n int) {
	t.Helper()
	pumpUntil(t, u, 20*time.Second, func() bool { return len(u.docList) >= n })
}

func TestProjectsLanguageAndTheme(t *testing.T) {
	u := explorerUI(t)
	first := u.store.Path()
	next := filepath.Join(t.TempDir(), "second.kgx")
	if err := u.openProject(next, true); err != nil {
		t.Fatal(err)
	}
	if len(u.g.Nodes) != 0 || !u.empty.Visible() || !strings.Contains(u.win.Title(), "second.kgx") {
		t.Errorf("a new project shows %d entities, hint %v, title %q", len(u.g.Nodes), u.empty.Visible(), u.win.Title())
	}
	recent := u.app.Preferences().StringList(prefRecent)
	if len(recent) < 2 || recent[0] != next || recent[1] != first {
		t.Errorf("recent projects %v", recent)
	}
	if got := startProject("", next); got != next {
		t.Errorf("the last project %q does not return on start: %q", next, got)
	}
	if err := u.openProject(first, false); err != nil || len(u.g.Nodes) == 0 {
		t.Fatalf("reopening the first project: %v", err)
	}
	u.setLanguage(langGerman)
	defer setLanguage(langEnglish)
	if m := u.win.MainMenu(); m.Items[0].Label != "Datei" || m.Items[1].Items[0].Label != "Rückgängig" {
		t.Errorf("German menus: %q, %q", m.Items[0].Label, m.Items[1].Items[0].Label)
	}
	u.setTheme(themeDark)
	if !isDark() || !ThemePalette().Dark {
		t.Error("the dark theme is not applied")
	}
	u.setTheme(themeLight)
	if isDark() || ThemePalette().Dark {
		t.Error("the light theme is not applied")
	}
}

func TestRubberBandSelectsAndTheMenuKeepsIt(t *testing.T) {
	u := explorerUI(t)
	v := u.view
	v.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	from, to := fyne.NewPos(1, 1), fyne.NewPos(v.Size().Width-1, v.Size().Height-1)
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	if v.band == nil {
		t.Fatal("Shift-drag on the background draws no rubber band")
	}
	v.DragEnd()
	want := len(visible(u))
	for _, n := range v.Scene.Nodes {
		x, y := v.View.ToScreen(n.X, n.Y)
		if !n.Hidden && (x < 1 || y < 1 || x > float64(to.X) || y > float64(to.Y)) {
			want-- // outside the view
		}
	}
	if got := len(u.st.chosenRefs()); got != want || got < 2 {
		t.Fatalf("the band selected %d entities, want %d", got, want)
	}
	i := u.g.NodeIndex(u.st.selected)
	u.onContextMenu(i, -1, fyne.NewPos(10, 10))
	if len(u.st.chosenRefs()) != want {
		t.Error("a right-click in the selection dropped the multiple selection")
	}
}

func TestTimeSliderShowsTheGraphAsKnown(t *testing.T) {
	u := explorerUI(t)
	order := timeOrder(u.g.Documents)
	if len(order) != 2 {
		t.Fatalf("%d documents", len(order))
	}
	u.filters.time.SetValue(1)
	for i, n := range u.view.Scene.Nodes {
		in := false
		for _, d := range u.g.Nodes[i].Docs {
			in = in || d == order[0].ID
		}
		if n.Hidden == in {
			t.Errorf("%s hidden=%v after the first article (in it: %v)", u.g.Nodes[i].Name, n.Hidden, in)
		}
	}
	if !strings.Contains(u.filters.timeLbl.Text, "article 1 of 2") {
		t.Errorf("time label %q", u.filters.timeLbl.Text)
	}
	u.filters.time.SetValue(2)
	if len(visible(u)) != len(u.g.Nodes) {
		t.Error("the end of the slider hides entities")
	}
}

func TestFetchAskedForUsesTheHTMLReader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "<html><head><title>Bosch kauft Startup</title><script>alert(1)</script></head><body><article><h1>Bosch kauft Startup</h1>"+
			"<p>Der Technologiekonzern Bosch übernimmt das Münchner Startup Konux.</p></article></body></html>")
	}))
	defer srv.Close()
	if _, err := download(t.Context(), srv.URL+"/missing"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("a missing page: %v", err)
	}
	u := newTestUI(t)
	u.fetch(srv.URL + "/news")
	waitForDocuments(t, u, 1)
	if _, err := u.g.Find("Konux"); err != nil {
		t.Error(err)
	}
	if u.docList[0].Title != "Bosch kauft Startup" {
		t.Errorf("title %q", u.docList[0].Title)
	}
}

func TestImportFilesPicksSeveral(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.html", "c.pdf", "notes.png", ".hidden.txt", "sub/d.md", "sub/README.md"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	var got []string
	p := newFilePicker(dir, func(paths []string) { got = paths })
	var names []string
	for _, e := range p.entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "sub,a.txt,b.html,c.pdf" {
		t.Errorf("the picker offers %v", names)
	}
	if !p.ok.Disabled() {
		t.Error("Import is enabled with nothing ticked")
	}
	p.activate(p.entries[1])
	p.activate(p.entries[3])
	p.activate(p.entries[0]) // into sub/
	p.selectAll()
	p.finish()
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.pdf"), filepath.Join(dir, "sub", "d.md")}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("picked %v, want %v", got, want)
	}
}

func TestMergeDialogSuggestsAndMerges(t *testing.T) {
	u := explorerUI(t)
	keep := u.g.Nodes[nodeIndex(t, u, "Siemens")].ID
	drop := u.g.Nodes[nodeIndex(t, u, "Siemens Mobility")]
	u.askMerge(keep)
	e, ok := u.win.Canvas().Focused().(*widget.SelectEntry)
	if !ok {
		t.Fatal("the merge dialog has no focused name field")
	}
	e.SetText("Siemens Mob")
	offered := u.picker.offered
	if len(offered) == 0 || !strings.HasPrefix(offered[0], "Siemens Mobility (") {
		t.Fatalf("suggestions %v", offered)
	}
	e.SetText(offered[0])
	overlayButton(t, u, "Merge")
	if u.g.Node(drop.ID) != nil {
		t.Error("Siemens Mobility is still an entity of its own")
	}
}

func TestProjectFilesOpenOrMerge(t *testing.T) {
	if p, files := projectArg("", []string{"/x/research.kgx", "/x/a.txt"}); p != "/x/research.kgx" || len(files) != 1 {
		t.Errorf("kgx FILE.kgx a.txt: project %q, files %v", p, files)
	}
	if p, files := projectArg("/x/s.kgx", []string{"/x/other.kgx"}); p != "/x/s.kgx" || len(files) != 1 {
		t.Errorf("--store wins: project %q, files %v", p, files)
	}
	other := explorerUI(t) // a second project with articles
	src := other.store.Path()
	u := newTestUI(t)
	u.onDropped(fyne.NewPos(5, 5), []fyne.URI{storage.NewFileURI(src)})
	if u.projectAsk == nil {
		t.Fatal("a dropped project file asks nothing")
	}
	overlayButton(t, u, "Merge it into this project")
	if len(u.g.Documents) != len(other.g.Documents) || len(u.g.Nodes) == 0 {
		t.Fatalf("after the merge: %d documents of %d", len(u.g.Documents), len(other.g.Documents))
	}
	u.onDropped(fyne.NewPos(5, 5), []fyne.URI{storage.NewFileURI(src)})
	overlayButton(t, u, "Open it")
	if u.store.Path() != src {
		t.Errorf("the window shows %s after Open", u.store.Path())
	}
}

func TestWindowShowsWhatAnotherProcessAdds(t *testing.T) {
	u := newTestUI(t)
	u.checkOthers()                          // the first look
	other, err := graph.Open(u.store.Path()) // another process's connection
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	x := kg.Extraction{Doc: kg.Document{ID: "ext1", Title: "Von außen", Path: "ext.txt", Lang: "de", Text: "Siemens kauft Altair."},
		Entities: []kg.Entity{{Key: "org:siemens", Name: "Siemens", Type: kg.ORG, Mentions: 1}}}
	if _, err := other.Add(t.Context(), x); err != nil {
		t.Fatal(err)
	}
	u.checkOthers()
	if len(u.docList) != 1 || !strings.Contains(u.status.Text, "added by another kgx") {
		t.Errorf("after another process added a document: %d documents, status %q", len(u.docList), u.status.Text)
	}
}

func TestDamagedProjectOffersItsBackup(t *testing.T) {
	u := explorerUI(t)
	path := u.store.Path()
	if _, err := u.store.Backup(t.Context(), "test"); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.kgx")
	if err := u.openProject(other, true); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	os.Truncate(path, fi.Size()/3)
	u.switchTo(path, false)
	if u.projectAsk == nil {
		t.Fatal("a damaged project opens with no word about it")
	}
	overlayButton(t, u, "Open a copy of the newest backup")
	if !strings.Contains(u.store.Path(), ".restored-") || len(u.g.Documents) != 2 {
		t.Errorf("after restoring: project %s with %d documents", u.store.Path(), len(u.g.Documents))
	}
}
