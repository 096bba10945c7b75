package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The end-to-end tests start the real binary in a private virtual X display (Xvfb),
// as a user would start it, and look at the screen. `make test` installs Xvfb and sets
// CRYPTOATLAS_E2E=1, which turns a missing display server into a failure, not a skip.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "cryptoatlas-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "cryptoatlas")
		out, err := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func needX(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool", "xwd", "convert"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CRYPTOATLAS_E2E") != "" {
				t.Fatalf("%s is not installed (make deps-test installs it)", tool)
			}
			t.Skipf("%s is not installed; run `make test` for the end-to-end tests", tool)
		}
	}
}

// xserver is a private Xvfb display.
type xserver struct {
	display string
	cmd     *exec.Cmd
}

func startX(t *testing.T) *xserver {
	t.Helper()
	needX(t)
	for n := 150; n < 250; n++ {
		if displayTaken(n) {
			continue
		}
		d := fmt.Sprintf(":%d", n)
		// -noreset: by default Xvfb resets when its last client leaves, and an app
		// started during the reset cannot open the display.
		cmd := exec.Command("Xvfb", d, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		x := &xserver{display: d, cmd: cmd}
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				t.Cleanup(func() { stopX(cmd) })
				return x
			}
			time.Sleep(50 * time.Millisecond)
		}
		cmd.Process.Kill()
		cmd.Wait()
	}
	t.Fatal("no free X display")
	return nil
}

// displayTaken reports whether display n's lock names a server still running. A lock
// whose server is gone (one killed before it could remove it) is free: Xvfb replaces a
// stale lock itself.
func displayTaken(n int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/tmp/.X%d-lock", n))
	if err != nil {
		return !os.IsNotExist(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return true
	}
	return syscall.Kill(pid, 0) == nil
}

// stopX ends the server politely, so it removes its lock and socket; a display left
// locked by every run would run out.
func stopX(cmd *exec.Cmd) {
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	signalThenKill(cmd, done, syscall.SIGTERM)
}

func (x *xserver) run(name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display)
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// waitWindow waits for a visible window whose title contains title.
func (x *xserver) waitWindow(t *testing.T, title string, app *exec.Cmd, exited <-chan struct{}) string {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatal("the app exited before showing a window")
		default:
		}
		if id, err := x.run("xdotool", "search", "--onlyvisible", "--name", title); err == nil && id != "" {
			return strings.Fields(id)[0]
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no window titled %q within 60 s", title)
	return ""
}

// screenshot captures the whole screen.
func (x *xserver) screenshot(t *testing.T, out string) image.Image {
	t.Helper()
	cmd := exec.Command("sh", "-c", "xwd -root -silent | convert xwd:- png:"+out)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v %s", err, b)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// launch starts the app with the given environment and returns it with its stderr.
func launch(t *testing.T, x *xserver, home, lang string, args ...string) (*exec.Cmd, *bytes.Buffer, <-chan struct{}) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "LANG=") && !strings.HasPrefix(e, "LC_") && !strings.HasPrefix(e, "LANGUAGE=") &&
			!strings.HasPrefix(e, "HOME=") && !strings.HasPrefix(e, "XDG_CONFIG_HOME=") && !strings.HasPrefix(e, "DISPLAY=") &&
			!strings.HasPrefix(e, "XDG_DATA_HOME=") && !strings.HasPrefix(e, "CRYPTOATLAS_LIBRARY=") { // no library: the sample opens
			env = append(env, e)
		}
	}
	cmd.Env = append(env, "DISPLAY="+x.display, "HOME="+home, "LANG="+lang)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
	})
	return cmd, &stderr, exited
}

func stop(cmd *exec.Cmd, exited <-chan struct{}) { signalThenKill(cmd, exited, os.Interrupt) }

// signalThenKill asks the process to end with sig and kills it if it has not within five
// seconds.
func signalThenKill(cmd *exec.Cmd, exited <-chan struct{}, sig os.Signal) {
	cmd.Process.Signal(sig)
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
}

