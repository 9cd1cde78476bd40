package tag

import "github.com/kgx/kgx/importer/tagger"

// Field is what a neighbour feature reads of a word.
type Field uint8

// The fields of a word that neighbour features read.
const (
	FieldLower Field = iota
	FieldClass
	FieldShape
)

func (f Field) of(in *WordInfo) string {
	switch f {
	case FieldClass:
		return in.Class
	case FieldShape:
		return in.Shape
	}
	return in.Lower
}

// Neighbour is the features a word gives the word Offset places away
// ("w-1", "cl-1" and "sh-1" of the word before). They depend on that word
// alone, so their summed weights are kept with it, as its own are.
type Neighbour struct {
	Offset int // -2 … 2
	Kinds  []Kind
	Fields []Field // what each kind reads of the word
}

// Hash returns the features word in gives as the neighbour n.
func (n Neighbour) Hash(in *WordInfo) []uint64 {
	fs := make([]uint64, len(n.Kinds))
	for i, k := range n.Kinds {
		fs[i] = k.Hash(n.Fields[i].of(in))
	}
	return fs
}

// modelRows are a word's summed weights in one model: of its own features,
// then of what it gives each neighbour of the model's spec, one row after
// the other, in one array.
type modelRows struct {
	m    *tagger.Model
	rows []float32
}

func (r *modelRows) own(T int) []float32       { return r.rows[:T] }
func (r *modelRows) near(j, T int) []float32   { return r.rows[(j+1)*T : (j+2)*T] }
func (r *modelRows) fits(m *tagger.Model) bool { return r != nil && r.m == m }

// rowsOf computes a word's rows in model m: own features fs, then the
// neighbours of spec.
func rowsOf(m *tagger.Model, in *WordInfo, fs []uint64, spec []Neighbour) *modelRows {
	T := len(m.Tags)
	r := &modelRows{m: m, rows: make([]float32, (len(spec)+1)*T)}
	if fs != nil {
		m.SumInto(fs, r.own(T))
	}
	for j, n := range spec {
		m.SumInto(n.Hash(in), r.near(j, T))
	}
	return r
}

// RowModel is a model whose features of one word Rows keeps with the
// word: the entity model (NER) or the part-of-speech model, with the
// features a word gives its neighbours.
type RowModel struct {
	M          *tagger.Model
	NER        bool
	Neighbours []Neighbour // the same for M every time
}

// Rows returns, for each word, the model's summed weights of the features
// of the word alone and of those its neighbours give it: what the model
// adds for the features that depend on one word only. A word's share is
// computed once per model and kept with the word, in the document's cache
// and the shared one; the rows live in fb until it is released.
func (x *Tagger) Rows(rm RowModel, words []string, lang string, cache Cache, fb *FeatBuf) [][]float32 {
	T, n := len(rm.M.Tags), len(words)
	ws := make([]*modelRows, n+4)
	pad := x.padRows(rm)
	for i := range ws {
		if i < 2 || i >= n+2 {
			ws[i] = pad
			continue
		}
		ws[i] = x.wordRows(rm, words[i-2], lang, cache)
	}
	flat, out := fb.rowRoom(n, T)
	for i := range out {
		row := flat[i*T : (i+1)*T]
		copy(row, ws[i+2].own(T))
		for j, nb := range rm.Neighbours {
			addRow(row, ws[i+2+nb.Offset].near(j, T))
		}
		out[i] = row
	}
	return out
}

// padRows returns the rows of Pad, the words around a sentence.
func (x *Tagger) padRows(rm RowModel) *modelRows {
	if r, ok := x.pads.Load(rm.M); ok {
		return r.(*modelRows)
	}
	r := rowsOf(rm.M, Pad, nil, rm.Neighbours)
	x.pads.Store(rm.M, r)
	return r
}

// wordRows returns word w's rows, from the caches or computed.
func (x *Tagger) wordRows(rm RowModel, w, lang string, cache Cache) *modelRows {
	in := x.Info(cache, w, lang)
	kept, fs := in.pos, in.POS
	if rm.NER {
		kept, fs = in.ner, in.NER
	}
	if kept.fits(rm.M) {
		return kept
	}
	r := rowsOf(rm.M, in, fs, rm.Neighbours)
	c := *in // shared: a new copy carries the rows
	if rm.NER {
		c.ner = r
	} else {
		c.pos = r
	}
	x.infos(lang).Store(w, &c)
	if cache != nil {
		cache[w] = &c
	}
	return r
}

// addRow adds w to row, element by element (len(w) >= len(row)).
func addRow(row, w []float32) {
	w = w[:len(row)]
	for t, v := range w {
		row[t] += v
	}
}
