package parallel

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

func TestForCallsEveryIndexOnce(t *testing.T) {
	var seen [100]atomic.Int32
	if err := For(context.Background(), len(seen), func(i int) { seen[i].Add(1) }); err != nil {
		t.Fatal(err)
	}
	for i := range seen {
		if seen[i].Load() != 1 {
			t.Fatalf("index %d called %d times", i, seen[i].Load())
		}
	}
}

func TestForStopsWithTheCause(t *testing.T) {
	boom := errors.New("boom")
	ctx, stop := context.WithCancelCause(context.Background())
	var calls atomic.Int32
	err := For(ctx, 1000, func(i int) {
		if calls.Add(1) == 3 {
			stop(boom)
		}
	})
	if !errors.Is(err, boom) || calls.Load() >= 1000 {
		t.Errorf("err %v after %d calls; want boom, early", err, calls.Load())
	}
}

func TestCounter(t *testing.T) {
	var last [2]int
	c := NewCounter(3, func(d, n int) { last = [2]int{d, n} })
	For(context.Background(), 3, func(int) { c.Done() })
	if last != [2]int{3, 3} {
		t.Errorf("last report %v", last)
	}
	NewCounter(1, nil).Done()
}
