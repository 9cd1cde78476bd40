package window

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/kgx/kgx/graph/render"
)

// siemensAltair is an article we wrote: a takeover, a chief, a partner.
const siemensAltair = "Siemens übernimmt Altair\n\nDer Münchner Konzern Siemens übernimmt den US-Softwarehersteller Altair.\n" +
	"Siemens-Chef Roland Busch sprach von einem wichtigen Schritt.\nSiemens kooperiert mit Nvidia."

// canvasUI is a window with a small imported project and the layout stopped.
func canvasUI(t *testing.T) *UI { return projectUI(t, siemensAltair) }

// projectUI is a window on a project of the given articles (one file
// each, imported as a folder), the layout stopped.
func projectUI(t *testing.T, articles ...string) *UI {
	t.Helper()
	u := newTestUI(t)
	dir := t.TempDir()
	for i, a := range articles {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(a), 0o644)
	}
	importAndWait(t, u, dir)
	u.stopLayout()
	return u
}

func edgeNamed(t *testing.T, u *UI, pred string) int {
	t.Helper()
	for i, e := range u.view.Scene.Edges {
		if e.Predicate == pred {
			return i
		}
	}
	t.Fatalf("no %s edge in %+v", pred, u.view.Scene.Edges)
	return -1
}

func TestHoverAndTapRelation(t *testing.T) {
	u := canvasUI(t)
	i := edgeNamed(t, u, "ceo_of")
	e := u.view.Scene.Edges[i]
	if e.Bend != 0 {
		t.Skip("the ceo_of edge is bent; its chord middle is off the line")
	}
	mid := u.view.EdgePosition(i)
	u.view.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: mid}})
	if u.view.Scene.HoverEdge != i {
		t.Fatalf("hovering the middle of the ceo_of edge highlights edge %d, want %d", u.view.Scene.HoverEdge, i)
	}
	if u.view.Cursor() != desktop.PointerCursor {
		t.Error("no pointer cursor over a relation")
	}
	test.TapAt(u.view, mid)
	if u.view.Scene.SelectedEdge != i || u.view.Scene.Selected != -1 {
		t.Errorf("tap selected edge %d node %d", u.view.Scene.SelectedEdge, u.view.Scene.Selected)
	}
	text := u.details.Text()
	for _, want := range []string{"Relation", "Roland Busch — ceo_of → Siemens", "Siemens-Chef Roland Busch sprach von einem wichtigen Schritt."} {
		if !strings.Contains(text, want) {
			t.Errorf("details lack %q:\n%s", want, text)
		}
	}
	u.view.MouseOut()
	if u.view.Scene.HoverEdge != -1 {
		t.Error("the hover stays after the pointer left")
	}
}

func TestViewOptions(t *testing.T) {
	u := canvasUI(t)
	if !u.view.Scene.ShowLegend {
		t.Error("the legend is off by default")
	}
	u.bar.legend.SetChecked(false)
	if u.view.Scene.ShowLegend {
		t.Error("unticking Legend leaves it on")
	}
	for _, e := range u.view.Scene.Edges {
		if e.Weak {
			t.Fatal("co-occurrence links are shown by default")
		}
	}
	u.bar.related.SetChecked(true)
	weak := 0
	for _, e := range u.view.Scene.Edges {
		if e.Weak {
			weak++
		}
	}
	if weak == 0 {
		t.Error("ticking Co-occurrence shows no link")
	}
	u.bar.related.SetChecked(false)
	u.bar.minDeg.SetSelected("≥ 2 relations")
	if u.view.Scene.HiddenNodes == 0 || !strings.Contains(u.counts.Text, "hidden") {
		t.Errorf("a degree threshold hides %d nodes; status %q", u.view.Scene.HiddenNodes, u.counts.Text)
	}
	u.bar.minDeg.SetSelected(minDegrees()[0])
	u.bar.colour.SetSelected(colourGroup)
	if len(u.view.Scene.Legend.Colors) == 0 || !strings.HasPrefix(u.view.Scene.Legend.Colors[0].Text, "group of") {
		t.Errorf("colour by group: legend %+v", u.view.Scene.Legend.Colors)
	}
	u.bar.size.SetSelected(sizePageRank)
	if u.view.Scene.Legend.Size != "size: PageRank" {
		t.Errorf("size by PageRank: legend says %q", u.view.Scene.Legend.Size)
	}
}

func TestArrangeSelectionAndPause(t *testing.T) {
	u := canvasUI(t)
	n, err := u.g.Find("Siemens")
	if err != nil {
		t.Fatal(err)
	}
	u.bar.arrange.SetSelected(arrangeCircle)
	if !strings.Contains(u.status.Text, "Select a node") {
		t.Errorf("circle without a selection: status %q", u.status.Text)
	}
	i := u.g.NodeIndex(n.ID)
	test.TapAt(u.view, u.view.NodePosition(i))
	u.bar.arrange.SetSelected(arrangeCircle)
	sel := u.selection()
	if len(sel) < 3 {
		t.Fatalf("selection %v", sel)
	}
	cx, cy := 0.0, 0.0
	for _, k := range sel {
		cx += u.view.Scene.Nodes[k].X / float64(len(sel))
		cy += u.view.Scene.Nodes[k].Y / float64(len(sel))
	}
	r0 := dist(u.view.Scene.Nodes[sel[0]], cx, cy)
	for _, k := range sel {
		if d := dist(u.view.Scene.Nodes[k], cx, cy); abs(d-r0) > 0.5 {
			t.Errorf("node %d at %.1f from the centre, want %.1f", k, d, r0)
		}
	}
	u.bar.arrange.SetSelected(arrangeForce)
	if u.layoutCancel == nil && !u.lay.Settled() {
		t.Error("the force layout did not start again")
	}
	u.onPauseLayout()
	if u.layoutCancel != nil || !u.paused || u.bar.pause.Text != "Resume layout" {
		t.Error("pause left the layout running")
	}
	u.onPauseLayout()
	if u.paused || u.bar.pause.Text != "Pause layout" {
		t.Error("resume did not resume")
	}
}

func dist(n render.Node, x, y float64) float64 { return math.Hypot(n.X-x, n.Y-y) }

func TestExportSettings(t *testing.T) {
	u := canvasUI(t)
	u.view.ZoomAt(fyne.NewPos(100, 100), 6) // the view shows a corner only
	write := func(set exportSettings) []byte {
		var buf bytes.Buffer
		if err := u.exportImage(&buf, set); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	set := defaultExport()
	set.Format = "svg"
	view := string(write(set))
	set.WholeGraph = true
	whole := string(write(set))
	if strings.Count(whole, "<circle") <= strings.Count(view, "<circle") {
		t.Error("the whole graph shows no more nodes than the zoomed view")
	}
	set.Title, set.Legend = "Siemens deal", false
	titled := string(write(set))
	if !strings.Contains(titled, ">Siemens deal</text>") || strings.Contains(titled, ">Organisation</text>") {
		t.Error("title missing or legend drawn though off")
	}
	set = defaultExport()
	set.Background, set.Scale, set.WholeGraph = "transparent", 1, true
	img, err := png.Decode(bytes.NewReader(write(set)))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, a := img.At(img.Bounds().Dx()-2, 2).RGBA(); a != 0 {
		t.Error("transparent background is not transparent")
	}
	set.Format = "pdf"
	if b := write(set); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Error("no PDF")
	}
}

func TestThemePalette(t *testing.T) {
	test.NewTempApp(t)
	p := ThemePalette()
	if p.Background.A == 0 || p.Text == p.Background {
		t.Errorf("palette %+v", p)
	}
}
