package window

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/kgx/kgx/assets"
)

// shortcut is a key binding of the window: the key, its modifiers, what
// it does, and how the help lists it.
type shortcut struct {
	key  fyne.KeyName
	mod  fyne.KeyModifier
	help string
	do   func()
}

// shortcuts returns the window's key bindings with modifiers.
func (u *UI) shortcuts() []shortcut {
	ctrl := fyne.KeyModifierShortcutDefault
	return []shortcut{
		{fyne.KeyN, ctrl, T("New project"), u.onNewProject},
		{fyne.KeyO, ctrl, T("Open project"), u.onOpenProject},
		{fyne.KeyI, ctrl, T("Import files"), u.onImportDialog},
		{fyne.KeyE, ctrl, T("Export image"), u.onExportImage},
		{fyne.KeyQ, ctrl, T("Quit"), u.quit},
		{fyne.KeyF, ctrl, T("Search entities"), u.focusSearch},
		{fyne.KeyZ, ctrl, T("Undo"), u.onUndo},
		{fyne.KeyZ, ctrl | fyne.KeyModifierShift, T("Redo"), u.onRedo},
		{fyne.KeyY, ctrl, T("Redo"), u.onRedo},
		{fyne.KeyV, ctrl, T("Paste text as a document"), u.onPaste},
		{fyne.Key0, ctrl, T("Zoom to fit"), u.zoomToFit},
	}
}

// keys are the bindings without modifiers; they act when no text field
// has the keyboard.
func (u *UI) keys() []shortcut {
	return []shortcut{
		{fyne.KeyF1, 0, T("Keyboard shortcuts"), u.showHelp},
		{fyne.KeyEscape, 0, T("Back: cancel, leave focus or path, clear the selection"), u.onEscape},
		{fyne.KeyReturn, 0, T("Focus the selected entity and its neighbours"), u.focusSelected},
		{fyne.KeyDelete, 0, T("Delete the selected entities"), u.askDelete},
		{fyne.KeyF2, 0, T("Rename the selected entity"), func() { u.withSelected(u.askRename) }},
		{desktop.KeyMenu, 0, T("Context menu of the selected entity"), u.onMenuKey},
	}
}

// bindKeys registers the shortcuts and keys on the window's canvas.
func (u *UI) bindKeys() {
	c := u.win.Canvas()
	for _, s := range u.shortcuts() {
		do := s.do
		c.AddShortcut(&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}, func(fyne.Shortcut) { do() })
	}
	// Fyne's driver turns Ctrl+Z, Ctrl+Y and Ctrl+V into its standard
	// shortcuts; they reach the canvas when no text field takes them
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.onUndo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.onRedo() })
	c.AddShortcut(&fyne.ShortcutPaste{}, func(fyne.Shortcut) { u.onPaste() })
	// Shift+F10 opens the context menu, as in most desktop programs
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF10, Modifier: fyne.KeyModifierShift}, func(fyne.Shortcut) { u.onMenuKey() })
	c.SetOnTypedKey(func(k *fyne.KeyEvent) { u.typedKey(k.Name) })
}

// typedKey runs the binding of a key pressed while no text field has the
// keyboard.
func (u *UI) typedKey(k fyne.KeyName) {
	if k == fyne.KeyEnter {
		k = fyne.KeyReturn
	}
	for _, s := range u.keys() {
		if s.key == k {
			s.do()
			return
		}
	}
}

// withSelected calls f with the selected entity, or says to select one.
func (u *UI) withSelected(f func(id int64)) {
	if u.st.selected == 0 {
		u.status.SetText(T("Select an entity first (click it, or search with Ctrl+F)."))
		return
	}
	f(u.st.selected)
}

func (u *UI) focusSelected() { u.withSelected(u.focusOn) }

func (u *UI) focusSearch() { u.win.Canvas().Focus(u.search) }

// item is a menu item with a shortcut shown beside it.
func item(label string, do func(), key fyne.KeyName, mod fyne.KeyModifier) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, do)
	if key != "" {
		it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: mod}
	}
	return it
}

// mainMenu builds File, Edit, View and Help; Fyne turns it into the
// native menu bar on macOS.
func (u *UI) mainMenu() *fyne.MainMenu {
	ctrl := fyne.KeyModifierShortcutDefault
	recent := fyne.NewMenuItem(T("Open recent"), nil)
	recent.ChildMenu = u.recentMenu()
	quit := item(T("Quit"), u.quit, fyne.KeyQ, ctrl)
	quit.IsQuit = true
	file := fyne.NewMenu(T("File"),
		item(T("New project…"), u.onNewProject, fyne.KeyN, ctrl),
		item(T("Open project…"), u.onOpenProject, fyne.KeyO, ctrl),
		recent,
		fyne.NewMenuItem(T("Open the demo project"), u.onOpenDemo),
		fyne.NewMenuItemSeparator(),
		item(T("Import files…"), u.onImportDialog, fyne.KeyI, ctrl),
		fyne.NewMenuItem(T("Import folder…"), u.onImportFolder),
		item(T("Paste text as a document"), u.onPaste, fyne.KeyV, ctrl),
		fyne.NewMenuItem(T("Import from a web address…"), u.onImportURL),
		fyne.NewMenuItemSeparator(),
		item(T("Export image…"), u.onExportImage, fyne.KeyE, ctrl),
		fyne.NewMenuItem(T("Export data…"), u.onExportData),
		fyne.NewMenuItemSeparator(),
		quit)
	edit := fyne.NewMenu(T("Edit"),
		item(T("Undo"), u.onUndo, fyne.KeyZ, ctrl),
		item(T("Redo"), u.onRedo, fyne.KeyZ, ctrl|fyne.KeyModifierShift),
		fyne.NewMenuItemSeparator(),
		item(T("Find…"), u.focusSearch, fyne.KeyF, ctrl),
		fyne.NewMenuItem(T("Merge…"), func() { u.withSelected(u.askMerge) }),
		item(T("Rename…"), func() { u.withSelected(u.askRename) }, fyne.KeyF2, 0),
		fyne.NewMenuItem(T("Change type…"), func() { u.withSelected(u.askType) }),
		item(T("Delete"), u.askDelete, fyne.KeyDelete, 0),
		fyne.NewMenuItem(T("Hide"), func() { u.withSelected(func(int64) { u.hideChosen() }) }))
	return fyne.NewMainMenu(file, edit, u.viewMenu(), fyne.NewMenu(T("Help"),
		item(T("Keyboard shortcuts"), u.showHelp, fyne.KeyF1, 0),
		fyne.NewMenuItem(T("About kgx"), u.showAbout)))
}

