package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestImportPathsReportsEachFile(t *testing.T) {
	st := mustStore(t)
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", textDE)
	write("sub/b.md", "# Lenovo\n\n"+textEN)
	write("sub/c.png", "\x89PNG\x00\x00")
	write("empty.txt", " ")
	in := &Ingester{Store: st, X: x}
	var calls int
	res := in.ImportPaths(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")}, func(Progress) { calls++ })
	byName := map[string]FileResult{}
	for _, r := range res {
		byName[filepath.Base(r.Path)] = r
	}
	if r := byName["a.txt"]; r.Err != nil || r.Stats.NewRels == 0 {
		t.Errorf("a.txt: %+v", r)
	}
	if r := byName["b.md"]; r.Err != nil {
		t.Errorf("b.md: %v", r.Err)
	}
	if r := byName["c.png"]; !r.Skipped || r.Err == nil {
		t.Errorf("c.png should be skipped with a message: %+v", r)
	}
	if r := byName["empty.txt"]; r.Err == nil {
		t.Error("empty.txt should fail")
	}
	if r := byName["missing.txt"]; r.Err == nil {
		t.Error("missing.txt should fail")
	}
	if calls == 0 {
		t.Error("no progress reported")
	}
	s, _ := st.Stats(context.Background())
	if s.Documents != 2 {
		t.Errorf("%d documents imported, want 2", s.Documents)
	}
}

func TestFolderImportSkipsNotesAndHiddenFilesAndSaysSo(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"article.txt", "README.md", "LICENSE", "CHANGELOG.md", ".hidden.txt", ".git/config", "sub/readme.txt", "sub/news.md"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("Siemens übernimmt Altair."), 0o644)
	}
	files, other := ExpandPaths([]string{dir})
	if len(files) != 2 || filepath.Base(files[0]) != "article.txt" || filepath.Base(files[1]) != "news.md" {
		t.Errorf("files to import: %v", files)
	}
	skipped := map[string]bool{}
	for _, r := range other {
		if !r.Skipped || r.Err == nil {
			t.Errorf("%s: %+v is not a skip with a reason", r.Path, r)
		}
		skipped[filepath.Base(r.Path)] = true
	}
	for _, name := range []string{"README.md", "LICENSE", "CHANGELOG.md", ".hidden.txt", ".git", "readme.txt"} {
		if !skipped[name] {
			t.Errorf("%s is not reported as skipped: %v", name, skipped)
		}
	}
	// a file named on its own is imported whatever its name
	if files, _ := ExpandPaths([]string{filepath.Join(dir, "README.md")}); len(files) != 1 {
		t.Error("a README named explicitly is not imported")
	}
}

// Cancel stops an import at once: files already read finish no commit, so
// at most the few in flight (two per worker) land after it, and what was
// committed before stays.
func TestCancelStopsTheImportAtOnce(t *testing.T) {
	st := mustStore(t)
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := 0; i < 120; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)),
			[]byte(fmt.Sprintf("Firma%d kauft Werk\n\nDie Firma%d AG kauft ein Werk in Leipzig.", i, i)), 0o644)
	}
	in := &Ingester{Store: st, X: x, Workers: 2}
	ctx, cancel := context.WithCancel(context.Background())
	var atCancel int
	res := in.ImportPaths(ctx, []string{dir}, func(p Progress) {
		if p.Done == 10 && atCancel == 0 {
			atCancel = p.Done
			cancel()
		}
	})
	done, cancelled := 0, 0
	for _, r := range res {
		switch {
		case r.Err == nil:
			done++
		case errors.Is(r.Err, context.Canceled):
			cancelled++
		default:
			t.Errorf("%s: %v", r.Path, r.Err)
		}
	}
	if done != atCancel || done+cancelled != 120 {
		t.Errorf("%d committed, %d cancelled; the cancel came after %d", done, cancelled, atCancel)
	}
	g, _ := st.Load(context.Background())
	if len(g.Documents) != done {
		t.Errorf("%d documents in the project, %d committed", len(g.Documents), done)
	}
}
