package window

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/kgx/kgx/assets"
)

// Every interface text has its German translation, with the same verbs.
func TestEveryTextHasAGermanTranslation(t *testing.T) {
	data, err := assets.Translation(langGerman)
	if err != nil {
		t.Fatal(err)
	}
	var de map[string]string
	if err := json.Unmarshal(data, &de); err != nil {
		t.Fatal(err)
	}
	texts := regexp.MustCompile(`\bT\(("(?:[^"\\]|\\.)*")\)`)
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range texts.FindAllSubmatch(src, -1) {
			en, err := strconv.Unquote(string(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			tr, ok := de[en]
			if !ok {
				t.Errorf("%s: no German for %q", f, en)
				continue
			}
			if a, b := verbs.FindAllString(en, -1), verbs.FindAllString(tr, -1); len(a) != len(b) {
				t.Errorf("%q and %q differ in their %%-verbs", en, tr)
			}
		}
	}
	// texts translated through constants
	for _, en := range []string{colourType, colourGroup, sizeDegree, sizePageRank, arrangeForce, arrangeCircle, arrangeLayers, "Theme", "Light", "Dark", "Transparent",
		// the canvas legend (graph/render draws it in Scene.Words' language)
		"Person", "Organisation", "Place", "Product", "Event", "Miscellaneous", "size: number of relations", "size: PageRank",
		"relation (its predicate along the line)", "co-occurrence (same sentence)", "%d nodes hidden", "group of %s (%d)", "other groups"} {
		if _, ok := de[en]; !ok {
			t.Errorf("no German for %q", en)
		}
	}
	// Fyne's translation support (go-i18n) takes the file: no key of its
	// reserved words ("Other", "One", "ID" …) that would turn it into an object
	if err := lang.AddTranslationsForLocale(data, fyne.Locale(langGerman)); err != nil {
		t.Errorf("Fyne refuses the German text: %.200v", err)
	}
	setLanguage(langGerman)
	defer setLanguage(langEnglish)
	if T("Undo") != "Rückgängig" {
		t.Errorf("T(Undo) = %q in German", T("Undo"))
	}
}

// The help names the keys as each system does: Cmd on macOS, Ctrl elsewhere.
func TestKeyNamesPerSystem(t *testing.T) {
	if got := keyName("Z", fyne.KeyModifierControl|fyne.KeyModifierShift); got != "Ctrl+Shift+Z" {
		t.Errorf("Ctrl+Shift+Z written %q", got)
	}
	if got := keyName("Z", fyne.KeyModifierSuper); got != "Cmd+Z" { // macOS's shortcut key
		t.Errorf("Cmd+Z written %q", got)
	}
}
