package tag

import "sync"

// FeatBuf is reusable room for one sentence's features while a model
// predicts its tags: the features of a sentence are needed only until the
// model has read them. Get one with NewFeatBuf and Release it after.
type FeatBuf struct {
	flat   []uint64
	rows   [][]uint64
	ws     []*WordInfo
	scores []float32
	srows  [][]float32
}

var featBufs = sync.Pool{New: func() any { return new(FeatBuf) }}

// NewFeatBuf returns a buffer from the pool.
func NewFeatBuf() *FeatBuf { return featBufs.Get().(*FeatBuf) }

// Release returns the buffer to the pool; the features it held are gone.
func (b *FeatBuf) Release() { featBufs.Put(b) }

// Room returns, for n words, an empty slice with room for perWord features
// each, n empty rows, and n+4 word slots filled with Pad (two on each side).
// A nil buffer allocates afresh, for features that are kept (training).
func (b *FeatBuf) Room(n, perWord int) ([]uint64, [][]uint64, []*WordInfo) {
	var flat []uint64
	var rows [][]uint64
	var ws []*WordInfo
	if b == nil {
		flat, rows, ws = make([]uint64, 0, n*perWord), make([][]uint64, n), make([]*WordInfo, n+4)
	} else {
		if cap(b.flat) < n*perWord {
			b.flat = make([]uint64, 0, n*perWord)
		}
		if cap(b.rows) < n {
			b.rows = make([][]uint64, n)
		}
		if cap(b.ws) < n+4 {
			b.ws = make([]*WordInfo, n+4)
		}
		flat, rows, ws = b.flat[:0], b.rows[:n], b.ws[:n+4]
	}
	for i := range ws {
		ws[i] = Pad
	}
	return flat, rows, ws
}

// rowRoom returns room for n rows of T scores and the n rows' slices.
// A nil buffer allocates afresh.
func (b *FeatBuf) rowRoom(n, T int) ([]float32, [][]float32) {
	if b == nil {
		return make([]float32, n*T), make([][]float32, n)
	}
	if cap(b.scores) < n*T {
		b.scores = make([]float32, n*T)
	}
	if cap(b.srows) < n {
		b.srows = make([][]float32, n)
	}
	return b.scores[:n*T], b.srows[:n]
}
