package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/feedback"
)

// runBackup writes a consistent copy of the live database to FILE. It
// works while the app is open, and refuses to replace an existing FILE
// unless --force is given.
func runBackup(e *env, args []string) error {
	fs := e.flags("backup")
	force := fs.Bool("force", false, "overwrite FILE if it exists")
	pos, err := positionals(fs, args, "FILE")
	if err != nil {
		return err
	}
	dst, err := filepath.Abs(pos[0])
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := os.Stat(dst); err == nil && !*force {
		return feedback.Errorf(feedback.ECONFLICT, "error.backup.exists",
			"%s already exists. Choose another file name, or pass --force to overwrite it.", dst).
			WithParams(map[string]any{"path": dst})
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return feedback.Errorf(feedback.EINVALID, "error.backup.failed", "Cannot write the backup to %s: %v", dst, err)
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Backup(e.ctx, dst)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(struct {
			Path  string `json:"path"`
			Bytes int64  `json:"bytes"`
		}{dst, n})
	}
	_, err = fmt.Fprintf(e.stdout, "Backup written: %s (%d bytes)\n", dst, n)
	return err
}

// runRestore replaces the live database with the backup in FILE. It takes
// the data folder's lock first, so it refuses (EUNAVAILABLE) while the app
// is open; the database it replaces is kept in the folder's backups
// directory. A damaged or foreign FILE is refused and nothing changes.
func runRestore(e *env, args []string) error {
	pos, err := positionals(e.flags("restore"), args, "FILE")
	if err != nil {
		return err
	}
	src, err := filepath.Abs(pos[0])
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if _, err := os.Stat(src); err != nil {
		return feedback.Errorf(feedback.ENOTFOUND, "error.restore.not_found", "Cannot open %s: no such file.", src).
			WithParams(map[string]any{"path": src})
	}
	dir, err := e.dir()
	if err != nil {
		return err
	}
	lock, err := datadir.Acquire(dir)
	if err != nil {
		return err
	}
	defer lock.Release()
	db, _, err := e.openDB(true)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := db.Restore(e.ctx, src, filepath.Join(dir, "backups"))
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(struct {
			Path       string         `json:"path"`
			SafetyCopy string         `json:"safety_copy"`
			Stats      feedback.Stats `json:"stats"`
		}{src, res.SafetyCopy, res.Stats})
	}
	fmt.Fprintf(e.stdout, "Restored %s.\nThe database it replaced is kept at %s.\n", src, res.SafetyCopy)
	return e.printStats(res.Stats)
}
