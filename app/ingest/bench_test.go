package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkImportReal imports real news articles (the sample and dev
// articles of ../shared/articles, each copied with a line appended to make
// it unique) into a fresh project, store included: "cores" reads and
// extracts on all cores, "one" on one goroutine, as the import did before.
// The target is ≥ 150,000 words/s on two cores.
func BenchmarkImportReal(b *testing.B) {
	var src []string
	for _, pat := range []string{"../../../shared/articles/*.*", "../../../shared/articles/dev/*.*"} {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			if ext := filepath.Ext(p); ext == ".txt" || ext == ".html" {
				src = append(src, p)
			}
		}
	}
	if len(src) == 0 {
		b.Skip("../shared/articles is not here: BenchmarkImportReal needs the real articles")
	}
	x, err := extractor()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	var files []string
	words := 0
	for copyN := 0; copyN < 12; copyN++ { // about 500 articles
		for i, p := range src {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			d, err := importer.Parse(p, raw)
			if err != nil {
				continue
			}
			name := filepath.Join(dir, fmt.Sprintf("c%02d-%02d%s", copyN, i, filepath.Ext(p)))
			extra := fmt.Sprintf("\nDiese Meldung trägt die Nummer %d-%d.\n", copyN, i)
			if filepath.Ext(p) == ".html" {
				extra = fmt.Sprintf("<p>Diese Meldung trägt die Nummer %d-%d.</p>", copyN, i)
			}
			os.WriteFile(name, append(raw, extra...), 0o644)
			files = append(files, name)
			words += len(strings.Fields(d.Text)) + 6
		}
	}
	for _, c := range []struct {
		name    string
		workers int
	}{{"cores", 0}, {"one", 1}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				st, err := graph.Open(filepath.Join(b.TempDir(), "real.kgx"))
				if err != nil {
					b.Fatal(err)
				}
				in := &Ingester{Store: st, X: x, Workers: c.workers}
				for _, r := range in.ImportPaths(context.Background(), files, nil) {
					if r.Err != nil {
						b.Fatal(r.Summary())
					}
				}
				st.Close()
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
			b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
