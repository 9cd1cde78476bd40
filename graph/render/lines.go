package render

import (
	"image"
	"image/color"
	"math"
	"runtime"
	"sync"
)

// target is where lines and triangles go: straight into the image, or,
// when mask is set, into an 8-bit coverage mask (one byte per pixel of the
// image) that is composited once with a single colour. Only pixels inside
// clip are touched, so bands of one image can be drawn at once.
type target struct {
	img  *image.RGBA
	clip image.Rectangle
	mask []uint8
	col  color.RGBA
}

func (t *target) plot(x, y int, c color.RGBA, a float64) {
	if x < t.clip.Min.X || y < t.clip.Min.Y || x >= t.clip.Max.X || y >= t.clip.Max.Y || a <= 0 {
		return
	}
	if t.mask == nil {
		blend(t.img, x, y, c, a)
		return
	}
	i := (y-t.img.Rect.Min.Y)*t.img.Rect.Dx() + x - t.img.Rect.Min.X
	v := int(t.mask[i]) + int(a*255+0.5)
	t.mask[i] = uint8(min(v, 255))
}

// composite blends the mask's colour into the band and clears the mask there.
func (t *target) composite() {
	w := t.img.Rect.Dx()
	c := t.col
	for y := t.clip.Min.Y; y < t.clip.Max.Y; y++ {
		row := t.mask[(y-t.img.Rect.Min.Y)*w : (y-t.img.Rect.Min.Y+1)*w]
		for i, m := range row {
			if m == 0 {
				continue
			}
			x := t.img.Rect.Min.X + i
			if x >= t.clip.Min.X && x < t.clip.Max.X {
				blend(t.img, x, y, c, float64(m)/255)
			}
			row[i] = 0
		}
	}
}

// shapes draws the layer's lines and arrowheads, then its circles, in
// horizontal bands shared out over the cores. Lines take one coverage
// pass per colour (overlapping edges saturate instead of darkening), the
// most frequent colour first so that highlighted edges end on top.
func (r *Renderer) shapes(img *image.RGBA, l *layer) {
	count := map[color.RGBA]int{}
	var cols []color.RGBA
	for _, o := range l.lines {
		if count[o.Color] == 0 {
			cols = append(cols, o.Color)
		}
		count[o.Color]++
	}
	for _, o := range l.tris {
		if count[o.Color] == 0 {
			cols = append(cols, o.Color)
		}
		count[o.Color]++
	}
	sortByCount(cols, count)
	n := img.Rect.Dx() * img.Rect.Dy()
	if cap(r.mask) < n {
		r.mask = make([]uint8, n)
	}
	mask := r.mask[:n]
	bands := min(runtime.GOMAXPROCS(0), 8, max(1, img.Rect.Dy()/64))
	if len(l.lines)+len(l.circles) < 500 {
		bands = 1
	}
	var wg sync.WaitGroup
	h := (img.Rect.Dy() + bands - 1) / bands
	for b := 0; b < bands; b++ {
		band := image.Rect(img.Rect.Min.X, img.Rect.Min.Y+b*h, img.Rect.Max.X, min(img.Rect.Min.Y+(b+1)*h, img.Rect.Max.Y))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range cols {
				t := target{img: img, clip: band, mask: mask, col: c}
				for i := range l.lines {
					if l.lines[i].Color == c {
						t.stroke(&l.lines[i])
					}
				}
				for i := range l.tris {
					if l.tris[i].Color == c {
						t.triangle(l.tris[i].P, c)
					}
				}
				t.composite()
			}
			sub := img.SubImage(band).(*image.RGBA)
			for _, c := range l.circles {
				if c.R <= 24 { // small discs come from a cache of drawn sprites
					r.sprites.get(c.R, c.StrokeWidth).stamp(sub, c.X, c.Y, c.Fill, c.Stroke)
				} else {
					disc(sub, c.X, c.Y, c.R, c.StrokeWidth, c.Fill, c.Stroke)
				}
			}
		}()
	}
	wg.Wait()
}

