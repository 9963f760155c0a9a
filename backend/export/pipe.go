package export

import "context"

// pipeDepth is how many rows may wait between the reader and the writer.
const pipeDepth = 256

// pipe runs read — a streaming read that calls emit once per row — on its
// own goroutine and write on the caller's, with a short queue between, so
// reading SQLite and encoding the file overlap on two cores instead of
// taking turns. The first error of either side stops both and is returned
// (write's first: a reader stopped by it only reports the cancellation).
func pipe[T any](ctx context.Context, read func(ctx context.Context, emit func(T) error) error, write func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rows := make(chan T, pipeDepth)
	readErr := make(chan error, 1)
	go func() {
		defer close(rows)
		readErr <- read(ctx, func(v T) error {
			select {
			case rows <- v:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var err error
	for v := range rows {
		if err == nil {
			if err = write(v); err != nil {
				cancel()
			}
		}
	}
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}
