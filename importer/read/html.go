package read

import (
	"bytes"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// parseHTML keeps the main article text of a saved web page: navigation,
// cookie banners, scripts, related-link lists and footers are dropped by
// Mozilla's Readability algorithm. The page is parsed, never executed.
func parseHTML(b []byte) (Document, error) {
	r, err := charset.NewReader(bytes.NewReader(b), "text/html")
	if err != nil {
		return Document{}, fmt.Errorf("html encoding: %w", err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return Document{}, fmt.Errorf("html: %w", err)
	}
	p := readability.NewParser()
	p.CharThresholds = 200
	art, err := p.ParseDocument(root, nil)
	if err != nil || art.Node == nil {
		return Document{}, fmt.Errorf("%w: the page has no readable article", ErrEmpty)
	}
	var sb strings.Builder
	blockText(&sb, art.Node)
	text, err := DecodeText([]byte(sb.String()))
	if err != nil {
		return Document{}, err
	}
	d := Document{Title: strings.TrimSpace(art.Title()), Author: strings.TrimSpace(art.Byline())}
	var paras []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			paras = append(paras, l)
		}
	}
	// Readability keeps the headline out of the content; put it back as the
	// first line so that headline relations are found too.
	if d.Title != "" && (len(paras) == 0 || paras[0] != d.Title) {
		paras = append([]string{d.Title}, paras...)
	}
	var author string
	d.Text, author = stripBoilerplate(strings.Join(paras, "\n"))
	if d.Author == "" {
		d.Author = author
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		d.Date = t.Format("2006-01-02")
	} else {
		d.Date = findDate(d.Text)
	}
	return d, nil
}

// blockText writes the text of n with one line per block element.
func blockText(sb *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		sb.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "button", "form", "nav", "aside", "footer", "figure":
			return
		case "br":
			sb.WriteByte('\n')
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(sb, c)
	}
	if n.Type == html.ElementNode {
		switch n.Data {
		case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "tr", "header", "dd", "dt":
			sb.WriteByte('\n')
		}
	}
}
