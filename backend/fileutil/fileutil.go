// Package fileutil reads and writes the small user files (survey
// definitions) that the app and the CLI exchange: size-limited reads and
// atomic writes, with coded errors the user can act on.
package fileutil

import (
	"os"
	"path/filepath"

	"feedbackdesk/backend/feedback"
)

// ReadLimited reads a small input file, refusing anything larger than max bytes.
func ReadLimited(path string, max int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.file.not_found", "Cannot open %s: %v", path, err).
			WithParams(map[string]any{"path": path})
	}
	if fi.Size() > max {
		return nil, feedback.Errorf(feedback.EINVALID, "error.file.too_large", "%s is larger than %d bytes.", path, max).
			WithParams(map[string]any{"path": path, "max": max})
	}
	return os.ReadFile(path)
}

// WriteAtomic writes data to a temporary file beside path and renames it
// into place, so a reader never sees half a file.
func WriteAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.partial")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
