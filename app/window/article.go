package window

import (
	"context"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// articleView is an open article: its text by paragraph, the evidence
// sentence highlighted and scrolled to, entity names as links.
type articleView struct {
	win    fyne.Window
	scroll *container.Scroll
	paras  []*widget.RichText
	mark   int // the paragraph holding the highlighted sentence, or -1
}

// openArticle opens document id in a window of its own, with the text
// between start and end (byte offsets; -1 for none) highlighted.
func (u *UI) openArticle(id string, start, end int) *articleView {
	d := u.g.Document(id)
	if d == nil {
		return nil
	}
	text, err := u.store.DocumentText(context.Background(), id)
	if err != nil {
		dialog.ShowError(err, u.win)
		return nil
	}
	names := mentionLinks(u, id)
	start, end = byteOffset(text, start), byteOffset(text, end) // evidence counts characters
	a := &articleView{win: u.app.NewWindow(d.Title + " — kgx"), mark: -1}
	box := container.NewVBox(widget.NewLabelWithStyle(d.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	off := 0
	for _, para := range strings.SplitAfter(text, "\n") {
		pStart, pEnd := off, off+len(para)
		off = pEnd
		if strings.TrimSpace(para) == "" {
			continue
		}
		rt := widget.NewRichText(paragraphSegments(para, pStart, start, end, names)...)
		rt.Wrapping = fyne.TextWrapWord
		if start >= pStart && start < pEnd {
			a.mark = len(a.paras)
		}
		a.paras = append(a.paras, rt)
		box.Add(rt)
	}
	a.scroll = container.NewVScroll(box)
	a.win.SetContent(a.scroll)
	a.win.Resize(fyne.NewSize(720, 640))
	a.win.Show()
	a.scrollToMark()
	return a
}

// byteOffset returns the byte offset of the n-th character of s (n < 0
// stays: no mark).
func byteOffset(s string, n int) int {
	if n < 0 {
		return n
	}
	k := 0
	for i := range s {
		if k == n {
			return i
		}
		k++
	}
	return len(s)
}

// scrollToMark brings the highlighted paragraph into view.
func (a *articleView) scrollToMark() {
	if a.mark < 0 {
		return
	}
	p := a.paras[a.mark]
	a.scroll.Offset = fyne.NewPos(0, max(0, p.Position().Y-40))
	a.scroll.Refresh()
}

// Text returns the article's text as shown, for tests.
func (a *articleView) Text() string {
	var sb strings.Builder
	for _, p := range a.paras {
		sb.WriteString(p.String())
		sb.WriteString("\n")
	}
	return sb.String()
}

// mentionLinks maps the names and aliases of the document's entities to
// the entity, longest first.
func mentionLinks(u *UI, doc string) []nameLink {
	var out []nameLink
	for _, n := range docEntities(u.g, doc) {
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			if len([]rune(s)) >= 2 {
				out = append(out, nameLink{s, n.ID, u})
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].name) > len(out[b].name) })
	return out
}

type nameLink struct {
	name string
	id   int64
	u    *UI
}

// paragraphSegments cuts a paragraph (at byte offset base in the text)
// into plain text, the highlighted sentence [hs, he) and entity links.
func paragraphSegments(para string, base, hs, he int, names []nameLink) []widget.RichTextSegment {
	para = strings.TrimRight(para, "\n")
	var segs []widget.RichTextSegment
	plain := func(s string, strong bool) {
		if s == "" {
			return
		}
		st := widget.RichTextStyleInline
		if strong {
			st = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}}
		}
		segs = append(segs, &widget.TextSegment{Text: s, Style: st})
	}
	for i := 0; i < len(para); {
		inMark := base+i >= hs && base+i < he
		if nl, ok := nameAt(para, i, names); ok {
			id, u := nl.id, nl.u
			segs = append(segs, &widget.HyperlinkSegment{Text: nl.name, OnTapped: func() { u.selectID(id) }})
			i += len(nl.name)
			continue
		}
		j := i + 1
		for j < len(para) && (base+j >= hs && base+j < he) == inMark && !startsName(para, j, names) {
			j++
		}
		plain(para[i:j], inMark)
		i = j
	}
	return segs
}

// nameAt returns the entity name that starts at byte i of s as a whole word.
func nameAt(s string, i int, names []nameLink) (nameLink, bool) {
	if i > 0 && isWordByte(s[i-1]) {
		return nameLink{}, false
	}
	for _, nl := range names {
		if strings.HasPrefix(s[i:], nl.name) && (i+len(nl.name) == len(s) || !isWordByte(s[i+len(nl.name)])) {
			return nl, true
		}
	}
	return nameLink{}, false
}

func startsName(s string, i int, names []nameLink) bool { _, ok := nameAt(s, i, names); return ok }

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// selectID selects entity id on the canvas, showing the whole graph if a
// focus or filter hides it.
func (u *UI) selectID(id int64) {
	i := u.g.NodeIndex(id)
	if i < 0 {
		return
	}
	if u.view.Scene.Nodes[i].Hidden && u.st.focus != 0 {
		u.st.focus = 0
		u.depth.Hide()
		u.rebuildScene(false)
	}
	u.selectNode(i)
	u.centreOn(i)
	u.win.RequestFocus()
}

// confirmThen asks a yes/no question and runs yes on yes.
func confirmThen(u *UI, title, msg string, yes func()) {
	dialog.ShowConfirm(title, msg, func(ok bool) {
		if ok {
			yes()
		}
	}, u.win)
}
