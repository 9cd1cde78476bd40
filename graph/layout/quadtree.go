package layout

import "math"

// quadtree is a Barnes–Hut tree over the node positions in flat arrays,
// rebuilt each step without allocating once it has grown.
type quadtree struct {
	cells []cell
	next  []int32 // bodies sharing a leaf at the deepest level, chained
}

type cell struct {
	cx, cy, half float64 // centre and half the side of the square
	mass, mx, my float64 // total mass and its centre
	child        [4]int32
	body         int32 // first body of a leaf, or -1
}

const maxDepth = 30

func (t *quadtree) newCell(cx, cy, half float64) int32 {
	t.cells = append(t.cells, cell{cx: cx, cy: cy, half: half, child: [4]int32{-1, -1, -1, -1}, body: -1})
	return int32(len(t.cells) - 1)
}

// build inserts every body and sums masses bottom-up. O(V log V).
func (t *quadtree) build(x, y, mass []float64) {
	t.cells = t.cells[:0]
	if cap(t.next) < len(x) {
		t.next = make([]int32, len(x))
	}
	t.next = t.next[:len(x)]
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range x {
		minX, maxX = math.Min(minX, x[i]), math.Max(maxX, x[i])
		minY, maxY = math.Min(minY, y[i]), math.Max(maxY, y[i])
	}
	half := math.Max(maxX-minX, maxY-minY)/2 + 1
	t.newCell((minX+maxX)/2, (minY+maxY)/2, half)
	for i := range x {
		t.insert(int32(i), x, y)
	}
	for k := len(t.cells) - 1; k >= 0; k-- { // children come after their parents
		c := &t.cells[k]
		c.mass, c.mx, c.my = 0, 0, 0
		if c.child[0] < 0 {
			for j := c.body; j >= 0; j = t.next[j] {
				c.mass += mass[j]
				c.mx += x[j] * mass[j]
				c.my += y[j] * mass[j]
			}
		} else {
			for _, ch := range c.child {
				cc := &t.cells[ch]
				c.mass += cc.mass
				c.mx += cc.mx * cc.mass
				c.my += cc.my * cc.mass
			}
		}
		if c.mass > 0 {
			c.mx /= c.mass
			c.my /= c.mass
		}
	}
}

func (t *quadtree) insert(i int32, x, y []float64) {
	t.next[i] = -1
	c := int32(0)
	for depth := 0; ; depth++ {
		cl := &t.cells[c]
		if cl.child[0] < 0 {
			if cl.body < 0 {
				cl.body = i
				return
			}
			if depth >= maxDepth {
				t.next[i] = cl.body
				cl.body = i
				return
			}
			t.split(c, x, y)
			cl = &t.cells[c]
		}
		c = cl.child[quadrant(cl, x[i], y[i])]
	}
}

// split turns leaf c into an inner cell with four children and moves its body down.
func (t *quadtree) split(c int32, x, y []float64) {
	cl := t.cells[c]
	h := cl.half / 2
	var kids [4]int32
	for q := 0; q < 4; q++ {
		dx, dy := -h, -h
		if q&1 != 0 {
			dx = h
		}
		if q&2 != 0 {
			dy = h
		}
		kids[q] = t.newCell(cl.cx+dx, cl.cy+dy, h)
	}
	b := cl.body
	p := &t.cells[c]
	p.child, p.body = kids, -1
	k := &t.cells[kids[quadrant(p, x[b], y[b])]]
	k.body = b
}

func quadrant(c *cell, x, y float64) int {
	q := 0
	if x >= c.cx {
		q |= 1
	}
	if y >= c.cy {
		q |= 2
	}
	return q
}
