package importer

import "reflect"

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
