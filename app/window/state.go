package window

import (
	"sort"
	"strconv"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/render"
)

// viewState is what the person is looking at, by entity and relation id,
// so that it survives a reload of the project (an import, an edit, undo).
type viewState struct {
	selected int64          // the selected entity, 0 for none
	chosen   map[int64]bool // the multiple selection (Ctrl/Shift-click)
	focus    int64          // the neighbourhood shown alone, 0 for the whole graph
	depth    int            // its depth in relations
	path     []*graph.Edge  // the path shown, in order
	hits     []int64        // search hits, best first
	filter   viewFilter
}

// viewFilter hides parts of the graph from the view; zero shows all.
type viewFilter struct {
	hideTypes map[string]bool // entity types not shown
	hidePreds map[string]bool // predicates not shown
	hideDocs  map[string]bool // documents whose entities and relations are not shown
	minConf   float64         // relations below this confidence are not shown
	minDegree int             // entities with fewer shown relations are hidden
	topN      int             // only the N entities of highest PageRank, 0 for all
	// asOf, if set, holds the documents known at the chosen point of the
	// time slider: what later articles added is not shown.
	asOf map[string]bool
}

// active reports whether the filter hides anything.
func (f viewFilter) active() bool {
	return len(f.hideTypes) > 0 || len(f.hidePreds) > 0 || len(f.hideDocs) > 0 || f.minConf > 0 || f.minDegree > 0 || f.topN > 0 || f.asOf != nil
}

// docShown reports whether the filter shows what document d says.
func (f viewFilter) docShown(d string) bool {
	return !f.hideDocs[d] && (f.asOf == nil || f.asOf[d])
}

// keepEdge reports whether the filter shows relation e.
func (f viewFilter) keepEdge(e *graph.Edge) bool {
	if f.hidePreds[e.Predicate] || e.Confidence < f.minConf {
		return false
	}
	if len(f.hideDocs) == 0 && f.asOf == nil {
		return true
	}
	for _, ev := range e.Evidence {
		if f.docShown(ev.Doc) {
			return true
		}
	}
	return len(e.Evidence) == 0
}

// keepNode reports whether the filter shows entity n (before degree and rank).
func (f viewFilter) keepNode(n *graph.Node) bool {
	if f.hideTypes[n.Type] {
		return false
	}
	if len(f.hideDocs) == 0 && f.asOf == nil || len(n.Docs) == 0 {
		return true
	}
	for _, d := range n.Docs {
		if f.docShown(d) {
			return true
		}
	}
	return false
}

// keepers returns the scene options' Keep and KeepEdge for the view state
// on g: filters, then degree and rank among what the filters leave, then
// the focused neighbourhood. weak says whether co-occurrence counts.
func (st *viewState) keepers(g *graph.Graph, weak bool) (func(int, *graph.Node) bool, func(*graph.Edge) bool) {
	f := st.filter
	keepEdge := func(e *graph.Edge) bool { return f.keepEdge(e) }
	shown := make([]bool, len(g.Nodes))
	for i := range g.Nodes {
		shown[i] = f.keepNode(&g.Nodes[i])
	}
	skip := func(e *graph.Edge) bool {
		a, b := g.NodeIndex(e.From), g.NodeIndex(e.To)
		return !weak && e.Predicate == render.WeakPredicate || !keepEdge(e) || a < 0 || b < 0 || !shown[a] || !shown[b]
	}
	if f.minDegree > 0 {
		for i, d := range g.Degree(skip) {
			shown[i] = shown[i] && d >= f.minDegree
		}
	}
	if f.topN > 0 {
		limitToTop(shown, g.PageRank(skip), f.topN)
	}
	if st.focus != 0 {
		ids, _, _ := g.Neighbourhood(st.focus, max(st.depth, 1), graph.PathOptions{Cooccurrence: weak})
		near := map[int64]bool{}
		for _, id := range ids {
			near[id] = true
		}
		for i := range g.Nodes {
			shown[i] = shown[i] && near[g.Nodes[i].ID] || g.Nodes[i].ID == st.focus
		}
	}
	return func(i int, _ *graph.Node) bool { return shown[i] }, keepEdge
}

// limitToTop keeps shown only for the n shown entries of highest rank.
func limitToTop(shown []bool, rank []float64, n int) {
	var idx []int
	for i, ok := range shown {
		if ok {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return rank[idx[a]] > rank[idx[b]] })
	for _, i := range idx[min(n, len(idx)):] {
		shown[i] = false
	}
}

// decorate marks the view state on a freshly built scene of g: the
// selection, the multiple selection and search hits ringed, the path's
// relations drawn in the accent colour.
func (st *viewState) decorate(s *render.Scene, g *graph.Graph) {
	s.Selected = -1
	if i := g.NodeIndex(st.selected); st.selected != 0 && i >= 0 {
		s.Selected = i
	}
	s.Highlight = map[int]bool{}
	for _, id := range st.hits {
		if i := g.NodeIndex(id); i >= 0 {
			s.Highlight[i] = true
		}
	}
	for id := range st.chosen {
		if i := g.NodeIndex(id); i >= 0 {
			s.Highlight[i] = true
		}
	}
	s.Marked = map[int]bool{}
	onPath := map[int64]bool{}
	for _, e := range st.path {
		onPath[e.ID] = true
		for _, id := range []int64{e.From, e.To} {
			if i := g.NodeIndex(id); i >= 0 {
				s.Highlight[i] = true
			}
		}
	}
	for i, e := range s.Edges {
		if onPath[e.ID] {
			s.Marked[i] = true
		}
	}
}

// choose adds entity id to the multiple selection; the first chosen is
// also the selected one.
func (st *viewState) choose(id int64) {
	st.chosen[id] = true
	if st.selected == 0 {
		st.selected = id
	}
}

// chosenRefs returns the multiple selection (with the selected entity) as
// "#id" references for the project's edits, selected first.
func (st *viewState) chosenRefs() []string {
	var ids []int64
	for id := range st.chosen {
		if id != st.selected {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	if st.selected != 0 {
		ids = append([]int64{st.selected}, ids...)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = ref(id)
	}
	return out
}

// ref names an entity for the project's edits unambiguously.
func ref(id int64) string { return "#" + strconv.FormatInt(id, 10) }

// forget drops from the state what g no longer holds (after an edit or
// undo): the selection, focus, path and hits of deleted entities.
func (st *viewState) forget(g *graph.Graph) {
	if g.Node(st.selected) == nil {
		st.selected = 0
	}
	if g.Node(st.focus) == nil {
		st.focus = 0
	}
	for id := range st.chosen {
		if g.Node(id) == nil {
			delete(st.chosen, id)
		}
	}
	var hits []int64
	for _, id := range st.hits {
		if g.Node(id) != nil {
			hits = append(hits, id)
		}
	}
	st.hits = hits
	for _, e := range st.path {
		if g.Node(e.From) == nil || g.Node(e.To) == nil {
			st.path = nil
			break
		}
	}
}
