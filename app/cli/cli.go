// Package cli implements kgx's command line (DESIGN.md, "Command line"):
// headless import, export and statistics. It imports no Fyne.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kgx/kgx/app/ingest"
	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/kg"
	"github.com/kgx/kgx/importer"
	"github.com/kgx/kgx/importer/eval"
)

// Exit codes.
const (
	ExitOK             = 0
	ExitFailed         = 1 // the command ran and something failed
	ExitNotImplemented = 2 // also: bad usage
)

var commands = map[string]func(*runner, []string) int{
	"import":     (*runner).importCmd,
	"export":     (*runner).exportCmd,
	"stats":      (*runner).statsCmd,
	"version":    (*runner).versionCmd,
	"query":      (*runner).queryCmd,
	"path":       (*runner).pathCmd,
	"neighbours": (*runner).neighboursCmd,
	"neighbors":  (*runner).neighboursCmd,
	"rank":       (*runner).rankCmd,
	"entity":     (*runner).entityCmd,
	"relation":   (*runner).relationCmd,
	"document":   (*runner).documentCmd,
	"undo":       (*runner).undoCmd,
	"redo":       (*runner).redoCmd,
	"log":        (*runner).logCmd,
	"merge":      (*runner).mergeCmd,
	"eval":       (*runner).evalCmd,
	"help":       (*runner).helpCmd,
}

// IsCommand reports whether name is a kgx subcommand (and not a file to open).
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok || name == "-h" || name == "--help"
}

type runner struct {
	ctx            context.Context
	version        string
	stdout, stderr io.Writer
}

// Run runs the subcommand in args[0] and returns the process exit code;
// version is what `kgx version` prints (main stamps it).
func Run(ctx context.Context, version string, args []string, stdout, stderr io.Writer) int {
	r := &runner{ctx: ctx, version: version, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		return r.helpCmd(nil)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		return r.helpCmd(nil)
	}
	return cmd(r, args[1:])
}

func notYet(r *runner, _ []string) int {
	fmt.Fprintln(r.stderr, "kgx: not implemented yet")
	return ExitNotImplemented
}

const usage = `kgx — knowledge graphs from news articles

  kgx [--store FILE] [FILE|DIR ...]       open the window (importing the files given)
  kgx import [--store FILE] [--lang auto|de|en] FILE|DIR ...   articles, or graph data (.json, .nq)
  kgx export [--store FILE] --format png|svg|pdf|json|nquads|graphml|gexf|cypher [-o FILE|-] [--width W --height H --scale S]
  kgx export [--store FILE] --format csv -o DIR   nodes.csv and relationships.csv for neo4j-admin
             [--background light|dark|transparent] [--title TEXT] [--legend=false] [--cooccurrence]
  kgx query  [--store FILE] [--format table|json|csv] QUERY   e.g. '?x classifies ZTE', '?a acquires ?b . ?b based_in USA where type(?a) = ORG'
  kgx path   [--store FILE] [--k N] [--via PRED,...] [--cooccurrence] [--format table|json] A B
  kgx neighbours [--store FILE] [--depth N] [--cooccurrence] [--format table|json] A
  kgx rank   [--store FILE] [--by pagerank|degree] [--top N]
  kgx entity merge|rename|split|type|delete [--store FILE] ...   edits, logged and undoable
  kgx relation delete [--store FILE] ID     kgx document remove [--store FILE] DOC
  kgx undo | redo | log [--store FILE]
  kgx merge  --store TARGET SOURCE.kgx      merge one project into another
  kgx stats  [--store FILE]
  kgx eval   [--corpora DIR]                  the importer's figures on annotated corpora
  kgx version

The project is --store, else $KGX_STORE, else kgx/default.kgx in the user's configuration folder.
`

func (r *runner) helpCmd([]string) int {
	fmt.Fprint(r.stderr, usage)
	return ExitNotImplemented
}

func (r *runner) versionCmd([]string) int {
	fmt.Fprintln(r.stdout, "kgx", r.version)
	return ExitOK
}

// parse parses flags that may stand before, between or after the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func (r *runner) flags(name string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("kgx "+name, flag.ContinueOnError)
	fs.SetOutput(r.stderr)
	store := fs.String("store", "", "project file (.kgx)")
	return fs, store
}

// OpenStore opens the project named by --store, or the default project.
func OpenStore(path string) (*graph.Store, error) { return graph.OpenOrDefault(path) }

// open opens the project for a command, or says on stderr why it cannot.
func (r *runner) open(cmd, path string) (*graph.Store, bool) {
	st, err := OpenStore(path)
	if err != nil {
		fmt.Fprintf(r.stderr, "kgx %s: %v\n", cmd, err)
		return nil, false
	}
	return st, true
}

func (r *runner) importCmd(args []string) int {
	fs, storePath := r.flags("import")
	lang := fs.String("lang", "auto", "language of the articles: auto, de or en")
	paths, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(paths) == 0 {
		fmt.Fprintln(r.stderr, "kgx import: name at least one file or folder")
		return ExitNotImplemented
	}
	if *lang != "auto" && *lang != "de" && *lang != "en" {
		fmt.Fprintf(r.stderr, "kgx import: --lang %q: use auto, de or en\n", *lang)
		return ExitNotImplemented
	}
	st, ok := r.open("import", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	x, err := importer.NewExtractor()
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx import:", err)
		return ExitFailed
	}
	in := &ingest.Ingester{Store: st, X: x, Lang: *lang}
	results := in.ImportPaths(r.ctx, paths, func(p ingest.Progress) {
		if p.Current != "" {
			fmt.Fprintf(r.stderr, "[%d/%d] %s\n", p.Done+1, p.Total, p.Current)
		}
	})
	code := ExitOK
	for _, res := range results {
		fmt.Fprintln(r.stdout, res.Summary())
		if res.Err != nil && !res.Skipped {
			code = ExitFailed
		}
	}
	return code
}

