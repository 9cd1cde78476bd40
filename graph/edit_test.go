package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

// second is another article (written for this test) that names Lenovo as
// "Lenovo Group" and its chief by surname.
func second() kg.Extraction {
	return kg.Extraction{
		Doc: kg.Document{ID: "d2", Title: "Lenovo Group wächst", Path: "group.txt", Lang: "de", Text: "Lenovo Group wächst in Ungarn. Yang sagte das."},
		Entities: []kg.Entity{
			{Key: "org:lenovo group", Name: "Lenovo Group", Type: kg.ORG, Mentions: 1},
			{Key: "loc:hu", Name: "Ungarn", Type: kg.LOC, Mentions: 1},
		},
		Relations: []kg.Relation{{Subject: 0, Predicate: "operates_in", Object: 1, Label: "wächst in", Confidence: 0.6,
			Sentence: "Lenovo Group wächst in Ungarn.", Start: 0, End: 30}},
	}
}

// snapshot is the project as JSON, for comparing states.
func snapshot(t *testing.T, st *Store) string {
	t.Helper()
	g, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := g.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func twoArticles(t *testing.T) *Store {
	t.Helper()
	st := mustStore(t)
	for _, x := range []kg.Extraction{lenovo(), second()} {
		if _, err := st.Add(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestEditsUndoAndRedo(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		do    func(st *Store) (Edit, error)
		check func(t *testing.T, g *Graph)
	}{
		{"merge", func(st *Store) (Edit, error) { return st.MergeEntities(ctx, "Lenovo", "Lenovo Group") }, func(t *testing.T, g *Graph) {
			n, err := g.Find("Lenovo Group")
			if err != nil || n.Name != "Lenovo" || len(n.Docs) != 2 {
				t.Errorf("after merge Lenovo Group is %+v, %v", n, err)
			}
			ops := 0
			for _, e := range g.EdgesOf(n.ID) {
				if e.Predicate == "operates_in" {
					ops++
					if len(e.Evidence) != 2 {
						t.Errorf("merged relation has %d sentences, want 2", len(e.Evidence))
					}
				}
			}
			if ops != 1 {
				t.Errorf("%d operates_in relations, want one", ops)
			}
		}},
		{"rename", func(st *Store) (Edit, error) { return st.RenameEntity(ctx, "Ungarn", "Hungary (country)") }, func(t *testing.T, g *Graph) {
			n, _ := g.Find("Ungarn")
			if n == nil || n.Name != "Hungary (country)" {
				t.Errorf("renamed: %+v", n)
			}
		}},
		{"type", func(st *Store) (Edit, error) { return st.SetEntityType(ctx, "Lenovo Group", "misc") }, func(t *testing.T, g *Graph) {
			if n, _ := g.Find("Lenovo Group"); n.Type != "MISC" {
				t.Errorf("type %s", n.Type)
			}
		}},
		{"delete", func(st *Store) (Edit, error) { return st.DeleteEntity(ctx, "Ungarn") }, func(t *testing.T, g *Graph) {
			if _, err := g.Find("Ungarn"); err == nil {
				t.Error("Ungarn still there")
			}
			for _, e := range g.Edges {
				if e.Predicate == "operates_in" {
					t.Error("a relation to the deleted entity is left")
				}
			}
		}},
		{"relation", func(st *Store) (Edit, error) { return st.DeleteRelation(ctx, 2) }, func(t *testing.T, g *Graph) {
			for _, e := range g.Edges {
				if e.ID == 2 {
					t.Error("relation 2 still there")
				}
			}
		}},
		{"split", func(st *Store) (Edit, error) { return st.SplitEntity(ctx, "Ungarn", "Hungary") }, func(t *testing.T, g *Graph) {
			h, err := g.Find("Hungary")
			u, _ := g.Find("Ungarn")
			if err != nil || h == u || h.Type != "LOC" {
				t.Errorf("split: %+v %+v %v", h, u, err)
			}
		}},
		{"hide", func(st *Store) (Edit, error) { return st.SetHidden(ctx, "Ungarn", true) }, func(t *testing.T, g *Graph) {
			if n, _ := g.Find("Ungarn"); !n.Hidden {
				t.Error("Ungarn is not hidden")
			}
		}},
		{"document", func(st *Store) (Edit, error) { return st.RemoveDocument(ctx, "Lenovo Group wächst") }, func(t *testing.T, g *Graph) {
			if len(g.Documents) != 1 {
				t.Errorf("%d documents left", len(g.Documents))
			}
			if _, err := g.Find("Lenovo Group"); err == nil {
				t.Error("an entity only the removed document named is left")
			}
			if _, err := g.Find("Ungarn"); err != nil {
				t.Error("an entity the other document names went too")
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := twoArticles(t)
			before := snapshot(t, st)
			e, err := tc.do(st)
			if err != nil {
				t.Fatal(err)
			}
			if e.Kind == "" || e.Summary == "" {
				t.Errorf("edit %+v", e)
			}
			g, _ := st.Load(ctx)
			tc.check(t, g)
			after := snapshot(t, st)
			if _, err := st.Undo(ctx); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, st); got != before {
				t.Errorf("undo did not restore the project:\n%s\nwant\n%s", got, before)
			}
			if _, err := st.Redo(ctx); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, st); got != after {
				t.Errorf("redo did not restore the edit:\n%s\nwant\n%s", got, after)
			}
			log, _ := st.Log(ctx)
			if len(log) != 1 || log[0].Undone {
				t.Errorf("log %+v", log)
			}
		})
	}
}

func TestEditsAreRemembered(t *testing.T) {
	ctx := context.Background()
	st := twoArticles(t)
	if _, err := st.MergeEntities(ctx, "Lenovo", "Lenovo Group"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RenameEntity(ctx, "Yang Yuanqing", "Yuanqing Yang"); err != nil {
		t.Fatal(err)
	}
	g, _ := st.Load(ctx)
	var ceo int64
	for _, e := range g.Edges {
		if e.Predicate == "ceo_of" {
			ceo = e.ID
		}
	}
	if _, err := st.DeleteRelation(ctx, ceo); err != nil {
		t.Fatal(err)
	}
	// a third article names Lenovo Group and Yang Yuanqing as CEO again
	third := kg.Extraction{
		Doc: kg.Document{ID: "d3", Title: "Drei", Text: "Yang Yuanqing, Chef der Lenovo Group."},
		Entities: []kg.Entity{
			{Key: "per:yang yuanqing", Name: "Yang Yuanqing", Type: kg.PER, Mentions: 1},
			{Key: "org:lenovo group", Name: "Lenovo Group", Type: kg.ORG, Mentions: 1},
		},
		Relations: []kg.Relation{{Subject: 0, Predicate: "ceo_of", Object: 1, Confidence: 0.9, Sentence: "Yang Yuanqing, Chef der Lenovo Group.", End: 37}},
	}
	if _, err := st.Add(ctx, third); err != nil {
		t.Fatal(err)
	}
	g, _ = st.Load(ctx)
	if len(g.Nodes) != 3 {
		t.Errorf("%d entities after the re-import, want 3 (Lenovo, Ungarn, Yuanqing Yang)", len(g.Nodes))
	}
	y, _ := g.Find("Yang Yuanqing")
	if y == nil || y.Name != "Yuanqing Yang" {
		t.Errorf("renamed entity: %+v", y)
	}
	for _, e := range g.Edges {
		if e.Predicate == "ceo_of" {
			t.Error("the deleted relation came back from new evidence")
		}
	}
	if _, err := st.DeleteEntity(ctx, "Ungarn"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Add(ctx, kg.Extraction{Doc: kg.Document{ID: "d4", Title: "Vier", Text: "Ungarn."},
		Entities: []kg.Entity{{Key: "loc:hu", Name: "Ungarn", Type: kg.LOC, Mentions: 1}}}); err != nil {
		t.Fatal(err)
	}
	if g, _ = st.Load(ctx); len(g.Nodes) != 2 {
		t.Errorf("a deleted entity came back: %d entities", len(g.Nodes))
	}
}

func TestEditErrors(t *testing.T) {
	ctx := context.Background()
	st := twoArticles(t)
	if _, err := st.Undo(ctx); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo on a fresh project: %v", err)
	}
	if _, err := st.MergeEntities(ctx, "Lenovo", "Nokia"); !errors.Is(err, ErrNoEntity) {
		t.Errorf("merge with an unknown name: %v", err)
	}
	if _, err := st.SetEntityType(ctx, "Lenovo", "COMPANY"); err == nil || !strings.Contains(err.Error(), "PER, ORG") {
		t.Errorf("bad type: %v", err)
	}
	if _, err := st.SplitEntity(ctx, "Lenovo", "Lenovo"); err == nil {
		t.Error("split of the own name accepted")
	}
	if _, err := st.DeleteRelation(ctx, 999); err == nil {
		t.Error("delete of a missing relation accepted")
	}
}

// BenchmarkEditUndo is one merge and its undo (target ≤ 5 ms).
func BenchmarkEditUndo(b *testing.B) {
	st := mustStore(b)
	ctx := context.Background()
	for _, x := range []kg.Extraction{lenovo(), second()} {
		st.Add(ctx, x)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.MergeEntities(ctx, "Lenovo", "Lenovo Group"); err != nil {
			b.Fatal(err)
		}
		if _, err := st.Undo(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMergeProject(t *testing.T) {
	ctx := context.Background()
	a := mustStore(t)
	if _, err := a.Add(ctx, lenovo()); err != nil {
		t.Fatal(err)
	}
	b := twoArticles(t) // lenovo() again, and second()
	res, err := a.MergeProject(ctx, b)
	if err != nil || res.Duplicate || res.NewEnts != 1 {
		t.Fatalf("merge: %+v, %v (want only Lenovo Group new)", res, err)
	}
	g, _ := a.Load(ctx)
	if len(g.Documents) != 2 || len(g.Nodes) != 4 {
		t.Errorf("%d documents, %d entities after the merge, want 2 and 4", len(g.Documents), len(g.Nodes))
	}
	var text string
	a.db.QueryRow(`SELECT text FROM documents WHERE id = 'd2'`).Scan(&text)
	if text == "" {
		t.Error("the merged document lost its text")
	}
	before := snapshot(t, a)
	if res, err := a.MergeProject(ctx, b); err != nil || !res.Duplicate || snapshot(t, a) != before {
		t.Errorf("merging again: %+v, %v", res, err)
	}
}

// A project made before entities could be hidden (and before the format
// was stamped) opens, gains the flag, and a backup of it is kept first.
func TestOpenMigratesOlderProjects(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.kgx")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(schema + `INSERT INTO entities(key, name, type) VALUES('org:x', 'X AG', 'ORG')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g, err := st.Load(context.Background())
	if err != nil || len(g.Nodes) != 1 || g.Nodes[0].Hidden {
		t.Fatalf("older project: %v %+v", err, g)
	}
	if _, err := st.SetHidden(context.Background(), "X AG", true); err != nil {
		t.Fatal(err)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "old.*-format0.kgx.bak"))
	if len(backups) != 1 {
		t.Fatalf("backups before the migration: %v", backups)
	}
	bak, err := sql.Open("sqlite", "file:"+backups[0]+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var name string
	if err := bak.QueryRow(`SELECT name FROM entities`).Scan(&name); err != nil || name != "X AG" {
		t.Errorf("the backup holds %q, %v", name, err)
	}
	bak.Close()
	var version int
	st.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	if version != schemaVersion {
		t.Errorf("format %d after the migration, want %d", version, schemaVersion)
	}
}
