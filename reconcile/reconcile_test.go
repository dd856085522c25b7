package reconcile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/gen"
	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/load"
	"github.com/reconcile-news/reconcile/reconcile/match"
	"github.com/reconcile-news/reconcile/reconcile/report"
)

const fixtures = "../fixtures/articles"

func TestReadSameForAnyJobs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	require.NoError(t, err)
	// Reverse the order given so that sorting is exercised.
	for i, j := 0, len(files)-1; i < j; i, j = i+1, j-1 {
		files[i], files[j] = files[j], files[i]
	}
	var outs []string
	for _, jobs := range []int{1, 4} {
		opts, err := DefaultOptions()
		require.NoError(t, err)
		opts.Jobs = jobs
		var calls []Progress
		opts.Progress = func(p Progress) { calls = append(calls, p) }
		arts, _, err := Read(context.Background(), files, opts)
		require.NoError(t, err)
		for i := 1; i < len(arts); i++ {
			assert.Less(t, arts[i-1].Source.Path, arts[i].Source.Path)
		}
		require.Len(t, calls, len(files))
		last := calls[len(calls)-1]
		assert.Equal(t, len(files), last.Files)
		assert.Equal(t, len(files), last.Total)
		assert.Positive(t, last.Bytes)
		rep, err := Reconcile(context.Background(), arts, opts)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, report.WriteJSON(&b, rep, report.DefaultOptions()))
		outs = append(outs, b.String())
	}
	assert.Equal(t, outs[0], outs[1], "jobs=1 and jobs=4 differ")
}

// TestReconcileSameForAnyJobs compares the blocks of a generated corpus
// one at a time and on several goroutines: the reports, near misses
// included, must be the same bytes.
func TestReconcileSameForAnyJobs(t *testing.T) {
	dir := t.TempDir()
	c, err := gen.Write(dir, gen.Options{Articles: 200, Seed: 7})
	require.NoError(t, err)
	var paths []string
	for _, f := range c.Files {
		paths = append(paths, filepath.Join(dir, gen.ArticleDir, f.Name))
	}
	var outs []string
	for _, jobs := range []int{1, 3} {
		opts, err := DefaultOptions()
		require.NoError(t, err)
		opts.Jobs = jobs
		opts.Compare.Explain = true
		rep, err := Run(context.Background(), paths, opts)
		require.NoError(t, err)
		require.NotEmpty(t, rep.Discrepancies)
		require.NotEmpty(t, rep.NearMisses)
		var b bytes.Buffer
		require.NoError(t, report.WriteJSON(&b, rep, report.DefaultOptions()))
		outs = append(outs, b.String())
	}
	assert.Equal(t, outs[0], outs[1], "jobs=1 and jobs=3 differ")
}

func TestReadErrorsInFileOrder(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, nil, 0o644)) // empty: an input error
		paths = append(paths, p)
	}
	for _, jobs := range []int{1, 3} {
		opts, err := DefaultOptions()
		require.NoError(t, err)
		opts.Jobs = jobs
		_, _, err = Read(context.Background(), paths, opts)
		var list load.ErrorList
		require.True(t, errors.As(err, &list), "%v", err)
		require.Len(t, list, 4)
		for i, e := range list {
			assert.Equal(t, paths[i], e.Path)
		}
	}
}