func (r *runner) statsCmd(args []string) int {
	fs, storePath := r.flags("stats")
	if _, err := parse(fs, args); err != nil {
		return ExitNotImplemented
	}
	st, ok := r.open("stats", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	s, err := st.Stats(r.ctx)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx stats:", err)
		return ExitFailed
	}
	fmt.Fprintf(r.stdout, "documents %d\nentities %d\nrelations %d\n", s.Documents, s.Entities, s.Relations)
	g, err := st.Load(r.ctx)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx stats:", err)
		return ExitFailed
	}
	skip := func(e *graph.Edge) bool { return e.Predicate == kg.CoOccurrence }
	comm := g.Communities(skip)
	groups := 0
	for _, c := range comm {
		groups = max(groups, c+1)
	}
	parts := g.Components(skip)
	largest := 0
	if len(parts) > 0 {
		largest = len(parts[0])
	}
	fmt.Fprintf(r.stdout, "components %d (largest %d entities)\ncommunities %d\n", len(parts), largest, groups)
	pr := g.PageRank(skip)
	best := -1
	for i := range pr {
		if best < 0 || pr[i] > pr[best] {
			best = i
		}
	}
	if best >= 0 {
		fmt.Fprintf(r.stdout, "top by pagerank %s (%.4f)\n", g.Nodes[best].Name, pr[best])
	}
	deg, top, sum := g.Degree(skip), -1, 0
	for i, d := range deg {
		sum += d
		if top < 0 || d > deg[top] {
			top = i
		}
	}
	if top >= 0 {
		fmt.Fprintf(r.stdout, "mean degree %.2f, top by degree %s (%d)\n", float64(sum)/float64(len(deg)), g.Nodes[top].Name, deg[top])
	}
	return ExitOK
}

// writeTo writes to a file atomically (through a temporary file) or to
// standard output for "-".
func writeTo(path string, stdout io.Writer, fn func(io.Writer) error) error {
	if path == "-" {
		return fn(stdout)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return errors.New("is a folder; name a file")
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	if err := fn(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Chmod(0o644); err != nil { // a temporary file is private; an export is not
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func (r *runner) evalCmd(args []string) int {
	fs := flag.NewFlagSet("kgx eval", flag.ContinueOnError)
	fs.SetOutput(r.stderr)
	dir := fs.String("corpora", "../shared/corpora", "folder with the annotated corpora (ner/, relations/)")
	articles := fs.String("articles", "", "instead: a folder of news articles with gold.json, scored as the outside measurement does")
	scorer := fs.String("scorer", "../shared/tools/score_articles.py", "the articles' scorer (Python 3)")
	newData := fs.Bool("new-data", false, "also score the entity taggers trained with the later data (GUM, Europeana); a few minutes more")
	if _, err := parse(fs, args); err != nil {
		return ExitNotImplemented
	}
	if *articles != "" {
		return r.evalArticles(*articles, *scorer)
	}
	x, err := importer.NewExtractor()
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval:", err)
		return ExitFailed
	}
	fmt.Fprintln(r.stderr, "training and scoring; this takes about a minute")
	ner, err := eval.RunNER(r.ctx, x, *dir)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval:", err)
		return ExitFailed
	}
	if *newData {
		more, err := eval.RunNERNewData(r.ctx, x, *dir)
		if err != nil {
			fmt.Fprintln(r.stderr, "kgx eval:", err)
			return ExitFailed
		}
		ner = append(ner, more...)
	}
	fmt.Fprintln(r.stdout, "Named entities (span-exact, PER/ORG/LOC):")
	eval.WriteNER(r.stdout, ner)
	rels, err := eval.RunRelations(r.ctx, x, *dir)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval:", err)
		return ExitFailed
	}
	fmt.Fprintln(r.stdout, "\nRelation recall (pairs per document):")
	eval.WriteRelations(r.stdout, rels)
	pos, err := eval.RunPOS(r.ctx, x, *dir)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx eval:", err)
		return ExitFailed
	}
	fmt.Fprintln(r.stdout, "\nParts of speech:")
	eval.WritePOS(r.stdout, pos)
	return ExitOK
}

func (r *runner) mergeCmd(args []string) int {
	fs, storePath := r.flags("merge")
	pos, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(pos) != 1 || *storePath == "" {
		fmt.Fprintln(r.stderr, "kgx merge --store TARGET SOURCE.kgx: name the project to merge into and the one to merge")
		return ExitNotImplemented
	}
	src, err := graph.OpenExisting(pos[0])
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx merge:", err)
		return ExitFailed
	}
	defer src.Close()
	st, ok := r.open("merge", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	res, err := st.MergeProject(r.ctx, src)
	if err != nil {
		fmt.Fprintf(r.stderr, "kgx merge: %s: %v\n", pos[0], err)
		return ExitFailed
	}
	if res.Duplicate {
		fmt.Fprintf(r.stdout, "same    %s: every document is in %s already\n", pos[0], st.Path())
		return ExitOK
	}
	fmt.Fprintf(r.stdout, "ok      %s: %d entities (%d new), %d relations (%d new)\n", pos[0], res.Entities, res.NewEnts, res.Relations, res.NewRels)
	return ExitOK
}
