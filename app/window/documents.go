package window

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/graph"
)

// docLine is a document's line in the list: title, language, date and
// how many entities it names.
func docLine(d graph.Document, entities int) string {
	info := d.Lang
	if d.Date != "" {
		info += ", " + d.Date
	}
	return fmt.Sprintf(T("%s  (%s, %d entities)"), d.Title, info, entities)
}

// sortDocuments orders the documents list by title or import time.
func (u *UI) sortDocuments() {
	byTitle := u.docOrder == T("By title")
	sort.SliceStable(u.docList, func(a, b int) bool {
		da, db := u.docList[a], u.docList[b]
		if byTitle {
			return strings.ToLower(da.Title) < strings.ToLower(db.Title)
		}
		return da.ImportedAt < db.ImportedAt
	})
	u.docs.Refresh()
}

// onDocumentSelected shows a document: its details, and its entities
// ringed on the canvas in place of the old selection.
func (u *UI) onDocumentSelected(i widget.ListItemID) {
	if i >= len(u.docList) || u.g == nil {
		return
	}
	d := u.docList[i]
	u.st.selected, u.st.chosen, u.st.path = 0, nil, nil
	u.st.hits = nil
	for _, n := range docEntities(u.g, d.ID) {
		u.st.hits = append(u.st.hits, n.ID)
	}
	u.showState()
	u.details.showDocument(u, d)
	u.tabs.SelectIndex(0)
	u.docs.UnselectAll()
	u.status.SetText(fmt.Sprintf(T("%s: %d entities ringed on the canvas."), d.Title, len(u.st.hits)))
}
