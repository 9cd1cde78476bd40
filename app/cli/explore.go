package cli

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/kg"
)

// load opens the project named by --store and reads it into memory; on
// failure it has said why on stderr.
func (r *runner) load(cmd, storePath string) (*graph.Graph, bool) {
	st, ok := r.open(cmd, storePath)
	if !ok {
		return nil, false
	}
	defer st.Close()
	g, err := st.Load(r.ctx)
	if err != nil {
		fmt.Fprintf(r.stderr, "kgx %s: %v\n", cmd, err)
		return nil, false
	}
	return g, true
}

// entity finds the entity a person named, or says on stderr that none is
// called so (with the closest names).
func (r *runner) entity(cmd string, g *graph.Graph, name string) (*graph.Node, bool) {
	ids := g.Lookup(name)
	if len(ids) > 0 {
		return g.Node(ids[0]), true
	}
	msg := fmt.Sprintf("kgx %s: no entity is called %q", cmd, name)
	if hits := g.Search(name); len(hits) > 0 {
		var names []string
		for _, h := range hits[:min(3, len(hits))] {
			names = append(names, fmt.Sprintf("%q", h.Name))
		}
		msg += "; did you mean " + strings.Join(names, ", ") + "?"
	}
	fmt.Fprintln(r.stderr, msg)
	return nil, false
}

func formatFlag(fs *flag.FlagSet) *string {
	return fs.String("format", "table", "table, json or csv")
}

func (r *runner) queryCmd(args []string) int {
	fs, storePath := r.flags("query")
	format := formatFlag(fs)
	words, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if *format != "table" && *format != "json" && *format != "csv" {
		fmt.Fprintf(r.stderr, "kgx query: --format %q: use table, json or csv\n", *format)
		return ExitNotImplemented
	}
	src := strings.Join(words, " ")
	q, err := graph.ParseQuery(src)
	if err != nil {
		return r.queryError(err)
	}
	g, ok := r.load("query", *storePath)
	if !ok {
		return ExitFailed
	}
	ans, err := g.Query(q)
	if err != nil {
		return r.queryError(err)
	}
	for _, n := range ans.Notes {
		fmt.Fprintln(r.stderr, "kgx query:", n)
	}
	switch *format {
	case "json":
		return r.done("query", json.NewEncoder(r.stdout).Encode(answerJSON(g, src, ans)))
	case "csv":
		return r.done("query", writeAnswerCSV(r.stdout, g, ans))
	}
	writeAnswerTable(r.stdout, g, ans)
	return ExitOK
}

// queryError prints a malformed query's message with a caret line.
func (r *runner) queryError(err error) int {
	var qe *graph.QueryError
	if errors.As(err, &qe) {
		fmt.Fprintf(r.stderr, "%v\n%s\n", qe, qe.Caret())
		return ExitNotImplemented
	}
	fmt.Fprintln(r.stderr, "kgx query:", err)
	return ExitFailed
}

func (r *runner) done(cmd string, err error) int {
	if err != nil {
		fmt.Fprintf(r.stderr, "kgx %s: %v\n", cmd, err)
		return ExitFailed
	}
	return ExitOK
}

// RelationJSON is a relation in `kgx query --format json` and `kgx path
// --format json`.
type RelationJSON struct {
	ID            int64          `json:"id"`
	Subject       string         `json:"subject"`
	Predicate     string         `json:"predicate"`
	Object        string         `json:"object,omitempty"`
	ObjectLiteral string         `json:"object_literal,omitempty"`
	Label         string         `json:"label"`
	Confidence    float64        `json:"confidence"`
	Evidence      []EvidenceJSON `json:"evidence"`
}

// EvidenceJSON is one sentence a relation was read from.
type EvidenceJSON struct {
	Doc        string `json:"doc"`
	Title      string `json:"title"`
	Sentence   string `json:"sentence"`
	Start, End int    `json:"-"`
}

func relationJSON(g *graph.Graph, e *graph.Edge) RelationJSON {
	out := RelationJSON{ID: e.ID, Subject: g.Text(graph.Value{Node: e.From}), Predicate: e.Predicate,
		Label: e.Label, Confidence: e.Confidence, Evidence: []EvidenceJSON{}}
	if e.To != 0 {
		out.Object = g.Text(graph.Value{Node: e.To})
	} else {
		out.ObjectLiteral = e.Literal
	}
	for _, ev := range e.Evidence {
		title := g.DocumentTitle(ev.Doc)
		out.Evidence = append(out.Evidence, EvidenceJSON{Doc: ev.Doc, Title: title, Sentence: ev.Sentence})
	}
	return out
}

