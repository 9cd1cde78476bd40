package window

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph"
)

// detailsPanel shows the selected entity: type, aliases, and each relation
// with the sentences it was read from and their articles' titles.
type detailsPanel struct {
	box  *fyne.Container
	root fyne.CanvasObject
}

func newDetailsPanel() *detailsPanel {
	p := &detailsPanel{box: container.NewVBox()}
	p.root = container.NewVScroll(p.box)
	p.clear()
	return p
}

func (p *detailsPanel) clear() {
	p.box.Objects = []fyne.CanvasObject{wrapped("Click a node to see its relations and the sentences they come from.")}
	p.box.Refresh()
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (p *detailsPanel) show(g *graph.Graph, n *graph.Node, hideRelated bool) {
	title := widget.NewLabelWithStyle(n.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{title, wrapped(fmt.Sprintf("Type: %s · mentioned %d× in %d document(s)", n.Type, n.Mentions, len(n.Docs)))}
	if len(n.Aliases) > 0 {
		objs = append(objs, wrapped("Also called: "+strings.Join(n.Aliases, ", ")))
	}
	edges := g.EdgesOf(n.ID)
	sort.SliceStable(edges, func(a, b int) bool { return edges[a].Confidence > edges[b].Confidence })
	shown := 0
	for _, e := range edges {
		if hideRelated && e.Predicate == "related_to" {
			continue
		}
		shown++
		objs = append(objs, widget.NewSeparator())
		objs = append(objs, relationObjects(g, e)...)
	}
	if shown == 0 {
		objs = append(objs, widget.NewSeparator(), wrapped("No relations found yet."))
	}
	p.box.Objects = objs
	p.box.Refresh()
}

// relationObjects are a relation's lines in the panel: head, label and
// confidence, then each sentence it was read from with its article.
func relationObjects(g *graph.Graph, e *graph.Edge) []fyne.CanvasObject {
	head := widget.NewLabelWithStyle(relationLine(g, e), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{head, wrapped(fmt.Sprintf("“%s” · confidence %.2f", e.Label, e.Confidence))}
	for _, ev := range e.Evidence {
		src := g.DocumentTitle(ev.Doc)
		s := wrapped(ev.Sentence)
		s.TextStyle = fyne.TextStyle{Italic: true}
		objs = append(objs, s, wrapped("— "+src))
	}
	return objs
}

// showRelation shows one relation (a tapped edge) and its evidence.
func (p *detailsPanel) showRelation(g *graph.Graph, e *graph.Edge) {
	title := widget.NewLabelWithStyle("Relation", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.box.Objects = append([]fyne.CanvasObject{title}, relationObjects(g, e)...)
	p.box.Refresh()
}

// showDocument shows an imported article: where it came from and the
// entities read from it.
func (p *detailsPanel) showDocument(g *graph.Graph, d graph.Document) {
	title := widget.NewLabelWithStyle(d.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	info := fmt.Sprintf("File: %s\nLanguage: %s · imported %s", d.Path, d.Lang, d.ImportedAt)
	if d.Date != "" {
		info += "\nDate: " + d.Date
	}
	if d.Author != "" {
		info += "\nBy: " + d.Author
	}
	objs := []fyne.CanvasObject{title, wrapped(info), widget.NewSeparator()}
	var names []string
	for _, n := range g.Nodes {
		for _, id := range n.Docs {
			if id == d.ID {
				names = append(names, fmt.Sprintf("%s (%s)", n.Name, n.Type))
			}
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		objs = append(objs, wrapped("No entities were found in it."))
	} else {
		objs = append(objs, wrapped(fmt.Sprintf("%d entities: %s", len(names), strings.Join(names, ", "))))
	}
	p.box.Objects = objs
	p.box.Refresh()
}

func relationLine(g *graph.Graph, e *graph.Edge) string {
	name := func(id int64) string {
		if n := g.Node(id); n != nil {
			return n.Name
		}
		return "?"
	}
	obj := e.Literal
	if e.To != 0 {
		obj = name(e.To)
	}
	return fmt.Sprintf("%s — %s → %s", name(e.From), e.Predicate, obj)
}

// Text returns the panel's text, line by line (for tests and copying).
func (p *detailsPanel) Text() string {
	var lines []string
	for _, o := range p.box.Objects {
		if l, ok := o.(*widget.Label); ok {
			lines = append(lines, l.Text)
		}
	}
	return strings.Join(lines, "\n")
}
