// Package ingest is the import use case: paths → read → extract → store,
// file by file, with progress and one clear outcome per file. It sits above
// both the importer and the project store, which know nothing of each other.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/kg"
	"github.com/kgx/kgx/importer"
)

// FileResult is the outcome of importing one file.
type FileResult struct {
	Path    string
	Title   string
	Stats   graph.AddStats
	Err     error // nil on success
	Skipped bool  // not an article file; Err says why
}

// Summary is the file's outcome on one line, as the command line prints
// it and the window lists failures.
func (r FileResult) Summary() string {
	switch {
	case r.Skipped:
		return fmt.Sprintf("skipped %s: %v", r.Path, r.Err)
	case r.Err != nil:
		return fmt.Sprintf("FAILED  %s: %v", r.Path, r.Err)
	case r.Stats.Duplicate:
		return fmt.Sprintf("same    %s: %q is already in the project", r.Path, r.Title)
	}
	return fmt.Sprintf("ok      %s: %q, %d entities (%d new), %d relations (%d new)", r.Path, r.Title,
		r.Stats.Entities, r.Stats.NewEnts, r.Stats.Relations, r.Stats.NewRels)
}

// Progress reports how far an import has come.
type Progress struct {
	Done, Total int
	Current     string
}

// Ingester imports article files into a project.
type Ingester struct {
	Store   *graph.Store
	X       *importer.Extractor
	Lang    string // "", "auto", "de" or "en"
	Workers int    // files read and extracted at once; 0: one per core
}

// ExpandPaths lists the files to import: files as given, folders walked
// recursively in name order. Inside folders, hidden files and folders and
// a project's own notes (README, LICENSE, CHANGELOG, …) are no articles:
// they come back as skipped results that say so. Unreadable paths come
// back as results with their error.
func ExpandPaths(paths []string) (files []string, failed []FileResult) {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			failed = append(failed, FileResult{Path: p, Err: fmt.Errorf("cannot read: %w", err)})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var inDir []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, FileResult{Path: path, Err: fmt.Errorf("cannot read: %w", err)})
				return nil
			}
			if why := NotAnArticle(d.Name()); path != p && why != "" {
				failed = append(failed, FileResult{Path: path, Skipped: true, Err: errors.New(why)})
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				inDir = append(inDir, path)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, FileResult{Path: p, Err: err})
		}
		sort.Strings(inDir)
		files = append(files, inDir...)
	}
	return files, failed
}

// projectNotes are the files a folder of code or data carries about
// itself, by name without extension, in upper case.
var projectNotes = map[string]bool{"README": true, "LICENSE": true, "LICENCE": true, "CHANGELOG": true, "CHANGES": true,
	"COPYING": true, "NOTICE": true, "AUTHORS": true, "CONTRIBUTING": true}

// NotAnArticle says why a file or folder met in a folder is not imported,
// or "".
func NotAnArticle(name string) string {
	if strings.HasPrefix(name, ".") {
		return "hidden, not imported from a folder"
	}
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	if projectNotes[base] {
		return "a folder's own notes (README, LICENSE, CHANGELOG …), not an article"
	}
	return ""
}

// ImportPaths imports files and folders, one result per file: a file that
// fails is reported in its result and the others still import. Files are
// read and extracted on all cores (Workers) and saved in their order by a
// writer of their own, the articles ready together (see committer);
// progress, if not nil, is called as each file is handed to the writer. It
// stops early when ctx is cancelled: what was read before is saved.
func (in *Ingester) ImportPaths(ctx context.Context, paths []string, progress func(Progress)) []FileResult {
	files, results := ExpandPaths(paths)
	workers := in.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type task struct {
		path string
		out  chan prepared
	}
	tasks := make(chan task)
	queue := make(chan chan prepared, 8*workers) // bounds how far extraction runs ahead of the commits
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				t.out <- in.prepare(ctx, t.path)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(tasks)
		for _, f := range files {
			out := make(chan prepared, 1)
			queue <- out
			tasks <- task{f, out}
		}
	}()
	c := in.newCommitter(ctx, results)
	for i := 0; ; i++ {
		out, ok := <-queue
		if !ok {
			break
		}
		p := c.await(out)
		if progress != nil {
			progress(Progress{Done: i, Total: len(files), Current: p.r.Path})
		}
		c.add(ctx, p)
	}
	results = c.close()
	wg.Wait()
	if progress != nil {
		progress(Progress{Done: len(files), Total: len(files)})
	}
	return results
}

