// Package tagger is a first-order structured perceptron for sequence
// labelling (Collins 2002) with weight averaging and Viterbi decoding.
// Features are 64-bit hashes, so a model is a table of numbers; the
// feature functions live with their users.
package tagger

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"sync"
)

// Model holds the weights of a trained tagger. It is read-only after
// training and safe for concurrent use.
type Model struct {
	Tags  []string
	index map[uint64]int32 // feature → row in w
	table table            // the same, as an open-addressing table for Predict
	w     []float32        // rows of len(Tags)
	trans []float32        // (len(Tags)+1) × len(Tags): previous tag (last row: start) → tag
	// Allowed, if set, says whether tag j may follow tag i (i = len(Tags) for the start).
	Allowed func(i, j int) bool
	allowed []bool // Allowed as a matrix, filled on first use
	// transP is trans for decoding, filled by Prepare: transP[p*T+t] is
	// the weight of p → t, or -Inf where Allowed forbids it (the last row:
	// the start).
	transP []float32
}

func (m *Model) allowMatrix() []bool {
	T := len(m.Tags)
	if m.allowed == nil || len(m.allowed) != (T+1)*T {
		a := make([]bool, (T+1)*T)
		for i := 0; i <= T; i++ {
			for j := 0; j < T; j++ {
				a[i*T+j] = m.Allowed == nil || m.Allowed(i, j)
			}
		}
		m.allowed = a
	}
	return m.allowed
}

// Prepare readies the model for fast, concurrent prediction; call it once
// after setting Allowed.
func (m *Model) Prepare() {
	m.table = newTable(m.index)
	m.allowed = nil
	allowed := m.allowMatrix()
	neg := float32(math.Inf(-1))
	m.transP = make([]float32, len(m.trans))
	for i, v := range m.trans {
		if !allowed[i] {
			v = neg
		}
		m.transP[i] = v
	}
}

// NewModel returns an empty model over the tags.
func NewModel(tags []string) *Model {
	return &Model{Tags: tags, index: map[uint64]int32{}, trans: make([]float32, (len(tags)+1)*len(tags))}
}

// table is a read-only open-addressing hash table from feature to row.
// A slot packs the low 32 bits of the feature hash with its row + 1 (0:
// empty), so a lookup reads one 8-byte word. Two features that share a
// slot chain and their low 32 bits are told apart only with a chance of
// 2^-32 per probe; the taggers' results do not notice.
type table struct {
	slots []uint64
	shift uint
}

func newTable(index map[uint64]int32) table {
	size := 1
	bits := uint(0)
	for size < 2*len(index)+1 {
		size *= 2
		bits++
	}
	t := table{slots: make([]uint64, size), shift: 64 - bits}
	for k, r := range index {
		j := (k * 0x9E3779B97F4A7C15) >> t.shift
		for t.slots[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		t.slots[j] = k<<32 | uint64(r+1)
	}
	return t
}

func (t *table) get(k uint64) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	fp := k << 32
	for j := (k * 0x9E3779B97F4A7C15) >> t.shift; ; j = (j + 1) & mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		if s&^0xFFFFFFFF == fp {
			return int32(uint32(s)) - 1
		}
	}
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.index) }

// Predict returns the best tag sequence for the tokens' features.
func (m *Model) Predict(feats [][]uint64) []int { return m.PredictFrom(nil, feats) }

// PredictFrom is Predict with a score row per token to start from (see
// Sum; base may be nil, and so may its rows): the features whose sum a caller
// keeps, such as those of a word alone, need not be looked up again.
func (m *Model) PredictFrom(base [][]float32, feats [][]uint64) []int {
	n, T := len(feats), len(m.Tags)
	if n == 0 {
		return nil
	}
	sc := getScratch(n * T)
	defer scratchPool.Put(sc)
	score := sc.score
	for i, fs := range feats {
		row := score[i*T : (i+1)*T]
		if i < len(base) && base[i] != nil {
			copy(row, base[i])
		} else {
			clear(row)
		}
		for _, f := range fs {
			var r int32 = -1
			if m.table.slots != nil {
				r = m.table.get(f)
			} else if v, ok := m.index[f]; ok {
				r = v // during training
			}
			if r >= 0 {
				addRow(row, m.w[int(r)*T:int(r+1)*T])
			}
		}
	}
	return m.viterbiInto(score, n, sc)
}

// addRow adds w to row, element by element (len(w) >= len(row)).
func addRow(row, w []float32) {
	w = w[:len(row)] // one bounds check for the loop
	for t, v := range w {
		row[t] += v
	}
}

