package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	dgraph "github.com/dominikbraun/graph"
)

// Document is an imported article as the graph knows it.
type Document struct {
	ID, Title, Path, Lang, Date, Author, ImportedAt string
}

// Node is an entity.
type Node struct {
	ID       int64
	Name     string
	Type     string
	Aliases  []string
	Mentions int
	Docs     []string // ids of the documents that mention it
	X, Y     float64  // stored layout position, if HasPos
	HasPos   bool
	Pinned   bool
	Hidden   bool // the person hid it from views and images (it still answers queries)
}

// Evidence is a sentence a relation was read from.
type Evidence struct {
	Doc        string
	Sentence   string
	Start, End int // character offsets of the sentence in the document text
	Label      string
}

// Edge is a relation between two entities, or between an entity and a literal.
type Edge struct {
	ID         int64
	From, To   int64 // To is 0 when Literal is set
	Predicate  string
	Literal    string
	Label      string
	Confidence float64
	Evidence   []Evidence
}

// Graph is a project loaded into memory. Nodes and Edges are sorted by id.
// It is not safe for concurrent mutation.
type Graph struct {
	Documents []Document
	Nodes     []Node
	Edges     []Edge
	byID      map[int64]int
	adj       map[int64][]int // node id → indices of its edges (both directions)
	docByID   map[string]int

	names, aliasNames map[string][]int64 // folded name → entity ids, built by Lookup
}

