package report

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

func TestHTMLHighlight(t *testing.T) {
	c := *fixedReport().Discrepancies[0].Claims[0]
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, fixedReport(), DefaultOptions()))
	assert.Contains(t, buf.String(), "<blockquote>Ukraine’s air force said it shot down <mark>63 of the drones</mark> overnight.</blockquote>")

	tests := []struct {
		name                      string
		claim                     model.Claim
		wantBefore, wantQ, wantAf string
	}{
		{"offsets", c, "Ukraine’s air force said it shot down ", "63 of the drones", " overnight."},
		{"bad offsets fall back to search", func() model.Claim { c := c; c.Span.Start.Offset = 0; return c }(),
			"Ukraine’s air force said it shot down ", "63 of the drones", " overnight."},
		{"quote not in sentence", func() model.Claim { c := c; c.Quote = "64"; c.Span.Start.Offset = 0; return c }(),
			c.Text, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, q, a := highlight(&tt.claim)
			assert.Equal(t, []string{tt.wantBefore, tt.wantQ, tt.wantAf}, []string{b, q, a})
		})
	}
}

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// The page under test gets two scripts: one at the top of <head> that
// records errors and alert calls, and one at the end of <body> that checks
// the filters and writes what it saw as JSON into <pre id="result">.
const (
	probeHead = `<script>window.__errors=[];window.addEventListener("error",function(e){__errors.push(String(e.message))});window.alert=function(m){__errors.push("alert: "+m)};</script>`
	probeBody = `<script>
(function () {
  function visible() {
    return Array.prototype.filter.call(document.querySelectorAll(".finding"), function (f) {
      return !f.hidden && getComputedStyle(f).display !== "none";
    }).map(function (f) { return f.getAttribute("data-kind") + "/" + f.getAttribute("data-severity"); });
  }
  function toggle(filter, value) {
    document.querySelector('input[data-filter="' + filter + '"][value="' + value + '"]').click();
  }
  var out = { ready: document.documentElement.getAttribute("data-ready"), total: document.querySelectorAll(".finding").length };
  out.initial = visible();
  if (out.total > 0) {
    toggle("kind", "quantity-mismatch"); out.noQuantity = visible(); out.shown = document.getElementById("shown").textContent;
    toggle("severity", "medium"); out.noQuantityNoMedium = visible();
    toggle("kind", "quantity-mismatch"); toggle("severity", "medium"); out.restored = visible();
  }
  out.marks = document.querySelectorAll("mark").length;
  out.errors = window.__errors;
  var pre = document.createElement("pre"); pre.id = "result"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`
)

type browserResult struct {
	Ready              string   `json:"ready"`
	Total              int      `json:"total"`
	Initial            []string `json:"initial"`
	NoQuantity         []string `json:"noQuantity"`
	Shown              string   `json:"shown"`
	NoQuantityNoMedium []string `json:"noQuantityNoMedium"`
	Restored           []string `json:"restored"`
	Marks              int      `json:"marks"`
	Errors             []string `json:"errors"`
}

// runInBrowser loads page with the probes in headless Chromium and returns
// what the probe reported.
func runInBrowser(t *testing.T, bin string, page []byte) browserResult {
	t.Helper()
	s := string(page)
	require.Contains(t, s, "<head>")
	require.Contains(t, s, "</body>")
	s = strings.Replace(s, "<head>", "<head>"+probeHead, 1)
	s = strings.Replace(s, "</body>", probeBody+"</body>", 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(path, []byte(s), 0o644))

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--disable-gpu", "--no-sandbox",
		"--no-first-run", "--disable-extensions", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--dump-dom", "file://"+path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "chromium failed: %s", stderr.String())
	m := regexp.MustCompile(`(?s)<pre id="result">(.*?)</pre>`).FindStringSubmatch(stdout.String())
	require.NotNil(t, m, "no result in the dumped DOM; the probe did not run.\nstderr: %s", stderr.String())
	var res browserResult
	require.NoError(t, json.Unmarshal([]byte(html.UnescapeString(m[1])), &res))
	return res
}

func TestHTMLInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium on PATH; install Debian's chromium package (apt-get install -y chromium) to run this test")
	}
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	t.Run("filters", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, WriteHTML(&buf, fixedReport(), DefaultOptions()))
		res := runInBrowser(t, bin, buf.Bytes())
		assert.Empty(t, res.Errors, "JavaScript errors")
		assert.Equal(t, "true", res.Ready, "the page's script did not finish")
		all := []string{"quantity-mismatch/high", "summary-vs-body/medium", "role-conflict/low", "date-mismatch/medium"}
		assert.Equal(t, 4, res.Total)
		assert.Equal(t, all, res.Initial, "every finding is shown at first")
		assert.Equal(t, all[1:], res.NoQuantity)
		assert.Equal(t, "3", res.Shown)
		assert.Equal(t, []string{"role-conflict/low"}, res.NoQuantityNoMedium)
		assert.Equal(t, all, res.Restored)
		assert.Equal(t, 8, res.Marks, "each claim's quote is highlighted")
	})
	t.Run("hostile text stays inert", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, WriteHTML(&buf, hostileReport(), DefaultOptions()))
		res := runInBrowser(t, bin, buf.Bytes())
		assert.Empty(t, res.Errors, "JavaScript errors or alert calls")
		assert.Equal(t, "true", res.Ready)
		assert.Equal(t, 4, res.Total)
	})
}
