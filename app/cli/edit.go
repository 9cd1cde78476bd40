package cli

import (
	"fmt"
	"strconv"

	"github.com/kgx/kgx/graph"
)

// editCmds are the edits under `kgx entity`, with how many names each takes.
var editCmds = map[string]struct {
	args  int
	usage string
}{
	"merge":  {2, "kgx entity merge A B        B's names, relations and mentions move to A"},
	"rename": {2, "kgx entity rename A NEW     A gets the name NEW; its old name stays an alias"},
	"split":  {2, "kgx entity split A ALIAS    the alias (and the relations only it names) become their own entity"},
	"type":   {2, "kgx entity type A TYPE      PER, ORG, LOC, PRODUCT, EVENT or MISC"},
	"delete": {1, "kgx entity delete A         A and its relations go, and stay out of later imports"},
	"hide":   {1, "kgx entity hide A           A leaves views and images (queries still find it)"},
	"unhide": {1, "kgx entity unhide A         A is shown again"},
}

func (r *runner) entityCmd(args []string) int {
	fs, storePath := r.flags("entity")
	pos, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(pos) == 0 {
		return r.editUsage()
	}
	spec, ok := editCmds[pos[0]]
	if !ok || len(pos)-1 != spec.args {
		return r.editUsage()
	}
	st, ok := r.open("entity", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	var e graph.Edit
	a := pos[1:]
	switch pos[0] {
	case "merge":
		e, err = st.MergeEntities(r.ctx, a[0], a[1])
	case "rename":
		e, err = st.RenameEntity(r.ctx, a[0], a[1])
	case "split":
		e, err = st.SplitEntity(r.ctx, a[0], a[1])
	case "type":
		e, err = st.SetEntityType(r.ctx, a[0], a[1])
	case "delete":
		e, err = st.DeleteEntity(r.ctx, a[0])
	case "hide", "unhide":
		e, err = st.SetHidden(r.ctx, a[0], pos[0] == "hide")
	}
	return r.edited("entity "+pos[0], e, err)
}

func (r *runner) editUsage() int {
	fmt.Fprintln(r.stderr, "kgx entity: one of")
	for _, k := range []string{"merge", "rename", "split", "type", "delete", "hide", "unhide"} {
		fmt.Fprintln(r.stderr, "  "+editCmds[k].usage)
	}
	fmt.Fprintln(r.stderr, "Names are matched folded, aliases too; #ID names an entity by its id. `kgx undo` takes an edit back.")
	return ExitNotImplemented
}

// edited reports an edit, or why it could not be made.
func (r *runner) edited(cmd string, e graph.Edit, err error) int {
	if err != nil {
		fmt.Fprintf(r.stderr, "kgx %s: %v\n", cmd, err)
		return ExitFailed
	}
	fmt.Fprintf(r.stdout, "edit %d: %s\n", e.ID, e.Summary)
	return ExitOK
}

func (r *runner) relationCmd(args []string) int {
	fs, storePath := r.flags("relation")
	pos, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(pos) != 2 || pos[0] != "delete" {
		fmt.Fprintln(r.stderr, "kgx relation delete ID     (the id is shown by kgx query and kgx path)")
		return ExitNotImplemented
	}
	id, err := strconv.ParseInt(pos[1], 10, 64)
	if err != nil {
		fmt.Fprintf(r.stderr, "kgx relation delete: %q is not a relation id\n", pos[1])
		return ExitNotImplemented
	}
	st, ok := r.open("relation", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	e, err := st.DeleteRelation(r.ctx, id)
	return r.edited("relation delete", e, err)
}

func (r *runner) documentCmd(args []string) int {
	fs, storePath := r.flags("document")
	pos, err := parse(fs, args)
	if err != nil {
		return ExitNotImplemented
	}
	if len(pos) != 2 || pos[0] != "remove" {
		fmt.Fprintln(r.stderr, "kgx document remove DOC     (its id, an id prefix of 6 or more, or its title)")
		return ExitNotImplemented
	}
	st, ok := r.open("document", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	e, err := st.RemoveDocument(r.ctx, pos[1])
	return r.edited("document remove", e, err)
}

func (r *runner) undoCmd(args []string) int { return r.walkCmd("undo", args) }
func (r *runner) redoCmd(args []string) int { return r.walkCmd("redo", args) }

func (r *runner) walkCmd(cmd string, args []string) int {
	fs, storePath := r.flags(cmd)
	if _, err := parse(fs, args); err != nil {
		return ExitNotImplemented
	}
	st, ok := r.open(cmd, *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	walk := st.Undo
	if cmd == "redo" {
		walk = st.Redo
	}
	e, err := walk(r.ctx)
	if err != nil { // also ErrNothingToUndo / ErrNothingToRedo
		fmt.Fprintf(r.stderr, "kgx %s: %v\n", cmd, err)
		return ExitFailed
	}
	verb := "undid"
	if cmd == "redo" {
		verb = "redid"
	}
	fmt.Fprintf(r.stdout, "%s edit %d: %s\n", verb, e.ID, e.Summary)
	return ExitOK
}

func (r *runner) logCmd(args []string) int {
	fs, storePath := r.flags("log")
	if _, err := parse(fs, args); err != nil {
		return ExitNotImplemented
	}
	st, ok := r.open("log", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	edits, err := st.Log(r.ctx)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx log:", err)
		return ExitFailed
	}
	for _, e := range edits {
		state := ""
		if e.Undone {
			state = "  (undone)"
		}
		fmt.Fprintf(r.stdout, "%d  %s  %s%s\n", e.ID, e.At, e.Summary, state)
	}
	if len(edits) == 0 {
		fmt.Fprintln(r.stdout, "no edits yet")
	}
	return ExitOK
}