// A JSON Lines file with bad lines: without KeepGoing its first bad line is
// the error; with it the good lines are read and each bad line is a problem.
func TestReadPartlyBadJSONL(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "feed.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(
		`{"title": "Storm closes harbor", "body": "The harbor in Velmora closed on Tuesday after a storm killed 12 people."}`+"\n"+
			`{"title": "Broken", "body": "no closing quote}`+"\n"+
			`{"title": "Flood", "body": "The river rose 3 meters overnight in Orva, officials said."}`+"\n"+
			`{"title": "Empty", "body": ""}`+"\n"), 0o644))
	good := filepath.Join(dir, "other.txt")
	require.NoError(t, os.WriteFile(good, []byte("Storm hits Velmora\n\nThe storm killed 14 people in Velmora on Tuesday.\n"), 0o644))
	tests := []struct {
		name         string
		keepGoing    bool
		wantErr      string
		wantSources  []string
		wantProblems []string
	}{
		{
			name:    "stop",
			wantErr: bad + ":2:47: syntax error: unexpected end of JSON",
		},
		{
			name:        "keep going",
			keepGoing:   true,
			wantSources: []string{bad + ":1", bad + ":3", good},
			wantProblems: []string{
				bad + ":2:47: syntax error: unexpected end of JSON",
				bad + ":4:20: article body is empty",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts, err := DefaultOptions()
			require.NoError(t, err)
			opts.KeepGoing = tt.keepGoing
			arts, problems, err := Read(context.Background(), []string{bad, good}, opts)
			if tt.wantErr != "" {
				var list load.ErrorList
				require.ErrorAs(t, err, &list)
				require.Len(t, list, 1, "the first bad line of the file")
				assert.Equal(t, tt.wantErr, list[0].Error())
				assert.Nil(t, arts)
				return
			}
			require.NoError(t, err)
			var sources []string
			for _, a := range arts {
				sources = append(sources, a.Source.Path)
			}
			assert.Equal(t, tt.wantSources, sources)
			var msgs []string
			for _, p := range problems {
				assert.Equal(t, bad, p.Path)
				msgs = append(msgs, p.Message)
			}
			assert.Equal(t, tt.wantProblems, msgs)
		})
	}
}

func TestReadCancelled(t *testing.T) {
	opts, err := DefaultOptions()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err = Read(ctx, []string{fixtures}, opts)
	assert.ErrorIs(t, err, context.Canceled)
}

// A file that never answers (a FIFO whose writer sends nothing) does not
// keep a cancelled Read from returning.
func TestReadCancelledWhileBlocked(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "never.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	opts, err := DefaultOptions()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, _, err := Read(ctx, []string{fifo}, opts)
		done <- err
	}()
	// Once a worker has the FIFO open for reading, a writer can open it
	// without blocking; the writer then stays silent, so the worker waits
	// for data that never comes.
	var writer *os.File
	for deadline := time.Now().Add(time.Minute); writer == nil; time.Sleep(time.Millisecond) {
		require.True(t, time.Now().Before(deadline), "Read never opened the FIFO")
		writer, _ = os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0)
	}
	defer writer.Close() // lets the stuck worker finish after the test
	cancel()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(time.Minute):
		t.Fatal("Read did not return after cancellation")
	}
}

func TestValidateJobs(t *testing.T) {
	opts, err := DefaultOptions()
	require.NoError(t, err)
	opts.Jobs = 0
	assert.ErrorContains(t, opts.Validate(), "jobs 0")
}

func TestWithClaims(t *testing.T) {
	arts := []Article{{Source: model.Source{Path: "a.txt"}, Claims: []model.Claim{{ID: "a1", Span: model.Span{Source: "a.txt", Start: model.Pos{Offset: 10}}}}}}
	got, err := WithClaims(arts, []model.Claim{
		{ID: "x1", Span: model.Span{Source: "a.txt", Start: model.Pos{Offset: 5}}},
		{ID: "x2", Span: model.Span{Source: "b.txt"}},
		{ID: "x3", Span: model.Span{Source: "b.txt"}},
	})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, []string{"x1", "a1"}, []string{got[0].Claims[0].ID, got[0].Claims[1].ID}, "joined and sorted by offset")
	assert.Len(t, arts[0].Claims, 1, "input not modified")
	assert.Equal(t, "b.txt", got[1].Source.Path)
	assert.Len(t, got[1].Claims, 2)

	_, err = WithClaims(arts, []model.Claim{{ID: "a1", Span: model.Span{Source: "c.txt"}}})
	assert.ErrorContains(t, err, "claim a1: duplicate id")
}

