package read

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// parseDOCX reads the paragraphs of a Word document's main part.
func parseDOCX(b []byte) (Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Document{}, fmt.Errorf("docx: not a Word file (%w)", err)
	}
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			part = f
		}
	}
	if part == nil {
		return Document{}, errors.New("docx: word/document.xml is missing")
	}
	rc, err := part.Open()
	if err != nil {
		return Document{}, fmt.Errorf("docx: %w", err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, 8*MaxTextSize)) // a zip bomb stops here
	var sb strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if sb.Len() > MaxTextSize {
			return Document{}, fmt.Errorf("docx: %w: more than %d MB of text", ErrTooLarge, MaxTextSize>>20)
		}
		if err != nil {
			return Document{}, fmt.Errorf("docx: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				sb.WriteByte(' ')
			case "br":
				sb.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				sb.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				sb.Write(t)
			}
		}
	}
	return parsePlain([]byte(sb.String()), false)
}
