package cli

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func exportFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	store := filepath.Join(dir, "a.kgx")
	article := filepath.Join(dir, "bayer.txt")
	os.WriteFile(article, []byte("Bayer-Chef Bill Anderson will den Konzern umbauen.\nDer Leverkusener Konzern Bayer hatte Monsanto übernommen."), 0o644)
	if _, stderr, code := run(t, "import", "--store", store, article); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	return store
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestExportImages(t *testing.T) {
	store := exportFixture(t)
	dir := t.TempDir()
	out := func(name string) string { return filepath.Join(dir, name) }
	for _, args := range [][]string{
		{"--format", "png", "-o", out("a.png"), "--width", "400", "--height", "300", "--scale", "2", "--background", "dark"},
		{"--format", "png", "-o", out("t.png"), "--width", "400", "--height", "300", "--background", "transparent", "--legend=false"},
		{"--format", "svg", "-o", out("a.svg"), "--title", "Bayer & Monsanto"},
		{"--format", "pdf", "-o", out("a.pdf"), "--width", "800", "--height", "600"},
	} {
		if _, stderr, code := run(t, append([]string{"export", "--store", store}, args...)...); code != 0 {
			t.Fatalf("export %v: %s", args, stderr)
		}
	}
	if fi, err := os.Stat(out("a.svg")); err != nil || fi.Mode().Perm()&0o044 != 0o044 && runtime.GOOS != "windows" {
		t.Errorf("export file mode %v, want readable by others like any saved file", fi.Mode())
	}
	if b := decodePNG(t, out("a.png")).Bounds(); b.Dx() != 800 || b.Dy() != 600 {
		t.Errorf("--scale 2 of 400×300 gave %v, want 800×600", b)
	}
	if r, g, b, _ := decodePNG(t, out("a.png")).At(790, 5).RGBA(); r>>8 > 60 || g>>8 > 60 || b>>8 > 60 {
		t.Error("--background dark is not dark")
	}
	if _, _, _, a := decodePNG(t, out("t.png")).At(395, 5).RGBA(); a != 0 {
		t.Error("--background transparent is not transparent")
	}
	svg, _ := os.ReadFile(out("a.svg"))
	for _, want := range []string{"Bayer &amp; Monsanto", ">Bill Anderson</text>", ">ceo_of", ">Organisation</text>"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("svg lacks %q", want)
		}
	}
	pdf, _ := os.ReadFile(out("a.pdf"))
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Error("not a PDF")
	}
	// real renderers read the files, where installed (Debian: librsvg2-bin, poppler-utils)
	if _, err := exec.LookPath("rsvg-convert"); err == nil {
		if b, err := exec.Command("rsvg-convert", "-o", out("svg.png"), out("a.svg")).CombinedOutput(); err != nil {
			t.Errorf("rsvg-convert: %v %s", err, b)
		} else if decodePNG(t, out("svg.png")).Bounds().Dx() != 1600 {
			t.Error("rsvg-convert drew the SVG at another size")
		}
	} else {
		t.Log("rsvg-convert not installed: SVG not checked with a renderer")
	}
	if _, err := exec.LookPath("pdftoppm"); err == nil {
		if b, err := exec.Command("pdftoppm", "-png", "-r", "72", "-singlefile", out("a.pdf"), out("pdf")).CombinedOutput(); err != nil {
			t.Errorf("pdftoppm: %v %s", err, b)
		} else if b := decodePNG(t, out("pdf.png")).Bounds(); b.Dx() != 800 || b.Dy() != 600 {
			t.Errorf("pdftoppm page %v, want 800×600", b)
		}
	} else {
		t.Log("pdftoppm not installed: PDF not checked with a viewer")
	}
	if _, stderr, code := run(t, "export", "--store", store, "--format", "png", "--background", "pink", "-o", out("x.png")); code != ExitNotImplemented || !strings.Contains(stderr, "pink") {
		t.Errorf("a bad --background: exit %d, %q", code, stderr)
	}
}

// An export writes the file it is told to, or for csv the two files in the
// folder it is told to, and nothing anywhere else: not beside the project,
// not in the working folder, not in a folder a title or name could steer to.
func TestExportWritesOnlyWhereItIsTold(t *testing.T) {
	store := exportFixture(t)
	out := t.TempDir()
	snapshot := func() map[string]bool {
		m := map[string]bool{}
		for _, d := range []string{filepath.Dir(store), out, "."} {
			ents, _ := os.ReadDir(d)
			for _, e := range ents {
				m[filepath.Join(d, e.Name())] = true
			}
		}
		return m
	}
	for _, f := range []string{"png", "svg", "pdf", "json", "nquads", "graphml", "gexf", "cypher", "csv"} {
		before := snapshot()
		target := filepath.Join(out, "graph."+f)
		want := []string{target}
		if f == "csv" {
			target = filepath.Join(out, "neo4j")
			want = []string{target}
		}
		if _, stderr, code := run(t, "export", "--store", store, "--format", f, "--title", "../../evil", "-o", target); code != 0 {
			t.Fatalf("export %s: %s", f, stderr)
		}
		after := snapshot()
		for p := range after {
			if !before[p] && !slices.Contains(want, p) && !strings.HasPrefix(p, store) {
				t.Errorf("export %s wrote %s", f, p)
			}
		}
		if f == "csv" {
			ents, _ := os.ReadDir(target)
			if len(ents) != 2 {
				t.Errorf("csv wrote %d files into its folder", len(ents))
			}
		}
	}
}
