package dashboard_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
	"feedbackdesk/backend/themes"
)

// benchComments are the comments of the screen benchmark, zh and en, most
// of them hitting one or two starter themes.
var benchComments = []string{
	"客服态度很好，耐心解答", "等了好久才有人接电话，响应太慢", "价格有点贵", "产品质量不错，做工精细",
	"物流太慢了，快递三天才到", "退款一直没到账", "安装师傅很专业", "发票开错了", "整体还可以，希望继续改进。",
	"The agent was rude and unhelpful", "Waited on hold for 40 minutes", "Too expensive for what it is",
	"Delivery was late and the box was damaged", "Refund still not received", "Great quality, works well",
	"服务态度差，物流也慢", "价格合理，质量好", "退货流程太复杂", "Fine, but there is room for improvement.",
	"电话一直占线，等待时间太长",
}

// BenchmarkDashboardScreen measures what the dashboard asks for when it
// opens on a month, over 1M responses (60 months, 40% with a comment) and
// 100k tickets with their events — the scale issue 6 names:
//
//	a_surveys_month     headline, previous month, 12-month trend, breakdowns
//	b_complaints_month  opened/resolved/backlog, SLA figures, 12 months of SLA
//	                    and volume, the category heat map
//	c_themes_month      theme mentions, NPS impact, 12-month theme trend,
//	                    complaint themes, phrases — from the theme index
//	d_themes_reread     the same theme trend by re-reading and re-matching
//	                    every comment of the 12 months (the path the index
//	                    replaced), for comparison
//	e_index_rebuild     retagging every comment and complaint, as after a
//	                    codebook change (the once-per-change cost)
//
// The fixture is cached under os.TempDir()/feedbackdesk-bench/.
func BenchmarkDashboardScreen(b *testing.B) {
	db := screenFixture(b)
	ctx := context.Background()
	at := time.Date(2025, 12, 20, 8, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return at }
	q := dashboard.Query{From: "2025-11-01", To: "2025-11-30"}
	if _, _, _, err := dashboard.RefreshThemes(ctx, db); err != nil {
		b.Fatal(err)
	}
	b.Run("a_surveys_month", func(b *testing.B) {
		for b.Loop() {
			if s, err := dashboard.SurveyFigures(ctx, db, q, at); err != nil || s.Headline.Current.NPS.N == 0 {
				b.Fatal(err)
			}
		}
	})
	b.Run("b_complaints_month", func(b *testing.B) {
		sla := dashboard.SLAOf(slaservice.New(db), at)
		for b.Loop() {
			if c, err := dashboard.ComplaintFigures(ctx, db, sla, q, at); err != nil || c.Opened == 0 {
				b.Fatal(c, err)
			}
		}
	})
	b.Run("c_themes_month", func(b *testing.B) {
		for b.Loop() {
			if f, err := dashboard.ThemeFiguresFor(ctx, db, q, at); err != nil || f.Texts == 0 {
				b.Fatal(err)
			}
		}
	})
	b.Run("d_themes_reread", func(b *testing.B) {
		m, _ := themes.Compile(themes.Starter())
		start := time.Date(2024, 12, 1, 0, 0, 0, 0, feedback.ReportingLocation())
		end := time.Date(2025, 12, 1, 0, 0, 0, 0, feedback.ReportingLocation())
		for b.Loop() {
			n := 0
			if err := db.EachScoredText(ctx, feedback.TextFilter{Start: start, End: end}, func(t feedback.ScoredText) error {
				n += len(m.Match(t.Text))
				return nil
			}); err != nil || n == 0 {
				b.Fatal(err)
			}
		}
	})
	b.Run("e_index_rebuild", func(b *testing.B) {
		m, _ := themes.Compile(themes.Starter())
		tag := func(text string, d map[string]bool) []string { return dashboard.Tag(m, text, d) }
		i := 0
		for b.Loop() {
			i++
			if n, err := db.IndexThemes(ctx, "bench-"+strconv.Itoa(i), "", tag, nil); err != nil || n == 0 {
				b.Fatal(n, err)
			}
		}
		// Leave the index as the codebook wants it for the next run.
		if _, _, _, err := dashboard.RefreshThemes(ctx, db); err != nil {
			b.Fatal(err)
		}
	})
}

