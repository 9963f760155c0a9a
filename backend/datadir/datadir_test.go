package datadir_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/feedback"
)

func TestAcquire(t *testing.T) {
	t.Run("SecondInstanceRefused", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "data")
		first, err := datadir.Acquire(dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = datadir.Acquire(dir)
		if code := feedback.ErrorCode(err); code != feedback.EUNAVAILABLE {
			t.Fatalf("second acquire: code %q (%v), want unavailable", code, err)
		}
		if fe := feedback.AsError(err); fe.Key != "error.app.already_open" || fe.Params["dir"] != dir {
			t.Fatalf("error = %+v", fe)
		}
		if err := first.Release(); err != nil {
			t.Fatal(err)
		}
		again, err := datadir.Acquire(dir)
		if err != nil {
			t.Fatalf("acquire after release: %v", err)
		}
		again.Release()
	})

	t.Run("OtherProcessRefused", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("uses flock(1)")
		}
		if _, err := exec.LookPath("flock"); err != nil {
			t.Skip("flock(1) not installed")
		}
		dir := t.TempDir()
		if err := datadir.Ensure(dir); err != nil {
			t.Fatal(err)
		}
		lockPath := filepath.Join(dir, datadir.LockName)
		os.WriteFile(lockPath, nil, 0o600)
		// Another process holds the lock for a while.
		cmd := exec.Command("flock", "-x", "-o", lockPath, "sleep", "30")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { cmd.Process.Kill(); cmd.Wait() }()
		waitLocked(t, dir)
		// Killing the holder (as a crash would) frees the folder. flock(1)
		// forks its command right after locking and the child closes its
		// inherited copy of the descriptor a moment later, so allow a short
		// grace period rather than racing that close.
		cmd.Process.Kill()
		cmd.Wait()
		var err error
		for i := 0; i < 100; i++ {
			var l *datadir.Lock
			if l, err = datadir.Acquire(dir); err == nil {
				l.Release()
				break
			}
			exec.Command("sleep", "0.02").Run()
		}
		if err != nil {
			t.Fatalf("acquire after the holder died: %v", err)
		}
	})
}

// waitLocked polls until Acquire reports the folder as taken.
func waitLocked(t *testing.T, dir string) {
	t.Helper()
	for i := 0; i < 200; i++ {
		l, err := datadir.Acquire(dir)
		if feedback.ErrorCode(err) == feedback.EUNAVAILABLE {
			return
		}
		if l != nil {
			l.Release()
		}
		exec.Command("sleep", "0.02").Run()
	}
	t.Fatal("the lock held by another process was never seen")
}

func TestResolve(t *testing.T) {
	t.Setenv(datadir.EnvVar, "")
	flagDir := t.TempDir()
	if got, _ := datadir.Resolve(flagDir); got != flagDir {
		t.Errorf("flag: %s", got)
	}
	envDir := t.TempDir()
	t.Setenv(datadir.EnvVar, envDir)
	if got, _ := datadir.Resolve(""); got != envDir {
		t.Errorf("env: %s", got)
	}
	if got, _ := datadir.Resolve(flagDir); got != flagDir {
		t.Errorf("flag beats env: %s", got)
	}
	t.Setenv(datadir.EnvVar, "")
	got, err := datadir.Resolve("")
	if err != nil || filepath.Base(got) != datadir.AppFolder {
		t.Errorf("default: %s %v", got, err)
	}
}

func TestFlagValue(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--data-dir", "/d"}, "/d"},
		{[]string{"-data-dir=/e"}, "/e"},
		{[]string{"-assetdir", "dist", "--data-dir=/f", "-devserver", "x"}, "/f"},
		{[]string{"-psn_0_12345"}, ""},
		{[]string{"--data-dir"}, ""},
		{nil, ""},
	} {
		if got := datadir.FlagValue(tc.args); got != tc.want {
			t.Errorf("FlagValue(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
