package importer

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The stages in data-flow order; a stage's package imports only packages
// listed before it (and none of the pipeline's own package).
var stageOrder = []string{"tagger", "read", "segment", "lexicon", "doc", "tag", "mention", "resolve", "relate"}

func TestStagesImportOnlyEarlierStages(t *testing.T) {
	const base = "github.com/kgx/kgx/importer"
	rank := map[string]int{base: len(stageOrder)}
	for i, s := range stageOrder {
		rank[base+"/"+s] = i
	}
	for i, s := range stageOrder {
		files, _ := filepath.Glob(filepath.Join(s, "*.go"))
		if len(files) == 0 {
			t.Fatalf("stage %s has no files", s)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if r, ok := rank[p]; ok && r >= i {
					t.Errorf("%s imports %s, a later stage", f, p)
				}
			}
		}
	}
}
