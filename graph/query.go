package graph

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a parsed query: triple patterns that must all match, joined by
// " . ", and filters after "where" that the matches must pass.
//
//	?x classifies ZTE
//	?a acquires ?b . ?b based_in USA where type(?a) = ORG and confidence >= 0.6
//	"Lixin Cheng" ?p * where document = "de_zdnet_zte"
type Query struct {
	Source   string
	Patterns []Pattern
	Filters  []Filter
}

// Pattern is subject, predicate and object of one relation to match.
type Pattern struct{ S, P, O Term }

// Term is a ?variable, a name (an entity's name or alias, or a predicate),
// or * (anything).
type Term struct {
	Var  string // without the "?"
	Name string
	Any  bool
	Pos  int // 1-based column in the query
}

// Filter is a condition after "where": type(?x) = PER, confidence >= 0.6,
// document = "title or id".
type Filter struct {
	Field string // "type", "confidence" or "document"
	Var   string // for type(?x)
	Op    string // = != < <= > >=
	Value string
	Num   float64
	Pos   int
}

// QueryError is a malformed query: what was expected, and where.
type QueryError struct {
	Source string
	Col    int // 1-based
	Msg    string
}

func (e *QueryError) Error() string { return fmt.Sprintf("query:1:%d: %s", e.Col, e.Msg) }

// Caret returns the query and a line with a caret under the error.
func (e *QueryError) Caret() string {
	return e.Source + "\n" + strings.Repeat(" ", max(e.Col-1, 0)) + "^"
}

// token is one word of a query: a bare word, a "quoted string", or punctuation.
type token struct {
	text   string
	quoted bool
	pos    int
}

func tokenize(src string) ([]token, error) {
	var out []token
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		col := utf8.RuneCountInString(src[:i]) + 1
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '"':
			end := strings.IndexByte(src[i+1:], '"')
			if end < 0 {
				return nil, &QueryError{src, col, "a quoted name is not closed"}
			}
			out = append(out, token{src[i+1 : i+1+end], true, col})
			i += end + 2
		case strings.ContainsRune("()=", r):
			out = append(out, token{string(r), false, col})
			i += size
		case strings.ContainsRune("<>!", r):
			op := string(r)
			if strings.HasPrefix(src[i+size:], "=") {
				op += "="
			}
			out = append(out, token{op, false, col})
			i += len(op)
		default:
			j := i
			for j < len(src) {
				r2, s2 := utf8.DecodeRuneInString(src[j:])
				if unicode.IsSpace(r2) || strings.ContainsRune("()=<>!\"", r2) {
					break
				}
				j += s2
			}
			out = append(out, token{src[i:j], false, col})
			i = j
		}
	}
	return out, nil
}

// ParseQuery parses a query; a malformed one gives a *QueryError that
// names the column.
func ParseQuery(src string) (*Query, error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &parser{src: src, toks: toks}
	return p.query()
}

type parser struct {
	src  string
	toks []token
	i    int
}

func (p *parser) peek() (token, bool) {
	if p.i < len(p.toks) {
		return p.toks[p.i], true
	}
	return token{}, false
}

func (p *parser) errAt(col int, format string, args ...any) error {
	return &QueryError{p.src, col, fmt.Sprintf(format, args...)}
}

// errEnd reports something missing after the last word read.
func (p *parser) errEnd(format string, args ...any) error {
	col := utf8.RuneCountInString(p.src) + 1
	if p.i < len(p.toks) {
		col = p.toks[p.i].pos
	}
	return p.errAt(col, format, args...)
}

func (p *parser) query() (*Query, error) {
	q := &Query{Source: p.src}
	if len(p.toks) == 0 {
		return nil, p.errAt(1, "the query is empty: write a pattern such as ?x acquires ZTE")
	}
	for {
		pat, err := p.pattern()
		if err != nil {
			return nil, err
		}
		q.Patterns = append(q.Patterns, pat)
		t, ok := p.peek()
		if !ok {
			return q, nil
		}
		switch {
		case t.text == "." && !t.quoted:
			p.i++
		case strings.EqualFold(t.text, "where") && !t.quoted:
			p.i++
			fs, err := p.filters()
			q.Filters = fs
			return q, err
		default:
			return nil, p.errAt(t.pos, "expected \" . \" or \"where\" after a pattern, found %q", t.text)
		}
	}
}

