package baseline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

func finding(fp string, kind model.Kind, msg string) model.Discrepancy {
	return model.Discrepancy{Fingerprint: fp, Kind: kind, Subject: "drones", Message: msg}
}

func report(ds ...model.Discrepancy) *model.Report { return &model.Report{Discrepancies: ds} }

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Entry
		wantErr []string // each must appear in the error
	}{
		{
			name: "valid, sorted on load",
			in: "version: 1\naccepted:\n" +
				"  - fingerprint: b2\n    kind: date-mismatch\n    subject: invasion\n    message: m2\n    reason: r2\n" +
				"  - fingerprint: a1\n    reason: r1\n",
			want: []Entry{{Fingerprint: "a1", Reason: "r1"}, {Fingerprint: "b2", Kind: "date-mismatch", Subject: "invasion", Message: "m2", Reason: "r2"}},
		},
		{name: "no entries", in: "version: 1\naccepted: []\n", want: []Entry{}},
		{name: "empty file", in: "  \n", wantErr: []string{"b.yaml: empty file"}},
		{name: "syntax error", in: "version: 1\naccepted:\n  - fingerprint: [\n", wantErr: []string{"b.yaml:3: did not find expected node content"}},
		{name: "tab indentation", in: "version: 1\naccepted:\n\t- fingerprint: a\n", wantErr: []string{"b.yaml:3: found character that cannot start any token"}},
		{
			name:    "unknown key",
			in:      "version: 1\naccepted:\n  - fingerprint: a1\n    reason: r\n    reasn: typo\n",
			wantErr: []string{"b.yaml:5: field reasn not found"},
		},
		{name: "unknown top-level key", in: "version: 1\nignored: []\n", wantErr: []string{"b.yaml:2: field ignored not found"}},
		{
			name:    "missing reason",
			in:      "version: 1\naccepted:\n  - fingerprint: a1\n    kind: role-conflict\n  - fingerprint: a2\n    reason: '  '\n",
			wantErr: []string{"b.yaml:3: entry a1 has no reason", "b.yaml:5: entry a2 has no reason"},
		},
		{
			name:    "duplicate fingerprint",
			in:      "version: 1\naccepted:\n  - fingerprint: a1\n    reason: r\n  - fingerprint: a1\n    reason: r\n",
			wantErr: []string{"b.yaml:5: duplicate fingerprint a1 (first on line 3)"},
		},
		{name: "missing fingerprint", in: "version: 1\naccepted:\n  - reason: r\n", wantErr: []string{"b.yaml:3: entry has no fingerprint"}},
		{name: "unsupported version", in: "version: 2\naccepted: []\n", wantErr: []string{"b.yaml:1: unsupported version 2 (want 1)"}},
		{name: "missing version", in: "accepted: []\n", wantErr: []string{`b.yaml: missing version (want "version: 1")`}},
		{name: "wrong type", in: "version: one\n", wantErr: []string{"b.yaml:1: cannot unmarshal !!str `one` into int"}},
		{name: "not a mapping", in: "- a\n- b\n", wantErr: []string{"b.yaml:1: cannot unmarshal !!seq into baseline.Baseline"}},
		{name: "two documents", in: "version: 1\n---\nversion: 1\n", wantErr: []string{"b.yaml:2: more than one YAML document"}},
		{name: "bad second document", in: "version: 1\n---\naccepted: [\n", wantErr: []string{"b.yaml:3: did not find expected node content"}},
		{name: "binary garbage", in: "\x00\x01\x02", wantErr: []string{"b.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("b.yaml", []byte(tt.in))
			if tt.wantErr != nil {
				require.Error(t, err)
				for _, w := range tt.wantErr {
					assert.ErrorContains(t, err, w)
				}
				var e *Error
				assert.True(t, errors.As(err, &e), "errors are *Error: %v", err)
				return
			}
			require.NoError(t, err)
			if len(tt.want) == 0 {
				assert.Empty(t, got.Accepted)
				return
			}
			assert.Equal(t, tt.want, got.Accepted)
		})
	}
}

