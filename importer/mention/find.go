package mention

import (
	"context"
	"strings"

	"github.com/kgx/kgx/graph/kg"
	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
	"github.com/kgx/kgx/importer/tag"
)

// Find finds the entity mentions of the document's sentences: rules and
// gazetteers first, the statistical tagger over them (with the sentences'
// part-of-speech tags, pos), then the document-wide fixes. It stops early
// with ctx's error when ctx is cancelled.
func (x *Finder) Find(ctx context.Context, res *Result, pos [][]string, cache tag.Cache) error {
	lang := res.Doc.Lang
	// Two passes: the first finds the names that strong cues establish
	// ("Martin Winterkorn"), the second also accepts their parts on their
	// own ("Winterkorn"), which alone might read as a common noun.
	known := &knownNames{words: map[string]bool{}, names: map[string]string{}, own: map[string]int{}}
	p := &passes{rule: make([][]Mention, len(res.Sentences)), merged: make([][]Mention, len(res.Sentences)),
		final: make([][]Mention, len(res.Sentences))}
	for pass := 0; pass < 2; pass++ {
		var touched map[string]bool // pass 1: the words whose reading the first pass changed
		if pass == 1 {
			touched = known.touched()
		}
		res.Mentions = res.Mentions[:0]
		for si, s := range res.Sentences {
			if si%64 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			var ms []Mention
			if pass == 1 && !mentionsAny(s.Tokens, touched) {
				ms = append([]Mention(nil), p.final[si]...) // nothing learnt applies here
			} else {
				ms = x.sentenceMentions(si, s, known, p, sentenceInput{lang: lang, pos: pos[si], cache: cache, again: pass == 1})
				p.final[si] = append([]Mention(nil), ms...)
			}
			markCoordination(s.Tokens, ms, len(res.Mentions))
			res.Mentions = append(res.Mentions, ms...)
		}
		if pass == 1 || !x.learnNames(res.Mentions, known, lang) {
			break
		}
	}
	splitNamedPairs(res)
	recurringNames(res)
	possessiveNames(res)
	if lang == "en" {
		x.headlineMentions(res)
		x.englishTypeHints(res)
		// "European Commission" in English texts, one entity with "Europäische Kommission"
		for i := range res.Mentions {
			m := &res.Mentions[i]
			if en, ok := x.lex.OrgsEN[m.Norm]; ok && m.Key == "" {
				m.Key, m.Norm, m.Written = "name:"+kg.Fold(m.Norm), en, m.Norm
			}
		}
	}
	// "Amazon.com Inc", "Bayer AG": a known organisation with its legal form
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != ORG || m.Key != "" || m.Head != "" {
			continue
		}
		f := strings.Fields(m.Norm)
		for len(f) > 1 && (lexicon.LegalForms[strings.TrimSuffix(f[len(f)-1], ".")] || lexicon.LegalForms[f[len(f)-1]]) {
			f = f[:len(f)-1]
		}
		if canon := x.lex.Orgs[strings.Join(f, " ")]; canon != "" && len(f) < len(strings.Fields(m.Norm)) {
			m.Norm, m.Written = canon, m.Norm
		}
	}
	x.dropUnnamedCompounds(res)
	shortForms(res)
	x.headReferences(res, lang)
	return nil
}

// passes keeps, per sentence, what the first pass found: the rule mentions,
// the mentions merged with the model's, and the final mentions.
type passes struct {
	rule, merged, final [][]Mention
}

// sentenceInput is what sentenceMentions reads besides the sentence.
type sentenceInput struct {
	lang  string
	pos   []string // the sentence's part-of-speech tags
	cache tag.Cache
	again bool // the second pass: the model runs only where the rules found something new
}

