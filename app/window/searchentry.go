package window

import (
	"regexp"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// searchEntry is the search field: as one types it offers matching names
// in a menu below it (a click picks one), Enter and Down move through all
// matches, Escape leaves.
type searchEntry struct {
	widget.Entry
	popup   *widget.PopUp
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

// offer shows the suggestions under the entry; none hides them. The
// list is a plain pop-up, not a menu, so the typing focus stays here.
func (e *searchEntry) offer(opts []string) {
	e.offered = opts
	c := e.canvas()
	if e.popup != nil {
		e.popup.Hide()
		e.popup = nil
	}
	if len(opts) == 0 || c == nil {
		return
	}
	box := container.NewVBox()
	for _, o := range opts {
		b := widget.NewButton(o, func() {
			e.offer(nil)
			if id := suggestedID(o); id != 0 && e.onPick != nil {
				e.onPick(id)
			}
		})
		b.Alignment, b.Importance = widget.ButtonAlignLeading, widget.LowImportance
		box.Add(b)
	}
	fw := &keyForwarder{to: e}
	fw.ExtendBaseWidget(fw)
	e.popup = widget.NewPopUp(container.NewStack(fw, box), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	e.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, e.Size().Height)))
	e.popup.Resize(fyne.NewSize(max(e.Size().Width, 260), box.MinSize().Height))
	c.Focus(fw) // a pop-up has the keyboard while it shows: pass the typing on
}

// keyForwarder takes the keyboard while the suggestions show and passes
// what is typed to the search entry, so typing goes on undisturbed.
type keyForwarder struct {
	widget.BaseWidget
	to *searchEntry
}

func (f *keyForwarder) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack())
}
func (f *keyForwarder) FocusGained()              {}
func (f *keyForwarder) FocusLost()                {}
func (f *keyForwarder) TypedRune(r rune)          { f.to.TypedRune(r) }
func (f *keyForwarder) TypedKey(k *fyne.KeyEvent) { f.to.TypedKey(k) }

// TypedKey moves through matches with Down and leaves with Escape.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		if e.onNext != nil {
			e.onNext()
		}
	case fyne.KeyEscape: // first the suggestions go, then the field lets go of the keys
		if e.popup != nil {
			e.offer(nil)
		} else if e.onLeave != nil {
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
