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
	time    *widget.Slider
	timeLbl *widget.Label
	order   []graph.Document // the documents in time order
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
	p.timeLbl = widget.NewLabel("")
	p.time = widget.NewSlider(1, 1)
	p.time.OnChanged = func(v float64) { p.setTime(int(v)) }
	return p
}

// timeOrder returns the documents by the date they state, else by when
// they were imported.
func timeOrder(docs []graph.Document) []graph.Document {
	out := append([]graph.Document(nil), docs...)
	when := func(d graph.Document) string {
		if d.Date != "" {
			return d.Date
		}
		return d.ImportedAt
	}
	sort.SliceStable(out, func(a, b int) bool { return when(out[a]) < when(out[b]) })
	return out
}

// setTime shows the graph as known after the k-th article in time order
// (all of them at the end of the slider).
func (p *filterPanel) setTime(k int) {
	f := &p.u.st.filter
	n := len(p.order)
	if k >= n || n == 0 {
		f.asOf = nil
		p.timeLbl.SetText(fmt.Sprintf(T("Time: all %d articles"), n))
	} else {
		f.asOf = map[string]bool{}
		for _, d := range p.order[:max(k, 1)] {
			f.asOf[d.ID] = true
		}
		last := p.order[max(k, 1)-1]
		p.timeLbl.SetText(fmt.Sprintf(T("Time: as known after article %d of %d, %s"), max(k, 1), n, last.Title))
	}
	p.u.rebuildScene(false)
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
	p.order = timeOrder(g.Documents)
	p.time.Max = float64(max(len(p.order), 1))
	if f.asOf == nil {
		p.time.Value = p.time.Max
		p.timeLbl.SetText(fmt.Sprintf(T("Time: all %d articles"), len(p.order)))
	}
	p.time.Refresh()
	objs := []fyne.CanvasObject{widget.NewButton(T("Show everything"), p.reset), p.timeLbl, p.time, widget.NewSeparator(), bold(T("Entity types"))}
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
	p.time.Value = p.time.Max
	p.top.Text = ""
	p.top.Refresh()
	p.refresh(p.u.g)
	p.u.rebuildScene(false)
}