// sentenceMentions finds the mentions of sentence si: rules, the model over
// them, and the fixes of one sentence (not yet linked by coordination).
func (x *Finder) sentenceMentions(si int, s Sentence, known *knownNames, p *passes, in sentenceInput) []Mention {
	lang := in.lang
	ms := x.findMentions(si, s, lang, known)
	if m := x.ner[lang]; m != nil {
		if in.again && sameMentions(ms, p.rule[si]) {
			ms = append([]Mention(nil), p.merged[si]...)
		} else {
			rule := ms
			ms = x.modelMentions(m, si, s, ms, lang, in.cache, in.pos)
			p.rule[si], p.merged[si] = rule, append([]Mention(nil), ms...)
		}
	}
	if lang == "de" {
		for i := range ms {
			if m := &ms[i]; m.Head == "" && m.Key == "" && m.Type != PER {
				m.Norm = x.germanBaseName(m.Norm)
			}
		}
	}
	ms = x.fixMentions(si, s, ms, lang)
	ms = x.originMentions(si, s, ms, lang)
	acronymsNotPersons(ms)
	return ms
}

// learnNames establishes the names that the first pass's strong cues found
// (and the surnames and brands they imply) in known; it reports whether
// known learnt a word.
func (x *Finder) learnNames(ms []Mention, known *knownNames, lang string) bool {
	n := len(known.words)
	orgFirst := map[string]bool{} // "Hess" in "Hess Corp" stays the company
	for _, m := range ms {
		if f := strings.Fields(m.Norm); m.Type == ORG && len(f) > 0 {
			orgFirst[f[0]] = true
		}
	}
	for _, m := range ms {
		if m.ByRule && m.Key == "" && m.Head == "" {
			if _, ok := known.names[m.Text]; !ok || m.Type == PER {
				known.names[m.Text] = m.Type
			}
			for _, w := range strings.Fields(m.Norm) {
				if segment.StartsUpperOrDigit(w) && !lexicon.FunctionWords[segment.Lower(w)] && !lexicon.LegalForms[w] && !lexicon.OrgHeads[w] {
					known.words[w] = true
					delete(known.own, w) // a strong cue established it for every sentence
				}
			}
			// "Leiters war zuletzt Chef …" after "Michael Leiters": the surname alone is the person
			if f := strings.Fields(m.Norm); m.Type == PER && len(f) >= 2 && x.lex.Orgs[f[len(f)-1]] == "" && !orgFirst[f[len(f)-1]] {
				if _, ok := known.names[f[len(f)-1]]; !ok {
					known.names[f[len(f)-1]] = PER
				}
			}
		} else if f := strings.Fields(m.Norm); m.Type == PER && m.Head == "" && len(f) >= 2 && segment.StartsUpperOrDigit(f[0]) &&
			(x.lex.Given[f[0]] || !x.lex.IsGermanNoun(f[0]) && !x.lex.IsCommonWord(f[0], lang)) {
			// a person the model found with a first name: "Plattner" alone later is that person
			if last := f[len(f)-1]; segment.StartsUpperOrDigit(last) && !x.lex.IsGermanNoun(last) && !lexicon.AbstractNoun(segment.Lower(last)) {
				known.add(last, PER, m.Sent)
			}
		}
		if f := strings.Fields(m.Norm); m.Type == ORG && m.Head == "" && len(f) == 2 && x.lex.Orgs[f[0]] != "" &&
			segment.StartsUpperOrDigit(f[1]) && !lexicon.OrgHeads[f[1]] && !lexicon.LegalForms[f[1]] && x.lex.Place(f[1]) == nil && known.names[f[1]] == "" {
			// "DB Schenker", "Siemens Healthineers": a listed parent before a
			// brand; "Schenker" alone elsewhere is that company
			known.add(f[1], ORG, m.Sent)
		}
	}
	return len(known.words) > n
}

// touched returns the words whose reading known changes: the words of the
// established names, the tokens of the names established as written, and
// both with an English possessive.
func (k *knownNames) touched() map[string]bool {
	out := make(map[string]bool, len(k.words)+len(k.names))
	for w := range k.words {
		out[w] = true
	}
	for n := range k.names {
		for _, t := range segment.Tokenize(n, 0) {
			out[t.Text] = true
		}
		for _, f := range strings.Fields(n) {
			out[f] = true
		}
	}
	return out
}

