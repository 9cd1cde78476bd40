package window

import (
	"encoding/json"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	// the message locale settled before Fyne reads it (C.UTF-8 → C), as in the program
	_ "github.com/kgx/kgx/app/locale"
	"github.com/kgx/kgx/assets"
)

// Interface languages: the system's (Fyne's translation support picks
// German or English from it), or one the person chose in the settings.
const (
	langSystem  = "system"
	langEnglish = "en"
	langGerman  = "de"
)

var (
	i18nOnce sync.Once
	german   map[string]string // English text → German
	uiLang   = langSystem
)

// loadTranslations gives Fyne kgx's German text and keeps it for an
// explicit choice of language.
func loadTranslations() {
	i18nOnce.Do(func() {
		data, err := assets.Translation(langGerman)
		if err != nil {
			fyne.LogError("kgx: no German interface text", err)
			return
		}
		if err := json.Unmarshal(data, &german); err != nil {
			fyne.LogError("kgx: German interface text", err)
			return
		}
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(langGerman)); err != nil {
			fyne.LogError("kgx: German interface text", err)
		}
	})
}

// setLanguage chooses the interface language: langSystem, langEnglish or
// langGerman. Text already on screen changes when the window is rebuilt.
func setLanguage(l string) {
	loadTranslations()
	uiLang = l
}

// T translates an English interface text into the interface language.
// Texts with %-verbs are translated before fmt fills them in.
func T(s string) string {
	loadTranslations()
	switch uiLang {
	case langEnglish:
		return s
	case langGerman:
		if t, ok := german[s]; ok && t != "" {
			return t
		}
		return s
	}
	return lang.L(s)
}
