package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

// article is a small extraction of its own, sharing one entity with all
// the others (so that writers meet on the same rows).
func article(w, i int) kg.Extraction {
	id := fmt.Sprintf("w%d-a%d", w, i)
	return kg.Extraction{
		Doc: kg.Document{ID: id, Title: "Article " + id, Path: id + ".txt", Lang: "de", Text: "Siemens kauft " + id + "."},
		Entities: []kg.Entity{
			{Key: "org:siemens", Name: "Siemens", Type: kg.ORG, Mentions: 1},
			{Key: "org:" + id, Name: "Firma " + id, Type: kg.ORG, Mentions: 1},
		},
		Relations: []kg.Relation{{Subject: 0, Predicate: "acquires", Object: 1, Label: "kauft", Confidence: 0.8,
			Sentence: "Siemens kauft " + id + ".", Start: 0, End: 20}},
	}
}

// Writers on separate connections (as separate kgx processes are) wait
// their turn: every document lands, none is refused as busy.
func TestManyWritersEveryDocumentLands(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.kgx")
	const writers, each = 6, 40
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			st, err := Open(path)
			if err != nil {
				errs <- err
				return
			}
			defer st.Close()
			for i := 0; i < each; i++ {
				if _, err := st.Add(context.Background(), article(w, i)); err != nil {
					errs <- fmt.Errorf("writer %d, article %d: %w", w, i, err)
				}
				if i%10 == 0 { // an edit and a read between the imports
					if err := st.SavePositions(context.Background(), map[int64]Position{1: {X: float64(i)}}); err != nil {
						errs <- err
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Documents) != writers*each || len(g.Nodes) != writers*each+1 {
		t.Errorf("%d documents and %d entities, want %d and %d", len(g.Documents), len(g.Nodes), writers*each, writers*each+1)
	}
}

// Files that are not projects of a format this kgx knows are refused with
// a clear error and left byte for byte as they were.
func TestForeignAndNewerFilesAreRefusedUnchanged(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite", "file:"+foreign)
	db.Exec(`CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES('Anna')`)
	db.Close()
	newer := filepath.Join(dir, "newer.kgx")
	st, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	st.db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion+1))
	st.Close()
	text := filepath.Join(dir, "notes.kgx")
	os.WriteFile(text, []byte("just some notes"), 0o644)
	for _, c := range []struct {
		path string
		want error
		says string
	}{
		{foreign, ErrNotProject, "leaves it unchanged"},
		{newer, ErrNewerProject, "update kgx"},
		{text, ErrNotProject, "not a kgx project"},
	} {
		before, _ := os.ReadFile(c.path)
		_, err := Open(c.path)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: %v", filepath.Base(c.path), err)
		}
		if after, _ := os.ReadFile(c.path); !bytes.Equal(before, after) {
			t.Errorf("%s was changed by the attempt to open it", filepath.Base(c.path))
		}
		if _, err := os.Stat(c.path + "-wal"); err == nil {
			t.Errorf("%s gained a write-ahead log", filepath.Base(c.path))
		}
	}
}

// A project cut short is found when it is opened, and the error names the
// newest backup; merging projects keeps a backup first; at most five stay.
func TestDamagedProjectNamesItsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.kgx")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 30; i++ {
		if _, err := st.Add(context.Background(), article(0, i)); err != nil {
			t.Fatal(err)
		}
	}
	other, _ := Open(filepath.Join(dir, "other.kgx"))
	other.Add(context.Background(), article(1, 0))
	for i := 0; i < 7; i++ {
		if _, err := st.MergeProject(context.Background(), other); err != nil {
			t.Fatal(err)
		}
	}
	other.Close()
	if b := Backups(path); len(b) != keepBackups || !strings.Contains(b[0], "before-merge") {
		t.Fatalf("backups %v", b)
	}
	st.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	st.Close()
	fi, _ := os.Stat(path)
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "cut short") || !strings.Contains(err.Error(), Backups(path)[0]) {
		t.Fatalf("opening a truncated project: %v", err)
	}
	// the backup opens (as a copy) with the documents it held
	restored := filepath.Join(dir, "restored.kgx")
	b, _ := os.ReadFile(Backups(path)[0])
	os.WriteFile(restored, b, 0o644)
	rs, err := Open(restored)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	if g, err := rs.Load(context.Background()); err != nil || len(g.Documents) != 31 {
		t.Errorf("the backup holds %d documents, %v", len(g.Documents), err)
	}
}
