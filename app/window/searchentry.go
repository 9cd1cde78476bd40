package window

import (
	"regexp"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// searchEntry is the search field: as one types it offers matching names
// in a menu below it (a click picks one), Enter and Down move through all
// matches, Escape leaves.
type searchEntry struct {
	widget.Entry
	popup   *widget.PopUpMenu
	canvas  func() fyne.Canvas
	onPick  func(id int64)
	onNext  func()
	onLeave func()
	offered []string
}

func newSearchEntry(canvas func() fyne.Canvas) *searchEntry {
	e := &searchEntry{canvas: canvas}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(T("Search entities… (Ctrl+F)"))
	return e
}

// offer shows the suggestions under the entry, keeping the typing focus
// in it; none hides the menu.
func (e *searchEntry) offer(opts []string) {
	e.offered = opts
	c := e.canvas()
	if len(opts) == 0 || c == nil {
		if e.popup != nil {
			e.popup.Hide()
		}
		return
	}
	items := make([]*fyne.MenuItem, len(opts))
	for i, o := range opts {
		items[i] = fyne.NewMenuItem(o, func() {
			if id := suggestedID(o); id != 0 && e.onPick != nil {
				e.onPick(id)
			}
		})
	}
	if e.popup != nil {
		e.popup.Hide()
	}
	e.popup = widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	e.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, e.Size().Height)))
	e.popup.Resize(fyne.NewSize(max(e.Size().Width, 260), e.popup.MinSize().Height))
	c.Focus(e)
}

// TypedKey moves through matches with Down and leaves with Escape.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		if e.onNext != nil {
			e.onNext()
		}
	case fyne.KeyEscape:
		if e.popup != nil {
			e.popup.Hide()
		}
		if e.onLeave != nil {
			e.onLeave()
		}
	default:
		e.Entry.TypedKey(k)
	}
}

var suggestedRE = regexp.MustCompile(`\(([A-Z]+), #(\d+)\)$`)

// suggestedID returns the entity id of a suggestion ("ZTE (ORG, #12)"), or 0.
func suggestedID(s string) int64 {
	m := suggestedRE.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	id, _ := strconv.ParseInt(m[2], 10, 64)
	return id
}
