package importer_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
)

// cacheRun reads dir for month m through the cache in cdir (none when cdir
// is ""), and returns the result with how many files came from the cache
// and how many were read.
func cacheRun(t *testing.T, dir, cdir string, m salesrhythm.Month, cfg salesrhythm.Config, fresh bool) (*importer.Result, int, int) {
	t.Helper()
	o := importer.Options{Config: cfg, Schema: schema.New(cfg)}
	if cdir != "" {
		o.Cache = importer.NewCache(cdir, fresh)
	}
	res, err := importer.Read(context.Background(), dir, m, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Cache.Err(); err != nil {
		t.Fatal(err)
	}
	hits, reads := o.Cache.Stats()
	return res, hits, reads
}

// same fails unless two readings of the inbox are the same in every
// figure, finding, file and record.
func same(t *testing.T, what string, got, want *importer.Result) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		for _, f := range []struct {
			name string
			a, b any
		}{{"files", got.Files, want.Files}, {"findings", got.Findings, want.Findings}, {"records", got.Records, want.Records}, {"submissions", got.Submissions, want.Submissions}} {
			if !reflect.DeepEqual(f.a, f.b) {
				t.Errorf("%s: the %s differ:\n got %+v\nwant %+v", what, f.name, f.a, f.b)
			}
		}
	}
}

// workbooks counts the files of the test inbox.
func workbooks(t *testing.T, dir string) int {
	n := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}

func packs(t *testing.T, cdir string) []string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(cdir, "*"))
	for i := range names {
		names[i] = filepath.Base(names[i])
	}
	return names
}

func TestCacheSameFigures(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	cdir := filepath.Join(t.TempDir(), ".cache")
	plain, _, _ := cacheRun(t, in.Dir, "", testinbox.Nov, cfg, false)
	cold, hits, reads := cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	if n := workbooks(t, in.Dir); hits != 0 || reads != n {
		t.Errorf("cold: %d from the cache, %d read; want 0 and %d", hits, reads, n)
	}
	warm, hits, reads := cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	if n := workbooks(t, in.Dir); hits != n || reads != 0 {
		t.Errorf("warm: %d from the cache, %d read; want %d and 0", hits, reads, n)
	}
	same(t, "cold", cold, plain)
	same(t, "warm", warm, plain)
	fresh, hits, _ := cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, true)
	if hits != 0 {
		t.Errorf("--no-cache took %d files from the cache", hits)
	}
	same(t, "fresh", fresh, plain)
	if got := packs(t, cdir); !slices.Equal(got, []string{"2026-11.pack"}) {
		t.Errorf("the cache holds %v, want one pack and no temporary file", got)
	}
}

