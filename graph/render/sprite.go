package render

import (
	"image"
	"image/color"
	"math"
	"sync"
)

// discSprite is a node disc drawn once per radius and outline width, with
// its centre on a pixel centre: per pixel, the coverage of the disc and the
// share of the fill against the outline (0..255 each).
type discSprite struct {
	size        int // side of the square; the centre is at (size/2, size/2) + 0.5
	cover, fill []uint8
}

type spriteKey struct{ r4, w4 int } // radius and outline width in quarter pixels

// sprites caches disc sprites; safe for the bands drawn at once.
type sprites struct {
	mu sync.Mutex
	m  map[spriteKey]*discSprite
}

func (s *sprites) get(rad, sw float64) *discSprite {
	k := spriteKey{int(rad*4 + 0.5), int(sw*4 + 0.5)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.m[k]; ok {
		return d
	}
	if s.m == nil {
		s.m = map[spriteKey]*discSprite{}
	}
	d := newDiscSprite(float64(k.r4)/4, float64(k.w4)/4)
	s.m[k] = d
	return d
}

func newDiscSprite(rad, sw float64) *discSprite {
	half := int(math.Ceil(rad)) + 1
	d := &discSprite{size: 2*half + 1}
	n := d.size * d.size
	d.cover, d.fill = make([]uint8, n), make([]uint8, n)
	c := float64(half) + 0.5
	inner := rad - sw
	for y := 0; y < d.size; y++ {
		for x := 0; x < d.size; x++ {
			dist := math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c)
			cov := math.Max(0, math.Min(1, rad+0.5-dist))
			f := 1.0
			if sw > 0 {
				f = math.Max(0, math.Min(1, inner+0.5-dist))
			}
			d.cover[y*d.size+x] = uint8(cov*255 + 0.5)
			d.fill[y*d.size+x] = uint8(f*255 + 0.5)
		}
	}
	return d
}

// stamp draws the sprite centred on the pixel nearest (cx, cy), clipped to
// img: opaque inner pixels are written, the rest blended.
func (d *discSprite) stamp(img *image.RGBA, cx, cy float64, fillC, stroke color.RGBA) {
	half := d.size / 2
	x0, y0 := int(math.Floor(cx))-half, int(math.Floor(cy))-half
	r := image.Rect(x0, y0, x0+d.size, y0+d.size).Intersect(img.Rect)
	opaque := fillC.A == 0xff && stroke.A == 0xff
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := (y - y0) * d.size
		off := img.PixOffset(r.Min.X, y)
		for x := r.Min.X; x < r.Max.X; x, off = x+1, off+4 {
			i := row + x - x0
			cov := d.cover[i]
			if cov == 0 {
				continue
			}
			c := fillC
			switch f := d.fill[i]; {
			case f == 0:
				c = stroke
			case f < 255:
				c = mix(stroke, fillC, float64(f)/255)
			}
			if !opaque {
				blend(img, x, y, c, float64(cov)/255)
				continue
			}
			p := img.Pix[off : off+4 : off+4]
			if cov == 255 {
				p[0], p[1], p[2], p[3] = c.R, c.G, c.B, 0xff
				continue
			}
			blendPix(p, int(c.R), int(c.G), int(c.B), int(cov)+int(cov>>7)) // cov 0..255 as 0..256
		}
	}
}
