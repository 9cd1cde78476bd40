package window

import (
	"image/color"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices: follow the system, or always light or dark.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// variantTheme is Fyne's default theme held at one variant.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns the Fyne theme of a choice.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return variantTheme{theme.DefaultTheme(), theme.VariantLight}
	case themeDark:
		return variantTheme{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}

// setTheme applies and remembers a theme choice.
func (u *UI) setTheme(choice string) {
	u.app.Preferences().SetString(prefTheme, choice)
	u.app.Settings().SetTheme(themeFor(choice))
	u.rebuildScene(false)
}

// isDark reports whether the current theme draws light on dark.
func isDark() bool {
	a := fyne.CurrentApp()
	if a == nil {
		return false
	}
	if t, ok := a.Settings().Theme().(variantTheme); ok {
		return t.variant == theme.VariantDark
	}
	return a.Settings().ThemeVariant() == theme.VariantDark
}

// setLanguage applies and remembers the interface language; the window's
// text follows at once.
func (u *UI) setLanguage(l string) {
	u.app.Preferences().SetString(prefLanguage, l)
	setLanguage(l)
	u.rebuildChrome()
}

// startProject is the project to open: the one named on the command line
// or in $KGX_STORE, else the last one if it still exists, else "" (the
// default project).
func startProject(flag, last string) string {
	if flag != "" || os.Getenv("KGX_STORE") != "" || last == "" {
		return flag
	}
	if _, err := os.Stat(last); err != nil {
		return ""
	}
	return last
}

// restoreView brings back the window size and view choices of last time.
func (u *UI) restoreView() {
	p := u.app.Preferences()
	if w, h := p.Float(prefWidth), p.Float(prefHeight); w >= 400 && h >= 300 {
		u.win.Resize(fyne.NewSize(float32(w), float32(h)))
	}
	b := u.bar
	b.related.Checked = p.BoolWithFallback(prefRelated, b.related.Checked)
	b.legend.Checked = p.BoolWithFallback(prefLegend, b.legend.Checked)
	b.colour.Selected = p.StringWithFallback(prefColour, b.colour.Selected)
	b.size.Selected = p.StringWithFallback(prefSize, b.size.Selected)
	for _, w := range []fyne.Widget{b.related, b.legend, b.colour, b.size} {
		w.Refresh()
	}
}

// saveView keeps the window size and view choices for the next start.
func (u *UI) saveView() {
	p := u.app.Preferences()
	sz := u.win.Canvas().Size()
	p.SetFloat(prefWidth, float64(sz.Width))
	p.SetFloat(prefHeight, float64(sz.Height))
	p.SetBool(prefRelated, u.bar.related.Checked)
	p.SetBool(prefLegend, u.bar.legend.Checked)
	p.SetString(prefColour, u.bar.colour.Selected)
	p.SetString(prefSize, u.bar.size.Selected)
}
