package window

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/kgx/kgx/app/ingest"
	"github.com/kgx/kgx/graph"
)

func newTestUI(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	st, err := graph.Open(filepath.Join(t.TempDir(), "gui.kgx"))
	if err != nil {
		t.Fatal(err)
	}
	u, err := newUI(a, st)
	if err != nil {
		t.Fatal(err)
	}
	q := &mainQueue{}
	u.do = q.do
	queues.Store(u, q)
	t.Cleanup(func() { u.stop(t.Context()); st.Close() })
	u.win.Resize(fyne.NewSize(1100, 700))
	u.reload(true)
	return u
}

// mainQueue stands in for the main goroutine in tests: Fyne's test driver
// runs fyne.Do's function at once on the calling goroutine, which would
// let background work (layout frames, import progress) touch the window
// beside the test; queued, it runs when the test pumps, on the test's
// goroutine, as it would on the main one.
type mainQueue struct {
	mu sync.Mutex
	fs []func()
}

func (q *mainQueue) do(f func()) {
	q.mu.Lock()
	q.fs = append(q.fs, f)
	q.mu.Unlock()
}

// pump runs what was queued so far.
func (q *mainQueue) pump() {
	q.mu.Lock()
	fs := q.fs
	q.fs = nil
	q.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

var queues sync.Map // *UI → *mainQueue

// pump runs the window's queued main-goroutine work.
func pump(u *UI) {
	if q, ok := queues.Load(u); ok {
		q.(*mainQueue).pump()
	}
}

// pumpUntil runs the queued work until cond holds, or fails after d.
func pumpUntil(t *testing.T, u *UI, d time.Duration, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(d); ; {
		pump(u)
		if cond() {
			return
		}
		if time.Now().After(end) {
			t.Fatal("the window did not get there in time")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// importAndWait imports through the same path as a drop on the window.
func importAndWait(t *testing.T, u *UI, paths ...string) []ingest.FileResult {
	t.Helper()
	var res []ingest.FileResult
	done := false
	u.importPaths(paths, func(r []ingest.FileResult) { res, done = r, true })
	pumpUntil(t, u, 60*time.Second, func() bool { return done })
	return res
}

func TestDropImportAndNodeDetails(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "lenovo.txt")
	os.WriteFile(good, []byte("Lenovo baut Werk in Ungarn\n\nDer chinesische Computerhersteller Lenovo hat ein Werk in Ungarn eröffnet.\nYang Yuanqing, CEO von Lenovo, sprach von einem wichtigen Schritt."), 0o644)
	bad := filepath.Join(dir, "broken.docx")
	os.WriteFile(bad, []byte("no zip"), 0o644)

	res := importAndWait(t, u, good, bad)
	if len(res) != 2 || res[0].Err != nil || res[1].Err == nil {
		t.Fatalf("results: %+v", res)
	}
	if !strings.Contains(u.status.Text, "1 not imported") {
		t.Errorf("status %q does not report the failed file", u.status.Text)
	}
	if len(u.docList) != 1 || u.docs.Length() != 1 {
		t.Errorf("documents list has %d entries", u.docs.Length())
	}
	u.docs.Select(0)
	if text := u.details.Text(); !strings.Contains(text, "Lenovo baut Werk in Ungarn") || !strings.Contains(text, "Yang Yuanqing (PER)") {
		t.Errorf("document details:\n%s", text)
	}
	u.stopLayout()
	n, err := u.g.Find("Yang Yuanqing")
	if err != nil {
		t.Fatal(err)
	}
	i := u.g.NodeIndex(n.ID)
	test.TapAt(u.view, u.view.NodePosition(i))
	if u.view.Scene.Selected != i {
		t.Fatalf("tap selected node %d, want %d", u.view.Scene.Selected, i)
	}
	text := u.details.Text()
	for _, want := range []string{"Yang Yuanqing", "Type: PER", "Yang Yuanqing — ceo_of → Lenovo",
		"Yang Yuanqing, CEO von Lenovo, sprach von einem wichtigen Schritt.", "— Lenovo baut Werk in Ungarn"} {
		if !strings.Contains(text, want) {
			t.Errorf("details lack %q:\n%s", want, text)
		}
	}
}

func TestPanZoomAndDragNode(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("Siemens-Chef Roland Busch besuchte das Werk in Berlin.\nDer Konzern Siemens kooperiert mit Nvidia."), 0o644)
	importAndWait(t, u, p)
	u.stopLayout()
	v := u.view
	drag := func(from fyne.Position, dx, dy float32) { // what the driver sends: one Dragged, then DragEnd
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from.Add(fyne.NewPos(dx, dy))}, Dragged: fyne.NewDelta(dx, dy)})
		v.DragEnd()
	}
	// pan: drag on empty background
	before := v.View
	drag(fyne.NewPos(2, 2), 30, 20)
	if v.View.OffX != before.OffX+30 || v.View.OffY != before.OffY+20 {
		t.Errorf("pan moved the view to %+v from %+v", v.View, before)
	}
	// zoom at the pointer keeps the world point under it
	pt := fyne.NewPos(300, 200)
	wx, wy := v.View.ToWorld(300, 200)
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pt}, Scrolled: fyne.Delta{DY: 120}})
	if v.View.Zoom <= before.Zoom {
		t.Error("wheel up did not zoom in")
	}
	if x, y := v.View.ToScreen(wx, wy); abs(x-300) > 0.01 || abs(y-200) > 0.01 {
		t.Errorf("zoom moved the point under the pointer to %.2f,%.2f", x, y)
	}
	// drag a node: it stays where it is put, also after a reload
	i := 0
	start := v.NodePosition(i)
	drag(start.Add(fyne.NewPos(1, 1)), 40, -25)
	moved := v.NodePosition(i)
	if abs(float64(moved.X-start.X-40)) > 0.5 || abs(float64(moved.Y-start.Y+25)) > 0.5 {
		t.Fatalf("node moved from %v to %v", start, moved)
	}
	want := v.Scene.Nodes[i]
	u.reload(false)
	u.stopLayout()
	got := v.Scene.Nodes[i]
	if abs(got.X-want.X) > 0.01 || abs(got.Y-want.Y) > 0.01 {
		t.Errorf("node position after reload %.1f,%.1f, want %.1f,%.1f", got.X, got.Y, want.X, want.Y)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestExportImage(t *testing.T) {
	u := newTestUI(t)
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("Siemens-Chef Roland Busch besuchte das Werk in Berlin."), 0o644)
	importAndWait(t, u, p)
	u.stopLayout()
	for _, name := range []string{"view.png", "view.svg"} {
		out := filepath.Join(t.TempDir(), name)
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		if err := u.exportView(f, out); err != nil {
			t.Fatal(err)
		}
		f.Close()
		b, _ := os.ReadFile(out)
		switch filepath.Ext(name) {
		case ".png":
			if !bytes.HasPrefix(b, []byte("\x89PNG")) {
				t.Error("not a PNG")
			}
		case ".svg":
			if !bytes.Contains(b, []byte("Roland Busch")) {
				t.Error("SVG lacks the labels")
			}
		}
	}
}

