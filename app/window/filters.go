package window

import (
	"fmt"
	"sort"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph"
)

// filterPanel holds the controls that hide parts of the graph: entity
// types, predicates, minimum confidence, documents, and the top N entities
// by rank. Every change applies at once.
type filterPanel struct {
	u       *UI
	box     *fyne.Container
	root    fyne.CanvasObject
	conf    *widget.Slider
	confLbl *widget.Label
	top     *widget.Entry
	types   map[string]*widget.Check
	preds   map[string]*widget.Check
	docs    map[string]*widget.Check
}

func newFilterPanel(u *UI) *filterPanel {
	p := &filterPanel{u: u, box: container.NewVBox()}
	p.root = container.NewVScroll(p.box)
	p.conf = widget.NewSlider(0, 1)
	p.conf.Step = 0.05
	p.confLbl = widget.NewLabel("")
	p.conf.OnChanged = func(v float64) {
		p.confLbl.SetText(fmt.Sprintf(T("Minimum confidence: %.2f"), v))
		u.st.filter.minConf = v
		u.rebuildScene(false)
	}
	p.top = widget.NewEntry()
	p.top.SetPlaceHolder(T("all"))
	p.top.OnChanged = func(s string) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			n = 0
		}
		u.st.filter.topN = n
		u.rebuildScene(false)
	}
	return p
}

// refresh lists the types, predicates and documents of g, keeping what
// the person unticked.
func (p *filterPanel) refresh(g *graph.Graph) {
	f := &p.u.st.filter
	var types, preds []string
	seenT, seenP := map[string]bool{}, map[string]bool{}
	for _, n := range g.Nodes {
		if !seenT[n.Type] {
			seenT[n.Type] = true
			types = append(types, n.Type)
		}
	}
	for _, e := range g.Edges {
		if !seenP[e.Predicate] && e.To != 0 {
			seenP[e.Predicate] = true
			preds = append(preds, e.Predicate)
		}
	}
	sort.Strings(types)
	sort.Strings(preds)
	p.confLbl.SetText(fmt.Sprintf(T("Minimum confidence: %.2f"), f.minConf))
	objs := []fyne.CanvasObject{widget.NewButton(T("Show everything"), p.reset), bold(T("Entity types"))}
	p.types = map[string]*widget.Check{}
	for _, t := range types {
		p.types[t] = p.check(t, &f.hideTypes)
		objs = append(objs, p.types[t])
	}
	objs = append(objs, widget.NewSeparator(), bold(T("Relations")))
	p.preds = map[string]*widget.Check{}
	for _, pr := range preds {
		p.preds[pr] = p.check(pr, &f.hidePreds)
		objs = append(objs, p.preds[pr])
	}
	objs = append(objs, p.confLbl, p.conf, widget.NewSeparator(), bold(T("Most important entities")),
		container.NewBorder(nil, nil, widget.NewLabel(T("Top")), nil, p.top), widget.NewSeparator(), bold(T("Documents")))
	p.docs = map[string]*widget.Check{}
	for _, d := range g.Documents {
		c := p.check(d.ID, &f.hideDocs)
		c.Text = d.Title
		p.docs[d.ID] = c
		objs = append(objs, c)
	}
	p.box.Objects = objs
	p.box.Refresh()
}

// check is a ticked box for key that, unticked, adds key to *hidden.
func (p *filterPanel) check(key string, hidden *map[string]bool) *widget.Check {
	c := widget.NewCheck(key, func(on bool) {
		if *hidden == nil {
			*hidden = map[string]bool{}
		}
		if on {
			delete(*hidden, key)
		} else {
			(*hidden)[key] = true
		}
		p.u.rebuildScene(false)
	})
	c.Checked = !(*hidden)[key]
	return c
}

// reset shows everything again.
func (p *filterPanel) reset() {
	p.u.st.filter = viewFilter{minDegree: p.u.st.filter.minDegree}
	p.conf.Value = 0
	p.top.Text = ""
	p.top.Refresh()
	p.refresh(p.u.g)
	p.u.rebuildScene(false)
}
