package render

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

// testScene is a small graph with a directed relation, two parallel
// relations between one pair, a co-occurrence link and a literal-free hub.
func testScene(p Palette) *Scene {
	s := &Scene{Palette: p, Selected: -1, SelectedEdge: -1, HoverEdge: -1, ShowLegend: true}
	names := []string{"Siemens", "München", "Roland Busch", "Übernahme & Co <AG>", "Altair"}
	types := []string{"ORG", "LOC", "PER", "ORG", "ORG"}
	pos := [][2]float64{{0, 0}, {260, -40}, {-40, 220}, {300, 230}, {-260, 40}}
	for i, n := range names {
		s.Nodes = append(s.Nodes, Node{X: pos[i][0], Y: pos[i][1], R: 12 - float64(i), Fill: TypeColor(types[i]), Type: types[i], Label: n, Rank: float64(10 - i)})
	}
	s.Edges = []Edge{
		{A: 0, B: 1, Predicate: "based_in", Label: "mit Sitz in"},
		{A: 2, B: 0, Predicate: "ceo_of", Label: "Vorstandschef"},
		{A: 0, B: 4, Predicate: "acquires", Label: "übernimmt"},
		{A: 4, B: 0, Predicate: "partner_of", Label: "kooperiert"},
		{A: 3, B: 1, Predicate: "related_to", Weak: true},
	}
	s.SpreadParallel()
	s.Legend = TypeLegend(s, "degree", true)
	return s
}

func mustRenderer(tb testing.TB) *Renderer {
	tb.Helper()
	rr, err := NewRenderer()
	if err != nil {
		tb.Fatal(err)
	}
	return rr
}

func render(tb testing.TB, rr *Renderer, s *Scene, v View, w, h int) *image.RGBA {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	rr.Render(img, s, v, 1)
	return img
}

// golden compares img with testdata/name.png, tolerating small
// differences (anti-aliasing, font rasterizer versions): at most 0.5 % of
// the pixels may differ by more than 48 in a channel.
func golden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test ./graph/render -update to write it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("%s: size %v, golden %v", name, img.Bounds(), want.Bounds())
	}
	bad := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := want.At(x, y).RGBA()
			if absDiff(r1, r2) > 48<<8 || absDiff(g1, g2) > 48<<8 || absDiff(b1, b2) > 48<<8 {
				bad++
			}
		}
	}
	if limit := b.Dx() * b.Dy() / 200; bad > limit {
		os.WriteFile(filepath.Join(t.TempDir(), name+".png"), encode(t, img), 0o644)
		t.Errorf("%s: %d pixels differ from the golden image (at most %d may)", name, bad, limit)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func encode(tb testing.TB, img image.Image) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestGoldenImages(t *testing.T) {
	rr := mustRenderer(t)
	for _, tc := range []struct {
		name string
		pal  Palette
		sel  int
		zoom float64
	}{
		{"light", Light(), -1, 1},
		{"dark", Dark(), -1, 1},
		{"selected", Light(), 0, 1},
		{"zoomed", Light(), -1, 2.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := testScene(tc.pal)
			s.Selected = tc.sel
			v := s.Fit(720, 480)
			if tc.zoom != 1 {
				v = View{Zoom: v.Zoom * tc.zoom, OffX: 360 - (360-v.OffX)*tc.zoom, OffY: 240 - (240-v.OffY)*tc.zoom}
			}
			golden(t, tc.name, render(t, rr, s, v, 720, 480))
		})
	}
	// a dense scene: labels by importance on the grid, at three zooms and after a pan
	s := crowd(300)
	s.Legend, s.ShowLegend = TypeLegend(s, "degree", false), true
	for i := 0; i < 300; i += 3 {
		s.Edges = append(s.Edges, Edge{A: i, B: (i*7 + 11) % 300, Predicate: "partner_of"})
	}
	s.SpreadParallel()
	v := s.Fit(720, 480)
	at := func(z, dx float64) View {
		return View{Zoom: v.Zoom * z, OffX: 360 - (360-v.OffX)*z + dx, OffY: 240 - (240-v.OffY)*z}
	}
	for _, tc := range []struct {
		name  string
		z, dx float64
	}{{"crowd", 1, 0}, {"crowd-out", 0.5, 0}, {"crowd-in", 3, 0}, {"crowd-panned", 1, 300}} {
		t.Run(tc.name, func(t *testing.T) { golden(t, tc.name, render(t, rr, s, at(tc.z, tc.dx), 720, 480)) })
	}
}