// mentionsAny reports whether a token, or the token without an English
// possessive, is one of words.
func mentionsAny(toks []Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Text] || words[lexicon.StripPossessive(t.Text)] {
			return true
		}
	}
	return false
}

func sameMentions(a, b []Mention) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Tok0 != b[i].Tok0 || a[i].Tok1 != b[i].Tok1 || a[i].Type != b[i].Type || a[i].Norm != b[i].Norm ||
			a[i].ByRule != b[i].ByRule || a[i].Head != b[i].Head {
			return false
		}
	}
	return true
}

// knownNames are what the first pass established with strong cues.
type knownNames struct {
	words map[string]bool   // words of established names ("Winterkorn")
	names map[string]string // established names as written → type
	// the one sentence a surname was read in, where only a name the model
	// found gives it (-1: several): that sentence's own reading stands
	own map[string]int
}

// add establishes a name the model found in sentence si (not for si itself).
func (k *knownNames) add(w, typ string, si int) {
	switch s, ok := k.own[w]; {
	case !k.words[w]:
		k.own[w] = si
	case ok && s != si:
		k.own[w] = -1 // read in several sentences: established for all
	}
	k.words[w] = true
	k.names[w] = typ
}

// word reports whether w is a word of an established name for sentence si.
func (k *knownNames) word(w string, si int) bool {
	if s, ok := k.own[w]; ok && s == si {
		return false
	}
	return k.words[w]
}

// name returns the type of an established name for sentence si.
func (k *knownNames) name(n string, si int) (string, bool) {
	if s, ok := k.own[n]; ok && s == si {
		return "", false
	}
	t, ok := k.names[n]
	return t, ok
}

