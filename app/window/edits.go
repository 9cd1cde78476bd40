package window

import (
	"context"
	"errors"
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph"
)

// entityTypes are the types an entity can be given.
var entityTypes = []string{"PER", "ORG", "LOC", "PRODUCT", "EVENT", "MISC"}

// runEdit applies one logged edit to the project, then shows the project
// again; a failed edit changes nothing and says why.
func (u *UI) runEdit(edit func(ctx context.Context, st *graph.Store) (graph.Edit, error)) {
	e, err := edit(context.Background(), u.store)
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	u.reload(false)
	u.status.SetText(fmt.Sprintf(T("Done: %s. Ctrl+Z undoes it."), e.Summary))
}

// onUndo and onRedo walk the project's edit log.
func (u *UI) onUndo() { u.walkLog((*graph.Store).Undo, T("Undid: %s."), graph.ErrNothingToUndo) }
func (u *UI) onRedo() { u.walkLog((*graph.Store).Redo, T("Redid: %s."), graph.ErrNothingToRedo) }

func (u *UI) walkLog(step func(*graph.Store, context.Context) (graph.Edit, error), msg string, none error) {
	e, err := step(u.store, context.Background())
	if errors.Is(err, none) {
		u.status.SetText(T(none.Error()) + ".")
		return
	}
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	u.reload(false)
	u.status.SetText(fmt.Sprintf(msg, e.Summary))
}

// node returns the entity shown at scene index i, or nil.
func (u *UI) node(i int) *graph.Node {
	if u.g == nil || i < 0 || i >= len(u.g.Nodes) {
		return nil
	}
	return &u.g.Nodes[i]
}

// onContextMenu opens the menu of a node, a relation or the background.
func (u *UI) onContextMenu(i, edge int, at fyne.Position) {
	var m *fyne.Menu
	switch {
	case i >= 0:
		if n := u.node(i); u.st.chosen[n.ID] { // a right-click inside the multiple selection keeps it
			u.st.selected = n.ID
			u.showState()
		} else {
			u.selectNode(i)
		}
		m = u.nodeMenu(u.node(i))
	case edge >= 0:
		u.onEdgeTapped(edge)
		m = u.edgeMenu(edge)
	default:
		m = fyne.NewMenu("", fyne.NewMenuItem(T("Zoom to fit"), u.zoomToFit), fyne.NewMenuItem(T("Show whole graph"), u.onEscape))
	}
	widget.ShowPopUpMenuAtPosition(m, u.win.Canvas(), at)
}

// onMenuKey opens the selected entity's menu from the keyboard, at its node.
func (u *UI) onMenuKey() {
	n := u.node(u.view.Scene.Selected)
	if n == nil {
		u.status.SetText(T("Select an entity first (click it, or search with Ctrl+F)."))
		return
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.view).Add(u.view.NodePosition(u.view.Scene.Selected))
	widget.ShowPopUpMenuAtPosition(u.nodeMenu(n), u.win.Canvas(), at)
}

// nodeMenu lists what can be done with entity n.
func (u *UI) nodeMenu(n *graph.Node) *fyne.Menu {
	id := n.ID
	pin := fyne.NewMenuItem(T("Pin"), func() { u.setPinned(id, true) })
	if n.Pinned {
		pin = fyne.NewMenuItem(T("Unpin"), func() { u.setPinned(id, false) })
	}
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(T("Focus"), func() { u.focusOn(id) }),
		fyne.NewMenuItem(T("Path to…"), func() { u.startPath(id) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(T("Merge with…"), func() { u.askMerge(id) }),
		fyne.NewMenuItem(T("Rename…"), func() { u.askRename(id) }),
		fyne.NewMenuItem(T("Change type…"), func() { u.askType(id) }),
	}
	if len(n.Aliases) > 0 {
		items = append(items, fyne.NewMenuItem(T("Split alias…"), func() { u.askSplit(id) }))
	}
	items = append(items, fyne.NewMenuItemSeparator(), pin,
		fyne.NewMenuItem(T("Hide"), func() { u.hideChosen() }),
		fyne.NewMenuItem(T("Delete…"), func() { u.askDelete() }))
	if len(u.st.chosen) > 1 {
		items = append(items, fyne.NewMenuItem(fmt.Sprintf(T("Merge the %d selected"), len(u.st.chosen)), u.mergeChosen))
	}
	return fyne.NewMenu(n.Name, items...)
}

// edgeMenu lists what can be done with scene relation i.
func (u *UI) edgeMenu(i int) *fyne.Menu {
	id := u.view.Scene.Edges[i].ID
	return fyne.NewMenu("",
		fyne.NewMenuItem(T("Show evidence"), func() { u.onEdgeTapped(i) }),
		fyne.NewMenuItem(T("Delete relation"), func() {
			u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) { return st.DeleteRelation(ctx, id) })
		}))
}

