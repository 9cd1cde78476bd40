package segment

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// lowerSlots is the size of Lower's cache: a power of two.
const lowerSlots = 1 << 13

type lowered struct{ word, lower string }

var (
	lowerSeed  = maphash.MakeSeed()
	lowerCache [lowerSlots]atomic.Pointer[lowered]
)

// Lower returns w in lower case, as strings.ToLower does. The rules ask
// for the lower case of the same capitalised words again and again, so
// the answers for such words are kept in a small direct-mapped cache
// (lock-free: each slot holds an immutable pair) instead of building a
// new string each time. Words without capitals are returned as they are.
func Lower(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return w
	}
	slot := &lowerCache[maphash.String(lowerSeed, w)&(lowerSlots-1)]
	if p := slot.Load(); p != nil && p.word == w {
		return p.lower
	}
	l := strings.ToLower(w)
	slot.Store(&lowered{w, l})
	return l
}
