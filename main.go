// Command feedback-desk is the Feedback Desk desktop app: surveys and
// NPS/CSAT/CES, complaint tickets with SLA on a business calendar,
// customers, trends and the monthly satisfaction report, stored locally.
package main

import (
	"embed"
	"flag"
	"log"
	"os"

	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/desktop"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
)

//go:embed all:frontend/dist
var assets embed.FS

func main() {
	// Registered so that dev builds, where Wails parses the command line
	// itself, accept --data-dir; the value is read by datadir.FlagValue.
	flag.String("data-dir", "", "folder holding the Feedback Desk database")

	app := NewApp(datadir.FlagValue(os.Args[1:]))
	err := wails.Run(&options.App{
		Title:     "Feedback Desk",
		Width:     1360,
		Height:    860,
		MinWidth:  1024,
		MinHeight: 680,
		AssetServer: &assetserver.Options{
			Assets:     assets,
			Middleware: desktop.SecurityHeaders,
		},
		BackgroundColour: &options.RGBA{R: 246, G: 247, B: 249, A: 255},
		OnStartup:        app.startup,
		OnShutdown:       app.shutdown,
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId:               "com.feedbackdesk.app.b1f4c2e0",
			OnSecondInstanceLaunch: app.onSecondInstance,
		},
		Bind: []any{app.System, app.Surveys, app.Responses, app.Customers, app.FollowUps, app.Kiosk, app.Imports, app.Tickets, app.Calendars, app.Dashboard, app.Reports,
			app.CustomerRecords, app.CustomerInsights, app.Care},
		Windows: &windows.Options{WebviewUserDataPath: "", Theme: windows.SystemDefault},
		Mac:     &mac.Options{About: &mac.AboutInfo{Title: "Feedback Desk", Message: "客户之声 · Voice of the customer"}},
		Linux:   &linux.Options{ProgramName: "feedback-desk"},
	})
	if err != nil {
		log.Fatal(err)
	}
}