func TestKeepInvolving(t *testing.T) {
	claim := func(src string) *model.Claim { return &model.Claim{Span: model.Span{Source: src}} }
	r := &model.Report{
		Discrepancies: []model.Discrepancy{
			{Message: "old", Claims: []*model.Claim{claim("a"), claim("b")}},
			{Message: "new", Claims: []*model.Claim{claim("a"), claim("n")}},
		},
		Agreements: []model.Agreement{{Value: "old", Claims: []*model.Claim{claim("a")}}, {Value: "new", Claims: []*model.Claim{claim("n")}}},
		NearMisses: []model.NearMiss{{Reason: "old", Claims: [2]*model.Claim{claim("a"), claim("b")}}},
	}
	KeepInvolving(r, map[string]bool{"n": true})
	require.Len(t, r.Discrepancies, 1)
	assert.Equal(t, "new", r.Discrepancies[0].Message)
	require.Len(t, r.Agreements, 1)
	assert.Equal(t, "new", r.Agreements[0].Value)
	assert.Empty(t, r.NearMisses)
}

func TestIgnoreMatches(t *testing.T) {
	d := &model.Discrepancy{Kind: model.RoleConflict, Claims: []*model.Claim{
		{Span: model.Span{Source: "news/a.txt"}}, {Span: model.Span{Source: "drafts/b.txt"}},
	}}
	tests := []struct {
		name string
		rule Ignore
		want bool
	}{
		{"file name of any claim", Ignore{Path: "b.txt"}, true},
		{"path glob", Ignore{Path: "drafts/*.txt"}, true},
		{"path glob must match the whole path", Ignore{Path: "*.txt"}, true},
		{"slash pattern is not a file name", Ignore{Path: "*/c.txt"}, false},
		{"same kind", Ignore{Path: "a.txt", Kind: model.RoleConflict}, true},
		{"other kind", Ignore{Path: "a.txt", Kind: model.DateMismatch}, false},
		{"no file", Ignore{Path: "c.txt"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.rule.Matches(d))
		})
	}
	opts, err := DefaultOptions()
	require.NoError(t, err)
	opts.Ignore = []Ignore{{Path: "["}}
	assert.ErrorContains(t, opts.Validate(), `ignore path "["`)
}

func TestCanonList(t *testing.T) {
	canon := func(s string) string {
		switch s {
		case "zelenskyy":
			return "zelensky"
		case "putin's office":
			return "kremlin"
		}
		return s
	}
	tests := []struct {
		name     string
		in       []string
		want     []string
		wantSame bool // the list itself comes back
	}{
		{"nil", nil, []string{}, false},
		{"empty", []string{}, []string{}, false},
		{"canonical and sorted", []string{"kyiv", "zelensky"}, []string{"kyiv", "zelensky"}, true},
		{"a name resolved", []string{"kyiv", "zelenskyy"}, []string{"kyiv", "zelensky"}, false},
		{"resolved out of order", []string{"kyiv", "putin's office"}, []string{"kremlin", "kyiv"}, false},
		{"canonical, unsorted", []string{"zelensky", "kyiv"}, []string{"kyiv", "zelensky"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := canonList(in, canon)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, in, "the list given is left as it was")
			if len(got) > 0 {
				assert.Equal(t, tt.wantSame, &got[0] == &in[0])
			}
		})
	}
}

// TestPreparerReused checks that a preparer kept from one article to the
// next, as prepare keeps one per goroutine, prepares each article as a
// new preparer does, after a small article and after one so large that
// the preparer is made anew.
func TestPreparerReused(t *testing.T) {
	dir := t.TempDir()
	c, err := gen.Write(dir, gen.Options{Articles: 40, Seed: 3})
	require.NoError(t, err)
	var paths []string
	for _, f := range c.Files {
		paths = append(paths, filepath.Join(dir, gen.ArticleDir, f.Name))
	}
	opts, err := DefaultOptions()
	require.NoError(t, err)
	read := func() []Article {
		arts, _, err := Read(context.Background(), paths, opts)
		require.NoError(t, err)
		// A large article in the middle: more names than a preparer keeps.
		big := Article{Source: model.Source{Path: "big.txt"}}
		for i := range 2 * maxKeptNames {
			big.Entities = append(big.Entities, model.Entity{Name: fmt.Sprintf("Place %d", i), Kind: model.Place})
		}
		return slices.Insert(arts, len(arts)/2, big)
	}
	var names []string
	for _, a := range read() {
		for _, e := range a.Entities {
			names = append(names, e.Name)
		}
	}
	res := match.NewResolver(names, nil)
	kept, fresh := read(), read()
	p := newPreparer(res, nil)
	for i := range kept {
		got := p.article(&kept[i])
		want := newPreparer(res, nil).article(&fresh[i])
		assert.Equal(t, want, got, "article %d", i)
		assert.Equal(t, fresh[i].Claims, kept[i].Claims, "article %d's claims", i)
	}
}