func TestCreate(t *testing.T) {
	tests := []struct {
		name    string
		r       *model.Report
		reason  string
		want    []string // fingerprints
		wantErr string
	}{
		{"sorted and deduplicated", report(finding("b", model.QuantityMismatch, "m"), finding("a", model.RoleConflict, "m"), finding("b", model.QuantityMismatch, "m")), "ok", []string{"a", "b"}, ""},
		{"empty report", report(), "ok", nil, ""},
		{"no reason", report(finding("a", model.RoleConflict, "m")), " ", nil, "a reason is required"},
		{"no fingerprint", report(finding("", model.RoleConflict, "m")), "ok", nil, "has no fingerprint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Create(tt.r, tt.reason)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, fingerprints(b.Accepted))
			for _, e := range b.Accepted {
				assert.Equal(t, tt.reason, e.Reason)
			}
		})
	}
}

func fingerprints(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Fingerprint)
	}
	return out
}

func TestUpdatePruneApply(t *testing.T) {
	old := &Baseline{Version: 1, Accepted: []Entry{
		{Fingerprint: "a", Kind: "role-conflict", Message: "old message", Reason: "checked by hand"},
		{Fingerprint: "gone", Kind: "date-mismatch", Message: "m", Reason: "fixed upstream"},
	}}
	r := report(finding("c", model.QuantityMismatch, "new"), finding("a", model.RoleConflict, "new message"))

	t.Run("update", func(t *testing.T) {
		got, err := Update(old, r, "accepted in review")
		require.NoError(t, err)
		assert.Equal(t, []Entry{
			{Fingerprint: "a", Kind: "role-conflict", Subject: "drones", Message: "new message", Reason: "checked by hand"},
			{Fingerprint: "c", Kind: "quantity-mismatch", Subject: "drones", Message: "new", Reason: "accepted in review"},
			{Fingerprint: "gone", Kind: "date-mismatch", Message: "m", Reason: "fixed upstream"},
		}, got.Accepted)
		assert.Equal(t, "old message", old.Accepted[0].Message, "old is not modified")
		_, err = Update(old, r, "")
		assert.ErrorContains(t, err, "a reason is required")
	})
	t.Run("prune", func(t *testing.T) {
		got := Prune(old, r)
		assert.Equal(t, []string{"a"}, fingerprints(got.Accepted))
		assert.Len(t, old.Accepted, 2, "old is not modified")
	})
	t.Run("apply", func(t *testing.T) {
		tests := []struct {
			name                  string
			b                     *Baseline
			r                     *model.Report
			kept, accepted, stale []string
		}{
			{"some accepted, one stale", old, r, []string{"c"}, []string{"a"}, []string{"gone"}},
			{"nil baseline", nil, r, []string{"c", "a"}, nil, nil},
			{"empty report", old, report(), nil, nil, []string{"a", "gone"}},
			{"finding without fingerprint is kept", old, report(finding("", model.RoleConflict, "m")), []string{""}, nil, []string{"a", "gone"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				kept, accepted, stale := Apply(tt.b, tt.r)
				fps := func(ds []model.Discrepancy) []string {
					var out []string
					for _, d := range ds {
						out = append(out, d.Fingerprint)
					}
					return out
				}
				assert.Equal(t, tt.kept, fps(kept))
				assert.Equal(t, tt.accepted, fps(accepted))
				assert.Equal(t, tt.stale, fingerprints(stale))
			})
		}
	})
}

func TestSaveLoad(t *testing.T) {
	b, err := Create(report(
		finding("qm-2", model.QuantityMismatch, "drones intercepted: 63 in a.txt, 70 in b.txt"),
		finding("rc-1", model.RoleConflict, "multi\nline: message # not a comment"),
	), "b.txt counts drones and missiles together")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "baseline.yaml")
	require.NoError(t, b.Save(context.Background(), path))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(data), "version: 1\naccepted:\n  - fingerprint: qm-2\n    kind: quantity-mismatch\n")

	got, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, b, got, "round trip")

	var buf bytes.Buffer
	require.NoError(t, got.Write(&buf))
	assert.Equal(t, string(data), buf.String(), "deterministic")

	bad := &Baseline{Version: 1, Accepted: []Entry{{Fingerprint: "x"}}}
	assert.ErrorContains(t, bad.Save(context.Background(), path), "a reason is required")
	again, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, data, again, "a failed save leaves the file alone")

	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	other := &Baseline{Version: 1, Accepted: []Entry{{Fingerprint: "zz-9", Reason: "another run"}}}
	assert.ErrorIs(t, other.Save(cancelled, path), context.Canceled)
	again, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, data, again, "a cancelled save leaves the file alone")

	_, err = Load(filepath.Join(t.TempDir(), "missing.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
