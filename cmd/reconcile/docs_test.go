package main

import (
	"bufio"
	"errors"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/reconcile-news/reconcile/reconcile/baseline"
)

// ciDoc is the CI guide; its workflow and commands must keep working.
const ciDoc = "../../docs/ci.md"

// codeBlock is a fenced code block of a Markdown file.
type codeBlock struct {
	lang string // the info string: yaml, sh, ...
	line int    // of the opening fence, counting from 1
	text string
}

// codeBlocks returns the fenced code blocks of a Markdown document.
func codeBlocks(md string) []codeBlock {
	var blocks []codeBlock
	var cur *codeBlock
	sc := bufio.NewScanner(strings.NewReader(md))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if cur == nil {
			if lang, ok := strings.CutPrefix(line, "```"); ok {
				cur = &codeBlock{lang: strings.TrimSpace(lang), line: n}
			}
			continue
		}
		if strings.TrimSpace(line) == "```" {
			blocks = append(blocks, *cur)
			cur = nil
			continue
		}
		cur.text += line + "\n"
	}
	return blocks
}

// shellWords splits a shell script into commands and each command into
// words, as far as the examples in the docs need: single and double quotes,
// backslash escapes and line continuations, comments, and the separators
// newline, ";", "&&", "||" and "|". Variables and other expansions are kept
// as written.
func shellWords(script string) ([][]string, error) {
	var (
		cmds   [][]string
		words  []string
		word   strings.Builder
		inWord bool
	)
	endWord := func() {
		if inWord {
			words = append(words, word.String())
			word.Reset()
			inWord = false
		}
	}
	endCmd := func() {
		endWord()
		if len(words) > 0 {
			cmds = append(cmds, words)
			words = nil
		}
	}
	rs := []rune(script)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs):
			i++
			if rs[i] != '\n' {
				word.WriteRune(rs[i])
				inWord = true
			}
		case r == '\'' || r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != r {
				if r == '"' && rs[j] == '\\' && j+1 < len(rs) {
					j++
				}
				word.WriteRune(rs[j])
				j++
			}
			if j == len(rs) {
				return nil, errors.New("unterminated quote")
			}
			i = j
			inWord = true
		case r == '#' && !inWord:
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
			endCmd()
		case r == '\n' || r == ';':
			endCmd()
		case (r == '&' || r == '|') && !inWord:
			if i+1 < len(rs) && rs[i+1] == r {
				i++
			}
			endCmd()
		case r == ' ' || r == '\t':
			endWord()
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	endCmd()
	return cmds, nil
}

func TestShellWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]string
		wantErr  bool
	}{
		{"words", "reconcile check a.txt", [][]string{{"reconcile", "check", "a.txt"}}, false},
		{"continuation", "reconcile check \\\n  --fail-on high \\\n  a/\n", [][]string{{"reconcile", "check", "--fail-on", "high", "a/"}}, false},
		{"quotes", `reconcile check --format "markdown=$GITHUB_STEP_SUMMARY" --reason 'it''s fine' "a b"`,
			[][]string{{"reconcile", "check", "--format", "markdown=$GITHUB_STEP_SUMMARY", "--reason", "its fine", "a b"}}, false},
		{"escaped quote", `echo "say \"hi\""`, [][]string{{"echo", `say "hi"`}}, false},
		{"separators", "a && b || c; d | e\nf", [][]string{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}, {"f"}}, false},
		{"comments", "# setup\nreconcile version # print it\n", [][]string{{"reconcile", "version"}}, false},
		{"hash inside a word", "go build -o a#b", [][]string{{"go", "build", "-o", "a#b"}}, false},
		{"unterminated", `echo "oops`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := shellWords(tt.in)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// docCommands returns the reconcile command lines of the shell blocks of
// a Markdown document and of the run steps of its YAML workflows, each
// without the program name, with where it was found.
func docCommands(t *testing.T, blocks []codeBlock) (cmds [][]string, where []string) {
	t.Helper()
	var scripts, from []string
	for _, b := range blocks {
		switch b.lang {
		case "sh", "bash", "shell":
			scripts, from = append(scripts, b.text), append(from, "sh block at line "+strconv.Itoa(b.line))
		case "yaml", "yml":
			var wf struct {
				Jobs map[string]struct {
					Steps []struct {
						Run string `yaml:"run"`
					} `yaml:"steps"`
				} `yaml:"jobs"`
			}
			require.NoError(t, yaml.Unmarshal([]byte(b.text), &wf), "yaml block at line %d", b.line)
			for name, job := range wf.Jobs {
				for i, s := range job.Steps {
					if s.Run != "" {
						scripts = append(scripts, s.Run)
						from = append(from, "yaml block at line "+strconv.Itoa(b.line)+", job "+name+", step "+strconv.Itoa(i+1))
					}
				}
			}
		}
	}
	for i, script := range scripts {
		words, err := shellWords(script)
		require.NoError(t, err, from[i])
		for _, w := range words {
			if w[0] == "reconcile" || strings.HasSuffix(w[0], "/reconcile") {
				cmds = append(cmds, w[1:])
				where = append(where, from[i])
			}
		}
	}
	return cmds, where
}

// The workflow in docs/ci.md must be valid YAML and every reconcile command
// in it must be accepted by the real command line: the flags are given to
// run with --help appended, which parses them all and exits 0, or reports
// the first unknown flag or bad value and exits 2.
func TestCIDocCommands(t *testing.T) {
	data, err := os.ReadFile(ciDoc)
	require.NoError(t, err)
	blocks := codeBlocks(string(data))
	cmds, where := docCommands(t, blocks)
	require.NotEmpty(t, cmds, "no reconcile commands found in %s", ciDoc)

	var subs []string
	for i, args := range cmds {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			require.NotEmpty(t, args, where[i])
			sub := args[0]
			if sub == "baseline" {
				require.Greater(t, len(args), 1, where[i])
				sub += " " + args[1]
			}
			subs = append(subs, sub)
			code, _, errs := runCmd(append(slices.Clone(args), "--help")...)
			assert.Equal(t, exitOK, code, "%s: %v is not accepted:\n%s", where[i], args, errs)
			assert.NotContains(t, errs, "flag provided but not defined", where[i])
			assert.NotContains(t, errs, "invalid value", where[i])
		})
	}
	for _, want := range []string{"check", "baseline create", "baseline update", "baseline prune"} {
		assert.Contains(t, subs, want, "%s shows no 'reconcile %s'", ciDoc, want)
	}
}