// TestCacheInvalidation: each change that could make a file read otherwise
// reads it again, and only it; the figures are those of a reading without
// the cache.
func TestCacheInvalidation(t *testing.T) {
	cfg := salesrhythm.Default()
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, inbox, cdir string) salesrhythm.Config // returns the configuration to read with
		reads  int                                                       // files read again, -1 for every file
	}{
		{"unchanged", func(t *testing.T, inbox, cdir string) salesrhythm.Config { return cfg }, 0},
		{"content changed", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			b, _ := os.ReadFile(filepath.Join(inbox, "anna/call-register.xlsx"))
			os.WriteFile(filepath.Join(inbox, "anna/weekly-report.xlsx"), b, 0o644) // now a second call register
			return cfg
		}, 1},
		{"renamed", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			os.Rename(filepath.Join(inbox, "anna/call-register.xlsx"), filepath.Join(inbox, "anna/calls.xlsx"))
			return cfg
		}, 1},
		{"moved", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			os.MkdirAll(filepath.Join(inbox, "archive"), 0o755)
			os.Rename(filepath.Join(inbox, "lajos/log.xlsx"), filepath.Join(inbox, "archive/log.xlsx"))
			return cfg
		}, 1},
		{"touched, same content", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			b, _ := os.ReadFile(filepath.Join(inbox, "plan.xlsx"))
			os.WriteFile(filepath.Join(inbox, "plan.xlsx"), b, 0o644)
			return cfg
		}, 0},
		{"activity list changed", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			c := salesrhythm.Default()
			c.TimeTable.Activities = c.TimeTable.Activities[:len(c.TimeTable.Activities)-1]
			return c
		}, -1},
		{"questions changed", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			c := salesrhythm.Default()
			c.Assessment.Questions = append(slices.Clone(c.Assessment.Questions), salesrhythm.Question{Role: c.Assessment.Questions[0].Role})
			return c
		}, -1},
		{"another program", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			t.Cleanup(importer.SetProgramID("another build"))
			return cfg
		}, -1},
		{"damaged index", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			path := filepath.Join(cdir, "2026-11.pack")
			b, _ := os.ReadFile(path)
			b[len(b)-importer.TailSize-3] ^= 0xff
			os.WriteFile(path, b, 0o644)
			return cfg
		}, -1},
		{"truncated pack", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			path := filepath.Join(cdir, "2026-11.pack")
			b, _ := os.ReadFile(path)
			os.WriteFile(path, b[:len(b)/2], 0o644)
			return cfg
		}, -1},
		{"foreign pack", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			os.WriteFile(filepath.Join(cdir, "2026-11.pack"), []byte("PK\x03\x04 not a pack at all"), 0o644)
			return cfg
		}, -1},
		{"damaged entry", func(t *testing.T, inbox, cdir string) salesrhythm.Config {
			path := filepath.Join(cdir, "2026-11.pack")
			b, _ := os.ReadFile(path)
			entries, err := importer.PackEntries(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if e.Path == "anna/time-table.xlsx" {
					b[e.Offset+e.Length/2] ^= 0x55
				}
			}
			os.WriteFile(path, b, 0o644)
			return cfg
		}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := testinbox.Make(t, salesrhythm.English)
			cdir := filepath.Join(t.TempDir(), ".cache")
			cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
			c := tc.change(t, in.Dir, cdir)
			want, _, _ := cacheRun(t, in.Dir, "", testinbox.Nov, c, false)
			got, _, reads := cacheRun(t, in.Dir, cdir, testinbox.Nov, c, false)
			same(t, tc.name, got, want)
			n := tc.reads
			if n < 0 {
				n = workbooks(t, in.Dir)
			}
			if reads != n {
				t.Errorf("%d files read again, want %d", reads, n)
			}
			// The cache is whole again: the next run reads nothing.
			again, hits, reads := cacheRun(t, in.Dir, cdir, testinbox.Nov, c, false)
			same(t, tc.name+", then", again, want)
			if reads != 0 || hits != workbooks(t, in.Dir) {
				t.Errorf("the run after: %d from the cache, %d read; want every file from the cache", hits, reads)
			}
		})
	}
}

// TestCacheDropsWhatIsGone: the entries of files gone from the inbox, and
// the old entries of renamed files, leave the cache; a pack left with none
// is removed.
func TestCacheDropsWhatIsGone(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	cdir := filepath.Join(t.TempDir(), ".cache")
	cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	os.Remove(filepath.Join(in.Dir, "lajos/assessment.xlsx"))
	os.Rename(filepath.Join(in.Dir, "plan.xlsx"), filepath.Join(in.Dir, "plan-november.xlsx"))
	cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	entries, err := importer.PackEntries(filepath.Join(cdir, "2026-11.pack"))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range entries {
		paths = append(paths, e.Path)
	}
	want := []string{"anna/call-register.xlsx", "anna/client-profiles.xlsx", "anna/time-table.xlsx", "anna/weekly-report.xlsx", "lajos/log.xlsx", "lajos/one-on-one.xlsx", "plan-november.xlsx"}
	if !slices.Equal(paths, want) {
		t.Errorf("the pack holds %v, want %v", paths, want)
	}
	// A run killed while writing the cache leaves its temporary files; the
	// next run removes them once they are an hour old (younger ones may be
	// another run's), and nothing the cache did not make.
	old := time.Now().Add(-2 * time.Hour)
	for _, name := range []string{".spool-123.tmp", ".2026-11.pack.456.tmp", ".2026-10.pack.789.tmp", "notes.txt"} {
		path := filepath.Join(cdir, name)
		os.WriteFile(path, []byte("left behind"), 0o644)
		if name != ".2026-10.pack.789.tmp" {
			os.Chtimes(path, old, old)
		}
	}
	for _, f := range []string{"anna", "lajos", "plan-november.xlsx"} {
		os.RemoveAll(filepath.Join(in.Dir, f))
	}
	cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	if got, want := packs(t, cdir), []string{".2026-10.pack.789.tmp", "notes.txt"}; !slices.Equal(got, want) {
		t.Errorf("an empty inbox leaves %v in the cache, want %v", got, want)
	}
}