// originMentions adds the country of an origin adjective ("chinesische",
// "Chinese") or a city adjective ("Leverkusener") that precedes an
// organisation within a few words, as a LOC mention with Head "demonym".
func (x *Finder) originMentions(si int, s Sentence, ms []Mention, lang string) []Mention {
	toks := s.Tokens
	var out []Mention
	for k, t := range toks {
		if doc.InMention(ms, k) {
			continue // "Deutsche Bahn", "Deutsche Bank": part of a name
		}
		key, kind := x.lex.DemonymIn(t.Text, lang), "demonym"
		var place *Place
		unlisted := "" // a town the gazetteer lacks, read off its adjective: "Wolfsburger"
		if key == "" && strings.HasSuffix(t.Text, "er") && segment.StartsUpperOrDigit(t.Text) && lang == "de" {
			if p := x.lex.CityOfAdjective(t.Text); p != nil {
				place, kind = p, "city-adj"
			} else if town := lexicon.TownOfAdjective(t.Text); town != "" && !x.lex.IsGermanNoun(t.Text) {
				unlisted, kind = town, "city-adj"
			}
		}
		if key == "" && place == nil && unlisted == "" {
			continue
		}
		if kind == "city-adj" && standsAlone(toks, k) {
			// "Bitburger, Krombacher und Veltins": a town's adjective without a noun names a company
			m := doc.NewMention(toks, k, k+1, t.Text, ORG, "", 0.7)
			m.Sent = si
			out = append(out, m)
			continue
		}
		if place == nil && unlisted == "" {
			if place = x.lex.ByKey[key]; place == nil {
				continue
			}
		}
		if place == nil {
			place = &Place{NameEN: unlisted, NameDE: unlisted, Kind: "city"}
		}
		// "Russian President Vladimir Putin", "two Chinese factories": a
		// country's leader, a company's sites there (the relations read which)
		if kind == "demonym" && place.Key != "" && k+1 < len(toks) && (lexicon.LeaderTitles[toks[k+1].Text] || lexicon.FacilityNouns[toks[k+1].Text]) {
			out = append(out, Mention{Sent: si, Tok0: k, Tok1: k + 1, Start: t.Start, End: t.End, Text: t.Text,
				Norm: x.lex.DisplayName(place, lang), Type: LOC, Key: place.Key, Head: "demonym", Conf: 0.8, ByRule: true})
			continue
		}
		// "Ubisoft, a French publisher": the organisation before an apposition
		// of an origin adjective and an organisation noun
		typeAt := -1 // "a French publisher", "the Swiss food group"
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if x.endsInOrgType(toks[j].Text) {
				typeAt = j
				break
			}
			if !segment.StartsLower(toks[j].Text) {
				break
			}
		}
		if k >= 3 && typeAt > 0 {
			art := toks[k-1].Lower()
			if (art == "a" || art == "an" || art == "the" || art == "ein" || art == "eine" || art == "der" || art == "die" || art == "das") && toks[k-2].Text == "," {
				for _, m := range ms {
					if m.Tok1 == k-2 && m.Type == ORG {
						out = append(out, Mention{Sent: si, Tok0: k, Tok1: k + 1, Start: t.Start, End: t.End, Text: t.Text,
							Norm: x.lex.DisplayName(place, lang), Type: LOC, Key: place.Key, Head: "demonym-of", Conf: 0.8, ByRule: true})
					}
				}
				continue
			}
		}
		// "das Frankfurter Geldhaus", "the German carmaker": the organisation the
		// description stands for is from there (the relations find which)
		if k > 0 && k+1 < len(toks) && lexicon.IsDefinite(toks[k-1].Text) && segment.StartsUpperOrDigit(t.Text) {
			ln := toks[k+1].Lower()
			if g := strings.TrimSuffix(ln, "s"); lexicon.OrgAnaphors[ln] || lexicon.OrgAnaphors[g] || lexicon.AnaphorHead(ln) || lexicon.AnaphorHead(g) ||
				lexicon.GenericHead(ln) && !strings.Contains(ln, "-") { // "des Münchner Unternehmens"
				out = append(out, Mention{Sent: si, Tok0: k, Tok1: k + 1, Start: t.Start, End: t.End, Text: t.Text,
					Norm: x.lex.DisplayName(place, lang), Type: LOC, Key: place.Key, Head: kind, Conf: 0.7, ByRule: true})
				continue
			}
		}
		// an organisation within the next four words, with no verb or punctuation between
		for _, m := range ms {
			if m.Tok0 <= k || m.Tok0 > k+4 || m.Type != ORG {
				continue
			}
			clean := true
			for gi, g := range toks[k+1 : m.Tok0] {
				if g.Text == "," && k+1+gi == m.Tok0-1 && gi > 0 && kindPlural(x.lex, toks[k+gi].Text) {
					continue // "two Taiwanese chipset vendors, Via Technologies and …": the list after the kind
				}
				// an English noun phrase may hold words the lexicon lacks ("Canadian chipset developer ATI"), but no verb
				unknown := !x.lex.IsCommonWord(g.Text, lang) && (lang != "en" || x.lex.VerbLike(g.Lower()) ||
					x.lex.VerbCues["en"][g.Lower()] != "")
				if !segment.StartsUpperOrDigit(g.Text) && unknown || strings.ContainsAny(g.Text, ",.;:") ||
					lexicon.Coordinators[g.Lower()] { // "Bitburger und Krombacher" are two names
					clean = false
				}
				if lang == "de" && segment.StartsLower(g.Text) && x.lex.DeAdj[g.Text] == "" {
					clean = false
				}
			}
			if clean {
				name := x.lex.DisplayName(place, lang)
				out = append(out, Mention{Sent: si, Tok0: k, Tok1: k + 1, Start: t.Start, End: t.End, Text: t.Text,
					Norm: name, Type: LOC, Key: place.Key, Head: kind, Conf: 0.8, ByRule: true})
			}
			break
		}
	}
	// the origin word is no name of its own: "Der Wolfsburger Autokonzern"
	for _, o := range out {
		for i := 0; i < len(ms); i++ {
			if m := ms[i]; m.Tok0 == o.Tok0 && m.Tok1 == o.Tok1 && m.Head == "" && x.lex.Orgs[m.Text] == "" {
				ms = append(ms[:i], ms[i+1:]...)
				i--
			}
		}
	}
	all := append(ms, out...)
	doc.SortMentions(all)
	return all
}

