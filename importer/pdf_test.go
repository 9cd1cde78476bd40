package importer

import (
	"bytes"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

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
	r, err := mustExtractor(t).Extract(t.Context(), d, "")
	if err != nil {
		t.Fatal(err)
	}
	if !hasRelation(r, "Siemens", "acquires", "Altair") || !hasRelation(r, "Roland Busch", "ceo_of", "Siemens") {
		t.Errorf("relations: %v", goldenLines(r))
	}
}

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
