package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/kg"
)

// batchSize and batchWait bound how many read articles wait for their
// commit, and for how long: a commit costs about as much as storing a news
// article, so the articles read meanwhile are saved together.
const (
	batchSize = 16
	batchWait = 250 * time.Millisecond
)

// commitTries is how often a commit is tried while other processes keep
// the project busy beyond the store's own wait.
const commitTries = 3

// committer saves prepared files in their order on a goroutine of its own,
// so that reading and extracting go on while it writes: articles in
// batches (graph.Store.AddAll), graph data on its own.
type committer struct {
	in       *Ingester
	batch    []prepared // collecting
	articles int        // in batch
	opened   time.Time  // when the batch's first article came
	out      chan []prepared
	results  []FileResult // the writer's
	done     chan struct{}
}

// newCommitter starts the writer; results come before the files' own.
func (in *Ingester) newCommitter(ctx context.Context, results []FileResult) *committer {
	c := &committer{in: in, out: make(chan []prepared, 1), results: results, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for b := range c.out {
			c.results = append(c.results, in.write(ctx, b)...)
		}
	}()
	return c
}

// add takes the next file. Once ctx is cancelled, files are no longer
// saved; the ones taken before are.
func (c *committer) add(ctx context.Context, p prepared) {
	p = unlessCancelled(ctx, p)
	if p.ext != nil && c.articles == 0 {
		c.opened = time.Now()
	}
	c.batch = append(c.batch, p)
	if p.ext != nil {
		c.articles++
	}
	if c.articles >= batchSize || p.commit != nil {
		c.send()
	}
}

// await waits for the next file, handing the batch to the writer when it
// has waited batchWait: a long file does not hold back the ones read
// before it.
func (c *committer) await(next <-chan prepared) prepared {
	if c.articles == 0 {
		return <-next
	}
	t := time.NewTimer(time.Until(c.opened.Add(batchWait)))
	defer t.Stop()
	select {
	case p := <-next:
		return p
	case <-t.C:
		c.send()
		return <-next
	}
}

func (c *committer) send() {
	if len(c.batch) > 0 {
		c.out <- c.batch
	}
	c.batch, c.articles = nil, 0
}

// close saves what is left and returns every file's result, in order.
func (c *committer) close() []FileResult {
	c.send()
	close(c.out)
	<-c.done
	return c.results
}

// unlessCancelled turns a file not yet saved into a cancelled one when
// ctx is.
func unlessCancelled(ctx context.Context, p prepared) prepared {
	if (p.ext != nil || p.commit != nil) && ctx.Err() != nil {
		p.r.Err = ctx.Err()
		p.ext, p.commit = nil, nil
	}
	return p
}

// write saves prepared files in order: consecutive articles in one
// transaction, graph data on its own; and returns their results.
func (in *Ingester) write(ctx context.Context, batch []prepared) []FileResult {
	var results []FileResult
	var articles []prepared
	for _, p := range batch {
		if p.ext != nil {
			articles = append(articles, p)
			continue
		}
		results = append(results, in.writeArticles(ctx, articles)...)
		articles = nil
		if p.commit != nil {
			p.r = p.commit(ctx)
		}
		results = append(results, p.r)
	}
	return append(results, in.writeArticles(ctx, articles)...)
}

// writeArticles saves articles in one transaction. Articles read before a
// cancel are saved even after it: the cancel stops what comes next.
func (in *Ingester) writeArticles(ctx context.Context, articles []prepared) []FileResult {
	if len(articles) == 0 {
		return nil
	}
	ctx = context.WithoutCancel(ctx)
	exts := make([]kg.Extraction, len(articles))
	for i, p := range articles {
		exts[i] = *p.ext
	}
	var stats []graph.AddStats
	var errs []error
	var err error
	for try := 1; ; try++ {
		stats, errs, err = in.Store.AddAll(ctx, exts)
		if err == nil || !graph.IsBusy(err) || try == commitTries {
			break
		}
		time.Sleep(time.Duration(try) * 200 * time.Millisecond) // another process holds the project a long time
	}
	results := make([]FileResult, len(articles))
	for i, p := range articles {
		results[i] = p.r
		switch {
		case err != nil:
			results[i].Err = fmt.Errorf("could not save to the project: %w", err)
		case errs[i] != nil:
			results[i].Err = fmt.Errorf("could not save to the project: %w", errs[i])
		default:
			results[i].Stats = stats[i]
		}
	}
	return results
}
