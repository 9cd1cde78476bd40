package read

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// ErrBinary is returned for input that is not text in any supported encoding.
var ErrBinary = errors.New("not a text file (binary content)")

// DecodeText turns raw bytes into normalised UTF-8 text: a UTF-8 or UTF-16
// byte-order mark selects that encoding; valid UTF-8 stays as it is; anything
// else is read as Windows-1252 (a superset of ISO-8859-1 in its printable
// range). Line endings become "\n" and the result is in Unicode NFC.
func DecodeText(b []byte) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		s = string(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := d.Bytes(b)
		if err != nil {
			return "", err
		}
		s = string(out)
	case utf8.Valid(b):
		s = string(b)
	default:
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", err
		}
		s = string(out)
	}
	if strings.ContainsRune(s, 0) {
		return "", ErrBinary
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return norm.NFC.String(s), nil
}
