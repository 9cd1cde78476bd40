package render

import (
	"fmt"
	"image/color"
	"sort"
)

// Palette holds the colours of everything but the nodes' fills.
type Palette struct {
	Background color.RGBA // alpha 0 for a transparent image
	Text       color.RGBA
	Muted      color.RGBA // edge labels, legend notes
	Edge       color.RGBA
	Weak       color.RGBA // co-occurrence links
	Accent     color.RGBA // selection, hover, search hits
	Panel      color.RGBA // behind the legend and labels
	Dark       bool
}

// Light is the palette on a white background.
func Light() Palette {
	return Palette{
		Background: color.RGBA{0xff, 0xff, 0xff, 0xff}, Text: color.RGBA{0x1f, 0x29, 0x37, 0xff},
		Muted: color.RGBA{0x4b, 0x55, 0x63, 0xff}, Edge: color.RGBA{0x64, 0x74, 0x8b, 0xff},
		Weak: color.RGBA{0xb4, 0xbc, 0xc8, 0xff}, Accent: color.RGBA{0x25, 0x63, 0xeb, 0xff},
		Panel: color.RGBA{0xff, 0xff, 0xff, 0xff},
	}
}

// Dark is the palette on a near-black background.
func Dark() Palette {
	return Palette{
		Background: color.RGBA{0x17, 0x17, 0x17, 0xff}, Text: color.RGBA{0xf3, 0xf4, 0xf6, 0xff},
		Muted: color.RGBA{0xc0, 0xc6, 0xd0, 0xff}, Edge: color.RGBA{0x94, 0xa3, 0xb8, 0xff},
		Weak: color.RGBA{0x52, 0x5b, 0x66, 0xff}, Accent: color.RGBA{0x60, 0xa5, 0xfa, 0xff},
		Panel: color.RGBA{0x17, 0x17, 0x17, 0xff}, Dark: true,
	}
}

// Transparent is the light palette without a background.
func Transparent() Palette {
	p := Light()
	p.Background = color.RGBA{}
	return p
}

// PaletteNamed returns the palette for "light", "dark" or "transparent".
func PaletteNamed(name string) (Palette, error) {
	switch name {
	case "", "light":
		return Light(), nil
	case "dark":
		return Dark(), nil
	case "transparent":
		return Transparent(), nil
	}
	return Palette{}, fmt.Errorf("background %q: use light, dark or transparent", name)
}

// Colours of the entity types, readable on light and dark backgrounds.
var typeColors = map[string]color.RGBA{
	"PER":     {0x3b, 0x82, 0xf6, 0xff},
	"ORG":     {0xf5, 0x9e, 0x0b, 0xff},
	"LOC":     {0x10, 0xb9, 0x81, 0xff},
	"PRODUCT": {0xa8, 0x55, 0xf7, 0xff},
	"EVENT":   {0xef, 0x44, 0x44, 0xff},
	"MISC":    {0x94, 0xa3, 0xb8, 0xff},
}

var typeNames = map[string]string{
	"PER": "Person", "ORG": "Organisation", "LOC": "Place", "PRODUCT": "Product", "EVENT": "Event", "MISC": "Miscellaneous",
}

var typeOrder = []string{"PER", "ORG", "LOC", "PRODUCT", "EVENT", "MISC"}

// TypeColor returns the fill colour of an entity type.
func TypeColor(t string) color.RGBA {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return typeColors["MISC"]
}

// Legend explains the picture: what the colours, sizes and edge styles mean.
type Legend struct {
	Colors []LegendColor
	Size   string // what node size means
	Weak   bool   // co-occurrence links are shown
}

// LegendColor is one fill colour and what it stands for.
type LegendColor struct {
	Color color.RGBA
	Text  string
}

// TypeLegend lists the entity types present in the scene, in a fixed order.
func TypeLegend(s *Scene, sizeBy string, weak bool) Legend {
	present := map[string]bool{}
	for _, n := range s.Nodes {
		if !n.Hidden {
			t := n.Type
			if _, ok := typeColors[t]; !ok {
				t = "MISC"
			}
			present[t] = true
		}
	}
	l := Legend{Size: "size: number of relations", Weak: weak}
	if sizeBy == "pagerank" {
		l.Size = "size: PageRank"
	}
	for _, t := range typeOrder {
		if present[t] {
			l.Colors = append(l.Colors, LegendColor{typeColors[t], typeNames[t]})
		}
	}
	return l
}

// groupColours is how many groups get a colour of their own.
const groupColours = 12

// CommunityColor returns a distinct colour for community k (0-based).
func CommunityColor(k int) color.RGBA {
	pal := []color.RGBA{{0x1f, 0x77, 0xb4, 0xff}, {0xff, 0x7f, 0x0e, 0xff}, {0x2c, 0xa0, 0x2c, 0xff}, {0xd6, 0x27, 0x28, 0xff},
		{0x94, 0x67, 0xbd, 0xff}, {0x8c, 0x56, 0x4b, 0xff}, {0xe3, 0x77, 0xc2, 0xff}, {0x17, 0xbe, 0xcf, 0xff},
		{0xbc, 0xbd, 0x22, 0xff}, {0xae, 0xc7, 0xe8, 0xff}, {0xff, 0xbb, 0x78, 0xff}, {0x98, 0xdf, 0x8a, 0xff}}
	if k < 0 || k >= len(pal) {
		return color.RGBA{0x9c, 0xa3, 0xaf, 0xff}
	}
	return pal[k]
}

// ColorByGroup recolours the nodes by group (community) and replaces the
// legend's colours: the largest groups get their own colour, named by
// their highest-ranked member; the rest share grey.
func (s *Scene) ColorByGroup(group []int) {
	size := map[int]int{}
	best := map[int]int{}
	for i, g := range group {
		size[g]++
		if b, ok := best[g]; !ok || s.Nodes[i].Rank > s.Nodes[b].Rank {
			best[g] = i
		}
	}
	ids := make([]int, 0, len(size))
	for g := range size {
		ids = append(ids, g)
	}
	sort.Slice(ids, func(a, b int) bool {
		if size[ids[a]] != size[ids[b]] {
			return size[ids[a]] > size[ids[b]]
		}
		return ids[a] < ids[b]
	})
	rank := map[int]int{}
	s.Legend.Colors = nil
	for k, g := range ids {
		rank[g] = k
		if k < groupColours && size[g] > 1 {
			s.Legend.Colors = append(s.Legend.Colors, LegendColor{CommunityColor(k), fmt.Sprintf(s.word("group of %s (%d)"), s.Nodes[best[g]].Label, size[g])})
		}
	}
	for i, g := range group {
		k := rank[g]
		if size[g] <= 1 {
			k = -1
		}
		s.Nodes[i].Fill = CommunityColor(k)
	}
	if len(ids) > groupColours {
		s.Legend.Colors = append(s.Legend.Colors, LegendColor{CommunityColor(-1), s.word("other groups")})
	}
}