// screenFixture opens (building once) the 1M-response, 100k-ticket database.
func screenFixture(b *testing.B) *sqlite.DB {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "feedbackdesk-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	final := filepath.Join(dir, "screen-1m-100k-schema"+strconv.Itoa(sqlite.SchemaVersion())+".db")
	if _, err := os.Stat(final); err == nil {
		db, err := sqlite.Open(context.Background(), final)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	}
	path := final + ".tmp"
	os.Remove(path)
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	quoted := make([]string, len(benchComments))
	for i, c := range benchComments {
		quoted[i] = "'" + strings.ReplaceAll(c, "'", "''") + "'"
	}
	comments := "json_array(" + strings.Join(quoted, ", ") + ")"
	const ts = `'2026-01-01T00:00:00.000000Z'`
	for _, stmt := range []string{
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'bench', 'active', ` + ts + `, ` + ts + `)`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES (1, 1, 1, 'nps', 'nps', 0, 10)`,
		`INSERT INTO questions (id, survey_id, position, type, role) VALUES (2, 1, 2, 'text', '')`,
		`WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < 999999),
			m(i, y, mo) AS (SELECT i, 2021 + (i % 60) / 12, 1 + (i % 60) % 12 FROM seq)
		INSERT INTO responses (id, survey_id, row_key, source, channel, submitted_at, month_key, created_at)
		SELECT i + 1, 1, 'k' || i, 'import', CASE (i / 60) % 5 WHEN 0 THEN '电话' WHEN 1 THEN '微信' WHEN 2 THEN '门店' WHEN 3 THEN '网站' ELSE '邮件' END,
			printf('%04d-%02d-%02dT02:00:00.000000Z', y, mo, 1 + (i / 60) % 28), y * 100 + mo, ` + ts + ` FROM m`,
		`INSERT INTO answers (response_id, question_id, number, status) SELECT id, 1, ((id - 1) / 7) % 11, 'valid' FROM responses`,
		`INSERT INTO answers (response_id, question_id, text, status)
		SELECT id, 2, json_extract(` + comments + `, '$[' || ((id * 7) % ` + strconv.Itoa(len(benchComments)) + `) || ']'), 'valid'
		FROM responses WHERE ((id - 1) / 60 * 7 + (id - 1) / 13) % 5 < 2`,
		`INSERT INTO ticket_categories (key, name, name_en, position) VALUES ('物流配送', '物流配送', 'Delivery', 1),
			('产品质量', '产品质量', 'Quality', 2), ('服务态度', '服务态度', 'Attitude', 3), ('退款退货', '退款退货', 'Refunds', 4)`,
		`WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < 99999),
			m(i, y, mo, d) AS (SELECT i, 2021 + (i % 60) / 12, 1 + (i % 60) % 12, 1 + (i / 60) % 28 FROM seq)
		INSERT INTO tickets (id, title, description, channel, category, priority, status, status_category, created_at, month_key, updated_at)
		SELECT i + 1, json_extract(` + comments + `, '$[' || (i % ` + strconv.Itoa(len(benchComments)) + `) || ']'), '客户来电反映问题', 'phone',
			CASE i % 5 WHEN 0 THEN '物流配送' WHEN 1 THEN '产品质量' WHEN 2 THEN '服务态度' WHEN 3 THEN '退款退货' ELSE '' END,
			1 + i % 4, CASE WHEN i % 10 = 0 THEN 'open' ELSE 'resolved' END, CASE WHEN i % 10 = 0 THEN 'open' ELSE 'resolved' END,
			printf('%04d-%02d-%02dT02:00:00.000000Z', y, mo, d), y * 100 + mo, ` + ts + ` FROM m`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) SELECT id, created_at, 'created', 'new' FROM tickets`,
		`INSERT INTO ticket_events (ticket_id, at, kind, direction, channel, body)
		SELECT id, strftime('%Y-%m-%dT%H:%M:%S.000000Z', created_at, '+' || (id % 240) || ' minutes'), 'reply', 'outbound', 'phone', '已联系客户' FROM tickets`,
		`INSERT INTO ticket_events (ticket_id, at, kind, from_val, to_val)
		SELECT id, strftime('%Y-%m-%dT%H:%M:%S.000000Z', created_at, '+' || (1 + id % 72) || ' hours'), 'status', 'new', 'resolved' FROM tickets WHERE status = 'resolved'`,
		`ANALYZE`,
	} {
		if _, err := db.SQL().Exec(stmt); err != nil {
			db.Close()
			b.Fatal(err)
		}
	}
	if err := db.RecountMetrics(context.Background()); err != nil { // plain SQL wrote the answers
		db.Close()
		b.Fatal(err)
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(path, final); err != nil {
		b.Fatal(err)
	}
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	return screenFixture(b)
}