// colours counts the distinct colours of an image, a cheap test for "not blank".
func colours(img image.Image) int {
	seen := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>11)<<10|(g>>11)<<5|bl>>11] = true
		}
	}
	return len(seen)
}

// TestWindowOpensOnSampleQuietly starts the app with no argument, as a user does on
// first launch and on later ones, under the locales Debian machines have, and checks
// that the "Crypto Atlas" window shows a full dashboard and nothing is printed.
func TestWindowOpensOnSampleQuietly(t *testing.T) {
	x := startX(t)
	home := t.TempDir()
	for _, run := range []struct{ name, lang string }{
		{"first launch, C.UTF-8", "C.UTF-8"},
		{"second launch, C.UTF-8", "C.UTF-8"},
		{"C", "C"},
		{"en_US.UTF-8", "en_US.UTF-8"},
	} {
		t.Run(run.name, func(t *testing.T) {
			cmd, stderr, exited := launch(t, x, home, run.lang)
			// The window appears first and the dashboard is built into it; the title
			// names the sample article once it is (a regular expression: under LANG=C
			// the window manager's copy of the title has no em dash).
			x.waitWindow(t, "crypto link.*Crypto Atlas", cmd, exited)
			time.Sleep(2 * time.Second) // let the first frames draw
			shot := filepath.Join(t.TempDir(), "window.png")
			img := x.screenshot(t, shot)
			if n := colours(img); n < 40 {
				t.Errorf("the screen looks blank: %d colours", n)
			}
			stop(cmd, exited)
			if s := strings.TrimSpace(stderr.String()); s != "" {
				t.Errorf("the app printed:\n%s", s)
			}
		})
	}
}

// key sends keys to the focused window with XTEST, as a person typing.
func (x *xserver) key(t *testing.T, win string, keys ...string) {
	t.Helper()
	x.run("xdotool", "windowfocus", "--sync", win)
	for _, k := range keys {
		if _, err := x.run("xdotool", "key", "--clearmodifiers", k); err != nil {
			t.Fatalf("xdotool key %s: %v", k, err)
		}
		time.Sleep(600 * time.Millisecond)
	}
}

// TestOpenAnArticleAndExportFromTheKeyboard opens an article given on the command line
// and exports its chart with Ctrl+E and Enter, as a keyboard user would; the PNG goes
// to the article's folder, which the Export dialog offers.
func TestOpenAnArticleAndExportFromTheKeyboard(t *testing.T) {
	x := startX(t)
	home := t.TempDir()
	if err := os.Mkdir(filepath.Join(home, "Pictures"), 0o755); err != nil {
		t.Fatal(err)
	}
	pictures := t.TempDir() // the article's folder
	text, err := os.ReadFile("../../data/testdata/articles/02_pakistan_mining_imf.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(pictures, "02_pakistan_mining_imf.txt")
	if err := os.WriteFile(article, text, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd, stderr, exited := launch(t, x, home, "C.UTF-8", article)
	win := x.waitWindow(t, "Crypto Atlas", cmd, exited)
	// The title names the article once it has loaded.
	deadline := time.Now().Add(20 * time.Second)
	for {
		title, _ := x.run("xdotool", "getwindowname", win)
		if strings.Contains(title, "Pakistan") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the article did not load: title %q", title)
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second)
	x.key(t, win, "ctrl+e", "Return")
	var exported []string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		exported, _ = filepath.Glob(filepath.Join(pictures, "*.png"))
		if len(exported) > 0 {
			break
		}
	}
	if len(exported) != 1 {
		x.screenshot(t, filepath.Join(t.TempDir(), "after-export.png"))
		t.Fatalf("exported %v, want one PNG in %s", exported, pictures)
	}
	f, err := os.Open(exported[0])
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("%s: %v", exported[0], err)
	}
	if img.Bounds().Dx() != 1200 {
		t.Errorf("exported %v, want the 1200 px default width", img.Bounds())
	}
	if !strings.Contains(filepath.Base(exported[0]), "pakistan") {
		t.Errorf("file name %q does not come from the article", filepath.Base(exported[0]))
	}
	stop(cmd, exited)
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Errorf("the app printed:\n%s", s)
	}
}
