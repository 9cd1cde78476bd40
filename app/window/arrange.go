package window

import (
	"context"
	"fmt"
	"sort"
)

// selection returns the selected node and its neighbours, the selected
// node first, or nil when nothing is selected.
func (u *UI) selection() []int {
	nb := u.view.Scene.Neighbourhood()
	if nb == nil {
		return nil
	}
	sel := u.view.Scene.Selected
	out := []int{sel}
	for i := range nb {
		if i != sel {
			out = append(out, i)
		}
	}
	sort.Ints(out[1:])
	return out
}

// onArrange lays out the selection on a circle or in layers, or hands
// every node back to the force layout.
func (u *UI) onArrange(mode string) {
	if u.lay == nil || u.g == nil {
		return
	}
	sel := u.selection()
	if mode != T(arrangeForce) && len(sel) < 2 {
		u.status.SetText(fmt.Sprintf(T("Select a node with relations first: %s arranges it and its neighbours."), mode))
		u.bar.arrange.Selected = T(arrangeForce) // shown, without running the choice again
		u.bar.arrange.Refresh()
		return
	}
	u.stopLayout()
	for _, i := range u.arranged { // what the last arrangement pinned is free again
		if i < len(u.lay.Pinned) && !u.g.Nodes[i].Pinned {
			u.lay.Pinned[i] = false
		}
	}
	u.arranged = nil
	if mode == T(arrangeForce) {
		u.lay.Wake()
		u.startLayout(u.lay)
		return
	}
	if mode == T(arrangeCircle) {
		u.lay.Circle(sel)
	} else {
		u.lay.Layered(sel)
	}
	u.arranged = sel
	for _, i := range sel {
		u.view.Scene.Nodes[i].X, u.view.Scene.Nodes[i].Y = u.lay.X[i], u.lay.Y[i]
	}
	u.view.Refresh()
	u.status.SetText(fmt.Sprintf(T("%s: %s and its neighbours; choose Force layout to free them."), mode, u.g.Nodes[sel[0]].Name))
}

// onPauseLayout stops the force layout where it is, or lets it run on.
func (u *UI) onPauseLayout() {
	u.paused = !u.paused
	u.bar.setPaused(u.paused)
	if u.lay == nil {
		return
	}
	if u.paused {
		u.stopLayout()
		if u.g != nil {
			_ = u.store.SavePositions(context.Background(), u.lay.Positions(u.g))
		}
		return
	}
	u.lay.Wake()
	u.startLayout(u.lay)
}

// onEdgeTapped shows the relation with its evidence in the details panel.
func (u *UI) onEdgeTapped(i int) {
	if u.g == nil || i < 0 || i >= len(u.view.Scene.Edges) {
		return
	}
	id := u.view.Scene.Edges[i].ID
	k := sort.Search(len(u.g.Edges), func(k int) bool { return u.g.Edges[k].ID >= id })
	if k < len(u.g.Edges) && u.g.Edges[k].ID == id {
		u.details.showRelation(u, &u.g.Edges[k])
		u.tabs.SelectIndex(0)
	}
}
