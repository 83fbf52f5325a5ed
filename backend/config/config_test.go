package config

import (
	"os"
	"path/filepath"
	"testing"

	"linksnap/backend/apperr"
)

func TestSettingsRoundTripAndDefaults(t *testing.T) {
	dir := t.TempDir()
	if s, err := Load(dir); err != nil || s != Defaults() {
		t.Fatalf("missing file = %+v, %v", s, err)
	}
	want := Settings{Language: "zh-CN", Theme: "dark", Concurrency: 3, TimeoutSeconds: 90}
	if err := Save(dir, want); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(dir); err != nil || got != want {
		t.Errorf("Load = %+v, %v", got, err)
	}
	bad := want
	bad.Language = "fr"
	if err := Save(dir, bad); apperr.CodeOf(err) != CodeBadSetting {
		t.Errorf("bad language saved: %v", err)
	}
	os.WriteFile(filepath.Join(dir, settingsFile), []byte("{broken"), 0o644)
	if s, err := Load(dir); err == nil || s != Defaults() {
		t.Errorf("broken file = %+v, %v", s, err)
	}
}

func TestDataDirOrder(t *testing.T) {
	t.Setenv(EnvDataDir, "/tmp/from-env")
	if d, _ := DataDir("/tmp/from-flag"); d != "/tmp/from-flag" {
		t.Errorf("flag first: %s", d)
	}
	if d, _ := DataDir(""); d != "/tmp/from-env" {
		t.Errorf("then env: %s", d)
	}
	t.Setenv(EnvDataDir, "")
	t.Setenv("XDG_DATA_HOME", "/tmp/xdg")
	if d, _ := DataDir(""); d != "/tmp/xdg/linksnap" {
		t.Errorf("then platform: %s", d)
	}
}
