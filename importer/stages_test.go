package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// The stage goldens sit beside want.tsv in each testdata/*.txtar, one
// section per stage boundary, so that a change shows which stage it
// touched: sentences.txt (text → sentences), mentions.tsv (article →
// entity mentions, before resolution: sentence, surface, base form, type,
// compound head) and relations.tsv (article and entities → relations with
// their evidence sentence and the words that said them).
var stageSections = []struct {
	name, stage string
	render      func(*Result) string
}{
	{"sentences.txt", "segment", stageSentences},
	{"mentions.tsv", "mention", stageMentions},
	{"relations.tsv", "relate", stageRelations},
}

func stageSentences(r *Result) string {
	var b strings.Builder
	for i := range r.Sentences {
		fmt.Fprintf(&b, "%d\t%s\n", i, r.SentenceText(i))
	}
	return b.String()
}

func stageMentions(r *Result) string {
	var b strings.Builder
	for _, m := range r.Mentions {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\n", m.Sent, m.Text, m.Norm, m.Type, m.Head)
	}
	return b.String()
}

func stageRelations(r *Result) string {
	var b strings.Builder
	for _, rel := range typedRelations(r) {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\n", rel.Sent, r.Entities[rel.Subject].Name, rel.Predicate, objectName(r, rel), rel.Label)
	}
	return b.String()
}

// TestStageGolden compares each stage's output on the golden articles with
// its section; -update writes the sections.
func TestStageGolden(t *testing.T) {
	eachGolden(t, func(t *testing.T, f string, ar *txtar.Archive, res *Result) {
		changed := false
		for _, st := range stageSections {
			got := st.render(res)
			i := sectionIndex(ar, st.name)
			switch {
			case *update && i < 0:
				ar.Files = append(ar.Files, txtar.File{Name: st.name, Data: []byte(got)})
				changed = true
			case *update:
				changed = changed || string(ar.Files[i].Data) != got
				ar.Files[i].Data = []byte(got)
			case i < 0:
				t.Errorf("no %s section (run go test ./importer -run StageGolden -update)", st.name)
			case string(ar.Files[i].Data) != got:
				t.Errorf("stage %s changed (%s; run go test ./importer -run StageGolden -update after checking):\n%s",
					st.stage, st.name, diffLines(string(ar.Files[i].Data), got))
			}
		}
		if changed {
			if err := os.WriteFile(f, txtar.Format(ar), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// eachGolden runs fn on every testdata/*.txtar with the importer's result
// on its article.txt section.
func eachGolden(t *testing.T, fn func(t *testing.T, f string, ar *txtar.Archive, res *Result)) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	x := mustExtractor(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fn(t, f, ar, extractSection(t, x, ar))
		})
	}
}

func sectionIndex(ar *txtar.Archive, name string) int {
	for i, fl := range ar.Files {
		if fl.Name == name {
			return i
		}
	}
	return -1
}

// extractSection runs the importer on the article.txt section.
func extractSection(t *testing.T, x *Extractor, ar *txtar.Archive) *Result {
	t.Helper()
	i := sectionIndex(ar, "article.txt")
	if i < 0 {
		t.Fatal("need an article.txt section")
	}
	doc, err := Parse("article.txt", ar.Files[i].Data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Extract(context.Background(), doc, "")
	if err != nil {
		t.Fatal(err)
	}
	return res
}
