package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chancery/chancery/internal/testenv"
)

// binary builds the real chancery binary once for the end-to-end tests.
func binary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "chancery")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBinary runs the static binary as a user would: the seed article,
// the bundled examples, stdin, a usage error and bad input.
func TestBinary(t *testing.T) {
	bin := binary(t)
	seed := testenv.Shared(t, "examples/seed-article.txt")

	out, err := exec.Command(bin, "code", "--published", "2025-07-04", "--format", "jsonl", seed).Output()
	if err != nil {
		t.Fatalf("code seed: %v", err)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var e struct {
			Code, Date string
			Source     struct{ Country string }
			Target     struct{ Country string }
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		if e.Code == "054" && e.Source.Country == "RUS" && e.Target.Country == "AFG" && e.Date == "2025-07-03" {
			found = true
		}
	}
	if !found {
		t.Errorf("the binary did not code Russia → Afghanistan 054 on 2025-07-03:\n%s", out)
	}

	if out, err := exec.Command(bin, "code").Output(); err != nil || len(out) == 0 {
		t.Errorf("code on the bundled examples: %v, %d bytes", err, len(out))
	}

	cmd := exec.Command(bin, "code", "--published", "2008-02-21", "-")
	cmd.Stdin = strings.NewReader("On Wednesday, Germany recognized Kosovo.\n")
	if out, err := cmd.Output(); err != nil || !strings.Contains(string(out), `"code":"054"`) {
		t.Errorf("stdin: %v\n%s", err, out)
	}

	var stderr bytes.Buffer
	cmd = exec.Command(bin, "nonsense")
	cmd.Stderr = &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Errorf("usage error: exit %v, want 2", err)
	}

	garbage := filepath.Join(t.TempDir(), "garbage.bin")
	os.WriteFile(garbage, []byte{0, 1, 2, 0xff, 0xfe, 0, 0x80}, 0o644)
	stderr.Reset()
	cmd = exec.Command(bin, "code", garbage)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Errorf("bad input must be reported, not fail the run: %v", err)
	}
	if !strings.Contains(stderr.String(), "garbage.bin") {
		t.Errorf("stderr does not name the file: %q", stderr.String())
	}
}