func sortByCount(cols []color.RGBA, count map[color.RGBA]int) {
	for i := 1; i < len(cols); i++ {
		for j := i; j > 0 && count[cols[j]] > count[cols[j-1]]; j-- {
			cols[j], cols[j-1] = cols[j-1], cols[j]
		}
	}
}

// stroke draws a straight or curved (flattened) line, dashed if asked.
func (t *target) stroke(o *lineOp) {
	dash := 0.0
	if o.Dash {
		dash = 4 * math.Max(1, o.Width)
	}
	if !o.Curved {
		t.line(o.X0, o.Y0, o.X1, o.Y1, o.Color, o.Width, dash, 0)
		return
	}
	minY, maxY := math.Min(o.Y0, math.Min(o.CY, o.Y1)), math.Max(o.Y0, math.Max(o.CY, o.Y1))
	if maxY < float64(t.clip.Min.Y)-2 || minY > float64(t.clip.Max.Y)+2 {
		return
	}
	n := int(math.Min(24, math.Max(4, math.Hypot(o.X1-o.X0, o.Y1-o.Y0)/10)))
	px, py, phase := o.X0, o.Y0, 0.0
	for k := 1; k <= n; k++ {
		f := float64(k) / float64(n)
		a, b, c := (1-f)*(1-f), 2*(1-f)*f, f*f
		x, y := a*o.X0+b*o.CX+c*o.X1, a*o.Y0+b*o.CY+c*o.Y1
		t.line(px, py, x, y, o.Color, o.Width, dash, phase)
		phase += math.Hypot(x-px, y-py)
		px, py = x, y
	}
}

// line draws an anti-aliased line with Xiaolin Wu's algorithm, clipped to
// the target's band; width > 1 adds full pixels across. dash > 0 draws
// dashes of that length with equal gaps, starting phase pixels into the
// pattern.
func (t *target) line(x0, y0, x1, y1 float64, c color.RGBA, width, dash, phase float64) {
	ox, oy := x0, y0
	cl := t.clip
	if !clip(&x0, &y0, &x1, &y1, float64(cl.Min.X)-2, float64(cl.Min.Y)-2, float64(cl.Max.X)+2, float64(cl.Max.Y)+2) {
		return
	}
	phase += math.Hypot(x0-ox, y0-oy)
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	reversed := x0 > x1
	if reversed {
		x0, x1, y0, y1 = x1, x0, y1, y0
	}
	dx, dy := x1-x0, y1-y0
	grad := 0.0
	if dx > 1e-9 {
		grad = dy / dx
	}
	sec := math.Sqrt(1 + grad*grad) // length along the line per step
	total := dx * sec
	extra := int(math.Round(width)) - 1
	start, end := int(math.Round(x0)), int(math.Round(x1))
	yy := y0 + grad*(float64(start)-x0)
	if t.mask != nil && dash == 0 && extra == 0 {
		t.thinLine(start, end, yy, grad, steep)
		return
	}
	for x := start; x <= end; x, yy = x+1, yy+grad {
		if dash > 0 {
			along := (float64(x) - x0) * sec
			if reversed {
				along = total - along
			}
			if math.Mod(along+phase, 2*dash) >= dash {
				continue
			}
		}
		fy := math.Floor(yy)
		f := yy - fy
		iy := int(fy)
		if steep {
			t.plot(iy, x, c, 1-f)
			for k := 1; k <= extra; k++ {
				t.plot(iy+k, x, c, 1)
			}
			t.plot(iy+1+extra, x, c, f)
		} else {
			t.plot(x, iy, c, 1-f)
			for k := 1; k <= extra; k++ {
				t.plot(x, iy+k, c, 1)
			}
			t.plot(x, iy+1+extra, c, f)
		}
	}
}