// The workflow in docs/ci.md is complete: it writes SARIF, the job summary
// and annotations in one run with a baseline, uploads the same SARIF file
// even after the check failed, and has the permission to.
func TestCIDocWorkflow(t *testing.T) {
	data, err := os.ReadFile(ciDoc)
	require.NoError(t, err)
	var workflows int
	for _, b := range codeBlocks(string(data)) {
		if b.lang != "yaml" {
			continue
		}
		var wf struct {
			On          map[string]any    `yaml:"on"`
			Permissions map[string]string `yaml:"permissions"`
			Jobs        map[string]struct {
				Steps []struct {
					If   string            `yaml:"if"`
					Uses string            `yaml:"uses"`
					Run  string            `yaml:"run"`
					With map[string]string `yaml:"with"`
				} `yaml:"steps"`
			} `yaml:"jobs"`
		}
		require.NoError(t, yaml.Unmarshal([]byte(b.text), &wf), "yaml block at line %d", b.line)
		if strings.Contains(b.text, "\naccepted:") {
			// A baseline shown in the guide must load as one.
			_, err := baseline.Parse(ciDoc, []byte(b.text))
			assert.NoError(t, err, "baseline at line %d", b.line)
			continue
		}
		workflows++
		assert.Equal(t, "write", wf.Permissions["security-events"], "upload-sarif needs security-events: write")
		assert.Equal(t, "read", wf.Permissions["contents"], "actions/checkout needs contents: read once permissions are set")
		require.Len(t, wf.Jobs, 1)
		for _, job := range wf.Jobs {
			var uses []string
			var sarifOut, uploaded string
			for _, s := range job.Steps {
				uses = append(uses, strings.Split(s.Uses, "@")[0])
				if words, err := shellWords(s.Run); err == nil {
					for _, w := range words {
						if w[0] != "reconcile" || len(w) < 2 || w[1] != "check" {
							continue
						}
						joined := strings.Join(w, " ")
						for _, flag := range []string{"--baseline", "--fail-on", "--min-severity", "--format github", "--format markdown=$GITHUB_STEP_SUMMARY"} {
							assert.Contains(t, joined, flag)
						}
						if m := regexp.MustCompile(`--format sarif=(\S+)`).FindStringSubmatch(joined); m != nil {
							sarifOut = m[1]
						}
					}
				}
				if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
					uploaded = s.With["sarif_file"]
					assert.Contains(t, s.If, "always()", "upload the SARIF log also when the check step failed")
				}
			}
			assert.Equal(t, []string{"actions/checkout", "actions/setup-go", "", "", "github/codeql-action/upload-sarif"}, uses)
			require.NotEmpty(t, sarifOut, "the check writes no SARIF file")
			assert.Equal(t, sarifOut, uploaded, "upload-sarif uploads another file than the check writes")
		}
	}
	assert.Equal(t, 1, workflows, "workflows in %s", ciDoc)
}
