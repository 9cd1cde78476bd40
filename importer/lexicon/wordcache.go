package lexicon

import (
	"sync"
	"sync/atomic"
)

// maxCachedWords bounds each word cache: a long import of varied text
// (every number, every typo a key) must not grow memory without end. A
// word's features with the model rows and answers kept with them take about
// a kilobyte (measured over the sample articles), so a language's caches
// stay near 110 MB.
const maxCachedWords = 100_000

// WordCache holds per-word features shared by all documents, safe for
// concurrent use; when it holds maxCachedWords entries it starts afresh.
type WordCache struct {
	m sync.Map
	n atomic.Int64
}

// Load returns the value kept for key, if any.
func (c *WordCache) Load(key string) (any, bool) { return c.m.Load(key) }

// Store keeps value for key, emptying the cache first when it is full.
func (c *WordCache) Store(key string, value any) {
	if c.n.Load() >= maxCachedWords {
		c.m.Clear()
		c.n.Store(0)
	}
	if _, loaded := c.m.Swap(key, value); !loaded {
		c.n.Add(1)
	}
}

// Bool returns f(key), computed once while the cache holds key: for the
// lexicon's predicates that try every ending of a word.
func (c *WordCache) Bool(key string, f func(string) bool) bool {
	if v, ok := c.Load(key); ok {
		return v.(bool)
	}
	b := f(key)
	c.Store(key, b)
	return b
}
