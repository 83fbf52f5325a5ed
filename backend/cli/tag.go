package cli

import (
	"context"
	"fmt"
	"strconv"

	"linksnap/backend/links"
)

const tagUsage = `usage:
  linksnap tag list [--json]
  linksnap tag add TAG LINK...       LINK is a URL or an id from linksnap list
  linksnap tag remove TAG LINK...
  linksnap tag rename TAG NEW-NAME
  linksnap tag merge TAG INTO-TAG
  linksnap tag color TAG #rrggbb     ("" removes the colour)
  linksnap tag delete TAG            the links stay, without the tag`

type tagAction struct {
	minArgs int
	run     func(ctx context.Context, lib *links.Library, args []string) error
}

var tagActions = map[string]tagAction{
	"add":    {2, tagAdd},
	"remove": {2, tagRemove},
	"rename": {2, tagRename},
	"merge":  {2, tagMerge},
	"color":  {2, tagColor},
	"delete": {1, tagDelete},
}

// runTag manages tags: list, put on and take off links, rename, merge,
// colour and delete.
func runTag(ctx context.Context, s Streams, args []string) int {
	if len(args) == 0 || args[0] == "help" {
		fmt.Fprintln(s.Err, tagUsage)
		return exitUsage
	}
	if args[0] == "list" {
		return tagList(ctx, s, args[1:])
	}
	action, ok := tagActions[args[0]]
	if !ok || len(args)-1 < action.minArgs {
		fmt.Fprintln(s.Err, tagUsage)
		return exitUsage
	}
	lib, closer, err := openLibrary(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer closer.Close()
	if err := action.run(ctx, lib, args[1:]); err != nil {
		return fail(s, err)
	}
	return exitOK
}

func tagList(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("tag list", s)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	lib, closer, err := openLibrary(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer closer.Close()
	tags, err := lib.Tags(ctx)
	if err != nil {
		return fail(s, err)
	}
	if *asJSON {
		if err := writeJSON(s.Out, tags); err != nil {
			return fail(s, err)
		}
		return exitOK
	}
	for _, t := range tags {
		fmt.Fprintf(s.Out, "%s\t%d\t%s\n", t.Name, t.Count, t.Color)
	}
	return exitOK
}

func tagAdd(ctx context.Context, lib *links.Library, args []string) error {
	ids, err := resolveLinks(ctx, lib, args[1:])
	if err != nil {
		return err
	}
	return lib.AddTags(ctx, ids, args[:1])
}

func tagRemove(ctx context.Context, lib *links.Library, args []string) error {
	ids, err := resolveLinks(ctx, lib, args[1:])
	if err != nil {
		return err
	}
	return lib.RemoveTags(ctx, ids, args[:1])
}

func tagRename(ctx context.Context, lib *links.Library, args []string) error {
	t, err := lib.TagByName(ctx, args[0])
	if err != nil {
		return err
	}
	_, err = lib.RenameTag(ctx, t.ID, args[1])
	return err
}

func tagMerge(ctx context.Context, lib *links.Library, args []string) error {
	from, err := lib.TagByName(ctx, args[0])
	if err != nil {
		return err
	}
	into, err := lib.TagByName(ctx, args[1])
	if err != nil {
		return err
	}
	_, err = lib.MergeTag(ctx, from.ID, into.ID)
	return err
}

func tagColor(ctx context.Context, lib *links.Library, args []string) error {
	t, err := lib.TagByName(ctx, args[0])
	if err != nil {
		return err
	}
	_, err = lib.SetTagColor(ctx, t.ID, args[1])
	return err
}

func tagDelete(ctx context.Context, lib *links.Library, args []string) error {
	t, err := lib.TagByName(ctx, args[0])
	if err != nil {
		return err
	}
	return lib.DeleteTag(ctx, t.ID)
}

// resolveLinks turns ids and URLs into link ids; every one must exist.
func resolveLinks(ctx context.Context, lib *links.Library, refs []string) ([]int64, error) {
	ids := make([]int64, 0, len(refs))
	for _, ref := range refs {
		if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
			if _, err := lib.Get(ctx, id); err != nil {
				return nil, err
			}
			ids = append(ids, id)
			continue
		}
		k, err := lib.FindByURL(ctx, ref)
		if err != nil {
			return nil, err
		}
		ids = append(ids, k.ID)
	}
	return ids, nil
}
