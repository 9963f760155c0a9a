package dashboard

import (
	"context"
	"fmt"
	"sync"
	"time"

	"feedbackdesk/backend/slaservice"
)

// SLAMemo remembers the SLA figures of complaint windows for as long as
// nothing they are computed from has changed (a data fingerprint, see
// sqlite.SLADataVersion) and "now" is in the same minute: revisiting the
// dashboard, switching its sections or going back to a category reuses
// them instead of recomputing every ticket's SLA from its event log
// (seconds at 100k tickets). Safe for concurrent use.
type SLAMemo struct {
	mu      sync.Mutex
	version string
	figs    map[string][]*slaservice.Figures
}

// maxMemoEntries bounds the memo (one entry per category and window set).
const maxMemoEntries = 64

// Wrap returns of, remembered under the data fingerprint version at now.
func (m *SLAMemo) Wrap(of SLAFigures, version string, now time.Time) SLAFigures {
	v := version + "@" + now.UTC().Truncate(time.Minute).Format(time.RFC3339)
	return func(ctx context.Context, category string, windows []slaservice.Window) ([]*slaservice.Figures, error) {
		key := category
		for _, w := range windows {
			key += fmt.Sprintf("|%d-%d", w.From.Unix(), w.To.Unix())
		}
		m.mu.Lock()
		if m.version != v || len(m.figs) >= maxMemoEntries {
			m.version, m.figs = v, map[string][]*slaservice.Figures{}
		}
		if figs, ok := m.figs[key]; ok {
			m.mu.Unlock()
			return figs, nil
		}
		m.mu.Unlock()
		figs, err := of(ctx, category, windows)
		if err == nil {
			m.mu.Lock()
			if m.version == v {
				m.figs[key] = figs
			}
			m.mu.Unlock()
		}
		return figs, err
	}
}
