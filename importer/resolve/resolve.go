package resolve

import (
	"slices"
	"sort"
	"strings"

	"github.com/kgx/kgx/graph/kg"
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// Resolve groups mentions into document entities: the same name, a
// person's surname after the full name, an organisation's short form
// ("ZTE" for "ZTE Corporation"), and document-level type consistency.
func (x *Resolver) Resolve(ms []Mention) ([]Entity, []Relation) {
	// Document-level type consistency: a name typed by a strong cue once
	// keeps that type everywhere in the document.
	strong := map[string]string{}
	for _, m := range ms {
		if m.ByRule {
			if _, ok := strong[m.Norm]; !ok || m.Type == PER {
				strong[m.Norm] = m.Type
			}
		}
	}
	// "LinkedIn" is an organisation where "LinkedIn Corporation" is one.
	for name, t := range strong {
		if t != ORG {
			continue
		}
		f := strings.Fields(name)
		for len(f) > 1 && (lexicon.LegalForms[f[len(f)-1]] || lexicon.OrgHeads[f[len(f)-1]]) {
			f = f[:len(f)-1]
			if _, ok := strong[strings.Join(f, " ")]; !ok {
				strong[strings.Join(f, " ")] = ORG
			}
		}
	}
	// Names joined by "und"/"and" share the type of a member with a strong cue:
	// in "ZTE ebenso wie Huawei", Huawei is an organisation like ZTE.
	for i := range ms {
		m := &ms[i]
		if m.Coord < 0 || m.Coord >= len(ms) {
			continue
		}
		o := &ms[m.Coord]
		ot, ostrong := strong[o.Norm]
		mt, mstrong := strong[m.Norm]
		switch {
		case ostrong && !mstrong && !(ot == PER && segment.IsAcronym(m.Norm)): // "des HSV, Jan Meier und …": no person
			strong[m.Norm] = ot
		case mstrong && !ostrong && !(mt == PER && segment.IsAcronym(o.Norm)):
			strong[o.Norm] = mt
		}
	}
	persons := map[string]string{} // surname → full name
	for _, m := range ms {
		if m.Type == PER || strong[m.Norm] == PER {
			if f := strings.Fields(m.Norm); len(f) >= 2 {
				persons[f[len(f)-1]] = m.Norm
			}
		}
	}
	// "Bayern-Vorstandschef" after "FC Bayern München": a role's place is the
	// organisation of the text named after it
	for i := range ms {
		m := &ms[i]
		if m.Type != LOC || m.Head == "" || lexicon.RoleWords[m.Head] == "" && lexicon.CompoundRole(m.Head) == "" {
			continue
		}
		best := ""
		for _, o := range ms {
			if o.Type == ORG && o.Head == "" && strings.Contains(" "+o.Norm+" ", " "+m.Text+" ") && (best == "" || len(o.Norm) < len(best)) {
				best = o.Norm
			}
		}
		if best != "" {
			m.Norm, m.Type, m.Key = best, ORG, ""
		}
	}
	// an organisation's first word is its short form before it is a surname:
	// "Hess chief executive John Hess" after "Hess Corp"
	orgFirst := map[string]bool{}
	orgStart := map[string]bool{} // "Great Wall" of "Great Wall Motor"
	for _, m := range ms {
		if f := strings.Fields(m.Norm); m.Type == ORG && len(f) > 1 {
			orgFirst[f[0]] = true
			for n := 2; n < len(f); n++ {
				orgStart[strings.Join(f[:n], " ")] = true
			}
		}
	}
	for i := range ms {
		// a "person" named like the start of the text's company is that company
		if m := &ms[i]; m.Type == PER && orgStart[m.Norm] && !x.lex.Given[strings.Fields(m.Norm)[0]] {
			m.Type, m.Conf = ORG, 0.7
		}
	}
	for i := range ms {
		m := &ms[i]
		if t, ok := strong[m.Norm]; ok && !m.ByRule {
			m.Type = t
			m.Conf = 0.7
		}
		// "Chipotle" after "Chipotle Mexican Grill": a one-word place the
		// gazetteer does not know is the organisation's short form
		if m.Type == LOC && m.Key == "" && !m.ByRule && orgFirst[m.Norm] && !strings.Contains(m.Norm, " ") {
			m.Type, m.Conf = ORG, 0.7
		}
		if m.Type == ORG && (orgFirst[m.Norm] || x.lex.Orgs[m.Norm] != "" || m.ByRule) {
			continue // "Porsche" the company, though the text names Wolfgang Porsche
		}
		if full, ok := persons[m.Norm]; ok && !strings.Contains(m.Norm, " ") && m.Key == "" {
			m.Norm, m.Type, m.Conf = full, PER, 0.8
		}
		if full, ok := persons[strings.TrimSuffix(m.Norm, "s")]; ok && m.Norm != full && !strings.Contains(m.Norm, " ") && m.Key == "" {
			m.Norm, m.Type, m.Conf = full, PER, 0.75
		}
	}
	// Short forms of organisations: "ZTE" for "ZTE Corporation", "Whole Foods" for "Whole Foods Market".
	names := map[string]bool{}
	for _, m := range ms {
		if m.Type == ORG {
			names[m.Norm] = true
		}
	}
	short := map[string]string{}
	var units [][2]string // "ZTE USA" is ZTE's unit in the USA
	// longer names that start with a short one: "Activision" for "Activision
	// Blizzard" — unless two different longer names do ("Siemens Energy",
	// "Siemens Gamesa"): then the short one is a third entity
	longer := map[string][]string{}
	formal := map[string]bool{} // short names the text also gives with a legal form or "Gruppe": "Rhenus Gruppe"
	var headed [][2]string      // long names, short names and an organisation noun: "Rhenus Automotive"
	for long := range names {
		for short0 := range names {
			if short0 == long || !strings.HasPrefix(long, short0+" ") || x.lex.Orgs[long] == long {
				continue // a known organisation of its own ("Siemens Energy") stays apart
			}
			rest := strings.Fields(strings.TrimPrefix(long, short0+" "))
			switch {
			case allOrgSuffixes(rest) && onlyForms(rest): // "Rhenus Gruppe", "Bayer AG"
				short[long] = short0
				formal[short0] = true
			case allOrgSuffixes(rest): // "Rhenus Automotive": Rhenus, unless the text names "Rhenus Gruppe" too
				headed = append(headed, [2]string{long, short0})
			case x.lex.Place(strings.Join(rest, " ")) != nil: // "ZTE USA", "Toyota Motor North America"
				units = append(units, [2]string{long, short0})
			case !strings.Contains(short0, " ") && !containsPlace(x.lex, rest):
				longer[short0] = append(longer[short0], long)
			}
		}
	}
	for _, h := range headed {
		if !formal[h[1]] {
			short[h[0]] = h[1]
		}
	}
	for short0, longs := range longer {
		if len(longs) == 1 && x.lex.Orgs[short0] == "" {
			short[longs[0]] = short0
		}
	}
	// "Healthineers" for "Siemens Healthineers": a listed parent's name before a brand
	brand := map[string]string{}
	for long := range names {
		if f := strings.Fields(long); len(f) == 2 && x.lex.Orgs[f[0]] != "" && !lexicon.OrgHeads[f[1]] &&
			!lexicon.LegalForms[f[1]] && x.lex.Place(f[1]) == nil {
			if _, taken := brand[f[1]]; taken {
				brand[f[1]] = "" // two such names: neither
			} else {
				brand[f[1]] = long
			}
		}
	}
	// Group by key.
	idx := map[string]int{}
	var ents []Entity
	counts := []map[string]int{}
	typeConf := []map[string]float64{}
	written := map[int][]string{}
	for i := range ms {
		m := &ms[i]
		norm := m.Norm
		if l := brand[norm]; l != "" && m.Key == "" {
			norm = l
		}
		if s, ok := short[norm]; ok {
			norm = s
		}
		if m.Key == "" && m.Type == LOC && m.Head == "" {
			if p := x.lex.Place(norm); p != nil {
				m.Key = p.Key // a place the model found: "München" in "Landgericht München"
			}
		}
		key := m.Key
		if key == "" {
			key = "name:" + kg.Fold(norm)
		}
		e, ok := idx[key]
		if !ok {
			e = len(ents)
			idx[key] = e
			ents = append(ents, Entity{Key: key, Type: m.Type})
			counts = append(counts, map[string]int{})
			typeConf = append(typeConf, map[string]float64{})
		}
		typeConf[e][m.Type] += m.Conf
		m.Entity = e
		ents[e].Mentions++
		if m.Head == "" && !m.ShortForm { // "US" in "US-Markt" does not name the country
			counts[e][m.Norm] += 2
		} else {
			counts[e][m.Norm]++
		}
		if m.Written != "" && (m.Head == "" || lexicon.SameEntityHeads[m.Head]) {
			written[e] = append(written[e], m.Written)
		}
	}
	for e := range ents {
		var forms []string
		for f := range counts[e] {
			forms = append(forms, f)
		}
		c := counts[e]
		sort.Slice(forms, func(a, b int) bool {
			if c[forms[a]] != c[forms[b]] {
				return c[forms[a]] > c[forms[b]]
			}
			if len(forms[a]) != len(forms[b]) {
				return len(forms[a]) > len(forms[b])
			}
			return forms[a] < forms[b]
		})
		best := 0.0
		for t, c := range typeConf[e] {
			if c > best || c == best && t < ents[e].Type {
				ents[e].Type, best = t, c
			}
		}
		ents[e].Name = forms[0]
		if ents[e].Type == PER {
			ents[e].Name = doc.Longest(forms)
		}
		for _, f := range append(forms, written[e]...) {
			if f != ents[e].Name && !slices.Contains(ents[e].Aliases, f) {
				ents[e].Aliases = append(ents[e].Aliases, f)
			}
		}
		sort.Strings(ents[e].Aliases)
	}
	var implied []Relation
	for _, u := range units {
		sub, parent, sent := -1, -1, -1
		for _, m := range ms {
			if m.Norm == u[0] && sub < 0 {
				sub, sent = m.Entity, m.Sent
			}
			if m.Norm == u[1] {
				parent = m.Entity
			}
		}
		if sub >= 0 && parent >= 0 && sub != parent {
			implied = append(implied, Relation{Subject: sub, Predicate: "subsidiary_of", Object: parent,
				Label: u[0], Confidence: 0.6, Sent: sent})
		}
	}
	return ents, implied
}

func containsPlace(l *Lexicon, words []string) bool {
	for _, w := range words {
		if l.Place(w) != nil {
			return true
		}
	}
	return false
}

// onlyForms reports whether words are legal forms and nouns that leave the
// name before them the same organisation ("AG", "Gruppe", "Konzern").
func onlyForms(words []string) bool {
	for _, w := range words {
		if !lexicon.LegalForms[w] && !lexicon.SameEntityHeads[w] {
			return false
		}
	}
	return true
}

func allOrgSuffixes(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !lexicon.LegalForms[w] && !lexicon.OrgHeads[w] || lexicon.SeparateBodies[w] {
			return false
		}
	}
	return true
}
