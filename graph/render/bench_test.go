package render

import (
	"context"
	"image"
	"io"
	"sync"
	"testing"

	"github.com/kgx/kgx/graph/layout"
)

var (
	bigOnce  sync.Once
	bigScene *Scene
)

// big10k is a seeded scale-free graph of 10,000 nodes and about 50,000
// relations, laid out by ForceAtlas2 until it settles: the speed targets'
// reference picture.
func big10k() *Scene {
	bigOnce.Do(func() {
		n := 10000
		edges := layout.ScaleFree(n, 5, 1)
		l := layout.New(n, edges, nil, nil, nil)
		l.Run(context.Background(), 400, nil)
		s := &Scene{Palette: Light(), Selected: -1, SelectedEdge: -1, HoverEdge: -1, ShowLegend: true}
		deg := make([]int, n)
		for _, e := range edges {
			deg[e[0]]++
			deg[e[1]]++
		}
		types := []string{"PER", "ORG", "LOC", "PRODUCT"}
		preds := []string{"acquires", "ceo_of", "based_in", "partner_of", "supplier_of"}
		for i := 0; i < n; i++ {
			s.Nodes = append(s.Nodes, Node{X: l.X[i], Y: l.Y[i], R: layout.NodeRadius(float64(deg[i])), Fill: TypeColor(types[i%4]),
				Type: types[i%4], Label: "Entity " + itoa(i), Rank: float64(deg[i])})
		}
		for k, e := range edges {
			s.Edges = append(s.Edges, Edge{A: e[0], B: e[1], Predicate: preds[k%5]})
		}
		s.SpreadParallel()
		s.Legend = TypeLegend(s, "degree", false)
		bigScene = s
	})
	return bigScene
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// BenchmarkRender10k draws the 10k/50k graph into a 1600×1000 frame:
// "full" with labels, arrows and edge labels (target ≤ 100 ms), "moving"
// while the person pans or zooms (target ≤ 16 ms).
func BenchmarkRender10k(b *testing.B) {
	s := big10k()
	rr, _ := NewRenderer()
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	v := s.Fit(1600, 1000)
	b.Run("full", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			rr.Render(img, s, v, 1)
		}
	})
	b.Run("zoomed", func(b *testing.B) { // 4× in: labels and arrows everywhere
		z := View{Zoom: v.Zoom * 4, OffX: 800 - (800-v.OffX)*4, OffY: 500 - (500-v.OffY)*4}
		for i := 0; i < b.N; i++ {
			rr.Render(img, s, z, 1)
		}
	})
	b.Run("moving", func(b *testing.B) {
		base := v.OffX
		s.Fast = true
		defer func() { s.Fast = false }()
		for i := 0; i < b.N; i++ {
			v.OffX = base + float64(i%7)
			rr.Render(img, s, v, 1)
		}
	})
}

// BenchmarkPick10k finds the node and the edge under a pointer (target ≤ 1 ms).
func BenchmarkPick10k(b *testing.B) {
	s := big10k()
	v := s.Fit(1600, 1000)
	b.Run("node", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.NodeAt(v, float64(i%1600), float64(i%1000))
		}
	})
	b.Run("edge", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.EdgeAt(v, float64(i%1600), float64(i%1000), 4)
		}
	})
}

// BenchmarkExportPNG10k writes a 4096×4096 PNG (target ≤ 2.5 s).
func BenchmarkExportPNG10k(b *testing.B) {
	s := big10k()
	rr, _ := NewRenderer()
	for i := 0; i < b.N; i++ {
		if err := rr.WritePNG(io.Discard, s, 4096, 4096, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportSVG10k writes the SVG (target ≤ 0.3 s).
func BenchmarkExportSVG10k(b *testing.B) {
	s := big10k()
	rr, _ := NewRenderer()
	for i := 0; i < b.N; i++ {
		if err := rr.WriteSVG(io.Discard, s, 4096, 4096); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportPDF10k writes the PDF (target ≤ 1 s).
func BenchmarkExportPDF10k(b *testing.B) {
	s := big10k()
	rr, _ := NewRenderer()
	for i := 0; i < b.N; i++ {
		if err := rr.WritePDF(io.Discard, s, 4096, 4096); err != nil {
			b.Fatal(err)
		}
	}
}
