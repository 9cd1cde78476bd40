package render

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

func testScene() *Scene {
	s := &Scene{Background: color.RGBA{255, 255, 255, 255}, Text: color.RGBA{0, 0, 0, 255}, Selected: -1}
	names := []string{"Siemens", "München", "Roland Busch", "Übernahme & Co <AG>"}
	types := []string{"ORG", "LOC", "PER", "ORG"}
	for i, n := range names {
		s.Nodes = append(s.Nodes, Node{X: float64(i%2) * 200, Y: float64(i/2) * 150, R: 10, Fill: TypeColor(types[i]), Label: n, Weight: 4 - i})
	}
	s.Edges = []Edge{{A: 0, B: 1, Color: color.RGBA{100, 100, 100, 255}}, {A: 2, B: 0, Color: color.RGBA{100, 100, 100, 255}}, {A: 3, B: 0}}
	return s
}

func TestWritePNG(t *testing.T) {
	rr, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rr.WritePNG(&buf, testScene(), 800, 600, 1); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 600 {
		t.Fatalf("size %v", b)
	}
	// node colours and dark label pixels must be there
	var orange, dark int
	for y := 0; y < 600; y++ {
		for x := 0; x < 800; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 == 0xf5 && g>>8 == 0x9e && b>>8 == 0x0b {
				orange++
			}
			if r>>8 < 60 && g>>8 < 60 && b>>8 < 60 {
				dark++
			}
		}
	}
	if orange < 100 || dark < 50 {
		t.Errorf("drawing looks empty: %d node pixels, %d label pixels", orange, dark)
	}
	if err := rr.WritePNG(&buf, testScene(), 0, 10, 1); err == nil {
		t.Error("a zero-size image must fail")
	}
}

func TestWriteSVG(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, testScene(), 800, 600); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"<svg", "<line", "<circle", ">Roland Busch</text>", "Übernahme &amp; Co &lt;AG&gt;"} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %q", want)
		}
	}
}

func TestNodeAtAndFit(t *testing.T) {
	s := testScene()
	v := s.Fit(800, 600)
	for i, n := range s.Nodes {
		x, y := v.ToScreen(n.X, n.Y)
		if x < 0 || x > 800 || y < 0 || y > 600 {
			t.Errorf("node %d outside the fitted view", i)
		}
		if got := s.NodeAt(v, x+1, y-1); got != i {
			t.Errorf("NodeAt(node %d) = %d", i, got)
		}
	}
	if got := s.NodeAt(v, 1, 1); got != -1 {
		t.Errorf("background hit node %d", got)
	}
}

func BenchmarkRender10k(b *testing.B) {
	s := &Scene{Background: color.RGBA{255, 255, 255, 255}, Selected: -1}
	for i := 0; i < 10000; i++ {
		s.Nodes = append(s.Nodes, Node{X: float64(i%100) * 30, Y: float64(i/100) * 30, R: 8, Fill: TypeColor("ORG"), Label: "node"})
	}
	for i := 0; i < 50000; i++ {
		a := (i * 7919) % 10000
		s.Edges = append(s.Edges, Edge{A: a, B: (a + 1 + i%3*100) % 10000, Color: color.RGBA{150, 150, 150, 255}})
	}
	rr, _ := NewRenderer()
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	v := s.Fit(1600, 1000)
	b.Run("full", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			rr.Render(img, s, v, 1)
		}
	})
	b.Run("moving", func(b *testing.B) { // while the person pans or zooms
		s.Fast = true
		defer func() { s.Fast = false }()
		for i := 0; i < b.N; i++ {
			rr.Render(img, s, v, 1)
		}
	})
}