func TestArrowsAndEdgeLabels(t *testing.T) {
	rr := mustRenderer(t)
	s := testScene(Light())
	f := rr.plan(s, s.Fit(720, 480), 720, 480, 1)
	if len(f.Graph.tris) != 4 {
		t.Errorf("%d arrowheads, want one per relation (4), none on the co-occurrence link", len(f.Graph.tris))
	}
	var dashed int
	for _, l := range f.Graph.lines {
		if l.Dash {
			dashed++
		}
	}
	if dashed != 1 {
		t.Errorf("%d dashed lines, want the co-occurrence link alone", dashed)
	}
	texts := map[string]textOp{}
	for _, tx := range f.Graph.texts {
		texts[tx.Text] = tx
	}
	for _, p := range []string{"based_in", "ceo_of", "acquires", "partner_of"} {
		if _, ok := texts[p]; !ok {
			t.Errorf("relation %s has no label along its edge; labels: %v", p, keys(texts))
		}
	}
	if _, ok := texts["related_to"]; ok {
		t.Error("the co-occurrence link is labelled")
	}
	// the label runs along the edge: same angle as the line from Siemens to Roland Busch
	tx := texts["ceo_of"]
	want := math.Atan2(s.Nodes[0].Y-s.Nodes[2].Y, s.Nodes[0].X-s.Nodes[2].X)
	if want > math.Pi/2 {
		want -= math.Pi
	} else if want <= -math.Pi/2 {
		want += math.Pi
	}
	if math.Abs(tx.Angle-want) > 0.05 {
		t.Errorf("ceo_of label at %.2f rad, edge at %.2f", tx.Angle, want)
	}
}

func keys(m map[string]textOp) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestParallelEdgesApart(t *testing.T) {
	rr := mustRenderer(t)
	s := testScene(Light())
	v := s.Fit(720, 480)
	rr.plan(s, v, 720, 480, 1)
	var mids [][2]float64
	for _, e := range s.Edges[2:4] {
		g := rr.sc.geometry(s, &e, 720, 480, 1)
		x, y := g.point(0.5)
		mids = append(mids, [2]float64{x, y})
	}
	if d := math.Hypot(mids[0][0]-mids[1][0], mids[0][1]-mids[1][1]); d < 12 {
		t.Errorf("the two relations between Siemens and Altair are %.1f px apart at their middles", d)
	}
}

func TestLegend(t *testing.T) {
	rr := mustRenderer(t)
	s := testScene(Light())
	s.HiddenNodes = 7
	f := rr.plan(s, s.Fit(720, 480), 720, 480, 1)
	var all []string
	for _, tx := range f.Overlay.texts {
		all = append(all, tx.Text)
	}
	joined := strings.Join(all, "|")
	for _, want := range []string{"Organisation", "Place", "Person", "size: number of relations", "relation", "co-occurrence", "7 nodes hidden"} {
		if !strings.Contains(joined, want) {
			t.Errorf("legend lacks %q: %s", want, joined)
		}
	}
	if strings.Contains(joined, "Product") {
		t.Error("legend lists a type the graph does not have")
	}
	s.ShowLegend = false
	if f := rr.plan(s, s.Fit(720, 480), 720, 480, 1); len(f.Overlay.texts) != 0 {
		t.Error("legend drawn though switched off")
	}
}

// crowd is a dense random scene where labels must compete for room.
func crowd(n int) *Scene {
	s := &Scene{Palette: Light(), Selected: -1, SelectedEdge: -1, HoverEdge: -1}
	seed := uint32(7)
	rnd := func() float64 { seed = seed*1664525 + 1013904223; return float64(seed>>8) / (1 << 24) }
	for i := 0; i < n; i++ {
		s.Nodes = append(s.Nodes, Node{X: rnd() * 1000, Y: rnd() * 700, R: 6, Fill: TypeColor("PER"), Type: "PER",
			Label: strings.Repeat("x", 4+i%9), Rank: rnd()})
	}
	return s
}