func (p *parser) pattern() (Pattern, error) {
	var terms [3]Term
	for k := range terms {
		t, ok := p.peek()
		if !ok || !t.quoted && (t.text == "." || strings.EqualFold(t.text, "where")) {
			if k == 0 {
				return Pattern{}, p.errEnd("expected a pattern (subject predicate object)")
			}
			prev := p.toks[p.i-1].text
			return Pattern{}, p.errEnd("expected a term after %q", prev)
		}
		term, err := p.term(t)
		if err != nil {
			return Pattern{}, err
		}
		terms[k] = term
		p.i++
	}
	return Pattern{terms[0], terms[1], terms[2]}, nil
}

func (p *parser) term(t token) (Term, error) {
	switch {
	case t.quoted:
		return Term{Name: t.text, Pos: t.pos}, nil
	case t.text == "*":
		return Term{Any: true, Pos: t.pos}, nil
	case strings.HasPrefix(t.text, "?"):
		if len(t.text) == 1 {
			return Term{}, p.errAt(t.pos, "a variable needs a name: ?x")
		}
		return Term{Var: t.text[1:], Pos: t.pos}, nil
	case len(t.text) == 1 && strings.ContainsAny(t.text, "()=<>!"):
		return Term{}, p.errAt(t.pos, "expected a term, found %q", t.text)
	}
	return Term{Name: t.text, Pos: t.pos}, nil
}

func (p *parser) filters() ([]Filter, error) {
	var out []Filter
	for {
		f, err := p.filter()
		if err != nil {
			return nil, err
		}
		out = append(out, f)
		t, ok := p.peek()
		if !ok {
			return out, nil
		}
		if !strings.EqualFold(t.text, "and") || t.quoted {
			return nil, p.errAt(t.pos, "expected \"and\" between filters, found %q", t.text)
		}
		p.i++
	}
}

func (p *parser) filter() (Filter, error) {
	t, ok := p.peek()
	if !ok {
		return Filter{}, p.errEnd("expected a filter after \"where\": type(?x) = PER, confidence >= 0.6 or document = \"…\"")
	}
	f := Filter{Field: strings.ToLower(t.text), Pos: t.pos}
	p.i++
	switch f.Field {
	case "type":
		if err := p.typeArg(&f); err != nil {
			return f, err
		}
	case "confidence", "document":
	default:
		return f, p.errAt(t.pos, "unknown filter %q: use type(?x), confidence or document", t.text)
	}
	op, ok := p.peek()
	if !ok || !isOp(op.text) || op.quoted {
		return f, p.errEnd("expected a comparison (=, !=, <, <=, >, >=) after %q", f.Field)
	}
	f.Op = op.text
	p.i++
	v, ok := p.peek()
	if !ok {
		return f, p.errEnd("expected a value after %q", f.Op)
	}
	f.Value = v.text
	p.i++
	if f.Field == "confidence" {
		n, err := strconv.ParseFloat(v.text, 64)
		if err != nil {
			return f, p.errAt(v.pos, "confidence is compared with a number, not %q", v.text)
		}
		f.Num = n
	} else if f.Op != "=" && f.Op != "!=" {
		return f, p.errAt(op.pos, "%s is compared with = or !=", f.Field)
	}
	return f, nil
}

// typeArg reads "(?x)" after "type".
func (p *parser) typeArg(f *Filter) error {
	want := []string{"(", "?", ")"}
	for _, w := range want {
		t, ok := p.peek()
		if !ok {
			return p.errEnd("expected type(?variable)")
		}
		switch w {
		case "?":
			if !strings.HasPrefix(t.text, "?") || len(t.text) < 2 {
				return p.errAt(t.pos, "expected a ?variable inside type( )")
			}
			f.Var = t.text[1:]
		default:
			if t.text != w {
				return p.errAt(t.pos, "expected %q in type(?variable)", w)
			}
		}
		p.i++
	}
	return nil
}

func isOp(s string) bool {
	switch s {
	case "=", "!=", "<", "<=", ">", ">=":
		return true
	}
	return false
}