// Load reads the whole project into memory.
func (s *Store) Load(ctx context.Context) (*Graph, error) {
	g := &Graph{byID: map[int64]int{}, adj: map[int64][]int{}, docByID: map[string]int{}}
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, path, lang, date, author, imported_at FROM documents ORDER BY imported_at, id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.Title, &d.Path, &d.Lang, &d.Date, &d.Author, &d.ImportedAt); err != nil {
			rows.Close()
			return nil, err
		}
		g.docByID[d.ID] = len(g.Documents)
		g.Documents = append(g.Documents, d)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT e.id, e.name, e.type, e.mentions, e.hidden, p.x, p.y, p.pinned FROM entities e
		LEFT JOIN positions p ON p.entity = e.id ORDER BY e.id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var n Node
		var x, y *float64
		var pinned *bool
		if err := rows.Scan(&n.ID, &n.Name, &n.Type, &n.Mentions, &n.Hidden, &x, &y, &pinned); err != nil {
			rows.Close()
			return nil, err
		}
		if x != nil && y != nil {
			n.X, n.Y, n.HasPos = *x, *y, true
			n.Pinned = pinned != nil && *pinned
		}
		g.byID[n.ID] = len(g.Nodes)
		g.Nodes = append(g.Nodes, n)
	}
	rows.Close()
	if err := s.eachRow(ctx, `SELECT a.entity, a.alias FROM aliases a JOIN entities e ON e.id = a.entity
		WHERE a.alias <> e.name ORDER BY a.entity, a.alias`, func(sc scanner) error {
		var id int64
		var a string
		if err := sc.Scan(&id, &a); err != nil {
			return err
		}
		if i, ok := g.byID[id]; ok {
			g.Nodes[i].Aliases = append(g.Nodes[i].Aliases, a)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := s.eachRow(ctx, `SELECT entity, doc FROM doc_entities ORDER BY entity, doc`, func(sc scanner) error {
		var id int64
		var d string
		if err := sc.Scan(&id, &d); err != nil {
			return err
		}
		if i, ok := g.byID[id]; ok {
			g.Nodes[i].Docs = append(g.Nodes[i].Docs, d)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	relIdx := map[int64]int{}
	if err := s.eachRow(ctx, `SELECT id, subject, predicate, object, literal, label, confidence FROM relations ORDER BY id`, func(sc scanner) error {
		var e Edge
		if err := sc.Scan(&e.ID, &e.From, &e.Predicate, &e.To, &e.Literal, &e.Label, &e.Confidence); err != nil {
			return err
		}
		relIdx[e.ID] = len(g.Edges)
		g.Edges = append(g.Edges, e)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := s.eachRow(ctx, `SELECT relation, doc, sentence, start, end, label FROM evidence ORDER BY relation, doc, start`, func(sc scanner) error {
		var id int64
		var ev Evidence
		if err := sc.Scan(&id, &ev.Doc, &ev.Sentence, &ev.Start, &ev.End, &ev.Label); err != nil {
			return err
		}
		if i, ok := relIdx[id]; ok {
			g.Edges[i].Evidence = append(g.Edges[i].Evidence, ev)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	g.index()
	return g, nil
}

type scanner interface{ Scan(dest ...any) error }

func (s *Store) eachRow(ctx context.Context, q string, fn func(scanner) error) error {
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Reindex rebuilds the lookups after Nodes, Edges or Documents were set
// or changed in memory (graphs built by hand, in tests or generators).
func (g *Graph) Reindex() {
	g.names, g.aliasNames = nil, nil
	g.byID = make(map[int64]int, len(g.Nodes))
	for i, n := range g.Nodes {
		g.byID[n.ID] = i
	}
	g.docByID = make(map[string]int, len(g.Documents))
	for i, d := range g.Documents {
		g.docByID[d.ID] = i
	}
	g.index()
}

func (g *Graph) index() {
	g.adj = map[int64][]int{}
	for i, e := range g.Edges {
		g.adj[e.From] = append(g.adj[e.From], i)
		if e.To != 0 && e.To != e.From {
			g.adj[e.To] = append(g.adj[e.To], i)
		}
	}
}

// Node returns the node with the given id, or nil.
func (g *Graph) Node(id int64) *Node {
	if i, ok := g.byID[id]; ok {
		return &g.Nodes[i]
	}
	return nil
}

// NodeIndex returns the index in Nodes of the node with the given id, or -1.
func (g *Graph) NodeIndex(id int64) int {
	if i, ok := g.byID[id]; ok {
		return i
	}
	return -1
}

// DocumentTitle returns the title of the document with the given id, or
// the id itself when the project does not hold it.
func (g *Graph) DocumentTitle(id string) string {
	if d := g.Document(id); d != nil {
		return d.Title
	}
	return id
}

// Document returns the document with the given id, or nil.
func (g *Graph) Document(id string) *Document {
	if i, ok := g.docByID[id]; ok {
		return &g.Documents[i]
	}
	return nil
}

// EdgesOf returns the edges that touch the node, in id order. O(degree).
func (g *Graph) EdgesOf(id int64) []*Edge {
	var out []*Edge
	for _, i := range g.adj[id] {
		out = append(out, &g.Edges[i])
	}
	return out
}

// ErrNoEntity is returned when a name matches no entity.
var ErrNoEntity = errors.New("no such entity")

// Lookup returns the ids of the entities called name: by canonical name,
// else by alias, compared folded (case, umlauts, dots, hyphens); a name
// with a genitive "s" or apostrophe ("ZTEs", "Siemens'") also finds the
// bare name when nothing has the inflected one. Built once per graph,
// then O(1).
func (g *Graph) Lookup(name string) []int64 {
	if g.names == nil {
		g.indexNames()
	}
	for _, f := range foldedForms(name) {
		if ids := g.names[f]; len(ids) > 0 {
			return ids
		}
		if ids := g.aliasNames[f]; len(ids) > 0 {
			return ids
		}
	}
	return nil
}

// foldedForms are the forms a name is looked up under, best first.
func foldedForms(name string) []string {
	f := Fold(name)
	out := []string{f}
	for _, suf := range []string{"'s", "'", "s"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+1 {
			out = append(out, strings.TrimSuffix(f, suf))
		}
	}
	return out
}

func (g *Graph) indexNames() {
	g.names, g.aliasNames = map[string][]int64{}, map[string][]int64{}
	for _, n := range g.Nodes {
		f := Fold(n.Name)
		g.names[f] = append(g.names[f], n.ID)
		for _, a := range n.Aliases {
			fa := Fold(a)
			if fa != f && !slices.Contains(g.aliasNames[fa], n.ID) {
				g.aliasNames[fa] = append(g.aliasNames[fa], n.ID)
			}
		}
	}
}

// Find returns the node named name (or with it as an alias), compared
// folded; an exact name beats an alias.
func (g *Graph) Find(name string) (*Node, error) {
	f := Fold(name)
	for i := range g.Nodes {
		if Fold(g.Nodes[i].Name) == f {
			return &g.Nodes[i], nil
		}
	}
	for i := range g.Nodes {
		for _, a := range g.Nodes[i].Aliases {
			if Fold(a) == f {
				return &g.Nodes[i], nil
			}
		}
	}
	return nil, fmt.Errorf("%w: %q", ErrNoEntity, name)
}

// Search returns the nodes whose name or alias contains q (folded), best
// matches first: exact, prefix, then by mentions.
func (g *Graph) Search(q string) []*Node {
	f := Fold(q)
	type hit struct {
		n     *Node
		score int
	}
	var hits []hit
	for i := range g.Nodes {
		n := &g.Nodes[i]
		best := -1
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			fs := Fold(s)
			switch {
			case fs == f:
				best = max(best, 3)
			case strings.HasPrefix(fs, f):
				best = max(best, 2)
			case strings.Contains(fs, f):
				best = max(best, 1)
			}
		}
		if best >= 0 {
			hits = append(hits, hit{n, best})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].score != hits[b].score {
			return hits[a].score > hits[b].score
		}
		return hits[a].n.Mentions > hits[b].n.Mentions
	})
	out := make([]*Node, len(hits))
	for i, h := range hits {
		out[i] = h.n
	}
	return out
}

// Traversal returns the entity graph as a dominikbraun graph (undirected,
// one edge per connected pair, the relation indices as edge data), for
// traversal algorithms. It costs O(V+E).
func (g *Graph) Traversal(skip func(*Edge) bool) dgraph.Graph[int64, int64] {
	t := dgraph.New(func(id int64) int64 { return id })
	for _, n := range g.Nodes {
		_ = t.AddVertex(n.ID)
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		if e.To == 0 || e.To == e.From || skip != nil && skip(e) {
			continue
		}
		if err := t.AddEdge(e.From, e.To, dgraph.EdgeData([]int{i})); errors.Is(err, dgraph.ErrEdgeAlreadyExists) {
			old, _ := t.Edge(e.From, e.To)
			idx := append(append([]int(nil), old.Properties.Data.([]int)...), i)
			_ = t.UpdateEdge(e.From, e.To, dgraph.EdgeData(idx))
		}
	}
	return t
}

// ErrNoPath is returned when two entities are not connected.
var ErrNoPath = errors.New("no path between the entities")

// Path returns a shortest chain of relations from node a to node b,
// ignoring the direction of relations and skipping those skip rejects. It
// costs O(V+E) for building the traversal graph plus Dijkstra.
func (g *Graph) Path(a, b int64, skip func(*Edge) bool) ([]*Edge, error) {
	t := g.Traversal(skip)
	ids, err := dgraph.ShortestPath(t, a, b)
	if err != nil {
		if errors.Is(err, dgraph.ErrTargetNotReachable) {
			return nil, ErrNoPath
		}
		return nil, err
	}
	var out []*Edge
	for i := 0; i+1 < len(ids); i++ {
		e, err := t.Edge(ids[i], ids[i+1])
		if err != nil {
			return nil, err
		}
		best := -1
		for _, k := range e.Properties.Data.([]int) {
			if best < 0 || g.Edges[k].Confidence > g.Edges[best].Confidence {
				best = k
			}
		}
		out = append(out, &g.Edges[best])
	}
	return out, nil
}