func labelBoxes(f *frame) []rect {
	var out []rect
	for _, t := range f.Graph.texts {
		out = append(out, rotatedBox(t.X, t.Y, t.W+4, t.H, t.Angle))
	}
	return out
}

func TestLabelsNeverOverlapNorDetach(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(400)
	v := s.Fit(800, 600)
	for _, pan := range []float64{0, 350, -420} { // after panning too
		v.OffX += pan
		f := rr.plan(s, v, 800, 600, 1)
		boxes := labelBoxes(f)
		if len(boxes) < 20 {
			t.Fatalf("only %d labels", len(boxes))
		}
		for i := range boxes {
			for j := i + 1; j < len(boxes); j++ {
				a, b := boxes[i], boxes[j]
				if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
					t.Fatalf("labels %q and %q overlap", f.Graph.texts[i].Text, f.Graph.texts[j].Text)
				}
			}
			if !boxes[i].inside(800, 600) {
				t.Errorf("label %q reaches outside the view", f.Graph.texts[i].Text)
			}
		}
		// every label sits centred right below a node that has that name
		for _, tx := range f.Graph.texts {
			attached := false
			for k, n := range s.Nodes {
				if n.Label == tx.Text && math.Abs(rr.sc.x[k]-tx.X) < 0.5 && tx.Y > rr.sc.y[k] && tx.Y-rr.sc.y[k] < rr.sc.r[k]+tx.H+3 {
					attached = true
					break
				}
			}
			if !attached {
				t.Fatalf("label %q at (%.0f, %.0f) is not under its node (pan %g)", tx.Text, tx.X, tx.Y, pan)
			}
		}
	}
}

func TestHubsAndSelectionAreNamedFirst(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(600)
	s.Nodes[5].Rank, s.Nodes[9].Rank = 10, 9 // hubs
	s.Selected = 77
	s.Edges = []Edge{{A: 77, B: 300, Predicate: "partner_of"}}
	f := rr.plan(s, s.Fit(800, 600), 800, 600, 1)
	named := map[string]int{}
	for _, tx := range f.Graph.texts {
		named[tx.Text]++
	}
	for _, i := range []int{5, 9, 77, 300} {
		if named[s.Nodes[i].Label] == 0 {
			t.Errorf("node %d (%s) is not labelled", i, s.Nodes[i].Label)
		}
	}
	// the first labels placed are the selection, its neighbour, then the hubs
	if f.Graph.texts[0].X != rr.sc.x[77] || f.Graph.texts[1].X != rr.sc.x[300] || f.Graph.texts[2].X != rr.sc.x[5] {
		t.Error("labels are not placed in order of importance")
	}
}

func TestSemanticZoom(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(400)
	v := s.Fit(800, 600)
	count := func(z float64) int {
		vv := View{Zoom: v.Zoom * z, OffX: 400 - (400-v.OffX)*z, OffY: 300 - (300-v.OffY)*z}
		return len(rr.plan(s, vv, 800, 600, 1).Graph.texts)
	}
	if ScreenRadius(6, 4) != ScreenRadius(6, 1) {
		t.Error("nodes grow when zooming in")
	}
	if ScreenRadius(6, 0.25) >= ScreenRadius(6, 1) {
		t.Error("nodes do not shrink when zooming out")
	}
	out, in := count(0.5), count(3)
	if in <= out {
		t.Errorf("zooming in shows %d labels, zoomed out %d: want more when zoomed in", in, out)
	}
}

