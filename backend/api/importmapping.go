package api

import (
	"path/filepath"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/fileutil"
	"feedbackdesk/backend/importer"
)

// LoadedMapping is a mapping file the user opened; Canceled when the
// dialog was closed.
type LoadedMapping struct {
	Canceled bool             `json:"canceled"`
	Path     string           `json:"path"`
	Name     string           `json:"name"`
	Mapping  importer.Mapping `json:"mapping"`
}

var mappingFilters = []FileFilter{{DisplayName: "Import mapping (*.json)", Pattern: "*.json"}}

// SaveMapping validates m and writes it, in the same hand-editable JSON
// format `feedbackctl import --mapping` reads, to a file chosen with the
// save dialog (the path never comes from JavaScript).
func (im *Imports) SaveMapping(m importer.Mapping) (FileResult, error) {
	return guard(im.store != nil, func() (FileResult, error) {
		if err := m.Validate(); err != nil {
			return FileResult{}, err
		}
		path, err := im.dialogs.SaveFile(im.ctx, "Save mapping", "mapping.json", mappingFilters)
		if err != nil || path == "" {
			return FileResult{Canceled: err == nil}, err
		}
		if err := fileutil.WriteAtomic(path, append(m.JSON(), '\n')); err != nil {
			return FileResult{}, feedback.Errorf(feedback.EINVALID, "error.export.write", "Cannot write %s: %v", path, err).
				WithParams(map[string]any{"path": path})
		}
		return FileResult{Path: path}, nil
	})
}

// LoadMapping reads a mapping JSON file chosen with the open dialog; a
// file that is not a valid mapping is refused with the reason.
func (im *Imports) LoadMapping() (LoadedMapping, error) {
	return guard(im.store != nil, func() (LoadedMapping, error) {
		path, err := im.dialogs.OpenFile(im.ctx, "Load mapping", mappingFilters)
		if err != nil || path == "" {
			return LoadedMapping{Canceled: err == nil}, err
		}
		m, err := importer.LoadMapping(path)
		if err != nil {
			return LoadedMapping{}, err
		}
		return LoadedMapping{Path: path, Name: filepath.Base(path), Mapping: *m}, nil
	})
}
