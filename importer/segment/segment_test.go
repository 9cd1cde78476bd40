package segment

import (
	"strings"
	"testing"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Das gilt z. B. für Dr. Meier von der Bank. Er kam am 3. Februar 2021 an.", []string{
			"Das gilt z. B. für Dr. Meier von der Bank.", "Er kam am 3. Februar 2021 an."}},
		{"initialism", "The U.S. Congress met. Apple Inc. said so.", []string{"The U.S. Congress met.", "Apple Inc. said so."}},
		{"quotes", "Er sagte: „Das ist gut.“ Dann ging er.", []string{"Er sagte: „Das ist gut.“", "Dann ging er."}},
		{"lines", "Headline without stop\nFirst sentence here.", []string{"Headline without stop", "First sentence here."}},
		{"wrapped", "Title Line\n\nThe board met on Monday and\nagreed to sell the unit to a\nrival. The sale closes in\nMay, the firm said.\n", []string{
			"Title Line", "The board met on Monday and\nagreed to sell the unit to a\nrival.", "The sale closes in\nMay, the firm said."}},
		{"paragraph lines", "Title Line\nOne paragraph ends here.\nAnother follows, and it ends too.\nA third one.\n", []string{
			"Title Line", "One paragraph ends here.", "Another follows, and it ends too.", "A third one."}},
		{"middle initial", "DSV-Chef Jens H. Andersen kündigte das an. Der Rest folgt.", []string{
			"DSV-Chef Jens H. Andersen kündigte das an.", "Der Rest folgt."}},
		{"numbers", "Die Aktie stieg um 2,3 Prozent auf 13.7 Euro. Gut.", []string{"Die Aktie stieg um 2,3 Prozent auf 13.7 Euro.", "Gut."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Segment(tc.text) {
				got = append(got, s.Text(tc.text))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	text := "Die US-Kongress-Studie, Start- und Landerechte; U.S. $13.7 billion Wal-Mart's"
	var got []string
	for _, tok := range Tokenize(text, 0) {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("offsets of %q wrong", tok.Text)
		}
		got = append(got, tok.Text)
	}
	want := "Die|US-Kongress-Studie|,|Start-|und|Landerechte|;|U.S.|$|13.7|billion|Wal-Mart's"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestTokenLower(t *testing.T) {
	for _, tok := range []Token{NewToken("Übernahme", 0, 10), {Text: "Übernahme"}} {
		if got := tok.Lower(); got != "übernahme" {
			t.Errorf("%+v: %q", tok, got)
		}
	}
}
