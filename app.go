package main

import (
	"context"
	"log/slog"
	"path/filepath"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/desktop"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"

	"github.com/wailsapp/wails/v2/pkg/options"

	_ "time/tzdata" // time zones load on Windows machines without Go installed
)

// App is the composition root: it owns the data-folder lock and the
// database, and wires them into the bound facades at start-up.
type App struct {
	dataDirFlag string
	ctx         context.Context
	lock        *datadir.Lock
	db          *sqlite.DB

	// The bound facades, one per area.
	System    *api.System
	Surveys   *api.Surveys
	Responses *api.Responses
	Customers *api.Customers
	FollowUps *api.FollowUps
	Kiosk     *api.Kiosk
	Imports   *api.Imports
	Tickets   *api.Tickets
	Calendars *api.Calendars
	Dashboard *api.Dashboard
	Reports   *api.Reports
	// Issue 8: customer records, insights (score, segments) and care rules.
	CustomerRecords  *api.CustomerRecords
	CustomerInsights *api.CustomerInsights
	Care             *api.Care
}

// NewApp builds the app and its facades. It does no I/O: Wails runs main()
// (and so this) when it generates the JavaScript bindings.
func NewApp(dataDirFlag string) *App {
	dialogs := chooseDialogs()
	return &App{
		dataDirFlag:      dataDirFlag,
		System:           api.NewSystem(dialogs, desktop.Events{}),
		Surveys:          api.NewSurveys(dialogs),
		Responses:        api.NewResponses(),
		Customers:        api.NewCustomers(),
		FollowUps:        api.NewFollowUps(),
		Kiosk:            api.NewKiosk(),
		Imports:          api.NewImports(dialogs, desktop.Events{}),
		Tickets:          api.NewTickets(),
		Calendars:        api.NewCalendars(dialogs),
		Dashboard:        api.NewDashboard(desktop.Events{}),
		Reports:          api.NewReports(dialogs, desktop.Events{}),
		CustomerRecords:  api.NewCustomerRecords(dialogs, desktop.Events{}),
		CustomerInsights: api.NewCustomerInsights(dialogs, desktop.Events{}),
		Care:             api.NewCare(dialogs, desktop.Events{}),
	}
}

// startup resolves and locks the data folder, opens the database and
// attaches it to the facades. Failure shows a message box and quits.
func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	if err := a.open(ctx); err != nil {
		slog.Error("start-up failed", "err", err)
		desktop.Fatal(ctx, "Feedback Desk", startupMessage(err))
		return
	}
	api.AttachSystem(a.System, ctx, a.db, demoLoader{a.db}, filepath.Dir(a.db.Path()))
	api.AttachSurveys(a.Surveys, ctx, a.db)
	api.AttachResponses(a.Responses, ctx, a.db)
	api.AttachCustomers(a.Customers, ctx, a.db)
	api.AttachFollowUps(a.FollowUps, ctx, a.db)
	api.AttachKiosk(a.Kiosk, ctx, a.db)
	api.AttachImports(a.Imports, ctx, a.db)
	api.AttachTickets(a.Tickets, ctx, a.db)
	api.AttachCalendars(a.Calendars, ctx, a.db)
	api.AttachDashboard(a.Dashboard, ctx, a.db)
	api.AttachReports(a.Reports, ctx, a.db)
	api.AttachCustomerRecords(a.CustomerRecords, ctx, a.db)
	api.AttachCustomerInsights(a.CustomerInsights, ctx, a.db)
	api.AttachCare(a.Care, ctx, a.db)
	api.WireCare(a.Care, a.Responses, a.Tickets, a.Imports)
}

func (a *App) open(ctx context.Context) error {
	dir, err := datadir.Resolve(a.dataDirFlag)
	if err != nil {
		return err
	}
	lock, err := datadir.Acquire(dir)
	if err != nil {
		return err
	}
	db, err := sqlite.Open(ctx, filepath.Join(dir, datadir.DatabaseName))
	if err != nil {
		lock.Release()
		return err
	}
	db.Now = testClock(db.Now)
	a.lock, a.db = lock, db
	return nil
}

// startupMessage explains a start-up failure in both languages, since the
// saved language lives in the database that could not be opened.
func startupMessage(err error) string {
	switch feedback.ErrorCode(err) {
	case feedback.EUNAVAILABLE:
		return "Feedback Desk 已经打开（同一数据文件夹只能由一个窗口使用）。\n\n" + feedback.ErrorMessage(err)
	case feedback.ENEWERSCHEMA:
		return "此数据库由更新版本的 Feedback Desk 写入，请先升级应用。\n\n" + feedback.ErrorMessage(err)
	case feedback.ECORRUPT:
		return "数据库文件已损坏或不是 Feedback Desk 数据库。可在“设置”中从备份恢复。\n\n" + feedback.ErrorMessage(err)
	}
	return "Feedback Desk 无法启动。\n\nFeedback Desk could not start: " + err.Error()
}

// onSecondInstance brings this window forward when the app is launched again
// (Wails' single-instance lock routes the second launch here and exits it).
func (a *App) onSecondInstance(options.SecondInstanceData) {
	if a.ctx != nil {
		desktop.ShowWindow(a.ctx)
	}
}

// shutdown closes the database and releases the data-folder lock.
func (a *App) shutdown(context.Context) {
	api.StopDashboard(a.Dashboard)
	if a.db != nil {
		if err := a.db.Close(); err != nil {
			slog.Error("close database", "err", err)
		}
	}
	a.lock.Release()
}

// demoLoader adapts the demo generator and the store to api.DemoLoader.
type demoLoader struct{ db *sqlite.DB }

// LoadDemo generates the demo data set for seed and scale and loads it.
func (d demoLoader) LoadDemo(ctx context.Context, seed int64, scale int, progress func(feedback.Progress)) (feedback.Stats, error) {
	if err := d.db.LoadDataset(ctx, demo.New(seed, scale), progress); err != nil {
		return feedback.Stats{}, err
	}
	return d.db.Stats(ctx)
}
