package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// A scope is the part of a project an edit touches: some entities and
// documents, with every row that hangs on them (aliases, positions,
// relations to or from them with their evidence, key redirects,
// suppressed relations). An edit's undo and redo each replace the scope's
// rows with the image taken before or after it, so every kind of edit is
// undone the same way.
type scope struct {
	Entities []int64  `json:"entities"`
	Docs     []string `json:"docs,omitempty"`
}

// image is the rows of a scope, table by table.
type image map[string][]map[string]any

// scopeTables lists each table with the condition that puts a row in the
// scope; $E is the entity list, $D the document list. Deleting goes top
// down, inserting bottom up, so foreign keys always hold.
var scopeTables = []struct{ name, where string }{
	{"evidence", "relation IN (SELECT id FROM relations WHERE subject IN ($E) OR object IN ($E)) OR doc IN ($D)"},
	{"relations", "subject IN ($E) OR object IN ($E)"},
	{"doc_entities", "entity IN ($E) OR doc IN ($D)"},
	{"aliases", "entity IN ($E)"},
	{"positions", "entity IN ($E)"},
	{"redirects", "abs(entity) IN ($E)"}, // a deleted entity's key points at its negated id
	{"suppressed", "subject IN ($E) OR object IN ($E)"},
	{"entities", "id IN ($E)"},
	{"documents", "id IN ($D)"},
}

// where turns a condition template into SQL with placeholders for the
// scope's entities ($E) and documents ($D), and their arguments in order.
func (sc scope) where(tmpl string) (string, []any) {
	var sb strings.Builder
	var args []any
	list := func(n int, arg func(int) any) {
		if n == 0 {
			sb.WriteString("NULL")
			return
		}
		for k := 0; k < n; k++ {
			if k > 0 {
				sb.WriteByte(',')
			}
			sb.WriteByte('?')
			args = append(args, arg(k))
		}
	}
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '$' && i+1 < len(tmpl) && (tmpl[i+1] == 'E' || tmpl[i+1] == 'D') {
			if tmpl[i+1] == 'E' {
				list(len(sc.Entities), func(k int) any { return sc.Entities[k] })
			} else {
				list(len(sc.Docs), func(k int) any { return sc.Docs[k] })
			}
			i++
			continue
		}
		sb.WriteByte(tmpl[i])
	}
	return sb.String(), args
}

// capture reads the scope's rows.
func capture(ctx context.Context, tx execQuerier, sc scope) (image, error) {
	img := image{}
	for _, t := range scopeTables {
		cond, args := sc.where(t.where)
		rows, err := tx.QueryContext(ctx, "SELECT * FROM "+t.name+" WHERE "+cond, args...)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", t.name, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return nil, err
			}
			row := map[string]any{}
			for i, c := range cols {
				row[c] = vals[i]
			}
			img[t.name] = append(img[t.name], row)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return img, nil
}

// restore replaces the scope's rows with the image's.
func restore(ctx context.Context, tx execQuerier, sc scope, img image) error {
	for _, t := range scopeTables {
		cond, args := sc.where(t.where)
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t.name+" WHERE "+cond, args...); err != nil {
			return fmt.Errorf("clear %s: %w", t.name, err)
		}
	}
	for i := len(scopeTables) - 1; i >= 0; i-- {
		t := scopeTables[i].name
		for _, row := range img[t] {
			cols := make([]string, 0, len(row))
			for c := range row {
				cols = append(cols, c)
			}
			marks := strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",")
			vals := make([]any, len(cols))
			for k, c := range cols {
				vals[k] = sqlValue(row[c])
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO "+t+"("+strings.Join(cols, ",")+") VALUES("+marks+")", vals...); err != nil {
				return fmt.Errorf("the project changed since this edit (%s): %w", t, err)
			}
		}
	}
	return nil
}

// sqlValue turns a value read back from JSON into one SQLite stores as it
// was: numbers keep their exact text, which column affinity converts.
func sqlValue(v any) any {
	if n, ok := v.(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return i
		}
		f, _ := n.Float64()
		return f
	}
	return v
}

// journalEntry is an edit as the log keeps it.
type journalEntry struct {
	Summary string `json:"summary"`
	Scope   scope  `json:"scope"`
	Before  image  `json:"before"`
	After   image  `json:"after"`
}

func decodeEntry(payload string) (journalEntry, error) {
	var e journalEntry
	dec := json.NewDecoder(strings.NewReader(payload))
	dec.UseNumber()
	err := dec.Decode(&e)
	return e, err
}

func jsonString(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