func TestDarkIsReadable(t *testing.T) {
	rr := mustRenderer(t)
	for _, p := range []Palette{Light(), Dark()} {
		s := testScene(p)
		img := render(t, rr, s, s.Fit(720, 480), 720, 480)
		bg := img.RGBAAt(700, 10)
		if bg != p.Background {
			t.Errorf("background %v, want %v", bg, p.Background)
		}
		if contrast(p.Text, p.Background) < 7 || contrast(p.Edge, p.Background) < 3 {
			t.Errorf("palette (dark %v): text or edges lack contrast", p.Dark)
		}
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.RGBA) float64 {
	lum := func(c color.RGBA) float64 {
		ch := func(v uint8) float64 {
			x := float64(v) / 255
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
	}
	la, lb := lum(a), lum(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func TestWritePNG(t *testing.T) {
	rr := mustRenderer(t)
	var buf bytes.Buffer
	s := testScene(Light())
	s.Selected = 0
	if err := rr.WritePNG(&buf, s, 800, 600, 2); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 600 {
		t.Fatalf("size %v", b)
	}
	var accent int
	for y := 0; y < 600; y++ {
		for x := 0; x < 800; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 == 0x25 && g>>8 == 0x63 && b>>8 == 0xeb {
				accent++
			}
		}
	}
	if accent > 0 {
		t.Errorf("the selection (%d accent pixels) is exported", accent)
	}
	if err := rr.WritePNG(&buf, s, 0, 10, 1); err == nil {
		t.Error("a zero-size image must fail")
	}
}

func TestTransparentPNG(t *testing.T) {
	rr := mustRenderer(t)
	var buf bytes.Buffer
	if err := rr.WritePNG(&buf, testScene(Transparent()), 400, 300, 1); err != nil {
		t.Fatal(err)
	}
	img, _ := png.Decode(&buf)
	if _, _, _, a := img.At(398, 2).RGBA(); a != 0 {
		t.Errorf("corner alpha %d, want transparent", a)
	}
}

func TestWriteSVG(t *testing.T) {
	rr := mustRenderer(t)
	var buf bytes.Buffer
	s := testScene(Light())
	s.Title = "ZTE & friends"
	if err := rr.WriteSVG(&buf, s, 800, 600); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"<svg", "<path d=\"M", " Q", "stroke-dasharray", "<circle", ">Roland Busch</text>",
		"Übernahme &amp; Co &lt;AG&gt;", ">ceo_of</text>", "rotate(", ">Organisation</text>", ">ZTE &amp; friends</text>"} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %q", want)
		}
	}
	// five edges and the legend's two sample lines, each one path
	if n := strings.Count(svg, " L") + strings.Count(svg, " Q"); n != 7 {
		t.Errorf("%d line paths, want each of the 5 edges once and 2 in the legend", n)
	}
}

func TestWritePDF(t *testing.T) {
	rr := mustRenderer(t)
	var buf bytes.Buffer
	if err := rr.WritePDF(&buf, testScene(Dark()), 800, 600); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || buf.Len() < 2000 {
		t.Errorf("not a PDF (%d bytes)", buf.Len())
	}
}

func TestPick(t *testing.T) {
	s := testScene(Light())
	v := s.Fit(800, 600)
	for i, n := range s.Nodes {
		x, y := v.ToScreen(n.X, n.Y)
		if got := s.NodeAt(v, x+1, y-1); got != i {
			t.Errorf("NodeAt(node %d) = %d", i, got)
		}
	}
	if got := s.NodeAt(v, 1, 1); got != -1 {
		t.Errorf("background hit node %d", got)
	}
	// the middle of each bent relation picks that relation, not its twin
	var rr Renderer
	rr.sc.build(s, v, 800, 600, 1)
	for _, i := range []int{2, 3} {
		g := rr.sc.geometry(s, &s.Edges[i], 800, 600, 1)
		x, y := g.point(0.5)
		if got := s.EdgeAt(v, x, y, 4); got != i {
			t.Errorf("EdgeAt(middle of edge %d) = %d", i, got)
		}
	}
	if got := s.EdgeAt(v, 2, 598, 4); got != -1 {
		t.Errorf("empty corner picks edge %d", got)
	}
}

func TestLabelsKeepOutOfTheLegend(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(600)
	s.ShowLegend, s.Title = true, "A title"
	s.Legend = TypeLegend(s, "degree", true)
	f := rr.plan(s, s.Fit(800, 600), 800, 600, 1)
	lg := f.Overlay.rects[0]
	for _, b := range labelBoxes(f) {
		if b.x0 < lg.X1 && lg.X0 < b.x1 && b.y0 < lg.Y1 && lg.Y0 < b.y1 {
			t.Fatalf("a label at %v lies under the legend", b)
		}
		if b.y0 < 30 && b.x0 < 100 {
			t.Fatalf("a label at %v lies under the title", b)
		}
	}
}