// TestDefaultEvents pins which subjects a date may share as one event:
// the events list's, a court's acts and the measures marked as events;
// not a casualty or a count.
func TestDefaultEvents(t *testing.T) {
	opts, err := DefaultOptions()
	require.NoError(t, err)
	for subject, want := range map[string]bool{
		"earthquake": true, "capsize": true, // the events list
		"arrest": true, "sentence": true, // a court's acts
		"release": true, "meet": true, // measures of class event
		"kill": false, "employ": false, "medical": false,
	} {
		assert.Equal(t, want, opts.Compare.Event(subject), subject)
	}
}

// TestDefaultWordSets pins the lexicon's word sets that DefaultOptions
// hands to the comparison: turnout as the one figure of an election, and
// the function words that the last tie between counterparts leaves out.
func TestDefaultWordSets(t *testing.T) {
	opts, err := DefaultOptions()
	require.NoError(t, err)
	for _, tt := range []struct {
		name string
		set  func(string) bool
		word string
		want bool
	}{
		{"one per event", opts.Compare.OnePerEvent, "turnout", true},
		{"one per event", opts.Compare.OnePerEvent, "vote", false},
		{"stop word", opts.Compare.Stopword, "that", true},
		{"stop word", opts.Compare.Stopword, "cabin", false},
	} {
		require.NotNil(t, tt.set, tt.name)
		assert.Equal(t, tt.want, tt.set(tt.word), "%s: %s", tt.name, tt.word)
	}
}

