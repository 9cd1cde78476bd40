package read

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDecodeText(t *testing.T) {
	const want = "Die Übernahme durch Müller größer.\nZweite Zeile."
	cp1252, _ := charmap.Windows1252.NewEncoder().String(strings.ReplaceAll(want, "\n", "\r\n"))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(want)
	tests := []struct {
		name string
		in   []byte
	}{
		{"utf8", []byte(want)},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, want...)},
		{"utf16 bom", []byte(utf16)},
		{"cp1252 crlf", []byte(cp1252)},
		{"cr only", []byte(strings.ReplaceAll(want, "\n", "\r"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeText(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	if _, err := DecodeText([]byte{0x89, 'P', 'N', 'G', 0, 0, 0}); !errors.Is(err, ErrBinary) {
		t.Errorf("binary input: got %v, want ErrBinary", err)
	}
}

func TestTeaserAndAttribution(t *testing.T) {
	text := "Siemens baut ein Werk in Texas.\nDer Konzern investiert viel Geld.\n[mit Material von Anna Schmidt, Beispiel.de]\n" +
		"Ein anderer Artikel über Sicherheit beginnt so und bricht dann ab…\nNoch ein Anriss eines Textes, der…\nEine Zeile dazwischen.\nUnd der dritte Anriss…\n"
	d, err := Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Anriss") || strings.Contains(d.Text, "Material") {
		t.Errorf("boilerplate kept:\n%s", d.Text)
	}
	if !strings.Contains(d.Text, "investiert viel Geld") {
		t.Errorf("article text lost:\n%s", d.Text)
	}
	if d.Author != "mit Material von Anna Schmidt, Beispiel.de" {
		t.Errorf("author = %q", d.Author)
	}
}

func TestDOCX(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>Apple kauft Shazam</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">Der US-Konzern Apple hat den Musikdienst </w:t></w:r><w:r><w:t>Shazam übernommen.</w:t></w:r></w:p>` +
		`</w:body></w:document>`))
	zw.Close()
	d, err := Parse("a.docx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Apple kauft Shazam" || !strings.Contains(d.Text, "Musikdienst Shazam übernommen.") {
		t.Errorf("title %q, text %q", d.Title, d.Text)
	}
	if _, err := Parse("b.docx", []byte("not a zip")); err == nil {
		t.Error("a broken .docx must fail")
	}
}

func TestUnsupportedAndEmpty(t *testing.T) {
	if _, err := Parse("x.xlsx", []byte("abc")); !errors.Is(err, ErrUnsupported) {
		t.Errorf("got %v, want ErrUnsupported", err)
	}
	if _, err := Parse("x.txt", []byte("  \n ")); !errors.Is(err, ErrEmpty) {
		t.Errorf("got %v, want ErrEmpty", err)
	}
}

func TestBylines(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"By Jane Miller", true},
		{"Von Anna Schmidt und Max Weber, dpa", true},
		{"By Jane Miller and Tom Brown", true},
		{"By the end of the year, sales doubled.", false},
		{"Von Berlin aus fährt der Zug nach Hamburg.", false},
		{"Byline Software Inc reported results", false},
	} {
		if got := byline.MatchString(tc.line); got != tc.want {
			t.Errorf("byline(%q) = %v", tc.line, got)
		}
	}
	text, author := stripBoilerplate("Title\nBy Jane Miller\nApple sold more phones.\n")
	if strings.Contains(text, "Jane") || author != "Jane Miller" {
		t.Errorf("text %q, author %q", text, author)
	}
}

func TestHTMLByline(t *testing.T) {
	page := `<html><head><title>Acme buys Widget Co</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Acme buys Widget Co</h1><p>By Jane Miller</p>
<p>Acme Corp said on Monday it would buy Widget Co for $2 billion, its largest deal in a decade.</p>
<p>The combined company will be based in Denver and employ about 12,000 people across the country.</p></article>
<footer>All rights reserved.</footer></body></html>`
	d, err := Parse("acme.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Jane Miller") || !strings.Contains(d.Text, "Widget Co for $2 billion") {
		t.Errorf("text %q", d.Text)
	}
	if d.Author != "Jane Miller" {
		t.Errorf("author %q", d.Author)
	}
}

// A file beyond the article limits is refused with a clear error, also a
// small Word file that unpacks to a flood of text.
func TestTooLarge(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, _ := os.Create(big)
	f.Truncate(MaxFileSize + 1)
	f.Close()
	if _, err := LoadFile(big); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "50 MB") {
		t.Errorf("a 50 MB + 1 file: %v", err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte("Siemens "), 1<<16)
	for i := 0; i < 2*MaxTextSize/len(chunk); i++ {
		w.Write(chunk)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("the test's Word file is %d bytes, not small", buf.Len())
	}
	if _, err := Parse("bomb.docx", buf.Bytes()); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a Word file of 20 MB of text: %v", err)
	}
}

func TestFindDate(t *testing.T) {
	filler := strings.Repeat("Der Umsatz stieg um 2024 Prozent. ", 100) // a number like a year is no date
	tests := []struct{ text, want string }{
		{"Berlin, 3. März 2024 – Die Firma meldet Zahlen.", "3. März 2024"},
		{"Published March 3, 2024. The company reported.", "March 3, 2024"},
		{"Stand: 2024-03-03\nDie Firma meldet Zahlen.", "2024-03-03"},
		{"Im Jahr 2019 und 2020 wuchs der Umsatz.", ""},
		{"Code x12. März 2024 ist kein Datum am Wortanfang.", ""},
		{"Am 12.März 2023 und am 1. Mai 2024.", "12.März 2023"},
		{filler + "Mitte: 5. Mai 2001. " + filler + "Ende.", ""}, // the middle reports, it does not date
		{filler + "Stand: 30. September 2025", "30. September 2025"},
		{"Zahlen 2024-21-01 und 120245-01-01 und 2024-01-15.", "2024-01-15"},
	}
	for _, tc := range tests {
		if got := findDate(tc.text); got != tc.want {
			t.Errorf("findDate(%.40q…) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFindAroundYears checks that looking around years finds what the
// pattern finds in the whole text.
func TestFindAroundYears(t *testing.T) {
	words := []string{"am", "3.", "März", "2024", "1999", "12.", "Mai", "May", "4,", "2024-05-06", "x2020", "2021y",
		"ÜBER", "\n", "März\n", "20245", "_", "Januar"}
	seed := uint32(7)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>16) % n }
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := next(40); j >= 0; j-- {
			b.WriteString(words[next(len(words))])
			b.WriteString([]string{" ", "", "  ", ". "}[next(4)])
		}
		s := b.String()
		for _, re := range []*regexp.Regexp{dateISO, dateDE, dateEN} {
			if got, want := findAroundYears(re, s), re.FindString(s); got != want {
				t.Fatalf("%v in %q: %q, want %q", re, s, got, want)
			}
		}
	}
}
