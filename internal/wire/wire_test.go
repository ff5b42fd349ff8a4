package wire_test

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"salesrhythm"
	"salesrhythm/internal/wire"
)

type sample struct {
	Records  salesrhythm.Records
	Source   salesrhythm.Source
	Findings []salesrhythm.Finding
	Bytes    []byte
	Float    float64
	Small    int8
	Big      uint64
	Flags    [3]bool
	ByID     map[int]string
}

func example() sample {
	p := salesrhythm.Period{Start: salesrhythm.D(2026, 11, 2), End: salesrhythm.D(2026, 11, 8)}
	ref := salesrhythm.Ref{File: "anna/calls.xlsx", Sheet: "Calls", Row: 7}
	return sample{
		Records: salesrhythm.Records{
			Plan: &salesrhythm.Plan{Month: salesrhythm.Month{Year: 2026, Month: time.November},
				Team:    []salesrhythm.Person{{ID: "M-001", Name: "Kiss Anna", Role: salesrhythm.Manager}},
				Targets: map[string]salesrhythm.Targets{"M-001": {Revenue: 5e6, Deals: 4}, "L-01": {}}},
			Calls: []salesrhythm.Call{
				{Ref: ref, Person: "M-001", Date: p.Start, Time: salesrhythm.At(9, 30), Client: "=HYPERLINK(\"x\")", Result: salesrhythm.ResultDeal},
				{Ref: ref, Person: "M-001", Date: p.End, Time: salesrhythm.NoClock, Client: "Ügyfél Kft.", NextContact: salesrhythm.Date{}},
			},
			Events:      []salesrhythm.Event{{Leader: "L-01", Participants: []string{"M-001", "M-002"}, Minutes: 15}, {Participants: []string{}}},
			Assessments: []salesrhythm.Assessment{{Answers: []salesrhythm.Answer{salesrhythm.Yes, salesrhythm.No, salesrhythm.Unanswered}, Notes: []string{"", "partly", ""}}},
		},
		Source:   salesrhythm.Source{Path: "anna/calls.xlsx", Status: salesrhythm.StatusRead, Period: &p, Rows: 2},
		Findings: []salesrhythm.Finding{{File: "anna/calls.xlsx", Sheet: "Calls", Cell: "K7", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Raw: "next Tuesday"}},
		Bytes:    []byte{0, 1, 255},
		Float:    -math.MaxFloat64,
		Small:    -128,
		Big:      math.MaxUint64,
		Flags:    [3]bool{true, false, true},
		ByID:     map[int]string{3: "c", -1: "a"},
	}
}

func TestRoundTrip(t *testing.T) {
	in := example()
	data, err := wire.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out sample
	if err := wire.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip changed the value:\n got %+v\nwant %+v", out, in)
	}
	again, _ := wire.Marshal(out)
	if string(again) != string(data) {
		t.Error("the same value encodes to other bytes")
	}
}

// TestStringsOnce: a string repeated is stored once.
func TestStringsOnce(t *testing.T) {
	long := "Nagy és Társa Kereskedelmi Kft."
	one, _ := wire.Marshal([]string{long})
	many, _ := wire.Marshal([]string{long, long, long, long})
	if len(many) > len(one)+3 {
		t.Errorf("four copies take %d bytes, one %d", len(many), len(one))
	}
}

// TestDamage: every truncation and every flipped byte is an error or a
// value, never a panic, and never a huge allocation.
func TestDamage(t *testing.T) {
	data, _ := wire.Marshal(example())
	for n := range len(data) {
		var out sample
		if err := wire.Unmarshal(data[:n], &out); !errors.Is(err, wire.ErrDamaged) {
			t.Fatalf("truncated to %d bytes: %v, want damage", n, err)
		}
	}
	for i := range data {
		for _, b := range []byte{0x00, 0xff, 0x7f, 0x80} {
			bad := append([]byte(nil), data...)
			bad[i] = b
			var out sample
			_ = wire.Unmarshal(bad, &out)
		}
	}
	var out sample
	if err := wire.Unmarshal(append(data, 0), &out); !errors.Is(err, wire.ErrDamaged) {
		t.Errorf("a byte too many: %v, want damage", err)
	}
}

func FuzzUnmarshal(f *testing.F) {
	data, _ := wire.Marshal(example())
	f.Add(data)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var out sample
		_ = wire.Unmarshal(data, &out)
	})
}

func TestRefusesWhatWouldBeLost(t *testing.T) {
	if _, err := wire.Marshal(struct{ When time.Time }{}); err == nil {
		t.Error("time.Time encoded, though its fields are unexported")
	}
	if _, err := wire.Marshal(struct{ F func() }{}); err == nil {
		t.Error("a func encoded")
	}
}

func TestSignature(t *testing.T) {
	a := wire.Signature(reflect.TypeFor[salesrhythm.Records]())
	b := wire.Signature(reflect.TypeFor[struct{ Calls []salesrhythm.Call }]())
	if a == b || a == "" {
		t.Errorf("signatures %q and %q", a, b)
	}
}

func BenchmarkUnmarshal(b *testing.B) {
	var s sample
	for i := range 1000 {
		s.Records.Calls = append(s.Records.Calls, salesrhythm.Call{Person: "M-001", Date: salesrhythm.D(2026, 11, 1+i%28), Time: salesrhythm.At(9, i%60),
			Client: "Client " + string(rune('A'+i%40)) + " Kft.", Contact: "Kiss Péter", Phone: "+36 30 123 4567", Type: "cold", Result: "talked", Purpose: "Introduce our offer"})
	}
	data, _ := wire.Marshal(s)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var out sample
		if err := wire.Unmarshal(data, &out); err != nil {
			b.Fatal(err)
		}
	}
}

// A slice that is empty with room for what is decoded is filled in place;
// any other is replaced, and never written past its length.
func TestDecodesIntoRoom(t *testing.T) {
	want := []salesrhythm.Call{{Client: "Kovács Kft."}, {Client: "Tóth Bt."}}
	data, err := wire.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	room := make([]salesrhythm.Call, 3)
	got := room[:0:2]
	if err := wire.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || &got[0] != &room[0] || room[2].Client != "" {
		t.Errorf("decoded %v (in place: %t), room %v", got, &got[0] == &room[0], room)
	}
	for _, short := range [][]salesrhythm.Call{room[:0:1], room[1:2]} {
		before := slices.Clone(room)
		got := short
		if err := wire.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(room, before) {
			t.Errorf("decoding into %d of room %d wrote %v", len(short), cap(short), room)
		}
	}
}