// markCoordination links each name to the one before it when "und",
// "and", "sowie", "ebenso wie" or a list comma join them; base is the index
// of ms[0] among all mentions. A comma counts only in a list that ends in a
// conjunction ("Salesforce, Oracle and Adobe"): alone it may start an
// apposition ("DPD, Boris Winkelmann").
func markCoordination(toks []Token, ms []Mention, base int) {
	const none, comma, conj = 0, 1, 2
	// origin words before a name belong to it: "California-based Adobe", "chinesische ZTE"
	skip := make([]bool, len(toks))
	var idx []int
	for i := range ms {
		ms[i].Coord = -1
		switch ms[i].Head {
		case "based", "demonym", "city-adj":
			for k := ms[i].Tok0; k < ms[i].Tok1; k++ {
				skip[k] = true
			}
			continue
		}
		idx = append(idx, i)
	}
	link := make([]int, len(idx))
	for n := 1; n < len(idx); n++ {
		a, b := ms[idx[n-1]], ms[idx[n]]
		if a.Head != "" || b.Head != "" || b.Tok0 <= a.Tok1 {
			continue
		}
		kind, words := comma, 0
		for k := a.Tok1; k < b.Tok0 && kind != none; k++ {
			if skip[k] {
				continue
			}
			words++
			lw := toks[k].Lower()
			switch {
			case lw == ",":
			case lexicon.Coordinators[lw] || lw == "ebenso":
				kind = conj
			default:
				kind = none
			}
		}
		if words > 0 && words <= 2 {
			link[n] = kind
		}
	}
	for n := range idx {
		ok := link[n] == conj
		for j := n; !ok && j < len(idx) && link[j] == comma; j++ {
			ok = j+1 < len(idx) && link[j+1] == conj
		}
		if ok {
			ms[idx[n]].Coord = base + idx[n-1]
		}
	}
}

// dropUnnamedCompounds drops the first parts of compounds that no cue made
// an organisation and the text never names on their own: "Glyphosat" in
// "Glyphosat-Klagen" (but "Wirecard-Skandal" where the text names Wirecard).
func (x *Finder) dropUnnamedCompounds(res *Result) {
	named := map[string]bool{}
	for _, m := range res.Mentions {
		if m.Head == "" {
			named[m.Norm] = true
		}
	}
	out := res.Mentions[:0]
	dropped := false
	for _, m := range res.Mentions {
		if m.Head != "" && m.Type == ORG && !m.ByRule && m.Key == "" && !named[m.Norm] && !segment.IsAllCaps(m.Text) && x.lex.Orgs[m.Norm] == "" {
			dropped = true
			continue
		}
		out = append(out, m)
	}
	if dropped {
		setMentions(res, out)
	}
}

