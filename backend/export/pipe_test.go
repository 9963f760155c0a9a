package export

import (
	"context"
	"errors"
	"testing"
)

func TestPipeStopsBothSidesOnTheFirstError(t *testing.T) {
	count := func(n int) func(ctx context.Context, emit func(int) error) error {
		return func(ctx context.Context, emit func(int) error) error {
			for i := range n {
				if err := emit(i); err != nil {
					return err
				}
			}
			return nil
		}
	}
	var got []int
	if err := pipe(context.Background(), count(1000), func(v int) error { got = append(got, v); return nil }); err != nil || len(got) != 1000 || got[999] != 999 {
		t.Fatalf("all rows in order: err %v, %d rows", err, len(got))
	}
	full := errors.New("disk full")
	written := 0
	err := pipe(context.Background(), count(1_000_000), func(int) error {
		if written++; written == 10 {
			return full
		}
		return nil
	})
	if !errors.Is(err, full) || written != 10 {
		t.Fatalf("write error: err %v after %d writes", err, written)
	}
	broken := errors.New("corrupt page")
	err = pipe(context.Background(), func(ctx context.Context, emit func(int) error) error {
		emit(1)
		return broken
	}, func(int) error { return nil })
	if !errors.Is(err, broken) {
		t.Fatalf("read error: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = pipe(ctx, count(1_000_000), func(v int) error {
		if v == 5 {
			cancel()
		}
		return ctx.Err()
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled: %v", err)
	}
}
