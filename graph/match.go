package graph

import (
	"fmt"
	"slices"
	"strconv"
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

// Match is one answer to a query: the value of each variable (aligned
// with Answer.Vars), and the relations that matched its patterns.
type Match struct {
	Values    []Value
	Relations []*Edge
}

// Answer holds a query's matches and notes for the person (names that
// match no entity).
type Answer struct {
	Vars    []string // in order of first appearance
	Matches []Match
	Notes   []string
}

// Value returns what variable v is bound to in m, or the zero Value.
func (a *Answer) Value(m Match, v string) Value {
	if i := slices.Index(a.Vars, v); i >= 0 {
		return m.Values[i]
	}
	return Value{}
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
	ev.cur = make([]Value, len(ev.ans.Vars))
	ev.bound = make([]bool, len(ev.ans.Vars))
	ev.solve(0, nil)
	return &ev.ans, nil
}

type evaluator struct {
	g     *Graph
	q     *Query
	names map[int][]int64 // term position → the entities its name matches
	ans   Answer
	rows  map[string]int // bindings key → index in ans.Matches
	cur   []Value        // the bindings being built, by variable index
	bound []bool
	key   []byte
}

// resolve looks up every entity name once and checks predicate names.
func (ev *evaluator) resolve() error {
	for _, p := range ev.q.Patterns {
		for _, t := range []Term{p.S, p.O} {
			if t.Name == "" {
				continue
			}
			ids := ev.g.Lookup(t.Name)
			if len(ids) == 0 && (t == p.S || !ev.literalExists(t.Name)) { // an object may be a literal
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

// solve matches pattern k and on, backtracking over the bindings in
// ev.cur; used are the relations matched so far.
func (ev *evaluator) solve(k int, used []*Edge) {
	if k == len(ev.q.Patterns) {
		if ev.passes(used) {
			ev.add(used)
		}
		return
	}
	p := ev.q.Patterns[k]
	try := func(e *Edge) {
		if undo, ok := ev.bind(p, e); ok {
			ev.solve(k+1, append(used[:len(used):len(used)], e))
			for _, v := range undo {
				ev.bound[v] = false
			}
		}
	}
	if idx, ok := ev.candidates(p); ok {
		for _, i := range idx {
			try(&ev.g.Edges[i])
		}
		return
	}
	for i := range ev.g.Edges {
		try(&ev.g.Edges[i])
	}
}

// candidates returns the indices of the relations worth trying for p:
// those of a named or bound end, in id order; ok is false when p has
// neither and every relation is a candidate.
func (ev *evaluator) candidates(p Pattern) ([]int, bool) {
	for _, t := range []Term{p.S, p.O} {
		var ids []int64
		switch {
		case t.Name != "" && !(t == p.O && len(ev.names[t.Pos]) == 0): // a literal object scans all
			ids = ev.names[t.Pos]
		case t.Var != "" && ev.isBound(t.Var) && ev.valueOf(t.Var).Node != 0:
			ids = []int64{ev.valueOf(t.Var).Node}
		default:
			continue
		}
		if len(ids) == 1 {
			return ev.g.adj[ids[0]], true // in edge order already
		}
		var out []int
		for _, id := range ids {
			out = append(out, ev.g.adj[id]...)
		}
		slices.Sort(out)
		return slices.Compact(out), true
	}
	return nil, false
}

func (ev *evaluator) varIndex(name string) int  { return slices.Index(ev.ans.Vars, name) }
func (ev *evaluator) isBound(name string) bool  { return ev.bound[ev.varIndex(name)] }
func (ev *evaluator) valueOf(name string) Value { return ev.cur[ev.varIndex(name)] }

// bind matches relation e against p under the current bindings, binding
// what p's variables newly take; undo lists those variables.
func (ev *evaluator) bind(p Pattern, e *Edge) (undo []int, ok bool) {
	set := func(name string, v Value) bool {
		i := ev.varIndex(name)
		if ev.bound[i] {
			return ev.cur[i] == v
		}
		ev.cur[i], ev.bound[i] = v, true
		undo = append(undo, i)
		return true
	}
	ok = ev.matchPredicate(p.P, e.Predicate, set) && ev.matchEnd(p.S, Value{Node: e.From}, set) &&
		ev.matchEnd(p.O, Value{Node: e.To, Literal: e.Literal}, set)
	if !ok {
		for _, i := range undo {
			ev.bound[i] = false
		}
		return nil, false
	}
	return undo, true
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
func (ev *evaluator) passes(used []*Edge) bool {
	for _, f := range ev.q.Filters {
		if !ev.holds(f, used) {
			return false
		}
	}
	return true
}

func (ev *evaluator) holds(f Filter, used []*Edge) bool {
	switch f.Field {
	case "type":
		n := ev.g.Node(ev.valueOf(f.Var).Node)
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
func (ev *evaluator) add(used []*Edge) {
	ev.key = ev.key[:0]
	for _, x := range ev.cur {
		ev.key = strconv.AppendInt(ev.key, x.Node, 10)
		ev.key = append(ev.key, 0)
		ev.key = append(ev.key, x.Literal...)
		ev.key = append(ev.key, 0)
		ev.key = append(ev.key, x.Predicate...)
		ev.key = append(ev.key, 1)
	}
	if i, ok := ev.rows[string(ev.key)]; ok {
		m := &ev.ans.Matches[i]
		for _, e := range used {
			if !slices.Contains(m.Relations, e) {
				m.Relations = append(m.Relations, e)
			}
		}
		return
	}
	ev.rows[string(ev.key)] = len(ev.ans.Matches)
	ev.ans.Matches = append(ev.ans.Matches, Match{Values: slices.Clone(ev.cur), Relations: slices.Clone(used)})
}
