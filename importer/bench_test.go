package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText returns German and English news-like text: the golden articles
// we wrote, plus the sample articles when they are available.
func benchText(b *testing.B) []Document {
	var docs []Document
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		s := string(raw)
		if i := strings.Index(s, "-- article.txt --\n"); i >= 0 {
			s = s[i+len("-- article.txt --\n"):]
			if j := strings.Index(s, "\n-- "); j >= 0 {
				s = s[:j]
			}
			if d, err := Parse("a.txt", []byte(s)); err == nil {
				docs = append(docs, d)
			}
		}
	}
	more, _ := filepath.Glob(filepath.Join(articlesDir, "*"))
	for _, f := range more {
		if d, err := LoadFile(f); err == nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		b.Fatal("no text to measure")
	}
	return docs
}

// BenchmarkExtract measures extraction from raw text to relations on one
// goroutine and reports words per second (target ≥ 100,000 per core) of
// wall time and of CPU time.
func BenchmarkExtract(b *testing.B) {
	x := mustExtractor(b)
	docs := benchText(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	ctx := context.Background()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := x.Extract(ctx, d, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	// per CPU second (the garbage collector's work on the other core
	// included): steadier than wall time on a shared machine
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(words*b.N)/cpu.Seconds(), "words/cpu-s")
	}
}
