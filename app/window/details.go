package window

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/render"
)

// detailsPanel shows the selected entity, relation, path or document: each
// entity named is a link that selects it, each evidence sentence a link
// that opens its article at that sentence.
type detailsPanel struct {
	box    *fyne.Container
	scroll *container.Scroll
	root   fyne.CanvasObject
}

func newDetailsPanel() *detailsPanel {
	p := &detailsPanel{box: container.NewVBox()}
	p.scroll = container.NewVScroll(p.box)
	p.root = p.scroll
	p.clear()
	return p
}

// set shows objs from the top.
func (p *detailsPanel) set(objs []fyne.CanvasObject) {
	p.box.Objects = objs
	p.box.Refresh()
	p.scroll.ScrollToTop()
}

func (p *detailsPanel) clear() {
	p.set([]fyne.CanvasObject{wrapped(T("Click a node to see its relations and the sentences they come from. Right-click for more; F1 lists the keys."))})
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func bold(s string) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// link is a wrapped hyperlink that calls tap.
func link(s string, tap func()) *widget.Hyperlink {
	h := widget.NewHyperlink(s, nil)
	h.Wrapping = fyne.TextWrapWord
	h.OnTapped = func() {
		// the keys (F1, Escape, Delete …) belong to the window again, not the link
		if c := fyne.CurrentApp().Driver().CanvasForObject(h); c != nil {
			c.Unfocus()
		}
		tap()
	}
	return h
}

// show lists entity n: type, aliases, rank, and its relations grouped by
// predicate, the other end of each a link.
func (p *detailsPanel) show(u *UI, n *graph.Node) {
	g := u.g
	objs := []fyne.CanvasObject{bold(n.Name), wrapped(fmt.Sprintf(T("Type: %s · mentioned %d× in %d document(s)"), n.Type, n.Mentions, len(n.Docs)))}
	if len(n.Aliases) > 0 {
		objs = append(objs, wrapped(T("Also called: ")+strings.Join(n.Aliases, ", ")))
	}
	if i := g.NodeIndex(n.ID); i >= 0 && i < len(u.view.Scene.Nodes) {
		objs = append(objs, wrapped(fmt.Sprintf(T("Rank: %.4f (PageRank)"), u.view.Scene.Nodes[i].Rank)))
	}
	id := n.ID
	objs = append(objs, container.NewHBox(
		widget.NewButtonWithIcon(T("Focus"), theme.ZoomInIcon(), func() { u.focusOn(id) }),
		widget.NewButtonWithIcon(T("Path to…"), theme.NavigateNextIcon(), func() { u.startPath(id) }),
		widget.NewButtonWithIcon(T("Edit…"), theme.DocumentCreateIcon(), func() { u.onMenuKey() })))
	objs = append(objs, p.relationGroups(u, n)...)
	p.set(objs)
}

// relationGroups lists n's relations by predicate, most confident first.
func (p *detailsPanel) relationGroups(u *UI, n *graph.Node) []fyne.CanvasObject {
	hideWeak := !u.bar.related.Checked
	groups := map[string][]*graph.Edge{}
	var preds []string
	for _, e := range u.g.EdgesOf(n.ID) {
		if hideWeak && e.Predicate == render.WeakPredicate {
			continue
		}
		if groups[e.Predicate] == nil {
			preds = append(preds, e.Predicate)
		}
		groups[e.Predicate] = append(groups[e.Predicate], e)
	}
	if len(preds) == 0 {
		return []fyne.CanvasObject{widget.NewSeparator(), wrapped(T("No relations found yet."))}
	}
	sort.Strings(preds)
	var objs []fyne.CanvasObject
	for _, pr := range preds {
		es := groups[pr]
		sort.SliceStable(es, func(a, b int) bool { return es[a].Confidence > es[b].Confidence })
		objs = append(objs, widget.NewSeparator(), bold(fmt.Sprintf("%s (%d)", pr, len(es))))
		for _, e := range es {
			objs = append(objs, relationObjects(u, e, n.ID)...)
		}
	}
	return objs
}

// relationObjects are a relation's lines: the other end as a link (both
// ends when from is 0), the words and confidence, then each evidence
// sentence as a link to its article, with the article's title.
func relationObjects(u *UI, e *graph.Edge, from int64) []fyne.CanvasObject {
	g := u.g
	var head fyne.CanvasObject
	switch {
	case from != 0 && (e.From == from || e.To == from) && e.To != 0:
		other := e.To
		if e.To == from {
			other = e.From
		}
		head = link(relationLine(g, e), func() { u.selectID(other) })
	default:
		head = bold(relationLine(g, e))
	}
	objs := []fyne.CanvasObject{head, wrapped(fmt.Sprintf(T("“%s” · confidence %.2f · %d source(s)"), e.Label, e.Confidence, len(e.Evidence)))}
	for _, ev := range e.Evidence {
		ev := ev
		s := link("“"+ev.Sentence+"”", func() { u.openArticle(ev.Doc, ev.Start, ev.End) })
		s.TextStyle = fyne.TextStyle{Italic: true}
		objs = append(objs, s, wrapped("— "+g.DocumentTitle(ev.Doc)))
	}
	return objs
}

func nodeName(g *graph.Graph, id int64) string {
	if n := g.Node(id); n != nil {
		return n.Name
	}
	return "?"
}

// showRelation shows one relation (a tapped edge): both ends as links,
// all its evidence, its confidence and supporting documents.
func (p *detailsPanel) showRelation(u *UI, e *graph.Edge) {
	from, to := e.From, e.To
	objs := []fyne.CanvasObject{bold(T("Relation")), bold(relationLine(u.g, e)),
		container.NewHBox(link(nodeName(u.g, from), func() { u.selectID(from) }), widget.NewLabel("·"), link(nodeName(u.g, to), func() { u.selectID(to) }))}
	docs := map[string]bool{}
	for _, ev := range e.Evidence {
		docs[ev.Doc] = true
	}
	objs = append(objs, wrapped(fmt.Sprintf(T("Supported by %d document(s)."), len(docs))))
	objs = append(objs, relationObjects(u, e, 0)[1:]...)
	p.set(objs)
}

// showPaths shows paths from a to b as chains of evidence sentences.
func (p *detailsPanel) showPaths(u *UI, a, b int64, paths [][]*graph.Edge) {
	objs := []fyne.CanvasObject{bold(fmt.Sprintf(T("Paths from %s to %s"), nodeName(u.g, a), nodeName(u.g, b)))}
	for k, path := range paths {
		objs = append(objs, widget.NewSeparator(), bold(fmt.Sprintf(T("Path %d: %d step(s)"), k+1, len(path))))
		if k > 0 {
			path := path
			objs = append(objs, widget.NewButton(T("Show this path"), func() { u.st.path = path; u.rebuildScene(false) }))
		}
		for _, e := range path {
			objs = append(objs, relationObjects(u, e, 0)...)
		}
	}
	p.set(objs)
}

// showDocument shows an imported article: where it came from, a button
// that opens it, one that removes it, and its entities as links.
func (p *detailsPanel) showDocument(u *UI, d graph.Document) {
	info := fmt.Sprintf(T("File: %s\nLanguage: %s · imported %s"), d.Path, d.Lang, d.ImportedAt)
	if d.Date != "" {
		info += "\n" + T("Date: ") + d.Date
	}
	if d.Author != "" {
		info += "\n" + T("By: ") + d.Author
	}
	id := d.ID
	objs := []fyne.CanvasObject{bold(d.Title), wrapped(info), container.NewHBox(
		widget.NewButtonWithIcon(T("Open article"), theme.FileTextIcon(), func() { u.openArticle(id, -1, -1) }),
		widget.NewButtonWithIcon(T("Remove document…"), theme.DeleteIcon(), func() { u.askRemoveDocument(id) })),
		widget.NewSeparator()}
	ents := docEntities(u.g, d.ID)
	if len(ents) == 0 {
		objs = append(objs, wrapped(T("No entities were found in it.")))
	} else {
		objs = append(objs, wrapped(fmt.Sprintf(T("%d entities:"), len(ents))))
		for _, n := range ents {
			nid := n.ID
			objs = append(objs, link(fmt.Sprintf("%s (%s)", n.Name, n.Type), func() { u.selectID(nid) }))
		}
	}
	p.set(objs)
}

// docEntities returns the entities document id mentions, by name.
func docEntities(g *graph.Graph, id string) []*graph.Node {
	var out []*graph.Node
	for i := range g.Nodes {
		for _, d := range g.Nodes[i].Docs {
			if d == id {
				out = append(out, &g.Nodes[i])
				break
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

func relationLine(g *graph.Graph, e *graph.Edge) string {
	obj := e.Literal
	if e.To != 0 {
		obj = nodeName(g, e.To)
	}
	return fmt.Sprintf("%s — %s → %s", nodeName(g, e.From), e.Predicate, obj)
}

// Text returns the panel's text, line by line (for tests and copying).
func (p *detailsPanel) Text() string {
	var lines []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			lines = append(lines, w.Text)
		case *widget.Hyperlink:
			lines = append(lines, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	for _, o := range p.box.Objects {
		walk(o)
	}
	return strings.Join(lines, "\n")
}

// askRemoveDocument removes a document and what only it supported, as one
// undoable edit.
func (u *UI) askRemoveDocument(id string) {
	d := u.g.Document(id)
	if d == nil {
		return
	}
	confirmThen(u, T("Remove document"), fmt.Sprintf(T("Remove %s from the project? Relations only it supports go too; Ctrl+Z brings it back."), d.Title), func() {
		u.runEdit(func(ctx context.Context, st *graph.Store) (graph.Edit, error) { return st.RemoveDocument(ctx, id) })
		u.details.clear()
	})
}