// viewMenu holds the drawing choices of the view bar, the theme and the
// interface language.
func (u *UI) viewMenu() *fyne.Menu {
	b := u.bar
	choose := func(sel *widget.Select, v string) func() { return func() { sel.SetSelected(v) } }
	toggle := func(c *widget.Check) func() { return func() { c.SetChecked(!c.Checked) } }
	theme := fyne.NewMenuItem(T("Theme"), nil)
	theme.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(T("System"), func() { u.setTheme(themeSystem) }),
		fyne.NewMenuItem(T("Light"), func() { u.setTheme(themeLight) }),
		fyne.NewMenuItem(T("Dark"), func() { u.setTheme(themeDark) }))
	language := fyne.NewMenuItem(T("Language"), nil)
	language.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(T("System"), func() { u.setLanguage(langSystem) }),
		fyne.NewMenuItem("English", func() { u.setLanguage(langEnglish) }),
		fyne.NewMenuItem("Deutsch", func() { u.setLanguage(langGerman) }))
	return fyne.NewMenu(T("View"),
		fyne.NewMenuItem(T("Force layout"), choose(b.arrange, T(arrangeForce))),
		fyne.NewMenuItem(T("Circle: selection"), choose(b.arrange, T(arrangeCircle))),
		fyne.NewMenuItem(T("Layers: selection"), choose(b.arrange, T(arrangeLayers))),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(T("Colour by type"), choose(b.colour, T(colourType))),
		fyne.NewMenuItem(T("Colour by community"), choose(b.colour, T(colourGroup))),
		fyne.NewMenuItem(T("Size by relations"), choose(b.size, T(sizeDegree))),
		fyne.NewMenuItem(T("Size by PageRank"), choose(b.size, T(sizePageRank))),
		fyne.NewMenuItem(T("Co-occurrence links"), toggle(b.related)),
		fyne.NewMenuItem(T("Legend"), toggle(b.legend)),
		fyne.NewMenuItem(T("Filters"), func() { u.tabs.SelectIndex(2) }),
		fyne.NewMenuItemSeparator(),
		item(T("Zoom to fit"), u.zoomToFit, fyne.Key0, fyne.KeyModifierShortcutDefault),
		theme, language)
}

// helpText lists every binding, for the help overlay.
func (u *UI) helpText() string {
	var sb strings.Builder
	sb.WriteString(T("Mouse") + "\n")
	for _, l := range []string{
		T("Click: select an entity or relation · Ctrl/Shift+click: select several"),
		T("Double-click: focus an entity and its neighbours"),
		T("Right-click: context menu (merge, rename, type, hide, delete, pin, focus, path)"),
		T("Drag a node: move it (it stays) · drop it on another: merge them"),
		T("Drag the background: pan · wheel: zoom"),
	} {
		sb.WriteString("  " + l + "\n")
	}
	sb.WriteString("\n" + T("Keys") + "\n")
	for _, s := range append(u.shortcuts(), u.keys()...) {
		sb.WriteString(fmt.Sprintf("  %-18s %s\n", keyName(s.key, s.mod), s.help))
	}
	return sb.String()
}

func keyName(k fyne.KeyName, mod fyne.KeyModifier) string {
	var parts []string
	if mod&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if mod&fyne.KeyModifierSuper != 0 {
		parts = append(parts, "Cmd")
	}
	if mod&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	return strings.Join(append(parts, string(k)), "+")
}

// showHelp opens the overlay that lists the keyboard shortcuts.
func (u *UI) showHelp() {
	text := widget.NewLabelWithStyle(u.helpText(), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	d := dialog.NewCustom(T("Keyboard shortcuts"), T("Close"), container.NewVScroll(text), u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
	u.helpShown = d
}

// showAbout names the version and shows the notices of the data and
// models kgx carries (assets/NOTICE.md, embedded).
func (u *UI) showAbout() {
	head := widget.NewRichTextFromMarkdown(fmt.Sprintf(T("**kgx** %s — a knowledge-graph explorer for news articles. It embeds data and models derived from the sources below, under their licences."), u.app.Metadata().Version))
	head.Wrapping = fyne.TextWrapWord
	notice := widget.NewRichTextFromMarkdown(assets.Notice())
	notice.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(T("About kgx"), T("Close"), container.NewVScroll(container.NewVBox(head, widget.NewSeparator(), notice)), u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}
