package mention

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// compoundMention reads hyphenated compounds: "US-Kongresses" is the
// organisation US-Kongress; "VW-Chef", "Air-Berlin-Tochter", "ZTE-Hardware"
// and "US-Markt" mention the name before the last hyphen, with the last part
// as Head; "Houston-based" likewise.
func (x *Finder) compoundMention(toks []Token, i int, lang string) (Mention, bool) {
	t := toks[i]
	if lexicon.OrgAnaphors[t.Lower()] {
		return Mention{}, false
	}
	k := strings.LastIndex(t.Text, "-")
	prefix, head := t.Text[:k], t.Text[k+1:]
	if p, ok := strings.CutSuffix(prefix, "-Co"); ok && p != "" {
		prefix = p // "Zalando-Co-Chef": the co-chief of Zalando
	}
	if lexicon.RolePrefixes[prefix] {
		return Mention{}, false // "Co-Trainer", "Ex-Chef", "Interims-Chef"
	}
	// "des Oetker-Konzerns": before "Konzern" or "Gruppe", any capitalised word but a common noun is a name
	sameHead := lexicon.SameEntityHeads[head] || lexicon.SameEntityHeads[strings.TrimSuffix(head, "s")]
	if head == "" || !x.namePrefix(prefix) && !((head == "based" || sameHead) && segment.StartsUpperOrDigit(prefix) && !x.lex.IsGermanNoun(prefix) && !lexicon.CommonAcronyms[prefix]) {
		return Mention{}, false
	}
	// the dictionary lists some compounds with names ("SPD-Chef"); those stay
	// readable, other listed compounds are common nouns
	if x.lex.IsGermanNoun(t.Text) && !segment.IsAllCaps(prefix) && x.lex.Orgs[prefix] == "" && x.lex.Place(prefix) == nil {
		return Mention{}, false
	}
	headLemma := head
	if l := x.lex.NounLemma(head); l != "" {
		headLemma = l
	} else if lang == "de" && segment.StartsUpperOrDigit(head) && !x.lex.LooksLikeGermanNoun(head) && !strings.HasSuffix(head, "s") {
		// "Wal-Mart", "Mercedes-Benz": the whole token is a name
		return Mention{}, false
	}
	if lang == "en" && segment.StartsUpperOrDigit(head) && !lexicon.OrgHeads[head] {
		return Mention{}, false
	}
	// "Chat-Assistenten", "Cloud-Dienst": an English common word before a
	// German noun is a loan word, unless the head says an organisation is
	// meant ("Snowflake-Chef")
	if _, role := lexicon.RoleWords[headLemma]; lang == "de" && !role && !lexicon.SameEntityHeads[headLemma] && !lexicon.OrgTypeNouns[headLemma] &&
		headLemma != "Tochter" && !strings.Contains(prefix, "-") && !segment.IsAllCaps(prefix) && x.lex.EnWord[segment.Lower(prefix)] &&
		x.lex.Orgs[prefix] == "" && x.lex.Place(prefix) == nil {
		return Mention{}, false
	}
	// "der Dax-Konzern": after an article, an unknown word before a type noun
	// describes the organisation talked about ("der VW-Konzern" names it)
	if lexicon.SameEntityHeads[headLemma] && i > 0 && lexicon.IsDefinite(toks[i-1].Text) && x.lex.Orgs[prefix] == "" &&
		x.lex.Place(prefix) == nil && !segment.IsAllCaps(prefix) && (indexNames[prefix] || x.lex.IsGermanNoun(prefix) || x.lex.IsCommonWord(prefix, "de")) {
		return Mention{}, false // but "des Oetker-Konzerns" names Oetker
	}
	if lexicon.OrgHeads[headLemma] {
		norm := prefix + "-" + headLemma
		if canon, ok := x.lex.Orgs[norm]; ok {
			norm = canon
		}
		m := doc.NewMention(toks, i, i+1, norm, ORG, "", 0.85)
		return m, true
	}
	m := Mention{Tok0: i, Tok1: i + 1, Start: t.Start, End: t.Start + len(prefix), Text: prefix, Norm: prefix,
		Head: headLemma, Conf: 0.6}
	if lexicon.SameEntityHeads[headLemma] {
		m.Written = prefix + "-" + headLemma // "die Radeberger-Gruppe": the group's name as the text writes it
	}
	if canon, ok := x.lex.Orgs[prefix]; ok {
		m.Norm, m.Type, m.ByRule, m.Conf = canon, ORG, true, 0.9
	} else if canon, ok := x.lex.Orgs[strings.ReplaceAll(prefix, "-", " ")]; ok {
		m.Norm, m.Type, m.ByRule, m.Conf = canon, ORG, true, 0.9
	} else if p := x.lex.Place(prefix); p != nil {
		m.Norm, m.Type, m.Key, m.ByRule, m.Conf = x.lex.DisplayName(p, lang), LOC, p.Key, true, 0.9
		if lexicon.OrgTypeNouns[headLemma] || lexicon.SameEntityHeads[headLemma] || x.typeNoun(headLemma) {
			m.Head = "demonym" // "US-Unternehmen Overture", "US-Elektroautobauer Rivian": based in the USA
		}
	} else if headLemma == "based" {
		// "the Wolfsburg-based company": whatever the gazetteer knows, a place
		m.Type, m.ByRule, m.Conf = LOC, true, 0.8
	} else {
		m.Type = ORG
		if _, role := lexicon.RoleWords[headLemma]; role || lexicon.SameEntityHeads[headLemma] || headLemma == "Tochter" {
			m.ByRule = true
		}
	}
	return m, true
}