// BindingJSON is a variable's value: an entity (name, type) or a literal
// or predicate (name only).
type BindingJSON struct {
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

type answerOut struct {
	Query string   `json:"query"`
	Vars  []string `json:"vars"`
	Rows  []rowOut `json:"rows"`
	Notes []string `json:"notes,omitempty"`
}

type rowOut struct {
	Bindings  map[string]BindingJSON `json:"bindings"`
	Relations []RelationJSON         `json:"relations"`
}

func answerJSON(g *graph.Graph, src string, a *graph.Answer) answerOut {
	out := answerOut{Query: src, Vars: append([]string{}, a.Vars...), Rows: []rowOut{}, Notes: a.Notes}
	for _, m := range a.Matches {
		row := rowOut{Bindings: map[string]BindingJSON{}}
		for _, v := range a.Vars {
			b := BindingJSON{Name: g.Text(a.Value(m, v))}
			if n := g.Node(a.Value(m, v).Node); n != nil {
				b.Type = n.Type
			}
			row.Bindings[v] = b
		}
		for _, e := range m.Relations {
			row.Relations = append(row.Relations, relationJSON(g, e))
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// writeAnswerTable prints one line per match with its bindings, and under
// it each matched relation with the sentences it was read from.
func writeAnswerTable(w io.Writer, g *graph.Graph, a *graph.Answer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(a.Vars) > 0 {
		fmt.Fprintln(tw, "?"+strings.Join(a.Vars, "\t?"))
	}
	for _, m := range a.Matches {
		var vals []string
		for _, v := range a.Vars {
			vals = append(vals, g.Text(a.Value(m, v)))
		}
		if len(vals) > 0 {
			fmt.Fprintln(tw, strings.Join(vals, "\t"))
		}
		tw.Flush()
		for _, e := range m.Relations {
			writeRelation(w, g, e, "    ")
		}
	}
	tw.Flush()
	fmt.Fprintf(w, "%d match(es)\n", len(a.Matches))
}

// writeRelation prints a relation and its evidence, indented.
func writeRelation(w io.Writer, g *graph.Graph, e *graph.Edge, indent string) {
	r := relationJSON(g, e)
	obj := r.Object
	if obj == "" {
		obj = r.ObjectLiteral
	}
	fmt.Fprintf(w, "%s%s —%s→ %s  (%.2f, relation %d)\n", indent, r.Subject, r.Predicate, obj, r.Confidence, r.ID)
	for _, ev := range r.Evidence {
		fmt.Fprintf(w, "%s    “%s” — %s\n", indent, ev.Sentence, ev.Title)
	}
}

func writeAnswerCSV(w io.Writer, g *graph.Graph, a *graph.Answer) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(append(append([]string{}, a.Vars...), "relations", "evidence"))
	for _, m := range a.Matches {
		var row []string
		for _, v := range a.Vars {
			row = append(row, g.Text(a.Value(m, v)))
		}
		var rels, evs []string
		for _, e := range m.Relations {
			r := relationJSON(g, e)
			rels = append(rels, fmt.Sprintf("%s %s %s%s", r.Subject, r.Predicate, r.Object, r.ObjectLiteral))
			for _, ev := range r.Evidence {
				evs = append(evs, ev.Sentence+" ("+ev.Title+")")
			}
		}
		_ = cw.Write(append(row, strings.Join(rels, "; "), strings.Join(evs, " | ")))
	}
	cw.Flush()
	return cw.Error()
}

func (r *runner) pathCmd(args []string) int {
	fs, storePath := r.flags("path")
	k := fs.Int("k", 3, "how many shortest paths")
	via := fs.String("via", "", "only these predicates, comma-separated")
	co := fs.Bool("cooccurrence", false, "also follow co-occurrence (same sentence) links")
	format := formatFlag(fs)
	names, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(names) != 2 || *k < 1 {
		fmt.Fprintln(r.stderr, "kgx path: name two entities (quote names with spaces) and --k ≥ 1")
		return ExitNotImplemented
	}
	g, ok := r.load("path", *storePath)
	if !ok {
		return ExitFailed
	}
	a, okA := r.entity("path", g, names[0])
	b, okB := r.entity("path", g, names[1])
	if !okA || !okB {
		return ExitFailed
	}
	paths, err := g.KPaths(a.ID, b.ID, *k, graph.PathOptions{Via: graph.ParseVia(*via), Cooccurrence: *co})
	if errors.Is(err, graph.ErrNoPath) {
		fmt.Fprintf(r.stderr, "kgx path: %s and %s are not connected", a.Name, b.Name)
		if !*co {
			fmt.Fprint(r.stderr, " (co-occurrence left out; --cooccurrence follows it)")
		}
		fmt.Fprintln(r.stderr)
		return ExitFailed
	}
	if *format == "json" {
		out := [][]RelationJSON{}
		for _, p := range paths {
			steps := []RelationJSON{}
			for _, e := range p {
				steps = append(steps, relationJSON(g, e))
			}
			out = append(out, steps)
		}
		return r.done("path", json.NewEncoder(r.stdout).Encode(map[string]any{"from": a.Name, "to": b.Name, "paths": out}))
	}
	for i, p := range paths {
		fmt.Fprintf(r.stdout, "%d. %s\n", i+1, pathLine(g, a.ID, p))
		for _, e := range p {
			writeRelation(r.stdout, g, e, "   ")
		}
	}
	return ExitOK
}

// pathLine is "A —p→ B ←q— C": each step in the direction of its relation.
func pathLine(g *graph.Graph, from int64, p []*graph.Edge) string {
	ids := g.PathNodes(from, p)
	var sb strings.Builder
	sb.WriteString(g.Node(from).Name)
	for k, e := range p {
		next := g.Node(ids[k+1]).Name
		if e.From == ids[k] {
			fmt.Fprintf(&sb, " —%s→ %s", e.Predicate, next)
		} else {
			fmt.Fprintf(&sb, " ←%s— %s", e.Predicate, next)
		}
	}
	return sb.String()
}

func (r *runner) neighboursCmd(args []string) int {
	fs, storePath := r.flags("neighbours")
	depth := fs.Int("depth", 1, "how many relations away")
	co := fs.Bool("cooccurrence", false, "also follow co-occurrence links")
	format := formatFlag(fs)
	names, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(names) != 1 || *depth < 1 {
		fmt.Fprintln(r.stderr, "kgx neighbours: name one entity, and --depth ≥ 1")
		return ExitNotImplemented
	}
	g, ok := r.load("neighbours", *storePath)
	if !ok {
		return ExitFailed
	}
	n, ok := r.entity("neighbours", g, names[0])
	if !ok {
		return ExitFailed
	}
	ids, dist, edges := g.Neighbourhood(n.ID, *depth, graph.PathOptions{Cooccurrence: *co})
	if *format == "json" {
		type ent struct {
			Name     string `json:"name"`
			Type     string `json:"type"`
			Distance int    `json:"distance"`
		}
		out := struct {
			Entities  []ent          `json:"entities"`
			Relations []RelationJSON `json:"relations"`
		}{Entities: []ent{}, Relations: []RelationJSON{}}
		for _, id := range ids {
			out.Entities = append(out.Entities, ent{g.Node(id).Name, g.Node(id).Type, dist[id]})
		}
		for _, e := range edges {
			out.Relations = append(out.Relations, relationJSON(g, e))
		}
		return r.done("neighbours", json.NewEncoder(r.stdout).Encode(out))
	}
	tw := tabwriter.NewWriter(r.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "distance\tentity\ttype")
	for _, id := range ids {
		fmt.Fprintf(tw, "%d\t%s\t%s\n", dist[id], g.Node(id).Name, g.Node(id).Type)
	}
	tw.Flush()
	fmt.Fprintf(r.stdout, "\n%d relation(s) among them:\n", len(edges))
	for _, e := range edges {
		writeRelation(r.stdout, g, e, "  ")
	}
	return ExitOK
}

func (r *runner) rankCmd(args []string) int {
	fs, storePath := r.flags("rank")
	by := fs.String("by", "pagerank", "pagerank or degree")
	top := fs.Int("top", 20, "how many entities")
	if _, err := parse(fs, args); err != nil {
		return ExitNotImplemented
	}
	if *by != "pagerank" && *by != "degree" {
		fmt.Fprintf(r.stderr, "kgx rank: --by %q: use pagerank or degree\n", *by)
		return ExitNotImplemented
	}
	g, ok := r.load("rank", *storePath)
	if !ok {
		return ExitFailed
	}
	skip := func(e *graph.Edge) bool { return e.Predicate == kg.CoOccurrence }
	pr, deg, comm := g.PageRank(skip), g.Degree(skip), g.Communities(skip)
	order := make([]int, len(g.Nodes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		if *by == "degree" && deg[order[a]] != deg[order[b]] {
			return deg[order[a]] > deg[order[b]]
		}
		return pr[order[a]] > pr[order[b]]
	})
	tw := tabwriter.NewWriter(r.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "rank\tentity\ttype\tpagerank\tdegree\tgroup")
	for k, i := range order[:min(*top, len(order))] {
		n := g.Nodes[i]
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.4f\t%d\t%d\n", k+1, n.Name, n.Type, pr[i], deg[i], comm[i]+1)
	}
	return r.done("rank", tw.Flush())
}
