package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgx/kgx/importer"
)

// Articles are saved in batches, but each file keeps its own result, in
// the order of the files, graph data and failures among them.
func TestBatchedImportKeepsEachFilesResultInOrder(t *testing.T) {
	exported, js, _ := exportedProject(t)
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)),
			[]byte(fmt.Sprintf("Firma%d kauft Werk\n\nDie Firma%d AG kauft ein Werk in Leipzig.", i, i)), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "a17.json"), js, 0o644)
	os.WriteFile(filepath.Join(dir, "a23.txt"), []byte(" "), 0o644)
	x, _ := extractor()
	st := mustStore(t)
	in := &Ingester{Store: st, X: x, Workers: 2}
	res := in.ImportPaths(context.Background(), []string{dir}, nil)
	files, _ := ExpandPaths([]string{dir})
	if len(res) != len(files) {
		t.Fatalf("%d results for %d files", len(res), len(files))
	}
	ok := 0
	for i, r := range res {
		if r.Path != files[i] {
			t.Fatalf("result %d is %s, want %s", i, r.Path, files[i])
		}
		switch base := filepath.Base(r.Path); {
		case base == "a23.txt":
			if r.Err == nil {
				t.Error("an empty file was imported")
			}
		case r.Err != nil || r.Stats.Entities == 0:
			t.Errorf("%s: %+v", base, r)
		default:
			ok++
		}
	}
	g, _ := st.Load(context.Background())
	if want := ok - 1 + len(exported.Documents); len(g.Documents) != want {
		t.Errorf("%d documents in the project, want %d", len(g.Documents), want)
	}
}

// An article read before a long one is saved while the long one is read.
func TestBatchIsSavedWhileTheNextFileTakesLong(t *testing.T) {
	st := mustStore(t)
	x, _ := extractor()
	in := &Ingester{Store: st, X: x}
	ctx := context.Background()
	c := in.newCommitter(ctx, nil)
	c.add(ctx, in.extract(ctx, FileResult{Path: "a.txt"}, mustDoc(t, "a.txt", textDE)))
	slow := make(chan prepared, 1)
	b := mustDoc(t, "b.txt", textEN)
	go func() {
		time.Sleep(batchWait + 2*time.Second)
		slow <- in.extract(ctx, FileResult{Path: "b.txt"}, b)
	}()
	saved := make(chan int, 1)
	go func() {
		for deadline := time.Now().Add(batchWait + 2*time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if s, _ := st.Stats(ctx); s.Documents == 1 {
				saved <- 1
				return
			}
		}
		saved <- 0
	}()
	c.add(ctx, c.await(slow))
	res := c.close()
	if <-saved != 1 {
		t.Error("the first article waited for the slow second one")
	}
	if s, _ := st.Stats(ctx); s.Documents != 2 || len(res) != 2 || res[0].Err != nil || res[1].Err != nil {
		t.Errorf("%d documents; %+v", s.Documents, res)
	}
}

func mustDoc(t *testing.T, name, text string) importer.Document {
	t.Helper()
	d, err := importer.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
