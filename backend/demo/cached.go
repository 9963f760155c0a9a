package demo

import (
	"fmt"
	"os"
	"path/filepath"
)

// CachedExport returns the path of the demo survey export (seed 1) of rows
// rows in format ext ("xlsx" or "csv") under os.TempDir()/feedbackdesk-bench,
// writing it the first time: benchmarks share these fixtures across runs.
// The file is written under a temporary name and renamed, so concurrent
// runs never see a half-written fixture.
func CachedExport(ext string, rows int) (string, error) {
	dir := filepath.Join(os.TempDir(), "feedbackdesk-bench")
	path := filepath.Join(dir, fmt.Sprintf("responses-%d.%s", rows, ext))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("demo: cached export: %w", err)
	}
	tmp := filepath.Join(dir, fmt.Sprintf("responses-%d-%d.tmp.%s", rows, os.Getpid(), ext))
	var err error
	if ext == "xlsx" {
		err = WriteResponsesXLSX(tmp, 1, rows)
	} else {
		var f *os.File
		if f, err = os.Create(tmp); err == nil {
			err = WriteResponsesCSV(f, 1, rows)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("demo: cached export: %w", err)
	}
	return path, nil
}