// TestLeadCounts checks that two stories' first sentences that count
// what their event left, with no verb to say what is counted, are set
// against each other, and that a count elsewhere, a vague one, one
// place's share, a whole a part is taken from or a count of another
// thing is not.
func TestLeadCounts(t *testing.T) {
	const a = "Bike-share scheme halted\n\nKESSMARK, Norvania — About 2,400 bikes lay unused across Kessmark on Wednesday after Spokewise Mobility went into administration.\n\nThe company employed 187 people.\n"
	tests := []struct {
		name, b string
		want    bool
	}{
		{"two leads count the bikes", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration, leaving some 1,900 bikes locked in their docks across Kessmark.\n\nStaff were sent home.\n", true},
		{"a count past the lead", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration in Kessmark, owing creditors €14.6 million.\n\nSome 1,900 bikes were left locked in their docks across Kessmark.\n", false},
		{"a vague count", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration, leaving dozens of bikes locked in their docks across Kessmark.\n\nStaff were sent home.\n", false},
		{"one place's share", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration, with 1,300 bikes locked in the docks of the Kessmark old town alone.\n\nStaff were sent home.\n", false},
		{"a whole a part is taken from", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration, leaving 700 of its 1,900 bikes locked in their docks across Kessmark.\n\nStaff were sent home.\n", false},
		{"a count of more", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration, and 300 more bikes were found locked in their docks across Kessmark.\n\nStaff were sent home.\n", false},
		{"another thing counted", "Spokewise Mobility collapses\n\nKESSMARK, Norvania — Spokewise Mobility has entered administration, leaving some 1,900 scooters locked in their docks across Kessmark.\n\nStaff were sent home.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairFlags(t, a, tt.b, func(d *model.Discrepancy) bool {
				return d.Kind == model.QuantityMismatch && d.Subject == "bicycle"
			})
			assert.Equal(t, tt.want, got)
		})
	}
}

// pairFlags reconciles two articles, a and b, with the default options,
// and reports whether any finding is one that flagged picks.
func pairFlags(t *testing.T, a, b string, flagged func(*model.Discrepancy) bool) bool {
	t.Helper()
	opts, err := DefaultOptions()
	require.NoError(t, err)
	dir := t.TempDir()
	pa, pb := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(pa, []byte(a), 0o644))
	require.NoError(t, os.WriteFile(pb, []byte(b), 0o644))
	rep, err := Run(context.Background(), []string{pa, pb}, opts)
	require.NoError(t, err)
	for i := range rep.Discrepancies {
		if flagged(&rep.Discrepancies[i]) {
			return true
		}
	}
	return false
}

// TestStoryCount checks which claims of a lead sentence count what a
// story's event left (see storyCount).
func TestStoryCount(t *testing.T) {
	const lead = 100
	count := func(edit func(*model.Claim)) *model.Claim {
		c := &model.Claim{Kind: model.QuantityClaim, Value: model.Point(model.Count, 2400), Subject: "bicycle",
			Sentence: model.Range{Start: model.Pos{Offset: lead}, End: model.Pos{Offset: lead + 80}}}
		if edit != nil {
			edit(c)
		}
		return c
	}
	tests := []struct {
		name string
		c    *model.Claim
		want bool
	}{
		{"a count of bikes", count(nil), true},
		{"a sum", count(func(c *model.Claim) { c.Value = model.Point(model.Amount, 2400) }), false},
		{"no subject", count(func(c *model.Claim) { c.Subject = "" }), false},
		{"a measure", count(func(c *model.Claim) { c.Measure = "strand" }), false},
		{"a version", count(func(c *model.Claim) { c.Version = model.Additional }), false},
		{"another sentence", count(func(c *model.Claim) { c.Sentence.Start.Offset = lead + 200 }), false},
		{"no sentence", count(func(c *model.Claim) { c.Sentence = model.Range{} }), false},
		{"a date", count(func(c *model.Claim) { c.Kind = model.TimeClaim }), false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, storyCount(tt.c, lead), tt.name)
	}
	// A claim read from JSON Lines may know no sentence: it stands in no
	// lead, even one that opens its text.
	assert.False(t, storyCount(count(func(c *model.Claim) { c.Sentence = model.Range{} }), 0), "no sentence, lead at offset 0")
}

// TestLeadDates checks that two stories' first sentences that date their
// event by day and month are set against each other, whatever words each
// tells the event in, and that a date elsewhere, or of what was said, is
// not.
func TestLeadDates(t *testing.T) {
	const a = "Seven fans die in stadium crush\n\nHARLSBURG, Valdoria — Seven fans died in a crowd surge at a turnstile gate outside Brennick Park on Saturday, May 17, police said.\n\nThe gate had been shut after a scanner fault.\n"
	tests := []struct {
		name, b string
		want    bool
	}{
		{"two leads date the crush", "Families demand answers over Brennick Park crush\n\nHARLSBURG, Valdoria — Families of the seven fans who died in a crush outside Brennick Park on Sunday, May 18, demanded answers.\n\nInvestigators examined footage.\n", true},
		{"a date past the lead is another event's", "Families demand answers over Brennick Park crush\n\nHARLSBURG, Valdoria — Families of the seven fans who died in a crush outside Brennick Park demanded answers.\n\nA memorial service is planned outside Brennick Park on Sunday, May 18.\n", false},
		{"a weekday of a lead may date a later act", "Families demand answers over Brennick Park crush\n\nHARLSBURG, Valdoria — Families of the seven fans gathered at the gate outside Brennick Park on Sunday.\n\nInvestigators examined footage.\n", false},
		{"a lead's earlier disaster", "Families demand answers over Brennick Park crush\n\nHARLSBURG, Valdoria — It was the worst disaster at Brennick Park since May 18, 1994, when a crush killed 23 fans.\n\nInvestigators examined footage.\n", false},
		{"a lead's date of saying is the saying's", "Police report on Brennick Park crush\n\nHARLSBURG, Valdoria — Police said on Sunday, May 18, that seven fans died in a crush outside Brennick Park.\n\nInvestigators examined footage.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairFlags(t, a, tt.b, func(d *model.Discrepancy) bool { return d.Kind == model.DateMismatch })
			assert.Equal(t, tt.want, got)
		})
	}
}
