package window

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kgx/kgx/graph"
)

// selectNode selects scene node i (or clears the selection for -1) and
// shows its details; a plain click also ends a multiple selection.
func (u *UI) selectNode(i int) {
	n := u.node(i)
	if n == nil {
		u.st.selected, u.st.chosen = 0, nil
		u.showState()
		u.details.clear()
		return
	}
	if u.pathFrom != 0 && n.ID != u.pathFrom {
		u.showPath(u.pathFrom, n.ID)
		return
	}
	u.st.selected, u.st.chosen = n.ID, nil
	u.showState()
	u.details.show(u, n)
	u.tabs.SelectIndex(0)
}

// showState marks the view state on the canvas anew and counts it in the
// status bar.
func (u *UI) showState() {
	u.st.decorate(u.view.Scene, u.g)
	u.view.Refresh()
	u.showCounts()
}

// toggleNode adds scene node i to the multiple selection or takes it out.
func (u *UI) toggleNode(i int) {
	n := u.node(i)
	if n == nil {
		return
	}
	if u.st.chosen == nil {
		u.st.chosen = map[int64]bool{}
		if u.st.selected != 0 {
			u.st.chosen[u.st.selected] = true
		}
	}
	if u.st.chosen[n.ID] {
		delete(u.st.chosen, n.ID)
		if u.st.selected == n.ID {
			u.st.selected = 0
		}
	} else {
		u.st.choose(n.ID)
	}
	u.showState()
}

// chooseNodes makes scene nodes the multiple selection (a rubber band).
func (u *UI) chooseNodes(idx []int) {
	u.st.chosen, u.st.selected = map[int64]bool{}, 0
	for _, i := range idx {
		if n := u.node(i); n != nil {
			u.st.choose(n.ID)
		}
	}
	u.showState()
	if len(idx) > 0 {
		u.status.SetText(fmt.Sprintf(T("%d entities selected: right-click one to merge, hide or delete them."), len(idx)))
	}
}

// focusOn shows only entity id and its neighbours (depth from the depth
// control); Escape shows the whole graph again.
func (u *UI) focusOn(id int64) {
	n := u.g.Node(id)
	if n == nil {
		return
	}
	u.st.focus, u.st.selected = id, id
	if u.st.depth == 0 {
		u.st.depth = 1
	}
	u.depth.Show()
	u.rebuildScene(false)
	u.view.AutoFit = true
	u.view.FitAll()
	u.status.SetText(fmt.Sprintf(T("Showing %s and its neighbours. Escape shows the whole graph."), n.Name))
}

// setDepth changes how far the focused neighbourhood reaches.
func (u *UI) setDepth(d int) {
	u.st.depth = d
	if u.st.focus != 0 {
		u.rebuildScene(false)
		u.view.FitAll()
	}
}

// onEscape steps back: out of picking a path's end, then out of a path or
// focus, then out of search hits and the selection.
func (u *UI) onEscape() {
	switch {
	case u.pathFrom != 0:
		u.pathFrom = 0
		u.status.SetText(T("Path cancelled."))
	case u.st.focus != 0 || len(u.st.path) > 0:
		u.st.focus, u.st.path = 0, nil
		u.depth.Hide()
		u.rebuildScene(false)
		u.view.AutoFit = true
		u.view.FitAll()
		u.status.SetText(T("Showing the whole graph."))
	default:
		u.st.hits, u.hit = nil, 0
		u.selectNode(-1)
		u.status.SetText("")
	}
}

// startPath waits for the person to pick the entity a path should lead to:
// a click on the canvas or a search.
func (u *UI) startPath(from int64) {
	n := u.g.Node(from)
	if n == nil {
		return
	}
	u.pathFrom = from
	u.status.SetText(fmt.Sprintf(T("Path from %s: click the entity to reach, or search for it. Escape cancels."), n.Name))
}

// showPath finds the shortest paths between two entities, highlights the
// first on the canvas and lists every step's evidence in the panel.
func (u *UI) showPath(a, b int64) {
	u.pathFrom = 0
	paths, err := u.g.KPaths(a, b, 3, graph.PathOptions{Cooccurrence: u.bar.related.Checked})
	na, nb := u.g.Node(a), u.g.Node(b)
	if errors.Is(err, graph.ErrNoPath) || err == nil && len(paths) == 0 {
		u.status.SetText(fmt.Sprintf(T("No path of relations leads from %s to %s."), na.Name, nb.Name))
		return
	}
	if err != nil {
		u.status.SetText(err.Error())
		return
	}
	u.st.path, u.st.selected = paths[0], 0
	u.rebuildScene(false)
	u.details.showPaths(u, a, b, paths)
	u.tabs.SelectIndex(0)
	u.status.SetText(fmt.Sprintf(T("Path from %s to %s: %d step(s). Escape returns."), na.Name, nb.Name, len(paths[0])))
}

// onSearch selects the next entity matching the query: Enter again (or
// Down) moves through all matches, each highlighted on the canvas.
func (u *UI) onSearch(q string) {
	q = strings.TrimSpace(q)
	u.search.offer(nil)
	if u.g == nil || q == "" {
		return
	}
	if q != u.lastQuery {
		u.lastQuery, u.hit = q, 0
		u.st.hits = nil
		for _, n := range u.g.Search(q) {
			u.st.hits = append(u.st.hits, n.ID)
		}
	} else if len(u.st.hits) > 0 {
		u.hit = (u.hit + 1) % len(u.st.hits)
	}
	if len(u.st.hits) == 0 {
		u.noMatch = fmt.Sprintf(T("No entity matches %q."), q)
		u.status.SetText(u.noMatch)
		u.showState()
		return
	}
	i := u.g.NodeIndex(u.st.hits[u.hit])
	picking := u.pathFrom != 0
	u.selectNode(i) // the end of the path being picked, else the selection
	if picking {
		return
	}
	u.centreOn(i)
	u.status.SetText(fmt.Sprintf(T("Match %d of %d for %q (Enter: next)."), u.hit+1, len(u.st.hits), q))
}

// onSearchChanged offers names as the person types and drops a stale
// message about an earlier query.
func (u *UI) onSearchChanged(q string) {
	if u.g == nil {
		return
	}
	if q != u.lastQuery && u.noMatch != "" && u.status.Text == u.noMatch {
		u.status.SetText("")
	}
	if id := suggestedID(q); id != 0 {
		u.search.offer(nil)
		u.selectID(id)
		return
	}
	u.search.offer(suggestions(u.g, q, 0, 10))
}

// centreOn pans so that scene node i is in the middle of the view.
func (u *UI) centreOn(i int) {
	if i < 0 || i >= len(u.view.Scene.Nodes) {
		return
	}
	n := u.view.Scene.Nodes[i]
	sz := u.view.Size()
	u.view.View.OffX = float64(sz.Width)/2 - n.X*u.view.View.Zoom
	u.view.View.OffY = float64(sz.Height)/2 - n.Y*u.view.View.Zoom
	u.view.AutoFit = false
	u.view.Refresh()
}

// zoomToFit shows the whole (visible) graph.
func (u *UI) zoomToFit() {
	u.view.AutoFit = true
	u.view.FitAll()
}