func TestCancelImport(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	var paths []string
	for i := 0; i < 40; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		os.WriteFile(p, []byte(fmt.Sprintf("Der Konzern Beispiel%d AG übernimmt die Firma Muster%d GmbH in Berlin.", i, i)), 0o644)
		paths = append(paths, p)
	}
	var res []ingest.FileResult
	finished := false
	u.importPaths(paths, func(r []ingest.FileResult) { res, finished = r, true })
	u.cancelImports()
	pumpUntil(t, u, 60*time.Second, func() bool { return finished })
	imported := 0
	for _, r := range res {
		if r.Err == nil {
			imported++
		}
	}
	if imported == len(paths) {
		t.Skip("the import finished before the cancel arrived")
	}
	if !strings.Contains(u.status.Text, "cancelled") {
		t.Errorf("status %q", u.status.Text)
	}
	if got := len(u.docList); got != imported {
		t.Errorf("%d documents in the project, %d imported", got, imported)
	}
}

func TestOnDroppedImportsFiles(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "drop.txt")
	os.WriteFile(p, []byte("Die Deutsche Bahn bestellt neue Züge bei Siemens Mobility in Krefeld."), 0o644)
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(p), storage.NewFileURI("https://example.com/a")})
	pumpUntil(t, u, 20*time.Second, func() bool { return len(u.docList) > 0 })
	if len(u.docList) != 1 {
		t.Fatalf("%d documents after the drop", len(u.docList))
	}
	if _, err := u.g.Find("Siemens Mobility"); err != nil {
		t.Error(err)
	}
}

func TestWindowFitsTheScreen(t *testing.T) {
	want := fyne.NewSize(1280, 800)
	if got := fitSize(want, 1600, 1000, 2); got.Width*2 > 1600 || got.Height*2 > 1000 {
		t.Errorf("at scale 2 on 1600×1000 the window is %v logical, %v×%v pixels", got, got.Width*2, got.Height*2)
	}
	if got := fitSize(want, 3840, 2160, 1); got != want {
		t.Errorf("a big screen shrinks the window to %v", got)
	}
	u := newTestUI(t)
	if min := u.win.Content().MinSize(); min.Width > 1600/2*0.92 || min.Height > 1000/2*0.88 {
		t.Errorf("the window cannot be smaller than %v: too big for a 1600×1000 screen at scale 2", min)
	}
}