// spacedCompound reads a compound whose first part ends a name of several
// words: "the San Francisco-based company", "Hong Kong-based". It returns
// the mention and the number of tokens it takes.
func (x *Finder) spacedCompound(toks []Token, i int, lang string) (Mention, int, bool) {
	for n := 1; n <= 2 && i+n < len(toks); n++ {
		t := toks[i+n]
		k := strings.LastIndex(t.Text, "-")
		if k <= 0 || k == len(t.Text)-1 || strings.Contains(t.Text[:k], "-") || !segment.StartsUpperOrDigit(toks[i].Text) {
			continue
		}
		name := doc.JoinTokens(toks[i:i+n]) + " " + t.Text[:k]
		if x.lex.Place(name) == nil && x.lex.Orgs[name] == "" {
			continue
		}
		one := make([]Token, len(toks))
		copy(one, toks)
		one[i+n] = segment.NewToken(name+t.Text[k:], toks[i].Start, t.End)
		m, ok := x.compoundMention(one, i+n, lang)
		if !ok {
			return Mention{}, 0, false
		}
		m.Tok0, m.Start, m.End, m.Text = i, toks[i].Start, t.Start+k, name
		return m, n + 1, true
	}
	return Mention{}, 0, false
}

// namePrefix reports whether every part of the prefix of a compound reads
// as a name: "Air-Berlin", "US", "ZTE"; not "Telekom-Hardware" or "E".
func (x *Finder) namePrefix(p string) bool {
	if x.lex.Orgs[p] != "" || x.lex.Orgs[strings.ReplaceAll(p, "-", " ")] != "" || x.lex.Place(p) != nil || segment.IsAllCaps(p) && !strings.Contains(p, "-") && !lexicon.CommonAcronyms[p] {
		return true
	}
	if x.lex.IsGermanNoun(p) {
		return false
	}
	for _, part := range strings.Split(p, "-") {
		if utf8.RuneCountInString(part) < 2 || !segment.StartsUpperOrDigit(part) || segment.IsNumber(part) {
			return false
		}
		if x.lex.Orgs[part] != "" || x.lex.Places[part] != nil || segment.IsAllCaps(part) && !lexicon.CommonAcronyms[part] {
			continue
		}
		if lexicon.CommonAcronyms[part] || x.lex.LooksLikeGermanNoun(part) || x.lex.IsCommonWord(part, "de") || lexicon.MonthAndDay[part] {
			return false
		}
	}
	return true
}

// endsInOrgHead reports whether a capitalised German compound ends in an
// institution noun: "Volksbank", "Sparkasse", "Landgericht", "Stadtwerke".
func (x *Finder) endsInOrgHead(w string) bool {
	if !segment.StartsUpperOrDigit(w) || strings.Contains(w, "-") {
		return false
	}
	lw := segment.Lower(w)
	for _, h := range institutionHeads {
		if strings.HasSuffix(lw, h) && len(lw) > len(h) { // a compound: "Volksbank", not "Bank" ("der Bank UBS")
			return true
		}
	}
	return false
}

// localInstitution reports whether a compound names a kind of institution
// that takes its place name after it: "Volksbank Eisenberg", "Sparkasse
// Hannover", "Stadtwerke Bochum", "Amtsgericht Ulm".
func localInstitution(w string) bool {
	lw := segment.Lower(w)
	for _, d := range []string{"groß", "privat", "investment", "direkt", "online", "förder", "geschäfts", "universal",
		"noten", "zentral", "haus", "regional", "auto", "digital", "hypotheken"} {
		if strings.HasPrefix(lw, d) {
			return false // "die Großbank Unicredit": a kind of bank before its name
		}
	}
	for _, h := range []string{"bank", "kasse", "werke", "gericht"} {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}

// endsInOrgType reports whether a German compound ends in an organisation
// type noun: "Telekom-Hardware-Hersteller", "Onlinehändler".
func (x *Finder) endsInOrgType(w string) bool {
	lw := segment.Lower(w)
	if k := strings.LastIndex(lw, "-"); k >= 0 {
		lw = lw[k+1:]
	}
	for _, end := range []string{"", "s", "n", "en", "es"} {
		stem := strings.TrimSuffix(lw, end)
		if end != "" && stem == lw {
			continue
		}
		if lexicon.OrgTypeNouns[stem] {
			return true
		}
		for _, n := range orgTypeSuffixes {
			if strings.HasSuffix(stem, n) {
				return true
			}
		}
	}
	return false
}

// orgTypeSuffixes are the organisation type nouns of five letters or more,
// lowercase, for compounds: "Onlinehändler", "Ratingagentur".
var orgTypeSuffixes = func() []string {
	var out []string
	for n := range lexicon.OrgTypeNouns {
		if len(n) >= 5 {
			out = append(out, segment.Lower(n))
		}
	}
	sort.Strings(out)
	return out
}()

// stockIndex reports whether w names a stock index ("DAX", "Dow"), which is
// no organisation; Nasdaq is also the exchange.
func stockIndex(w string) bool { return indexNames[w] && w != "Nasdaq" }

// indexNames are stock indices, which describe the companies listed in them.
var indexNames = lexicon.WordSet("index_names")

// institutionHeads are the endings of German compounds that name an institution ("Volksbank", "Sparkasse", "Landgericht") (words.tsv).
var institutionHeads = lexicon.WordList("institution_heads")
