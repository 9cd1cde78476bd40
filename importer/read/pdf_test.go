package read

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

func makePDF(t *testing.T, title string, paras ...string) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	tr := p.UnicodeTranslatorFromDescriptor("") // cp1252 for umlauts
	p.SetTitle(title, true)
	p.AddPage()
	p.SetFont("Helvetica", "", 11)
	for _, para := range paras {
		p.MultiCell(90, 5, tr(para), "", "L", false)
		p.Ln(4)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPDFBroken(t *testing.T) {
	good := makePDF(t, "x", "Ein kurzer Text über die Deutsche Bahn in Berlin.")
	for name, b := range map[string][]byte{
		"garbage":   []byte("%PDF-1.4 this is not really a pdf"),
		"truncated": good[:len(good)/2],
	} {
		if _, err := Parse(name+".pdf", b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	empty := makePDF(t, "leer")
	if _, err := Parse("empty.pdf", empty); !errors.Is(err, ErrNoTextLayer) && !errors.Is(err, ErrEmpty) {
		t.Errorf("empty pdf: %v", err)
	}
}

func TestPDFTimeout(t *testing.T) {
	old := pdfTimeout
	pdfTimeout = time.Nanosecond
	defer func() { pdfTimeout = old }()
	b := makePDF(t, "x", "Ein Text über die Deutsche Bahn.")
	for i := 0; i < 20; i++ { // the reader is usually faster than a nanosecond timer only rarely
		if _, err := Parse("slow.pdf", b); err != nil && strings.Contains(err.Error(), "in time") {
			return
		}
	}
	t.Skip("the PDF was always read before the timer fired")
}

// A PDF article keeps its title, its lines joined into paragraphs and its umlauts.
func TestPDF(t *testing.T) {
	b := makePDF(t, "Siemens kauft Altair",
		"Der Münchner Technologiekonzern Siemens übernimmt den amerikanischen Softwarehersteller Altair für rund zehn Milliarden Dollar.",
		"Siemens-Chef Roland Busch sprach von einem wichtigen Schritt für das Geschäft mit Industriesoftware.")
	d, err := Parse("a.pdf", b)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Siemens kauft Altair" {
		t.Errorf("title %q", d.Title)
	}
	if !strings.Contains(d.Text, "Der Münchner Technologiekonzern Siemens übernimmt den amerikanischen Softwarehersteller Altair") {
		t.Errorf("text lost its lines or umlauts:\n%s", d.Text)
	}
	if n := strings.Count(d.Text, "\n"); n != 1 {
		t.Errorf("want two paragraphs, got %d line breaks:\n%s", n, d.Text)
	}
}

// FuzzPDF mutates a real PDF: the PDF reader must not bring kgx down.
func FuzzPDF(f *testing.F) {
	t := &testing.T{}
	f.Add(makePDF(t, "Titel", "Die Deutsche Bahn bestellt neue Züge bei Siemens Mobility in Krefeld."))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = Parse("fuzz.pdf", b)
	})
}
