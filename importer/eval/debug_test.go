package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgx/kgx/importer"
)

// TestDebugRelations lists gold relations the importer misses ($KGX_RELDEBUG=1).
func TestDebugRelations(t *testing.T) {
	if os.Getenv("KGX_RELDEBUG") == "" {
		t.Skip("set KGX_RELDEBUG=1 to list missed relations")
	}
	x, _ := importer.NewExtractor()
	if os.Getenv("KGX_RELDEBUG") == "fresh" { // the tagger RunRelations uses
		dev, _ := ReadCorpus(corporaDir, GermEvalDev)
		test, _ := ReadCorpus(corporaDir, GermEvalTest)
		x = Train(x.WithNER("de", nil), "de", concat(dev, test), Epochs)
	}
	file := "relations/smartdata_de_train.jsonl"
	if os.Getenv("KGX_RELDEV") != "" {
		file = "relations/smartdata_de_dev.jsonl"
	}
	f, err := os.Open(filepath.Join(corporaDir, file))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		var d relDoc
		json.Unmarshal(sc.Bytes(), &d)
		res, _ := x.Extract(context.Background(), importer.Document{Text: d.Text}, "de")
		for _, r := range d.Relations {
			if r.Relation != os.Getenv("KGX_REL") || r.Head == nil || r.Tail == nil {
				continue
			}
			hs, ts := matching(res, []string{*r.Head}), matching(res, []string{*r.Tail})
			found := ""
			for _, rel := range res.Relations {
				if rel.Object >= 0 && (hs[rel.Subject] && ts[rel.Object] || hs[rel.Object] && ts[rel.Subject]) {
					found += " " + rel.Predicate
				}
			}
			t.Logf("%s -> %s: head found %v, tail found %v, rels:%s", *r.Head, *r.Tail, len(hs) > 0, len(ts) > 0, found)
		}
	}
}