// thinLine is line's fast path for 1-pixel solid lines into the mask:
// integer coverage, no per-pixel calls.
func (t *target) thinLine(start, end int, yy, grad float64, steep bool) {
	w := t.img.Rect.Dx()
	ox, oy := t.img.Rect.Min.X, t.img.Rect.Min.Y
	// the major axis runs along x (or y when steep); keep it inside the band
	lo, hi := t.clip.Min.X, t.clip.Max.X-1
	mlo, mhi := t.clip.Min.Y, t.clip.Max.Y-1
	if steep {
		lo, hi, mlo, mhi = mlo, mhi, lo, hi
	}
	if start < lo {
		yy += grad * float64(lo-start)
		start = lo
	}
	end = min(end, hi)
	mask := t.mask
	fy := int64(math.Floor(yy * 65536)) // 16.16 fixed point
	fg := int64(math.Round(grad * 65536))
	stepMajor, stepMinor := 1, w // mask index steps along x and across (y)
	base := -oy*w - ox
	if steep {
		stepMajor, stepMinor = w, 1
	}
	for x := start; x <= end; x, fy = x+1, fy+fg {
		iy := int(fy >> 16)
		a1 := int(fy>>8) & 255
		i := base + x*stepMajor + iy*stepMinor
		if iy >= mlo && iy <= mhi {
			v := int(mask[i]) + 255 - a1
			mask[i] = uint8(min(v, 255))
		}
		if iy+1 >= mlo && iy+1 <= mhi && a1 > 0 {
			i += stepMinor
			v := int(mask[i]) + a1
			mask[i] = uint8(min(v, 255))
		}
	}
}

// clip limits a segment to the rectangle [x0,x1]×[y0,y1] (Liang–Barsky).
func clip(ax, ay, bx, by *float64, x0, y0, x1, y1 float64) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := *bx-*ax, *by-*ay
	for _, pq := range [4][2]float64{{-dx, *ax - x0}, {dx, x1 - *ax}, {-dy, *ay - y0}, {dy, y1 - *ay}} {
		p, q := pq[0], pq[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = math.Max(t0, r)
		} else {
			t1 = math.Min(t1, r)
		}
		if t0 > t1 {
			return false
		}
	}
	*bx, *by = *ax+t1*dx, *ay+t1*dy
	*ax, *ay = *ax+t0*dx, *ay+t0*dy
	return true
}

// triangle fills an anti-aliased triangle (coverage from the distance to
// its nearest side).
func (t *target) triangle(p [3][2]float64, c color.RGBA) {
	minX, maxX := math.Min(p[0][0], math.Min(p[1][0], p[2][0])), math.Max(p[0][0], math.Max(p[1][0], p[2][0]))
	minY, maxY := math.Min(p[0][1], math.Min(p[1][1], p[2][1])), math.Max(p[0][1], math.Max(p[1][1], p[2][1]))
	r := image.Rect(int(minX)-1, int(minY)-1, int(maxX)+2, int(maxY)+2).Intersect(t.clip)
	if r.Empty() {
		return
	}
	area := (p[1][0]-p[0][0])*(p[2][1]-p[0][1]) - (p[1][1]-p[0][1])*(p[2][0]-p[0][0])
	if math.Abs(area) < 1e-9 {
		return
	}
	sign := math.Copysign(1, area)
	var nx, ny, off [3]float64
	for k := 0; k < 3; k++ {
		a, b := p[k], p[(k+1)%3]
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		nx[k], ny[k] = -dy/l*sign, dx/l*sign // inward normal
		off[k] = -(nx[k]*a[0] + ny[k]*a[1])
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		py := float64(y) + 0.5
		for x := r.Min.X; x < r.Max.X; x++ {
			px := float64(x) + 0.5
			d0 := nx[0]*px + ny[0]*py + off[0]
			d1 := nx[1]*px + ny[1]*py + off[1]
			d2 := nx[2]*px + ny[2]*py + off[2]
			d := min(d0, d1, d2)
			if d > -0.5 {
				t.plot(x, y, c, d+0.5)
			}
		}
	}
}