// askRename asks for an entity's new name.
func (u *UI) askRename(id int64) {
	n := u.g.Node(id)
	if n == nil {
		return
	}
	e := widget.NewEntry()
	e.SetText(n.Name)
	dialog.ShowForm(fmt.Sprintf(T("Rename %s"), n.Name), T("Rename"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("New name"), e)}, func(ok bool) {
		if ok && e.Text != "" && e.Text != n.Name {
			u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) {
				return st.RenameEntity(ctx, ref(id), e.Text)
			})
		}
	}, u.win)
	u.win.Canvas().Focus(e)
}

// askType asks for an entity's type.
func (u *UI) askType(id int64) {
	n := u.g.Node(id)
	if n == nil {
		return
	}
	sel := widget.NewSelect(entityTypes, nil)
	sel.SetSelected(n.Type)
	dialog.ShowForm(fmt.Sprintf(T("Type of %s"), n.Name), T("Change"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("Type"), sel)}, func(ok bool) {
		if ok && sel.Selected != n.Type {
			u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) {
				return st.SetEntityType(ctx, ref(id), sel.Selected)
			})
		}
	}, u.win)
}

// askSplit asks which alias of an entity becomes an entity of its own.
func (u *UI) askSplit(id int64) {
	n := u.g.Node(id)
	if n == nil || len(n.Aliases) == 0 {
		return
	}
	sel := widget.NewSelect(n.Aliases, nil)
	sel.SetSelectedIndex(0)
	dialog.ShowForm(fmt.Sprintf(T("Split an alias off %s"), n.Name), T("Split"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("Alias"), sel)}, func(ok bool) {
		if ok {
			u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) {
				return st.SplitEntity(ctx, ref(id), sel.Selected)
			})
		}
	}, u.win)
}

// askMerge asks which entity to merge into entity id, with suggestions
// over all names and aliases as the person types.
func (u *UI) askMerge(id int64) {
	n := u.g.Node(id)
	if n == nil {
		return
	}
	pick := newEntityPicker(u.g, id)
	u.picker = pick
	dialog.ShowForm(fmt.Sprintf(T("Merge into %s"), n.Name), T("Merge"), T("Cancel"), []*widget.FormItem{widget.NewFormItem(T("Entity"), pick.entry)}, func(ok bool) {
		if other := pick.chosen(); ok && other != 0 {
			u.mergeInto(id, other)
		} else if ok {
			u.status.SetText(fmt.Sprintf(T("No entity is called %q."), pick.entry.Text))
		}
	}, u.win)
	u.win.Canvas().Focus(pick.entry)
}

// mergeInto merges entity other into entity id (one undoable edit).
func (u *UI) mergeInto(id, other int64) {
	if id == other {
		return
	}
	u.st.selected = id // the merged entity is the selection, its details shown after the reload
	delete(u.st.chosen, other)
	u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) {
		return st.MergeEntities(ctx, ref(id), ref(other))
	})
}

// mergeChosen merges the multiple selection into the selected entity.
func (u *UI) mergeChosen() {
	refs := u.st.chosenRefs()
	if len(refs) < 2 {
		u.status.SetText(T("Ctrl+click the entities to merge first."))
		return
	}
	for _, r := range refs[1:] {
		if _, err := u.store.MergeEntities(context.Background(), refs[0], r); err != nil {
			dialog.ShowError(err, u.win)
			break
		}
	}
	u.st.chosen = nil
	u.reload(false)
	u.status.SetText(fmt.Sprintf(T("Merged %d entities; each merge is one step of Ctrl+Z."), len(refs)))
}

// hideChosen hides the selected entities from the view and images (one
// step of undo).
func (u *UI) hideChosen() {
	refs := u.st.chosenRefs()
	if len(refs) == 0 {
		return
	}
	u.st.chosen, u.st.selected = nil, 0
	u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) {
		return st.SetHiddenAll(ctx, true, refs...)
	})
}

