package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/kgx/kgx/app/ingest"
	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/importer"
)

// evalArticles imports each article of dir into a project of its own,
// exports it as JSON, and runs the articles' scorer over the exports, as
// the outside measurement does (../shared/articles/dev/README.md).
func (r *runner) evalArticles(dir, scorer string) int {
	gold := filepath.Join(dir, "gold.json")
	if _, err := os.Stat(gold); err != nil {
		fmt.Fprintf(r.stderr, "kgx eval: %s: no gold.json beside the articles\n", dir)
		return ExitFailed
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval: the articles' scorer needs python3")
		return ExitFailed
	}
	if _, err := os.Stat(scorer); err != nil {
		fmt.Fprintf(r.stderr, "kgx eval: scorer %s: %v (name it with --scorer)\n", scorer, err)
		return ExitFailed
	}
	out, err := os.MkdirTemp("", "kgx-eval-*")
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval:", err)
		return ExitFailed
	}
	defer os.RemoveAll(out)
	x, err := importer.NewExtractor()
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval:", err)
		return ExitFailed
	}
	files, failed := ingest.ExpandPaths([]string{dir})
	for _, f := range failed {
		fmt.Fprintln(r.stderr, f.Summary())
	}
	for _, f := range files {
		if !importer.SupportedExt(filepath.Ext(f)) {
			continue
		}
		if err := r.exportArticle(x, f, filepath.Join(out, filepath.Base(f)+".json")); err != nil {
			fmt.Fprintf(r.stderr, "kgx eval: %s: %v\n", f, err)
		}
	}
	cmd := exec.CommandContext(r.ctx, python, scorer, gold, out)
	cmd.Stdout, cmd.Stderr = r.stdout, r.stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(r.stderr, "kgx eval: scorer:", err)
		return ExitFailed
	}
	return ExitOK
}

// exportArticle imports one article into a fresh project and writes its
// JSON export to path.
func (r *runner) exportArticle(x *importer.Extractor, article, path string) error {
	tmp, err := os.MkdirTemp("", "kgx-article-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	st, err := graph.Open(filepath.Join(tmp, "a.kgx"))
	if err != nil {
		return err
	}
	defer st.Close()
	in := &ingest.Ingester{Store: st, X: x}
	if res := in.ImportFile(r.ctx, article); res.Err != nil {
		return res.Err
	}
	g, err := st.Load(r.ctx)
	if err != nil {
		return err
	}
	return writeTo(path, io.Discard, g.WriteJSON)
}
