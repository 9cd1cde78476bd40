package importer

import (
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	page := `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bosch übernimmt Startup – Beispielzeitung</title>
<script>track()</script></head><body>
<nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<div class="cookie-banner">Wir verwenden Cookies. <button>Akzeptieren</button></div>
<article><h1>Bosch übernimmt Startup</h1>
<p>Der Stuttgarter Konzern Bosch hat das Berliner Startup Beispielwerk übernommen, wie beide Unternehmen am Dienstag mitteilten.</p>
<p>Bosch-Chef Stefan Hartung sprach von einem wichtigen Schritt für das Geschäft mit Sensoren und Software in Europa.</p>
<p>Der Kaufpreis wurde nicht genannt. Beispielwerk beschäftigt rund 80 Mitarbeiter in Berlin und München.</p>
</article>
<aside><h2>Mehr zum Thema</h2><ul><li><a href="/a">Siemens verkauft Sparte</a></li></ul></aside>
<footer>© Beispielzeitung GmbH</footer></body></html>`
	d, err := Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Cookies", "Startseite", "Siemens verkauft", "Beispielzeitung GmbH", "track()"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("boilerplate %q kept:\n%s", bad, d.Text)
		}
	}
	if !strings.Contains(d.Text, "Bosch-Chef Stefan Hartung") || !strings.HasPrefix(d.Text, "Bosch übernimmt Startup") {
		t.Errorf("article text wrong:\n%s", d.Text)
	}
	r, err := mustExtractor(t).Extract(t.Context(), d, "")
	if err != nil {
		t.Fatal(err)
	}
	if !hasRelation(r, "Stefan Hartung", "ceo_of", "Bosch") {
		t.Errorf("relations: %v", goldenLines(r))
	}
}

func TestDetectLanguage(t *testing.T) {
	if l := DetectLanguage("Der Konzern hat die Übernahme der Firma mit dem Partner abgeschlossen."); l != "de" {
		t.Errorf("German detected as %s", l)
	}
	if l := DetectLanguage("The company has completed the acquisition of the firm with its partner."); l != "en" {
		t.Errorf("English detected as %s", l)
	}
}
