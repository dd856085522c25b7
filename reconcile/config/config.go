package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/report"
	"github.com/reconcile-news/reconcile/reconcile/yamlerr"
)

// FileName is the name Find looks for.
const FileName = ".reconcile.yaml"

// Config is the content of a configuration file, checked.
type Config struct {
	Path      string                         `yaml:"-"`
	Aliases   map[string]string              `yaml:"aliases"`
	Lexicon   map[string]map[string][]string `yaml:"lexicon"`
	Tolerance *float64                       `yaml:"tolerance"`
	Severity  map[string]string              `yaml:"severity"`
	Ignore    []Ignore                       `yaml:"ignore"`
	Defaults  Defaults                       `yaml:"defaults"`

	lines map[string]int // line of each key path: "lexicon.measures.intercept"
}

// Ignore is one rule of the ignore list; see reconcile.Ignore.
type Ignore struct {
	Path   string `yaml:"path"`
	Kind   string `yaml:"kind"`
	Reason string `yaml:"reason"`
}

// Defaults are values of flags used when the flag is not given.
type Defaults struct {
	Format      []string `yaml:"format"`
	MinSeverity string   `yaml:"min_severity"`
	FailOn      string   `yaml:"fail_on"`
	Jobs        int      `yaml:"jobs"`
}

// Error is a problem in a configuration file, at a line when one is known.
type Error = yamlerr.Error

// Find returns the path of the configuration file in dir or its nearest
// parent that has one, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		fi, err := os.Stat(p)
		if err == nil && !fi.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("find config: %w", err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and checks the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; path is used in errors. Every
// problem is reported as an *Error, joined with errors.Join.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path, lines: map[string]int{}}
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	if err := yamlerr.Encoding(path, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); errors.Is(err, io.EOF) {
		return c, nil // only comments
	} else if err != nil {
		return nil, yamlerr.FromDecoder(path, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != nil && err != io.EOF {
		return nil, yamlerr.FromDecoder(path, err)
	} else if err == nil {
		return nil, &Error{Path: path, Line: extra.Line, Msg: "more than one YAML document"}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlerr.FromDecoder(path, err)
	}
	if len(root.Content) > 0 {
		walkLines(root.Content[0], "", c.lines)
	}
	if err := c.check(); err != nil {
		return nil, err
	}
	return c, nil
}

// walkLines records the line of every mapping key and sequence item.
func walkLines(n *yaml.Node, prefix string, out map[string]int) {
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := join(n.Content[i].Value)
			out[k] = n.Content[i].Line
			walkLines(n.Content[i+1], k, out)
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			k := join(strconv.Itoa(i))
			out[k] = item.Line
			walkLines(item, k, out)
		}
	}
}

