package read

import (
	"archive/zip"
	"bytes"
	"testing"
)

// The readers take any bytes without panicking: an error or a document.
// `make fuzz` runs each target for a short time; inputs that once failed
// stay in testdata/fuzz and run with every `go test`.

func fuzzReader(f *testing.F, name string, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse(name, b)
		if err == nil && d.Text == "" {
			t.Errorf("%s: no error and no text", name)
		}
	})
}

func FuzzText(f *testing.F) {
	fuzzReader(f, "a.txt", []byte("Titel\n\nSiemens übernimmt Altair."), []byte("\xff\xfeS\x00i\x00"), []byte("Caf\xe9 in K\xf6ln"))
}

func FuzzMarkdown(f *testing.F) {
	fuzzReader(f, "a.md", []byte("# Titel\n\n*Siemens* übernimmt [Altair](http://x)."), []byte("---\ntitle: x\n---\n# A"))
}

func FuzzHTML(f *testing.F) {
	fuzzReader(f, "a.html", []byte("<html><head><title>T</title></head><body><article><p>Siemens übernimmt Altair.</p></article></body></html>"),
		[]byte("<p><b><i>unclosed"), []byte("<meta charset=latin1><p>K\xf6ln</p>"))
}

// FuzzPDF lives in pdf_test.go, seeded with a real PDF.

func FuzzDOCX(f *testing.F) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Siemens kauft Altair</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	fuzzReader(f, "a.docx", buf.Bytes(), []byte("PK\x03\x04"))
}