// scratch is the room of one prediction: the scores and Viterbi's tables.
type scratch struct {
	score, best []float32
	back        []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// getScratch returns room for n tokens × tags from the pool.
func getScratch(nT int) *scratch {
	sc := scratchPool.Get().(*scratch)
	if cap(sc.score) < nT {
		sc.score, sc.best, sc.back = make([]float32, nT), make([]float32, nT), make([]int32, nT)
	}
	sc.score, sc.best, sc.back = sc.score[:nT], sc.best[:nT], sc.back[:nT]
	return sc
}

// Sum returns the summed weights of features, one per tag.
func (m *Model) Sum(fs []uint64) []float32 {
	row := make([]float32, len(m.Tags))
	m.SumInto(fs, row)
	return row
}

// SumInto adds the weights of features to row (one per tag).
func (m *Model) SumInto(fs []uint64, row []float32) {
	T := len(m.Tags)
	for _, f := range fs {
		if r := m.table.get(f); r >= 0 {
			addRow(row, m.w[int(r)*T:int(r+1)*T])
		}
	}
}

func (m *Model) viterbi(score []float32, n int) []int {
	return m.viterbiInto(score, n, nil)
}

// viterbiInto is viterbi with its tables in sc (nil: allocated).
func (m *Model) viterbiInto(score []float32, n int, sc *scratch) []int {
	if m.transP != nil && m.table.slots != nil {
		return m.viterbiPrepared(score, n, sc)
	}
	T := len(m.Tags)
	allowed := m.allowed
	if allowed == nil {
		allowed = m.allowMatrix()
	}
	best := make([]float32, n*T)
	back := make([]int32, n*T)
	neg := float32(math.Inf(-1))
	for t := 0; t < T; t++ {
		if !allowed[T*T+t] {
			best[t] = neg
			continue
		}
		best[t] = score[t] + m.trans[T*T+t]
	}
	for i := 1; i < n; i++ {
		for t := 0; t < T; t++ {
			bv, bp := neg, int32(0)
			for p := 0; p < T; p++ {
				if !allowed[p*T+t] {
					continue
				}
				if v := best[(i-1)*T+p] + m.trans[p*T+t]; v > bv {
					bv, bp = v, int32(p)
				}
			}
			best[i*T+t] = bv + score[i*T+t]
			back[i*T+t] = bp
		}
	}
	return backtrack(best, back, n, T)
}

// viterbiPrepared is viterbi over the transitions of Prepare, forbidden
// ones -Inf: no checks in the inner loop, and one predecessor's
// transitions to every tag at once.
func (m *Model) viterbiPrepared(score []float32, n int, sc *scratch) []int {
	T := len(m.Tags)
	var best []float32
	var back []int32
	if sc != nil {
		best, back = sc.best, sc.back
	} else {
		best, back = make([]float32, n*T), make([]int32, n*T)
	}
	neg := float32(math.Inf(-1))
	start := m.transP[T*T:]
	for t := 0; t < T; t++ {
		best[t] = score[t] + start[t]
	}
	for i := 1; i < n; i++ {
		prev := best[(i-1)*T : i*T]
		cur := best[i*T : (i+1)*T]
		bk := back[i*T : (i+1)*T]
		for t := range cur {
			cur[t], bk[t] = neg, 0
		}
		// each predecessor's row at once: the tags' maxima do not wait on
		// each other, and the first best predecessor wins as in a scan
		for p, pv := range prev {
			row := m.transP[p*T : (p+1)*T]
			row = row[:len(cur)]
			for t, w := range row {
				if v := pv + w; v > cur[t] {
					cur[t], bk[t] = v, int32(p)
				}
			}
		}
		for t, sv := range score[i*T : (i+1)*T] {
			cur[t] += sv
		}
	}
	return backtrack(best, back, n, T)
}

// backtrack reads the best tag sequence off Viterbi's tables.
func backtrack(best []float32, back []int32, n, T int) []int {
	out := make([]int, n)
	bv := float32(math.Inf(-1))
	for t := 0; t < T; t++ {
		if best[(n-1)*T+t] > bv {
			bv, out[n-1] = best[(n-1)*T+t], t
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*T+out[i]])
	}
	return out
}

// Example is one training sequence: features per token and gold tags.
type Example struct {
	Feats [][]uint64
	Tags  []int
}