// errAt returns an *Error at the line of the key path, or of its nearest
// parent with a known line: a key brought in by a merge ("<<") or an alias
// ("*name") has none of its own.
func (c *Config) errAt(key, format string, args ...any) error {
	line := c.lines[key]
	for k := key; line == 0 && k != ""; {
		i := strings.LastIndexByte(k, '.')
		if i < 0 {
			break
		}
		k = k[:i]
		line = c.lines[k]
	}
	return &Error{Path: c.Path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// check validates the values, every problem with its line.
func (c *Config) check() error {
	var errs []error
	for _, a := range slices.Sorted(maps.Keys(c.Aliases)) {
		if strings.TrimSpace(a) == "" || strings.TrimSpace(c.Aliases[a]) == "" {
			errs = append(errs, c.errAt("aliases."+a, "alias %q: want a name and a canonical name", a))
		}
	}
	lists := lexicon.Lists()
	for _, l := range slices.Sorted(maps.Keys(c.Lexicon)) {
		if !contains(lists, l) {
			errs = append(errs, c.errAt("lexicon."+l, "unknown lexicon list %q (want one of %s)", l, strings.Join(lists, ", ")))
			continue
		}
		// Try the words on a scratch lexicon so that bad ones are found here.
		lx, err := lexicon.Default()
		if err != nil {
			return err
		}
		for _, canon := range slices.Sorted(maps.Keys(c.Lexicon[l])) {
			if err := lx.Extend(l, canon, c.Lexicon[l][canon]...); err != nil {
				errs = append(errs, c.errAt("lexicon."+l+"."+canon, "lexicon %s: %v", l, err))
			}
		}
	}
	if c.Tolerance != nil && (*c.Tolerance < 0 || *c.Tolerance > 1) {
		errs = append(errs, c.errAt("tolerance", "tolerance %v: want a fraction between 0 and 1", *c.Tolerance))
	}
	for _, k := range slices.Sorted(maps.Keys(c.Severity)) {
		if !knownKind(k) {
			errs = append(errs, c.errAt("severity."+k, "unknown finding kind %q (want one of %s)", k, kindNames()))
		}
		if _, err := model.ParseSeverity(c.Severity[k]); err != nil {
			errs = append(errs, c.errAt("severity."+k, "%v", err))
		}
	}
	for i, ig := range c.Ignore {
		key := "ignore." + strconv.Itoa(i)
		if strings.TrimSpace(ig.Path) == "" {
			errs = append(errs, c.errAt(key, "ignore rule has no path"))
		} else if _, err := path.Match(ig.Path, ""); err != nil {
			errs = append(errs, c.errAt(key+".path", "ignore path %q: %v", ig.Path, err))
		}
		if ig.Kind != "" && !knownKind(ig.Kind) {
			errs = append(errs, c.errAt(key+".kind", "unknown finding kind %q (want one of %s)", ig.Kind, kindNames()))
		}
		if strings.TrimSpace(ig.Reason) == "" {
			errs = append(errs, c.errAt(key, "ignore rule has no reason; say why these findings are ignored"))
		}
	}
	d := c.Defaults
	for i, f := range d.Format {
		name, _, _ := strings.Cut(f, "=")
		if _, err := report.ParseFormat(name); err != nil {
			errs = append(errs, c.errAt("defaults.format."+strconv.Itoa(i), "%v", err))
		}
	}
	if d.MinSeverity != "" {
		if _, err := model.ParseSeverity(d.MinSeverity); err != nil {
			errs = append(errs, c.errAt("defaults.min_severity", "%v", err))
		}
	}
	if d.FailOn != "" {
		if _, err := model.ParseSeverity(d.FailOn); err != nil {
			errs = append(errs, c.errAt("defaults.fail_on", "%v", err))
		}
	}
	if _, set := c.lines["defaults.jobs"]; set && d.Jobs < 1 {
		errs = append(errs, c.errAt("defaults.jobs", "jobs %d: want at least 1", d.Jobs))
	}
	return errors.Join(errs...)
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func knownKind(k string) bool {
	for _, x := range model.Kinds() {
		if string(x) == k {
			return true
		}
	}
	return false
}

func kindNames() string {
	var names []string
	for _, k := range model.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// Apply sets opts from the configuration: aliases, lexicon words,
// tolerance, severity overrides, ignore rules and the default jobs.
// Options the configuration does not mention are left alone.
func (c *Config) Apply(opts *reconcile.Options) error {
	if len(c.Aliases) > 0 {
		m := make(map[string]string, len(opts.Aliases)+len(c.Aliases))
		for k, v := range opts.Aliases {
			m[k] = v
		}
		for k, v := range c.Aliases {
			m[k] = v
		}
		opts.Aliases = m
	}
	for _, l := range slices.Sorted(maps.Keys(c.Lexicon)) {
		for _, canon := range slices.Sorted(maps.Keys(c.Lexicon[l])) {
			if err := opts.Lexicon.Extend(l, canon, c.Lexicon[l][canon]...); err != nil {
				return c.errAt("lexicon."+l+"."+canon, "lexicon %s: %v", l, err)
			}
		}
	}
	if c.Tolerance != nil {
		opts.Compare.Tolerance = *c.Tolerance
	}
	if len(c.Severity) > 0 {
		opts.Severity = map[model.Kind]model.Severity{}
		for k, v := range c.Severity {
			s, _ := model.ParseSeverity(v) // checked by Parse
			opts.Severity[model.Kind(k)] = s
		}
	}
	for _, ig := range c.Ignore {
		opts.Ignore = append(opts.Ignore, reconcile.Ignore{Path: ig.Path, Kind: model.Kind(ig.Kind), Reason: ig.Reason})
	}
	if c.Defaults.Jobs > 0 {
		opts.Jobs = c.Defaults.Jobs
	}
	return nil
}