// recurringNames marks a name of two or more words wherever the text
// repeats it, once any sentence read it as a name: the model may miss
// "Activision Blizzard" in one sentence and find it in the next.
func recurringNames(res *Result) {
	byFirst := map[string][]Mention{}
	covered := map[[2]int]bool{} // sentence, token
	for _, m := range res.Mentions {
		for k := m.Tok0; k < m.Tok1; k++ {
			covered[[2]int{m.Sent, k}] = true
		}
		if m.Head != "" || m.Tok1-m.Tok0 < 2 || m.Type == "" {
			continue
		}
		first := res.Sentences[m.Sent].Tokens[m.Tok0].Text
		byFirst[first] = append(byFirst[first], m)
		// "Great Wall" after "Great Wall Motor": a company's name without its last word
		toks := res.Sentences[m.Sent].Tokens
		if m.Type == ORG && m.Tok1-m.Tok0 >= 3 && m.Key == "" {
			p := m
			p.Tok1--
			p.Norm = doc.JoinTokens(toks[p.Tok0:p.Tok1])
			if !lexicon.FunctionWords[toks[p.Tok1-1].Lower()] {
				byFirst[first] = append(byFirst[first], p)
			}
		}
	}
	if len(byFirst) == 0 {
		return
	}
	out := res.Mentions
	added := false
	for si, s := range res.Sentences {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			for _, m := range byFirst[toks[i].Text] {
				n := m.Tok1 - m.Tok0
				if i+n > len(toks) || covered[[2]int{si, i}] || covered[[2]int{si, i + n - 1}] {
					continue
				}
				src := res.Sentences[m.Sent].Tokens[m.Tok0:m.Tok1]
				same := true
				for k := range src {
					t := toks[i+k].Text
					if k == len(src)-1 { // "Minmetals'" after "Minmetals": the plural possessive
						t = strings.TrimSuffix(strings.TrimSuffix(t, "'"), "’")
					}
					same = same && t == src[k].Text
				}
				if !same {
					continue
				}
				r := m
				r.Sent, r.Tok0, r.Tok1, r.Start, r.End = si, i, i+n, toks[i].Start, toks[i+n-1].End
				r.Conf, r.ByRule, r.Coord = 0.6, false, -1
				out = append(out, r)
				added = true
				for k := i; k < i+n; k++ {
					covered[[2]int{si, k}] = true
				}
				break
			}
		}
	}
	if added {
		setMentions(res, out)
	}
}

// standsAlone reports whether the word at k has no noun after it: a comma,
// a conjunction, a bracket or the sentence's end follows.
func standsAlone(toks []Token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1].Text
	return n == "," || n == "." || n == ")" || n == "(" || lexicon.Coordinators[segment.Lower(n)]
}

// possessiveNames marks the possessive of a one-word organisation that the
// text names in two or more sentences where no mention covers it:
// "Minmetals’ spokesman" after "Minmetals" (the tagger may miss the form);
// and a name written in the possessive form everywhere ("Sainsbury's").
func possessiveNames(res *Result) {
	seen := map[string]map[int]bool{}
	byName := map[string]Mention{}
	written := map[string]Mention{} // possessive surfaces found as a name: "Sainsbury's"
	covered := map[[2]int]bool{}
	for _, m := range res.Mentions {
		for k := m.Tok0; k < m.Tok1; k++ {
			covered[[2]int{m.Sent, k}] = true
		}
		if m.Type == ORG && m.Head == "" && m.Tok1-m.Tok0 == 1 {
			if seen[m.Norm] == nil {
				seen[m.Norm] = map[int]bool{}
			}
			seen[m.Norm][m.Sent] = true
			byName[m.Norm] = m
			if lexicon.IsPossessive(m.Text) {
				written[m.Text] = m
			}
		}
	}
	out := res.Mentions
	for si, s := range res.Sentences {
		for k, t := range s.Tokens {
			name := lexicon.StripPossessive(t.Text)
			apostrophe := k+1 < len(s.Tokens) && (s.Tokens[k+1].Text == "'" || s.Tokens[k+1].Text == "’") // "Minmetals ’"
			w, same := written[t.Text]                                                                    // the very form found as a name elsewhere: "Sainsbury's and Asda"
			if covered[[2]int{si, k}] || !same && (name == t.Text && !apostrophe || len(seen[name]) < 2) {
				continue
			}
			m := byName[name]
			if same {
				m = w
			}
			m.Sent, m.Tok0, m.Tok1, m.Start, m.End, m.Text = si, k, k+1, t.Start, t.End, t.Text
			m.Conf, m.ByRule, m.Coord = 0.6, false, -1
			out = append(out, m)
		}
	}
	if len(out) > len(res.Mentions) {
		setMentions(res, out)
	}
}

// kindPlural reports whether a word names a kind of organisation, or is a
// lowercase plural noun that may ("vendors", "Hersteller"), before the
// names of that kind.
func kindPlural(lex *lexicon.Lexicon, w string) bool {
	return lex.IsTypeNoun(w) || segment.StartsLower(w) && len(w) > 4 && strings.HasSuffix(w, "s")
}
