package window

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgx/kgx/app/ingest"
	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/layout"
	"github.com/kgx/kgx/graph/render"
	"github.com/kgx/kgx/importer"
)

// BenchmarkFramesDuringImport draws frames of a 10,000-entity graph, as the
// canvas does while the person pans, while an import of generated articles
// runs on all cores in the background: frames/s is what the window keeps up
// meanwhile (target ≥ 30), "alone" the same without the import.
func BenchmarkFramesDuringImport(b *testing.B) {
	x, err := importer.NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	s := frameScene(10000)
	rr, _ := render.NewRenderer()
	img := image.NewRGBA(image.Rect(0, 0, 1280, 800))
	v := s.Fit(1280, 800)
	s.Fast = true
	frames := func(d time.Duration) int {
		n := 0
		for end := time.Now().Add(d); time.Now().Before(end); n++ {
			w := v
			w.OffX += float64(n % 40) // pans to and fro, the graph always in view
			rr.Render(img, s, w, 1)
		}
		return n
	}
	b.Run("alone", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.ReportMetric(float64(frames(2*time.Second))/2, "frames/s")
		}
	})
	b.Run("importing", func(b *testing.B) {
		dir := b.TempDir()
		for i := 0; i < 12000; i++ { // more than the import takes in the frames' two seconds
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(fmt.Sprintf(
				"Firma%d kauft Werk\n\nDie Firma%d AG aus Köln kauft ein Werk der Muster%d GmbH in Leipzig. Vorstandschefin Anna Beispiel%d sprach von einem wichtigen Schritt für den Konzern.", i, i, i, i)), 0o644)
		}
		for i := 0; i < b.N; i++ {
			st, err := graph.Open(filepath.Join(b.TempDir(), "p.kgx"))
			if err != nil {
				b.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			var ended atomic.Bool
			wg.Add(1)
			go func() {
				defer wg.Done()
				(&ingest.Ingester{Store: st, X: x}).ImportPaths(ctx, []string{dir}, nil)
				ended.Store(true)
			}()
			time.Sleep(100 * time.Millisecond) // the import is under way
			b.ReportMetric(float64(frames(2*time.Second))/2, "frames/s")
			if ended.Load() {
				b.Fatal("the import ended before the frames did: give it more articles")
			}
			cancel()
			wg.Wait()
			st.Close()
		}
	})
}

// frameScene is a seeded scale-free graph of n entities, laid out.
func frameScene(n int) *render.Scene {
	edges := layout.ScaleFree(n, 3, 1)
	l := layout.New(n, edges, nil, nil, nil)
	l.Run(context.Background(), 200, nil)
	s := &render.Scene{Palette: render.Dark(), Selected: -1, SelectedEdge: -1, HoverEdge: -1, ShowLegend: true}
	for i := 0; i < n; i++ {
		s.Nodes = append(s.Nodes, render.Node{X: l.X[i], Y: l.Y[i], R: 6, Fill: render.TypeColor("ORG"), Type: "ORG", Label: fmt.Sprintf("Entity %d", i), Rank: float64(n - i)})
	}
	for _, e := range edges {
		s.Edges = append(s.Edges, render.Edge{A: e[0], B: e[1], Predicate: "acquires"})
	}
	s.Legend = render.TypeLegend(s, "", false)
	return s
}