// askDelete asks before deleting the selected entities with their relations.
func (u *UI) askDelete() {
	refs := u.st.chosenRefs()
	if len(refs) == 0 {
		u.status.SetText(T("Select an entity first (click it, or search with Ctrl+F)."))
		return
	}
	msg := fmt.Sprintf(T("Delete %s and its relations? Ctrl+Z brings it back."), u.g.Node(u.st.selected).Name)
	if len(refs) > 1 {
		msg = fmt.Sprintf(T("Delete the %d selected entities and their relations? Ctrl+Z brings them back."), len(refs))
	}
	dialog.ShowConfirm(T("Delete"), msg, func(ok bool) {
		if !ok {
			return
		}
		u.st.chosen, u.st.selected = nil, 0
		u.details.clear()
		u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) { return st.DeleteEntities(ctx, refs...) })
	}, u.win)
}

// setPinned pins an entity where it is, or hands it back to the layout.
func (u *UI) setPinned(id int64, pinned bool) {
	i := u.g.NodeIndex(id)
	if i < 0 {
		return
	}
	u.g.Nodes[i].Pinned = pinned
	if u.lay != nil && i < len(u.lay.Pinned) {
		u.lay.Pinned[i] = pinned
	}
	n := u.view.Scene.Nodes[i]
	if err := u.store.SavePositions(context.Background(), map[int64]graph.Position{id: {X: n.X, Y: n.Y, Pinned: pinned}}); err != nil {
		u.status.SetText(T("Could not store the positions: ") + err.Error())
	}
	if !pinned && u.lay != nil && !u.paused {
		u.stopLayout()
		u.lay.Wake()
		u.startLayout(u.lay)
	}
}

// droppedOn returns the visible node that node i was dropped on, or -1.
func (u *UI) droppedOn(i int) int {
	s := u.view.Scene
	a := s.Nodes[i]
	best, bestD := -1, math.Inf(1)
	for k, b := range s.Nodes {
		if k == i || b.Hidden {
			continue
		}
		d := math.Hypot(a.X-b.X, a.Y-b.Y)
		if d < math.Max(a.R, b.R) && d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// offerMerge asks whether to merge node i into node j after a drop.
func (u *UI) offerMerge(i, j int) {
	a, b := u.node(i), u.node(j)
	if a == nil || b == nil {
		return
	}
	keep, drop := b.ID, a.ID
	dialog.ShowConfirm(T("Merge"), fmt.Sprintf(T("Merge %s into %s?"), a.Name, b.Name), func(ok bool) {
		if ok {
			u.mergeInto(keep, drop)
		}
	}, u.win)
}

// entityPicker is an entry that suggests entity names as one types.
type entityPicker struct {
	entry   *widget.SelectEntry
	g       *graph.Graph
	skip    int64
	offered []string
}

func newEntityPicker(g *graph.Graph, skip int64) *entityPicker {
	p := &entityPicker{entry: widget.NewSelectEntry(nil), g: g, skip: skip}
	p.entry.SetPlaceHolder(T("Type a name…"))
	p.entry.OnChanged = func(s string) {
		p.offered = suggestions(g, s, skip, 12)
		p.entry.SetOptions(p.offered)
	}
	return p
}

// chosen returns the entity the entry names, or 0.
func (p *entityPicker) chosen() int64 {
	if p.entry.Text == "" {
		return 0
	}
	if id := suggestedID(p.entry.Text); id != 0 && id != p.skip && p.g.Node(id) != nil {
		return id
	}
	for _, n := range p.g.Search(p.entry.Text) {
		if n.ID != p.skip && graph.Fold(n.Name) == graph.Fold(p.entry.Text) {
			return n.ID
		}
	}
	if hits := p.g.Search(p.entry.Text); len(hits) == 1 && hits[0].ID != p.skip {
		return hits[0].ID
	}
	return 0
}

// suggestions returns up to k entity names and aliases that match s, best first.
func suggestions(g *graph.Graph, s string, skip int64, k int) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, n := range g.Search(s) {
		if n.ID != skip {
			out = append(out, suggestion(n))
		}
		if len(out) == k {
			break
		}
	}
	return out
}

// suggestion is how an entity is offered: its name, type and id.
func suggestion(n *graph.Node) string { return fmt.Sprintf("%s (%s, #%d)", n.Name, n.Type, n.ID) }