// TestCacheServesEveryMonth: reading does not depend on the month, so the
// entries a month's run leaves serve another month's; a workbook only
// recognised for a month it does not count in is read in full when a month
// needs it.
func TestCacheServesEveryMonth(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	cdir := filepath.Join(t.TempDir(), ".cache")
	dec := testinbox.Nov.Add(1)
	_, _, reads := cacheRun(t, in.Dir, cdir, dec, cfg, false)
	if reads != workbooks(t, in.Dir) {
		t.Errorf("December, cold: %d read", reads)
	}
	before, _ := os.Stat(filepath.Join(cdir, "2026-11.pack"))
	if _, hits, reads := cacheRun(t, in.Dir, cdir, dec, cfg, false); reads != 0 || hits != workbooks(t, in.Dir) {
		t.Errorf("December, warm: %d from the cache, %d read", hits, reads)
	}
	if after, _ := os.Stat(filepath.Join(cdir, "2026-11.pack")); !os.SameFile(before, after) {
		t.Error("a run that read nothing wrote the pack again")
	}
	want, _, _ := cacheRun(t, in.Dir, "", testinbox.Nov, cfg, false)
	got, _, reads := cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	same(t, "November after December", got, want)
	// November's assessment counts in December (the change in role
	// scores), and so do its client profiles: read in full for December,
	// they are not read again.
	decRead, _, _ := cacheRun(t, in.Dir, "", dec, cfg, false)
	inDec := 0
	for _, f := range decRead.Files {
		if f.Status == importer.StatusRead {
			inDec++
		}
	}
	if n := workbooks(t, in.Dir) - inDec; inDec == 0 || reads != n {
		t.Errorf("November after December: %d read, want %d (all but the %d December reads)", reads, n, inDec)
	}
	wantDec, _, _ := cacheRun(t, in.Dir, "", dec, cfg, false)
	gotDec, hits, reads := cacheRun(t, in.Dir, cdir, dec, cfg, false)
	same(t, "December after November", gotDec, wantDec)
	if reads != 0 || hits != workbooks(t, in.Dir) {
		t.Errorf("December after November: %d from the cache, %d read", hits, reads)
	}
}

// TestCacheSkipsGuessedPeriods: a monthly workbook that says nothing of its
// period is taken for the month read, so its reading is not kept.
func TestCacheSkipsGuessedPeriods(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	cdir := filepath.Join(t.TempDir(), ".cache")
	path := filepath.Join(in.Dir, "lajos/assessment.xlsx")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, stripMetadata(t, b), 0o644)
	cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	res, _, reads := cacheRun(t, in.Dir, cdir, testinbox.Nov, cfg, false)
	if reads != 1 {
		t.Errorf("%d read on the second run, want the assessment alone", reads)
	}
	if len(res.Assessments) != 1 || res.Assessments[0].Month != testinbox.Nov {
		t.Errorf("the assessment reads as %+v", res.Assessments)
	}
}

// stripMetadata removes a workbook's properties, hidden sheet and the
// period of its title, as a copy of its sheets into a new workbook does.
func stripMetadata(t *testing.T, data []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, k := range schema.MetaKeys {
		f.SetCustomProps(excelize.CustomProperty{Name: k, Value: nil})
	}
	if err := f.DeleteSheet(schema.MetaSheet); err != nil {
		t.Fatal(err)
	}
	for _, sheet := range f.GetSheetList() {
		f.SetCellValue(sheet, "A2", nil)
	}
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestCacheUnwritable: a cache that cannot be written costs nothing but
// its speed.
func TestCacheUnwritable(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes anywhere")
	}
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	ro := t.TempDir()
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	want, _, _ := cacheRun(t, in.Dir, "", testinbox.Nov, cfg, false)
	o := importer.Options{Config: cfg, Schema: schema.New(cfg), Cache: importer.NewCache(filepath.Join(ro, ".cache"), false)}
	got, err := importer.Read(context.Background(), in.Dir, testinbox.Nov, o)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "unwritable", got, want)
	if o.Cache.Err() == nil {
		t.Error("no error from the cache")
	}
}

// TestCacheKeepsEveryField: each field of a file's reading is either kept
// by the cache or belongs to the run; a new one must be put in one place
// or the other (cache.go: cached, content, lookup, store).
func TestCacheKeepsEveryField(t *testing.T) {
	kept := []string{
		"File", "findings", "refs", "modified", "copy", "head", "dated", "distinct", "Records", "packed", // in the entry
		"abs", "mtime", "guessed", "body", "hit", "ids", "teams", "lockOf", // the run's own (ids, teams: set by the month assembled; lockOf: by Scan)
	}
	for _, f := range importer.FileResultFields() {
		if !slices.Contains(kept, f) {
			t.Errorf("fileResult.%s is neither kept by the cache nor the run's own", f)
		}
	}
}
