// Package locale settles the message locale before Fyne reads it. Debian
// and many containers set LANG=C.UTF-8, which Fyne's locale lookup cannot
// parse: it logs "Fyne error: Error parsing user locale C" at start-up,
// into every command-line run. This package imports nothing but the
// standard library, so Go initialises it before Fyne's lang package (which
// waits for golang.org/x/text), and points LC_MESSAGES at the plain "C"
// locale, which Fyne takes as English without complaint. The character
// set (LANG, LC_CTYPE) is left as it is.
package locale

import (
	"os"
	"strings"
)

func init() { Settle(os.Getenv, os.Setenv) }

// Settle sets LC_MESSAGES to "C" when the locale that decides messages
// (LC_ALL, else LC_MESSAGES, else LANG) is a C or POSIX locale with a
// character set ("C.UTF-8"); it leaves any other setting alone.
func Settle(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LC_ALL") != "" {
		return // it rules over LC_MESSAGES; leave the person's choice
	}
	v := getenv("LC_MESSAGES")
	if v == "" {
		v = getenv("LANG")
	}
	base, _, _ := strings.Cut(v, ".")
	if (base == "C" || base == "POSIX") && v != base {
		_ = setenv("LC_MESSAGES", "C")
	}
}
