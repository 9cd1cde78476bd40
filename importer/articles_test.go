package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// articlesDir holds real news articles for development; they are not part
// of the repository, so these tests skip where the folder is absent.
const articlesDir = "../../shared/articles"

func loadArticle(t *testing.T, name string) *Result {
	t.Helper()
	p := filepath.Join(articlesDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("sample articles not available (%s): %v", articlesDir, err)
	}
	doc, err := LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := mustExtractor(t).Extract(context.Background(), doc, "")
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func entityByName(r *Result, name string) int {
	for i, e := range r.Entities {
		if e.Name == name {
			return i
		}
		for _, a := range e.Aliases {
			if a == name {
				return i
			}
		}
	}
	return -1
}

func hasRelation(r *Result, s, p, o string) bool {
	si, oi := entityByName(r, s), entityByName(r, o)
	for _, rel := range r.Relations {
		if rel.Subject == si && rel.Predicate == p && rel.Object == oi {
			return true
		}
	}
	return false
}

// expectation is what a careful reader draws from an article.
type expectation struct {
	file      string
	entities  map[string]string // name → type
	relations [][3]string
	notNames  []string // words that must not become entities
}

var expectations = []expectation{
	{
		file: "de_zdnet_zte.txt",
		entities: map[string]string{"ZTE": ORG, "ZTE USA": ORG, "Lixin Cheng": PER, "Huawei": ORG,
			"US-Kongress": ORG, "USA": LOC, "China": LOC},
		relations: [][3]string{{"US-Kongress", "classifies", "ZTE"}, {"US-Kongress", "classifies", "Huawei"},
			{"Lixin Cheng", "ceo_of", "ZTE USA"}, {"ZTE", "based_in", "China"}, {"ZTE", "invests_in", "USA"},
			{"ZTE", "operates_in", "USA"}, {"ZTE", "competitor_of", "Huawei"}},
		// common nouns, and names from the teaser lines after the article
		notNames: []string{"Konzern", "Geld", "Welt", "Bericht", "Hornetsecurity", "Microsoft Azure", "Google", "Check Point", "Ryan Huang"},
	},
	{
		file:      "de_zeit_winterkorn.cp1252.txt",
		entities:  map[string]string{"Martin Winterkorn": PER, "Volkswagen": ORG, "Berthold Huber": PER, "Stephan Weil": PER},
		relations: [][3]string{{"Martin Winterkorn", "ceo_of", "Volkswagen"}},
		notNames:  []string{"Vorstandsvorsitzender", "Aufsichtsrat", "Software"},
	},
	{
		file:      "de_schwaebische_mueller.txt",
		entities:  map[string]string{"Matthias Müller": PER, "Volkswagen": ORG, "Martin Winterkorn": PER, "Porsche": ORG},
		relations: [][3]string{{"Matthias Müller", "ceo_of", "Volkswagen"}, {"Matthias Müller", "successor_of", "Martin Winterkorn"}},
	},
	{
		file:     "de_reuters_lufthansa_lgw.txt",
		entities: map[string]string{"Lufthansa": ORG, "LGW": ORG, "Air Berlin": ORG, "Margrethe Vestager": PER, "Niki": ORG},
		relations: [][3]string{{"Lufthansa", "acquires", "LGW"}, {"LGW", "subsidiary_of", "Air Berlin"},
			{"Niki", "subsidiary_of", "Air Berlin"}},
		notNames: []string{"Slots", "Start", "Flugdienstleister", "Niki Insolvenz", "Insolvenz"},
	},
	{
		file:      "de_tagesspiegel_niki.txt",
		entities:  map[string]string{"Lufthansa": ORG, "Air Berlin": ORG, "Carsten Spohr": PER, "Niki": ORG},
		relations: [][3]string{{"Carsten Spohr", "ceo_of", "Lufthansa"}, {"Lufthansa", "acquires", "Air Berlin"}},
	},
	{
		file:     "en_wtkr_amazon_wholefoods.txt",
		entities: map[string]string{"Amazon": ORG, "Whole Foods Market": ORG, "Jeff Bezos": PER, "John Mackey": PER, "Austin": LOC},
		relations: [][3]string{{"Amazon", "acquires", "Whole Foods Market"}, {"Jeff Bezos", "ceo_of", "Amazon"},
			{"Jeff Bezos", "founder_of", "Amazon"}, {"John Mackey", "ceo_of", "Whole Foods Market"},
			{"John Mackey", "founder_of", "Whole Foods Market"}, {"Whole Foods Market", "based_in", "Austin"}},
	},
	{
		file:     "en_houston_amazon.html",
		entities: map[string]string{"Amazon": ORG, "Whole Foods": ORG, "Utpal Dholakia": PER, "Rice University": ORG, "Sysco": ORG, "Houston": LOC},
		relations: [][3]string{{"Amazon", "acquires", "Whole Foods"}, {"Utpal Dholakia", "employee_of", "Rice University"},
			{"Sysco", "based_in", "Houston"}, {"Whole Foods", "based_in", "Texas"}},
		// navigation, cookie banner, related links and footer
		notNames: []string{"Home", "Donate", "Katy", "Montrose", "H-E-B", "University of Houston", "Houston Public Media"},
	},
}

// TestSampleArticles checks the graph a careful reader expects from each
// real sample article (read from ../shared/articles when present).
func TestSampleArticles(t *testing.T) {
	for _, ex := range expectations {
		t.Run(ex.file, func(t *testing.T) {
			r := loadArticle(t, ex.file)
			for name, typ := range ex.entities {
				i := entityByName(r, name)
				if i < 0 {
					t.Errorf("entity %q not found", name)
				} else if r.Entities[i].Type != typ {
					t.Errorf("entity %q has type %s, want %s", name, r.Entities[i].Type, typ)
				}
			}
			for _, rel := range ex.relations {
				if !hasRelation(r, rel[0], rel[1], rel[2]) {
					t.Errorf("relation %s —%s→ %s not found", rel[0], rel[1], rel[2])
				}
			}
			for _, w := range ex.notNames {
				for _, e := range r.Entities {
					if strings.Contains(e.Name, w) {
						t.Errorf("%q should not be an entity (got %q)", w, e.Name)
					}
				}
			}
		})
	}
}

// TestEncodings reads the Windows-1252 copy of an article with correct umlauts.
func TestEncodings(t *testing.T) {
	a := loadArticle(t, "de_zeit_winterkorn.cp1252.txt")
	b := loadArticle(t, "de_zeit_winterkorn.txt")
	if a.Doc.Text != b.Doc.Text || a.Doc.ID != b.Doc.ID {
		t.Error("the Windows-1252 and UTF-8 copies differ after decoding")
	}
	if !strings.Contains(a.Doc.Text, "Unregelmäßigkeiten") {
		t.Error("umlauts lost")
	}
}
