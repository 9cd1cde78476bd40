package importer

import (
	"context"
	"testing"
)

// FuzzParse feeds arbitrary bytes to every reader and to the extractor:
// errors are fine, panics are not.
func FuzzParse(f *testing.F) {
	f.Add("a.txt", []byte("Der Konzern Bayer übernimmt Monsanto.\nBayer-Chef Bill Anderson sagte das."))
	f.Add("a.html", []byte("<html><body><article><p>Apple kauft Shazam.</p></article></body></html>"))
	f.Add("a.md", []byte("# Titel\n\n[Link](http://x) **Siemens** baut in Berlin."))
	f.Add("a.pdf", []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Add("a.docx", []byte("PK\x03\x04"))
	x := mustExtractor(f)
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		ext := ".txt"
		for _, e := range []string{".html", ".md", ".pdf", ".docx"} {
			if len(name) > 0 && name[0]%5 == e[1]%5 {
				ext = e
			}
		}
		d, err := Parse("fuzz"+ext, b)
		if err != nil {
			return
		}
		if _, err := x.Extract(context.Background(), d, ""); err != nil {
			t.Fatal(err)
		}
	})
}
