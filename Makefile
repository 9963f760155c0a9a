# Feedback Desk — build, run and test.
#
#   make run     install what is missing, build the app and start it
#   make test    every check: go vet, Go tests, frontend type-check and unit
#                tests, frontend build, end-to-end tests against the real app
#
# Every target installs what it needs first (Debian/Ubuntu packages via
# scripts/ensure-apt.sh, npm packages only when package-lock.json changed),
# so both work on a fresh clone. `make help` lists the other targets.

SHELL       := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.NOTPARALLEL:
.SUFFIXES:
MAKEFLAGS += --no-print-directory

GO       ?= go
NPM      ?= npm
# webkit2_41: build against WebKitGTK 4.1 (the only one Ubuntu 24.04+ ships;
# Debian 12 has both). Harmless on Windows and macOS. Passed explicitly per
# command rather than through GOFLAGS so that `-tags dev,webkit2_41` works.
TAGS     := webkit2_41
WAILS    := $(GO) tool wails
# -m: no `go mod tidy`, -nosyncgomod: leave go.mod alone (the CLI version is
# pinned there already), -trimpath: no build-machine paths in the binaries.
WAILS_FLAGS := -m -nosyncgomod -trimpath $(if $(CI),-nocolour)

BIN      := build/bin
APP      := $(BIN)/feedback-desk
CLI      := $(BIN)/feedbackctl
APP_E2E  := $(BIN)/app-e2e

# make run DATA_DIR=/some/folder  → the app uses that data folder.
DATA_DIR ?=
RUN_ARGS := $(if $(DATA_DIR),--data-dir "$(DATA_DIR)")

UNAME := $(shell uname -s)
ifeq ($(UNAME),Darwin)
APP_RUN := "$(BIN)/Feedback Desk.app/Contents/MacOS/feedback-desk"
else
APP_RUN := $(APP)
endif

APT_BUILD   := gcc libc6-dev pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev
APT_E2E     := xvfb xauth imagemagick chromium fonts-noto-cjk
APT_WINDOWS := gcc-mingw-w64-x86-64 nsis

section = @printf '\n\033[1m==> %s\033[0m  (%s)\n' "$(1)" "$$(date +%T)"

.PHONY: help deps deps-build deps-e2e deps-windows npm-deps tools bindings fuzz \
        frontend build cli e2e-bins run test vet gotest fe-typecheck fe-test \
        e2e bench windows screenshot clean report-check

help:
	@echo "Feedback Desk"
	@echo "  make run         build the desktop app and start it (DATA_DIR=... to pick the data folder)"
	@echo "  make test        all checks: go vet, Go tests, frontend type-check + unit tests, build, e2e"
	@echo "  make build       build $(APP) and $(CLI)"
	@echo "  make e2e         end-to-end tests only (real Go backend, chromium, Xvfb)"
	@echo "  make bench       Go benchmarks"
	@echo "  make report-check  demo monthly report (zh, en) through LibreOffice: PDF + PNG pages in artifacts/report"
	@echo "  make windows     cross-build feedback-desk.exe, feedbackctl.exe and the NSIS installer"
	@echo "  make screenshot  start the app headless with demo data, save artifacts/screenshot.png"
	@echo "  make deps        install system and npm packages only"
	@echo "  make clean       remove build output ($(BIN), frontend/dist, artifacts)"

# ---------------------------------------------------------------- dependencies

deps: deps-build deps-e2e deps-windows npm-deps

tools:
	@command -v $(GO) >/dev/null || { echo "error: Go not found; install Go 1.26 (https://go.dev/dl) and try again" >&2; exit 1; }
	@command -v node >/dev/null || { echo "error: Node.js not found; install Node.js 20 LTS (https://nodejs.org) and try again" >&2; exit 1; }
	@# main.go embeds all:frontend/dist, which must hold a file before Go compiles.
	@mkdir -p frontend/dist && touch frontend/dist/.gitkeep

deps-build: tools
	@scripts/ensure-apt.sh $(if $(filter Linux,$(UNAME)),$(APT_BUILD))

deps-e2e:
	@scripts/ensure-apt.sh $(if $(filter Linux,$(UNAME)),$(APT_E2E))

deps-windows:
	@scripts/ensure-apt.sh $(if $(filter Linux,$(UNAME)),$(APT_WINDOWS))

npm-deps: tools
	@scripts/npm-deps.sh

# ---------------------------------------------------------------- building

# TypeScript bindings for the bound Go methods (frontend/wailsjs), generated
# before the frontend is type-checked or built so both see the real Go API.
bindings: deps-build
	$(call section,wails bindings)
	$(WAILS) generate module -tags $(TAGS) $(if $(CI),-nocolour)
	@# Wails writes some of these 0755 and some 0644; keep them plain files so
	@# regenerating never shows up as a mode change in git.
	@find frontend/wailsjs -type f -exec chmod 0644 {} +

