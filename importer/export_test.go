package importer

import (
	"reflect"

	"salesrhythm"
)

// SetTestHook replaces the hook called before a file's sheets are read.
func SetTestHook(f func(rel string)) func() {
	old := testHook
	testHook = f
	return func() { testHook = old }
}

// SetProgramID makes the cache take the program for another.
func SetProgramID(id string) func() {
	old := programID
	programID = func() (string, error) { return id, nil }
	return func() { programID = old }
}

// PackEntry is where a pack holds an entry.
type PackEntry struct {
	Path           string
	Offset, Length int64
}

// PackEntries lists the entries of the pack at path.
func PackEntries(path string) ([]PackEntry, error) {
	f, idx, err := readPack(path)
	if f != nil {
		defer f.Close()
	}
	if err != nil {
		return nil, err
	}
	var out []PackEntry
	for _, e := range idx.Entries {
		out = append(out, PackEntry{e.Source.Path, e.Offset, e.Length})
	}
	return out, nil
}

// TailSize is the size of a pack's trailer.
const TailSize = tailSize

// FileResultFields lists the fields of what reading a file yields.
func FileResultFields() []string {
	var out []string
	t := reflect.TypeFor[fileResult]()
	for i := range t.NumField() {
		out = append(out, t.Field(i).Name)
	}
	return out
}

// PackedFiles counts the files of the archive read whose records wait
// packed, and those (but plans) whose records do not.
func PackedFiles(a *Archive) (packed, loose int) {
	for _, f := range a.files {
		switch {
		case f.packed != nil:
			packed++
		case f.Status == StatusRead && f.Kind != salesrhythm.KindPlan:
			loose++
		}
	}
	return packed, loose
}

// DamagePacked spoils the packed records of the file at path.
func DamagePacked(a *Archive, path string) {
	for _, f := range a.files {
		if f.Path == path && f.packed != nil {
			f.packed = &packed{Data: f.packed.Data[:len(f.packed.Data)/2], Counts: f.packed.Counts}
		}
	}
}