// isGraphData reports whether a file holds graph data (kgx's JSON, N-Quads)
// rather than an article.
func isGraphData(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".nq", ".nquads":
		return true
	}
	return false
}

// Importable reports whether kgx imports a file of this name: an article
// or graph data.
func Importable(path string) bool {
	return isGraphData(path) || importer.SupportedExt(filepath.Ext(path))
}

// prepared is a file read and extracted, waiting for its commit.
type prepared struct {
	r      FileResult
	ext    *kg.Extraction                   // an article's entities and relations to store
	commit func(context.Context) FileResult // graph data, stored on its own
}

// finish commits one prepared file, unless ctx is cancelled.
func (in *Ingester) finish(ctx context.Context, p prepared) FileResult {
	return in.write(ctx, []prepared{unlessCancelled(ctx, p)})[0]
}

// prepare reads and extracts one file (safe to run on several goroutines).
func (in *Ingester) prepare(ctx context.Context, path string) prepared {
	r := FileResult{Path: path}
	if ctx.Err() != nil {
		r.Err = ctx.Err()
		return prepared{r: r}
	}
	if isGraphData(path) {
		return prepared{r: r, commit: func(ctx context.Context) FileResult { return in.importGraphFile(ctx, path) }}
	}
	if !importer.SupportedExt(filepath.Ext(path)) {
		r.Skipped = true
		r.Err = fmt.Errorf("%w %q: kgx reads articles (.txt, .md, .html, .htm, .pdf, .docx) and graph data (.json, .nq)",
			importer.ErrUnsupported, filepath.Ext(path))
		return prepared{r: r}
	}
	doc, err := importer.LoadFile(path)
	if err != nil {
		r.Err = describe(err)
		return prepared{r: r}
	}
	return in.extract(ctx, r, doc)
}

// extract reads the entities and relations of a document and returns the
// commit that stores them.
func (in *Ingester) extract(ctx context.Context, r FileResult, doc importer.Document) prepared {
	r.Title = doc.Title
	res, err := in.X.Extract(ctx, doc, in.Lang)
	if err != nil {
		r.Err = err
		return prepared{r: r}
	}
	ext := res.Extraction()
	return prepared{r: r, ext: &ext}
}

// ImportText imports text that came from no file (pasted, or fetched from
// a web address) as an article; name gives its title's fallback and its
// format by extension (".txt", ".html").
func (in *Ingester) ImportText(ctx context.Context, name string, b []byte) FileResult {
	r := FileResult{Path: name}
	doc, err := importer.Parse(name, b)
	if err != nil {
		r.Err = describe(err)
		return r
	}
	return in.finish(ctx, in.extract(ctx, r, doc))
}

// ImportFile imports one article or graph-data file.
func (in *Ingester) ImportFile(ctx context.Context, path string) FileResult {
	return in.finish(ctx, in.prepare(ctx, path))
}

// importGraphFile imports graph data: kgx's JSON export or N-Quads.
func (in *Ingester) importGraphFile(ctx context.Context, path string) FileResult {
	r := FileResult{Path: path, Title: filepath.Base(path)}
	f, err := os.Open(path)
	if err != nil {
		r.Err = err
		return r
	}
	defer f.Close()
	var g *graph.GraphData
	if strings.ToLower(filepath.Ext(path)) == ".json" {
		g, err = graph.ReadJSON(f)
	} else {
		g, err = graph.ReadNQuads(f)
	}
	if err != nil {
		r.Err = fmt.Errorf("not kgx graph data: %w", err)
		return r
	}
	r.Stats, err = in.Store.AddGraph(ctx, g)
	if err != nil {
		r.Err = fmt.Errorf("could not save to the project: %w", err)
	}
	return r
}

func describe(err error) error {
	switch {
	case errors.Is(err, importer.ErrEmpty):
		return fmt.Errorf("%w: the file holds no article text", err)
	case errors.Is(err, importer.ErrBinary):
		return fmt.Errorf("%w: is it really a text file?", err)
	}
	return err
}