// corners returns the four corners of a turned box.
func corners(t turned) [4][2]float64 {
	var out [4][2]float64
	for k, s := range [4][2]float64{{-1, -1}, {1, -1}, {1, 1}, {-1, 1}} {
		u, v := s[0]*t.hw, s[1]*t.hh
		out[k] = [2]float64{t.cx + u*t.cos - v*t.sin, t.cy + u*t.sin + v*t.cos}
	}
	return out
}

// overlap tests two turned boxes with the separating axis theorem.
func overlap(a, b turned) bool {
	ca, cb := corners(a), corners(b)
	for _, ax := range [4][2]float64{{a.cos, a.sin}, {-a.sin, a.cos}, {b.cos, b.sin}, {-b.sin, b.cos}} {
		lo1, hi1, lo2, hi2 := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
		for k := 0; k < 4; k++ {
			p := ca[k][0]*ax[0] + ca[k][1]*ax[1]
			q := cb[k][0]*ax[0] + cb[k][1]*ax[1]
			lo1, hi1 = math.Min(lo1, p), math.Max(hi1, p)
			lo2, hi2 = math.Min(lo2, q), math.Max(hi2, q)
		}
		if hi1 <= lo2 || hi2 <= lo1 {
			return false
		}
	}
	return true
}

func TestEdgeLabelsNeverOverlap(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(120)
	for i := 0; i < 300; i++ {
		s.Edges = append(s.Edges, Edge{A: (i * 7) % 120, B: (i*13 + 5) % 120, Predicate: []string{"acquires", "ceo_of", "based_in", "supplier_of"}[i%4]})
	}
	s.SpreadParallel()
	v := s.Fit(900, 700)
	v = View{Zoom: v.Zoom * 2, OffX: 450 - (450-v.OffX)*2, OffY: 350 - (350-v.OffY)*2}
	f := rr.plan(s, v, 900, 700, 1)
	var boxes []turned
	edgeLabels := 0
	for _, tx := range f.Graph.texts {
		boxes = append(boxes, newTurned(tx.X, tx.Y, tx.W+4, tx.H, tx.Angle))
		if tx.Angle != 0 {
			edgeLabels++
		}
	}
	if edgeLabels < 10 {
		t.Fatalf("only %d edge labels", edgeLabels)
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			if overlap(boxes[i], boxes[j]) {
				t.Fatalf("labels %q and %q overlap", f.Graph.texts[i].Text, f.Graph.texts[j].Text)
			}
		}
	}
}

// Fitting the whole graph leaves the legend's corner free.
func TestFitBesideTheLegend(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(200)
	s.ShowLegend, s.Legend = true, TypeLegend(s, "degree", false)
	v := rr.Fit(s, 800, 600)
	f := rr.plan(s, v, 800, 600, 1)
	lg := f.Overlay.rects[0]
	for i := range s.Nodes {
		x, y := rr.sc.x[i], rr.sc.y[i]
		if x > lg.X0 && x < lg.X1 && y > lg.Y0 && y < lg.Y1 {
			t.Fatalf("node %d at (%.0f, %.0f) lies under the legend", i, x, y)
		}
	}
}

// Dragging one node does not make the labels of nodes far from it come
// and go.
func TestLabelsStayWhenANodeIsDragged(t *testing.T) {
	rr := mustRenderer(t)
	s := crowd(120)
	v := s.Fit(900, 700)
	names := func() map[int]bool {
		f := rr.plan(s, v, 900, 700, 1)
		out := map[int]bool{}
		for _, tx := range f.Graph.texts {
			for i := range s.Nodes {
				if math.Abs(rr.sc.x[i]-tx.X) < 0.5 && s.Nodes[i].Label == tx.Text {
					out[i] = true
				}
			}
		}
		return out
	}
	before := names()
	s.Nodes[0].X += 40 // the drag
	after := names()
	x0, y0 := v.ToScreen(s.Nodes[0].X, s.Nodes[0].Y)
	for i := range before {
		if i == 0 {
			continue
		}
		x, y := v.ToScreen(s.Nodes[i].X, s.Nodes[i].Y)
		if math.Hypot(x-x0, y-y0) > 150 && !after[i] {
			t.Errorf("node %d, far from the dragged one, lost its label", i)
		}
	}
}
