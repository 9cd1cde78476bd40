package read

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// ErrNoTextLayer is returned for a PDF without extractable text (a scan).
var ErrNoTextLayer = errors.New("the PDF has no text layer (is it a scan?)")

// pdfTimeout bounds the reading of one PDF: some damaged files make the PDF
// reader loop.
var pdfTimeout = 20 * time.Second

// parsePDF reads the text layer of a PDF within pdfTimeout.
func parsePDF(b []byte) (Document, error) {
	type result struct {
		d   Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := readPDF(b)
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		return r.d, r.err
	case <-time.After(pdfTimeout):
		return Document{}, errors.New("pdf: the file could not be read in time (is it damaged?)")
	}
}

// readPDF reads the text layer of a PDF: pieces of text are put into lines
// by their position, lines into paragraphs by the gaps between them, and
// words split across lines ("Unter-\nnehmen") are joined again.
func readPDF(b []byte) (d Document, err error) {
	defer func() {
		if r := recover(); r != nil { // the PDF reader panics on some broken files
			err = fmt.Errorf("pdf: the file is damaged (%v)", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Document{}, fmt.Errorf("pdf: %w", err)
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	for p := 1; p <= r.NumPage(); p++ {
		page := r.Page(p)
		if page.V.IsNull() {
			continue
		}
		lastY, lastGap := math.NaN(), 0.0
		for _, ln := range pageLines(page.Content().Text) {
			gap := lastY - ln.y
			if !math.IsNaN(lastY) && lastGap > 0 && gap > lastGap*1.4 {
				flush() // a wider gap than between lines: a new paragraph
			}
			if !math.IsNaN(lastY) && gap > 0 && (lastGap == 0 || gap < lastGap) {
				lastGap = gap
			}
			lastY = ln.y
			appendLine(&cur, ln.text)
		}
		flush()
	}
	text := strings.Join(paras, "\n")
	if len(strings.Fields(text)) < 3 {
		return Document{}, ErrNoTextLayer
	}
	d, err = parsePlain([]byte(text), false)
	if err != nil {
		return Document{}, err
	}
	if t := strings.TrimSpace(r.Trailer().Key("Info").Key("Title").Text()); t != "" {
		d.Title = t
	}
	return d, nil
}

type pdfLine struct {
	y    float64
	text string
}

// pageLines groups the text pieces of a page into lines, top to bottom; the
// pieces of a line keep their drawing order.
func pageLines(texts []pdf.Text) []pdfLine {
	var lines []pdfLine
	var sb strings.Builder
	y := math.NaN()
	end := func() {
		if t := strings.Join(strings.Fields(sb.String()), " "); t != "" {
			lines = append(lines, pdfLine{y, t})
		}
		sb.Reset()
	}
	for _, t := range texts {
		if !math.IsNaN(y) && math.Abs(t.Y-y) > t.FontSize*0.3 {
			end()
		}
		if math.IsNaN(y) || sb.Len() == 0 {
			y = t.Y
		}
		sb.WriteString(t.S)
	}
	end()
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y > lines[j].y })
	return lines
}

// appendLine adds a line to a paragraph, joining a word hyphenated at the
// line break when the next line goes on in lowercase.
func appendLine(sb *strings.Builder, line string) {
	s := sb.String()
	if s == "" {
		sb.WriteString(line)
		return
	}
	first := []rune(line)[0]
	if strings.HasSuffix(s, "-") && unicode.IsLower(first) && len(s) > 1 && unicode.IsLetter([]rune(s)[len([]rune(s))-2]) {
		sb.Reset()
		sb.WriteString(strings.TrimSuffix(s, "-"))
		sb.WriteString(line)
		return
	}
	sb.WriteByte(' ')
	sb.WriteString(line)
}