# The production bundle in frontend/dist, which the Go binaries embed.
frontend: deps-build npm-deps bindings
	$(call section,frontend build)
	cd frontend && $(NPM) run build

# The frontend is built above, so Wails skips its own frontend step (-s) and
# binding generation; it compiles, links and packages.
build: frontend cli
	$(call section,app: $(APP))
	$(WAILS) build $(WAILS_FLAGS) -s -skipbindings -tags $(TAGS) -o feedback-desk

cli: deps-build
	$(call section,cli: $(CLI))
	$(GO) build -trimpath -o $(CLI) ./backend/cmd/feedbackctl

# The dev-tagged binary keeps Wails' dev web server, so the end-to-end tests
# can drive the real Go backend from chromium.
e2e-bins: deps-build
	$(call section,e2e binaries: $(APP_E2E) $(CLI))
	$(GO) build -tags dev,$(TAGS) -o $(APP_E2E) .
	$(GO) build -o $(CLI) ./backend/cmd/feedbackctl

run: build
	$(call section,run)
ifeq ($(UNAME),Linux)
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
		echo "note: no DISPLAY — this looks like a headless machine. Starting the app on a private"; \
		echo "      Xvfb screen instead (nothing will be visible; Ctrl-C stops it). Run 'make run' from a"; \
		echo "      desktop session to use the app, or 'make screenshot' to get a picture of it."; \
		scripts/ensure-apt.sh xvfb xauth; \
		scripts/xvfb.sh bash -c 'echo "      app running on DISPLAY=$$DISPLAY (e.g. DISPLAY=$$DISPLAY import -window root shot.png)"; exec "$$@"' _ $(APP_RUN) $(RUN_ARGS); \
	else \
		$(APP_RUN) $(RUN_ARGS); \
	fi
else
	$(APP_RUN) $(RUN_ARGS)
endif

# ---------------------------------------------------------------- testing

