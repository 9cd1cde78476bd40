package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kgx/kgx/graph/kg"
)

// Value is what a variable is bound to: an entity, a literal object, or a
// predicate.
type Value struct {
	Node      int64 // entity id, 0 if not an entity
	Literal   string
	Predicate string
}

// Match is one answer to a query: the value of each variable, and the
// relations that matched its patterns (with their evidence).
type Match struct {
	Bindings  map[string]Value
	Relations []*Edge
}

// Answer holds a query's matches and notes for the person (names that
// match no entity).
type Answer struct {
	Vars    []string // in order of first appearance
	Matches []Match
	Notes   []string
}

// Text returns the value as a person reads it: the entity's name, the
// literal or the predicate.
func (g *Graph) Text(v Value) string {
	switch {
	case v.Node != 0:
		if n := g.Node(v.Node); n != nil {
			return n.Name
		}
		return fmt.Sprint(v.Node)
	case v.Literal != "":
		return v.Literal
	}
	return v.Predicate
}

// Query answers q: every way to bind its variables so that each pattern
// matches a relation and every filter holds. Names match entities'
// canonical names and aliases, folded (case, umlauts, a genitive "s");
// a * or ?variable predicate leaves co-occurrence links out unless the
// query names related_to. An unknown predicate is a *QueryError.
// Cost: the first pattern scans the relations of its named or bound end
// (all relations when it has none); each next one only those of a bound end.
func (g *Graph) Query(q *Query) (*Answer, error) {
	ev := &evaluator{g: g, q: q, names: map[int][]int64{}, rows: map[string]int{}}
	if err := ev.resolve(); err != nil {
		return nil, err
	}
	ev.ans.Vars = queryVars(q)
	ev.solve(0, map[string]Value{}, nil)
	return &ev.ans, nil
}

type evaluator struct {
	g     *Graph
	q     *Query
	names map[int][]int64 // term position → the entities its name matches
	ans   Answer
	rows  map[string]int // bindings key → index in ans.Matches
}

// resolve looks up every entity name once and checks predicate names.
func (ev *evaluator) resolve() error {
	for _, p := range ev.q.Patterns {
		for _, t := range []Term{p.S, p.O} {
			if t.Name == "" {
				continue
			}
			ids := ev.g.Lookup(t.Name)
			if len(ids) == 0 && t == p.S || len(ids) == 0 && !ev.literalExists(t.Name) {
				ev.ans.Notes = append(ev.ans.Notes, fmt.Sprintf("no entity is called %q", t.Name))
			}
			ev.names[t.Pos] = ids
		}
		if n := p.P.Name; n != "" && !slices.Contains(kg.Predicates, n) {
			return &QueryError{ev.q.Source, p.P.Pos, fmt.Sprintf("unknown predicate %q: use one of %s", n, strings.Join(kg.Predicates, ", "))}
		}
	}
	return nil
}

func (ev *evaluator) literalExists(s string) bool {
	f := Fold(s)
	for i := range ev.g.Edges {
		if ev.g.Edges[i].Literal != "" && Fold(ev.g.Edges[i].Literal) == f {
			return true
		}
	}
	return false
}

func queryVars(q *Query) []string {
	var vars []string
	for _, p := range q.Patterns {
		for _, t := range []Term{p.S, p.P, p.O} {
			if t.Var != "" && !slices.Contains(vars, t.Var) {
				vars = append(vars, t.Var)
			}
		}
	}
	return vars
}

// solve matches pattern k and on, extending b; used are the relations
// matched so far.
func (ev *evaluator) solve(k int, b map[string]Value, used []*Edge) {
	if k == len(ev.q.Patterns) {
		if ev.passes(b, used) {
			ev.add(b, used)
		}
		return
	}
	p := ev.q.Patterns[k]
	for _, e := range ev.candidates(p, b) {
		nb, ok := ev.bind(p, e, b)
		if ok {
			ev.solve(k+1, nb, append(used[:len(used):len(used)], e))
		}
	}
}

// candidates returns the relations worth trying for p: those of a named
// or bound end, else all, in id order.
func (ev *evaluator) candidates(p Pattern, b map[string]Value) []*Edge {
	for _, t := range []Term{p.S, p.O} {
		var ids []int64
		switch {
		case t.Name != "":
			ids = ev.names[t.Pos]
		case t.Var != "" && b[t.Var].Node != 0:
			ids = []int64{b[t.Var].Node}
		default:
			continue
		}
		if len(ids) == 0 && t == p.O && t.Name != "" {
			break // a literal object: scan all
		}
		var out []*Edge
		for _, id := range ids {
			out = append(out, ev.g.EdgesOf(id)...)
		}
		sort.Slice(out, func(a, c int) bool { return out[a].ID < out[c].ID })
		return slices.Compact(out)
	}
	out := make([]*Edge, len(ev.g.Edges))
	for i := range ev.g.Edges {
		out[i] = &ev.g.Edges[i]
	}
	return out
}

