// Package desktop is the only importer of the Wails runtime: native dialogs,
// events and message boxes, behind the small interfaces declared by api.
package desktop

import (
	"context"

	"feedbackdesk/backend/api"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Dialogs opens native file dialogs through Wails.
type Dialogs struct{}

func filters(fs []api.FileFilter) []runtime.FileFilter {
	out := make([]runtime.FileFilter, len(fs))
	for i, f := range fs {
		out[i] = runtime.FileFilter{DisplayName: f.DisplayName, Pattern: f.Pattern}
	}
	return out
}

// SaveFile shows a save dialog; "" means the user canceled.
func (Dialogs) SaveFile(ctx context.Context, title, defaultName string, fs []api.FileFilter) (string, error) {
	return runtime.SaveFileDialog(ctx, runtime.SaveDialogOptions{Title: title, DefaultFilename: defaultName, Filters: filters(fs)})
}

// OpenFile shows an open dialog; "" means the user canceled.
func (Dialogs) OpenFile(ctx context.Context, title string, fs []api.FileFilter) (string, error) {
	return runtime.OpenFileDialog(ctx, runtime.OpenDialogOptions{Title: title, Filters: filters(fs)})
}

// Events emits Wails events to the frontend.
type Events struct{}

// Emit sends one event.
func (Events) Emit(ctx context.Context, name string, data any) { runtime.EventsEmit(ctx, name, data) }

// Fatal shows an error message box and quits the app; used when the app
// cannot start (already open, newer database).
func Fatal(ctx context.Context, title, message string) {
	_, _ = runtime.MessageDialog(ctx, runtime.MessageDialogOptions{Type: runtime.ErrorDialog, Title: title, Message: message})
	runtime.Quit(ctx)
}

// ShowWindow brings the existing window to the front (second-instance launch).
func ShowWindow(ctx context.Context) {
	runtime.WindowUnminimise(ctx)
	runtime.WindowShow(ctx)
}