# Runs every part even when an earlier one fails, so one run shows all
# failures; exits non-zero if any part failed.
TEST_STEPS := vet gotest fuzz fe-typecheck fe-test report-check e2e
test: deps-build deps-e2e npm-deps
	@failed=(); start=$$SECONDS; \
	for step in $(TEST_STEPS); do \
		$(MAKE) $$step || failed+=("$$step"); \
	done; \
	echo; \
	if [ $${#failed[@]} -eq 0 ]; then \
		printf '\033[1;32m==> make test: all passed (%s) in %ss\033[0m\n' "$(TEST_STEPS)" $$((SECONDS - start)); \
	else \
		printf '\033[1;31m==> make test: FAILED: %s\033[0m (of: %s)\n' "$${failed[*]}" "$(TEST_STEPS)"; \
		exit 1; \
	fi

vet: deps-build
	$(call section,go vet)
	$(GO) vet -tags $(TAGS) ./...

gotest: deps-build
	$(call section,go test)
	$(GO) test -tags $(TAGS) -timeout 20m ./...

# A short run of every Go fuzz target on top of its committed seed corpus
# (the seeds also run in plain `go test`). FUZZTIME=2000000x for a longer hunt.
# Budgets are execution counts, not durations: with a duration, Go 1.26's fuzz
# coordinator can report "context deadline exceeded" as a failure when the
# clock runs out while a worker is busy (go.dev/issue/75804, fixed in Go 1.27);
# a count has no deadline to race, so a loaded machine only makes it slower.
FUZZTIME ?= 40000x
FUZZMINIMIZE ?= 2000x
FUZZ_TARGETS := ./backend/spreadsheet:FuzzDecodeCSV ./backend/spreadsheet:FuzzParseDateTime \
	./backend/spreadsheet:FuzzNormalizeValue ./backend/importer:FuzzParseAnswer \
	./backend/importer:FuzzParseMapping ./backend/sla:FuzzAddWorking ./backend/themes:FuzzMatchAndPhrases \
	./backend/redact:FuzzContacts
fuzz: deps-build
	$(call section,go fuzz ($(FUZZTIME) each))
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "--- $$name ($$pkg)"; \
		$(GO) test -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg || exit 1; \
	done

fe-typecheck: npm-deps bindings
	$(call section,frontend type-check)
	cd frontend && $(NPM) run typecheck

fe-test: npm-deps
	$(call section,frontend unit tests)
	cd frontend && $(NPM) test

# Builds the production frontend bundle, the dev-tagged app and the CLI, then
# drives the real app from chromium under Xvfb (frontend/e2e/run.mjs).
e2e: deps-e2e frontend e2e-bins
	$(call section,end-to-end tests)
	cd frontend && $(NPM) run e2e

# The monthly report opened by a real spreadsheet application (part of
# `make test`, ~30 s with the install): the CLI writes the demo report in
# Chinese and English, LibreOffice converts both to PDF, pdftoppm renders
# every page to artifacts/report/*.png for a person to look at, and the PDF
# text must hold the report's labels and the chart titles (the native charts
# rendered). LibreOffice runs with its own profile, beside any open office.
APT_REPORT := libreoffice-calc-nogui poppler-utils fonts-noto-cjk
REPORT_OUT := artifacts/report
# Elsewhere than Linux (no apt) the check runs only where LibreOffice and
# poppler are installed.
REPORT_SKIP := $(if $(filter Linux,$(UNAME)),,$(if $(and $(shell command -v soffice 2>/dev/null),$(shell command -v pdftoppm 2>/dev/null)),,yes))
report-check: cli
	$(call section,report check (LibreOffice))
ifeq ($(REPORT_SKIP),yes)
	@echo "skipped: install LibreOffice (soffice) and poppler (pdftoppm) to run the report check here"
else
	@scripts/ensure-apt.sh $(if $(filter Linux,$(UNAME)),$(APT_REPORT))
	@rm -rf $(REPORT_OUT) && mkdir -p $(REPORT_OUT)/data
	@$(CLI) --data-dir $(REPORT_OUT)/data demo >/dev/null
	@for lang in zh en; do \
		$(CLI) --data-dir $(REPORT_OUT)/data report --month 2026-10 --lang $$lang --data -o $(REPORT_OUT)/report-$$lang.xlsx; \
	done
	@start=$$SECONDS; \
	soffice -env:UserInstallation=file://$(abspath $(REPORT_OUT))/profile --headless --convert-to pdf \
		--outdir $(REPORT_OUT) $(REPORT_OUT)/report-zh.xlsx $(REPORT_OUT)/report-en.xlsx >/dev/null 2>&1; \
	echo "LibreOffice converted both reports in $$((SECONDS - start)) s"
	@for lang in zh en; do \
		pdftoppm -r 80 -png $(REPORT_OUT)/report-$$lang.pdf $(REPORT_OUT)/report-$$lang; \
		pdftotext -layout $(REPORT_OUT)/report-$$lang.pdf - | tr -s ' ' > $(REPORT_OUT)/report-$$lang.txt; \
		echo "report-$$lang.pdf: $$(pdfinfo $(REPORT_OUT)/report-$$lang.pdf | awk '/^Pages/ {print $$2}') pages"; \
	done
	@fail=0; \
	for want in "zh:关键指标" "zh:本期要点" "zh:NPS 月度趋势与 95% 区间" "zh:投诉量" "zh:SLA 达成率" "zh:违约工单清单" "zh:指标定义" \
		"en:Key figures" "en:Highlights" "en:NPS by month with 95% interval" "en:Complaint volume" "en:Breached tickets" "en:Definition and formula"; do \
		lang=$${want%%:*}; text=$${want#*:}; \
		grep -qF "$$text" $(REPORT_OUT)/report-$$lang.txt || { echo "error: report-$$lang.pdf lacks \"$$text\"" >&2; fail=1; }; \
	done; \
	[ $$fail -eq 0 ] && echo "ok: pages in $(REPORT_OUT)/report-{zh,en}-*.png"
endif

# Benchmarks run once each with allocation counts; results also go to
# bench-out/bench.txt (gitignored) for benchstat comparisons. Packages without
# benchmarks print "no test files" or nothing. BENCH=regex narrows the set.
BENCH ?= .
bench: deps-build
	$(call section,go benchmarks ($(BENCH)))
	@mkdir -p bench-out
	$(GO) test -tags $(TAGS) -run '^$$' -bench '$(BENCH)' -benchmem -timeout 60m ./... | tee bench-out/bench.txt
	@echo "note: benchmark results saved to bench-out/bench.txt"

# ---------------------------------------------------------------- packaging

# Windows cross-build with MinGW-w64: the GUI app, the CLI and the NSIS
# installer (build/bin/feedback-desk-amd64-installer.exe), then a check that
# both exes are PE32+ and import only Windows system DLLs.
windows: deps-windows frontend
	$(call section,windows: feedback-desk.exe + installer)
	@# `go tool -n wails` builds the pinned CLI for this machine and prints its
	@# path; running `go tool wails` with CC=mingw would try to build the CLI
	@# itself with the Windows compiler and fail.
	wails=$$($(GO) tool -n wails) && CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
		"$$wails" build $(WAILS_FLAGS) -s -skipbindings -platform windows/amd64 -nsis -o feedback-desk.exe
	@rm -rf build/windows/installer/tmp  # the WebView2 bootstrapper Wails downloads for NSIS
	$(call section,windows: feedbackctl.exe)
	GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -trimpath -o $(BIN)/feedbackctl.exe ./backend/cmd/feedbackctl
	$(call section,windows: check imports)
	scripts/check-windows.sh
	@test -f $(BIN)/feedback-desk-amd64-installer.exe || { echo "error: NSIS installer missing" >&2; exit 1; }

screenshot: deps-e2e build
	$(call section,screenshot)
	scripts/screenshot.sh artifacts/screenshot.png

clean:
	rm -rf $(BIN) artifacts
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true
