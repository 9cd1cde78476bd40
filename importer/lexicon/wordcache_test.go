package lexicon

import (
	"strconv"
	"testing"
)

func TestWordCacheIsBounded(t *testing.T) {
	var c WordCache
	for i := 0; i < maxCachedWords+10; i++ {
		c.Store(strconv.Itoa(i), i)
	}
	n := 0
	c.m.Range(func(any, any) bool { n++; return true })
	if n > maxCachedWords {
		t.Errorf("%d entries, bound %d", n, maxCachedWords)
	}
	if v, ok := c.Load(strconv.Itoa(maxCachedWords + 9)); !ok || v != maxCachedWords+9 {
		t.Error("the latest entry is gone")
	}
}

func TestWordCacheBoolComputesOnce(t *testing.T) {
	var c WordCache
	calls := 0
	f := func(w string) bool { calls++; return len(w) > 3 }
	for i := 0; i < 3; i++ {
		if !c.Bool("Konzern", f) || c.Bool("AG", f) {
			t.Fatal("wrong answer")
		}
	}
	if calls != 2 {
		t.Errorf("%d calls for two words", calls)
	}
}
