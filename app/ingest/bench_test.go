package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/importer"
)

// BenchmarkImport measures import end to end (parse, extract, commit) of
// news-sized articles on one goroutine; the target is ≥ 100 articles/s on
// two cores, and one article's commit ≤ 2 ms (see BenchmarkCommit).
func BenchmarkImport(b *testing.B) {
	x, st := benchSetup(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		text := fmt.Sprintf("Beispiel%d übernimmt Muster%d\n\n%s\n%s\nDie Firma Muster%d GmbH aus Köln wird von der Beispiel%d AG übernommen, teilte Konzernchef Max Beispiel%d mit.",
			i, i, textDE, textEN, i, i, i)
		d, err := importer.Parse(fmt.Sprintf("a%d.txt", i), []byte(text))
		if err != nil {
			b.Fatal(err)
		}
		r, err := x.Extract(ctx, d, "")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Add(ctx, r.Extraction()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkCommit measures one article's store transaction.
func BenchmarkCommit(b *testing.B) {
	x, st := benchSetup(b)
	ctx := context.Background()
	var rs []*importer.Result
	for i := 0; i < b.N; i++ {
		d, _ := importer.Parse("a.txt", []byte(fmt.Sprintf("%s\nMeldung %d.", textDE, i)))
		r, _ := x.Extract(ctx, d, "")
		rs = append(rs, r)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Add(ctx, rs[i].Extraction()); err != nil {
			b.Fatal(err)
		}
	}
}

func benchSetup(b *testing.B) (*importer.Extractor, *graph.Store) {
	b.Helper()
	x, err := extractor()
	if err != nil {
		b.Fatal(err)
	}
	st, err := graph.Open(filepath.Join(b.TempDir(), "bench.kgx"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return x, st
}
