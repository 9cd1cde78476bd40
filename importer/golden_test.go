package importer

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden sections (want.tsv and the stage sections) of testdata/*.txtar")

var sharedExtractor = sync.OnceValues(NewExtractor)

func mustExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := sharedExtractor()
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// goldenLines renders what the importer found as sorted lines:
// "E name TYPE" per entity and "R subject predicate object" per relation
// (co-occurrence left out).
func goldenLines(r *Result) []string {
	var lines []string
	for _, e := range r.Entities {
		lines = append(lines, fmt.Sprintf("E\t%s\t%s", e.Name, e.Type))
	}
	seen := map[string]bool{}
	for _, rel := range typedRelations(r) {
		l := fmt.Sprintf("R\t%s\t%s\t%s", r.Entities[rel.Subject].Name, rel.Predicate, objectName(r, rel))
		if !seen[l] {
			seen[l] = true
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	return lines
}

// TestGolden runs the importer on the articles of testdata/*.txtar (texts
// written for these tests) and compares entities and relations with the
// want.tsv section; -update rewrites it.
func TestGolden(t *testing.T) {
	eachGolden(t, func(t *testing.T, f string, ar *txtar.Archive, res *Result) {
		wantIdx := sectionIndex(ar, "want.tsv")
		if wantIdx < 0 {
			t.Fatal("need a want.tsv section")
		}
		got := strings.Join(goldenLines(res), "\n") + "\n"
		if *update {
			ar.Files[wantIdx].Data = []byte(got)
			if err := os.WriteFile(f, txtar.Format(ar), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		if want := string(ar.Files[wantIdx].Data); got != want {
			t.Errorf("extraction changed (run go test ./importer -run Golden -update after checking):\n%s", diffLines(want, got))
		}
	})
}

func diffLines(want, got string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}

// typedRelations are the relations other than co-occurrence.
func typedRelations(r *Result) []Relation {
	var out []Relation
	for _, rel := range r.Relations {
		if rel.Predicate != "related_to" {
			out = append(out, rel)
		}
	}
	return out
}

// objectName is a relation's object: an entity's name or the literal.
func objectName(r *Result, rel Relation) string {
	if rel.Object >= 0 {
		return r.Entities[rel.Object].Name
	}
	return rel.Literal
}
