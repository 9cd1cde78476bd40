package relate

import (
	"strings"

	"github.com/kgx/kgx/importer/doc"
	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// addFunc records one relation of a sentence: subject, predicate, object,
// the words that said it, and a confidence.
type addFunc = func(s int, p string, o int, label string, conf float64)

var (
	affiliationPreps = lexicon.WordSet("affiliation_preps")
	affiliationDets  = lexicon.WordSet("affiliation_dets")
	roleModifiers    = lexicon.WordSet("role_modifiers")
	departments      = lexicon.WordSet("department_modifiers")
)

// possessive reports whether a token ends in the English possessive:
// "Siemens's", "Minmetals'", "its".
func possessive(w string) bool {
	lw := segment.Lower(w)
	return lexicon.IsPossessive(lw) || strings.HasSuffix(lw, "s'") || strings.HasSuffix(lw, "s’") || possessiveDets[lw]
}

// possessiveEnd reports whether the name that ends before token end is in
// the English possessive: "Britain's", "Siemens'", "Siemens ’".
func possessiveEnd(toks []Token, end int) bool {
	last := toks[end-1].Text
	if lexicon.IsPossessive(last) || strings.HasSuffix(last, "s'") || strings.HasSuffix(last, "s’") {
		return true
	}
	return strings.HasSuffix(last, "s") && end < len(toks) && (toks[end].Text == "'" || toks[end].Text == "’") &&
		toks[end].Start == toks[end-1].End
}

// affiliations read the organisation a person speaks for when no role word
// says how: "sagt Petra Lange von Greenpeace", "Jane Doe of Goldman Sachs".
// They run after the role rules, so a role the sentence names wins.
func affiliations(rs *relSet, si int, add addFunc, toks []Token, args []arg) {
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], args[i+1]
		if a.typ != PER || a.anaphor || b.typ != ORG || b.anaphor || b.head != "" && b.head != "poss" || a.tok1 >= len(toks) {
			continue
		}
		gap := toks[a.tok1:b.tok0]
		if len(gap) == 0 || len(gap) > 2 || !affiliationPreps[gap[0].Lower()] ||
			len(gap) == 2 && !affiliationDets[gap[1].Lower()] {
			continue
		}
		if rs.relates(si, a.ent, b.ent) {
			continue
		}
		add(a.ent, "employee_of", b.ent, doc.JoinTokens(toks[a.tok0:b.tok1]), 0.6)
	}
}

// relates reports whether a relation between e and f (either way) came from sentence si.
func (rs *relSet) relates(si, e, f int) bool {
	for i := len(rs.rels) - 1; i >= 0 && rs.rels[i].Sent == si; i-- {
		r := rs.rels[i]
		if r.Subject == e && r.Object == f || r.Subject == f && r.Object == e {
			return true
		}
	}
	return false
}

// possessorBefore finds the organisation whose possessive stands before a
// role starting at token start, with at most two describing words between:
// "Rothschild's own chief executive", "Tesla's design boss". A department
// word between makes the role an employee's.
func possessorBefore(toks []Token, args []arg, start int) (b arg, dept, ok bool) {
	for i := len(args) - 1; i >= 0; i-- {
		b = args[i]
		if b.tok1 > start {
			continue
		}
		if b.typ != ORG || b.head != "poss" || b.anaphor || start-b.tok1 > 2 {
			return arg{}, false, false
		}
		for _, t := range toks[b.tok1:start] {
			lw := t.Lower()
			dept = dept || departments[lw]
			if !roleModifiers[lw] && !departments[lw] {
				return arg{}, false, false
			}
		}
		return b, dept, true
	}
	return arg{}, false, false
}

// departmentRole is the role of a department's head: an employee's.
func departmentRole(role string, dept bool) string {
	if dept && (role == "ceo_of" || role == "chair_of") {
		return "employee_of"
	}
	return role
}