// bind matches relation e against p under b and returns the extended
// bindings.
func (ev *evaluator) bind(p Pattern, e *Edge, b map[string]Value) (map[string]Value, bool) {
	nb := b
	set := func(name string, v Value) bool {
		if old, ok := nb[name]; ok {
			return old == v
		}
		if len(nb) == len(b) {
			nb = make(map[string]Value, len(b)+1)
			for k, x := range b {
				nb[k] = x
			}
		}
		nb[name] = v
		return true
	}
	obj := Value{Node: e.To, Literal: e.Literal}
	ok := ev.matchEnd(p.S, Value{Node: e.From}, set) && ev.matchPredicate(p.P, e.Predicate, set) && ev.matchEnd(p.O, obj, set)
	return nb, ok
}

func (ev *evaluator) matchEnd(t Term, v Value, set func(string, Value) bool) bool {
	switch {
	case t.Any:
		return true
	case t.Var != "":
		return set(t.Var, v)
	case v.Node != 0:
		return slices.Contains(ev.names[t.Pos], v.Node)
	}
	return Fold(v.Literal) == Fold(t.Name)
}

func (ev *evaluator) matchPredicate(t Term, pred string, set func(string, Value) bool) bool {
	switch {
	case t.Name != "":
		return pred == t.Name
	case pred == kg.CoOccurrence:
		return false // only when asked for by name
	case t.Var != "":
		return set(t.Var, Value{Predicate: pred})
	}
	return true
}

// passes checks the filters on a complete match.
func (ev *evaluator) passes(b map[string]Value, used []*Edge) bool {
	for _, f := range ev.q.Filters {
		if !ev.holds(f, b, used) {
			return false
		}
	}
	return true
}

func (ev *evaluator) holds(f Filter, b map[string]Value, used []*Edge) bool {
	switch f.Field {
	case "type":
		n := ev.g.Node(b[f.Var].Node)
		return n != nil && compareText(n.Type, f.Op, f.Value)
	case "confidence":
		for _, e := range used {
			if !compareNum(e.Confidence, f.Op, f.Num) {
				return false
			}
		}
		return true
	}
	for _, e := range used { // document: every relation has (=) or lacks (!=) evidence from it
		from := slices.ContainsFunc(e.Evidence, func(x Evidence) bool { return ev.inDocument(x.Doc, f.Value) })
		if from != (f.Op == "=") {
			return false
		}
	}
	return true
}

// inDocument reports whether doc (an id) is the document named v: its id,
// a prefix of it, its title or its file name.
func (ev *evaluator) inDocument(doc, v string) bool {
	d := ev.g.Document(doc)
	if d == nil {
		return false
	}
	fv := Fold(v)
	base := d.Path[strings.LastIndexAny(d.Path, `/\`)+1:]
	stem := base
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		stem = base[:i]
	}
	return d.ID == v || len(v) >= 6 && strings.HasPrefix(d.ID, v) ||
		Fold(d.Title) == fv || Fold(base) == fv || Fold(stem) == fv
}

func compareText(a, op, b string) bool {
	eq := strings.EqualFold(a, b)
	if op == "!=" {
		return !eq
	}
	return eq
}

func compareNum(a float64, op string, b float64) bool {
	switch op {
	case "=":
		return a == b
	case "!=":
		return a != b
	case "<":
		return a < b
	case "<=":
		return a <= b
	case ">":
		return a > b
	}
	return a >= b
}

// add records a match; matches with the same bindings are one row with
// all their relations.
func (ev *evaluator) add(b map[string]Value, used []*Edge) {
	key := ""
	for _, v := range ev.ans.Vars {
		x := b[v]
		key += fmt.Sprintf("%d\x00%s\x00%s\x01", x.Node, x.Literal, x.Predicate)
	}
	if i, ok := ev.rows[key]; ok {
		m := &ev.ans.Matches[i]
		for _, e := range used {
			if !slices.Contains(m.Relations, e) {
				m.Relations = append(m.Relations, e)
			}
		}
		return
	}
	ev.rows[key] = len(ev.ans.Matches)
	ev.ans.Matches = append(ev.ans.Matches, Match{Bindings: b, Relations: slices.Clone(used)})
}