// Train runs the averaged structured perceptron for the given epochs over
// the examples (shuffled with a fixed seed) and returns the averaged model.
// Features seen fewer than minCount times are not used.
func Train(tags []string, allowed func(i, j int) bool, data []Example, epochs, minCount int) *Model {
	m := NewModel(tags)
	m.Allowed = allowed
	T := len(tags)
	counts := map[uint64]int{}
	for _, ex := range data {
		for _, fs := range ex.Feats {
			for _, f := range fs {
				counts[f]++
			}
		}
	}
	for f, c := range counts {
		if c >= minCount {
			m.index[f] = int32(len(m.index))
		}
	}
	m.w = make([]float32, len(m.index)*T)
	// averaging with lazy updates: acc holds the sum of weights over time
	acc := make([]float64, len(m.w))
	stamp := make([]int32, len(m.w))
	tacc := make([]float64, len(m.trans))
	tstamp := make([]int32, len(m.trans))
	var clock int32 = 1
	upd := func(w []float32, a []float64, st []int32, k int, d float32) {
		a[k] += float64(clock-st[k]) * float64(w[k])
		st[k] = clock
		w[k] += d
	}
	order := rand.New(rand.NewSource(7)).Perm(len(data))
	for ep := 0; ep < epochs; ep++ {
		for _, i := range order {
			ex := data[i]
			pred := m.Predict(ex.Feats)
			for k := range pred {
				g, p := ex.Tags[k], pred[k]
				prevG, prevP := T, T
				if k > 0 {
					prevG, prevP = ex.Tags[k-1], pred[k-1]
				}
				if g == p && prevG == prevP {
					continue
				}
				if g != p {
					for _, f := range ex.Feats[k] {
						if r, ok := m.index[f]; ok {
							upd(m.w, acc, stamp, int(r)*T+g, 1)
							upd(m.w, acc, stamp, int(r)*T+p, -1)
						}
					}
				}
				upd(m.trans, tacc, tstamp, prevG*T+g, 1)
				upd(m.trans, tacc, tstamp, prevP*T+p, -1)
			}
			clock++
		}
		rand.New(rand.NewSource(int64(ep))).Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
	}
	for k := range m.w {
		acc[k] += float64(clock-stamp[k]) * float64(m.w[k])
		m.w[k] = float32(acc[k] / float64(clock))
	}
	for k := range m.trans {
		tacc[k] += float64(clock-tstamp[k]) * float64(m.trans[k])
		m.trans[k] = float32(tacc[k] / float64(clock))
	}
	m.prune(1e-3)
	m.Prepare()
	return m
}

// prune drops features whose weights are all near zero.
func (m *Model) prune(eps float32) {
	T := len(m.Tags)
	keep := map[uint64]int32{}
	var w []float32
	keys := make([]uint64, 0, len(m.index))
	for f := range m.index {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	for _, f := range keys {
		row := m.w[int(m.index[f])*T : int(m.index[f]+1)*T]
		big := false
		for _, v := range row {
			if v > eps || v < -eps {
				big = true
			}
		}
		if big {
			keep[f] = int32(len(keep))
			w = append(w, row...)
		}
	}
	m.index, m.w = keep, w
}

const magic = "kgxtag1\n"

// Save writes the model (gzip; weights as float32, features in key order).
func (m *Model) Save(out io.Writer) error {
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, uint32(len(m.Tags)))
	for _, t := range m.Tags {
		binary.Write(bw, binary.LittleEndian, uint8(len(t)))
		bw.WriteString(t)
	}
	binary.Write(bw, binary.LittleEndian, m.trans)
	keys := make([]uint64, 0, len(m.index))
	for f := range m.index {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	binary.Write(bw, binary.LittleEndian, uint32(len(keys)))
	T := len(m.Tags)
	var prev uint64
	for _, f := range keys {
		binary.Write(bw, binary.LittleEndian, f-prev) // deltas compress better
		prev = f
		r := m.index[f]
		binary.Write(bw, binary.LittleEndian, m.w[int(r)*T:int(r+1)*T])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ErrFormat is returned for data that is not a saved model.
var ErrFormat = errors.New("tagger: not a model file")

// Load reads a model written by Save.
func Load(in io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, ErrFormat
	}
	var nt uint32
	if err := binary.Read(br, binary.LittleEndian, &nt); err != nil || nt > 64 {
		return nil, ErrFormat
	}
	tags := make([]string, nt)
	for i := range tags {
		var l uint8
		binary.Read(br, binary.LittleEndian, &l)
		b := make([]byte, l)
		io.ReadFull(br, b)
		tags[i] = string(b)
	}
	m := NewModel(tags)
	if err := binary.Read(br, binary.LittleEndian, m.trans); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	var nf uint32
	if err := binary.Read(br, binary.LittleEndian, &nf); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	T := int(nt)
	m.w = make([]float32, int(nf)*T)
	m.index = make(map[uint64]int32, nf)
	var f uint64
	for i := 0; i < int(nf); i++ {
		var d uint64
		if err := binary.Read(br, binary.LittleEndian, &d); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		f += d
		m.index[f] = int32(i)
		if err := binary.Read(br, binary.LittleEndian, m.w[i*T:(i+1)*T]); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
	}
	return m, nil
}
