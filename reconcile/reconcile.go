package reconcile

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/reconcile-news/reconcile/internal/par"
	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/compare"
	"github.com/reconcile-news/reconcile/reconcile/extract"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
	"github.com/reconcile-news/reconcile/reconcile/match"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// Options configure a run. Start from DefaultOptions.
type Options struct {
	Lexicon   *lexicon.Lexicon  // word lists; DefaultOptions loads the embedded ones
	Aliases   map[string]string // extra entity aliases: alias -> canonical name
	Compare   compare.Options   // matching thresholds
	MaxBytes  int64             // largest article file read
	KeepGoing bool              // skip unreadable files, list them in the report
	Jobs      int               // files read and extracted at once; DefaultOptions sets runtime.NumCPU()

	// SkipMentions makes Read count where each entity is named without
	// keeping the places (model.Entity.Count, no Mentions). A check reads
	// only the counts, and the places are most of the memory entities
	// take; a corpus stores them, so articles read for one need them.
	SkipMentions bool

	Severity map[model.Kind]model.Severity // replaces the severity of every finding of a kind
	Ignore   []Ignore                      // findings dropped from the report

	// Progress, when set, is called by Read after each file is read, from
	// one goroutine at a time, in no particular file order.
	Progress func(Progress)
}

// Ignore drops findings: those of Kind ("" for any kind) with a claim from
// a source whose path matches the glob Path (path.Match syntax, on the
// slash-separated path; a pattern without "/" is matched against the file
// name). Reason says why, for people.
type Ignore struct {
	Path   string
	Kind   model.Kind
	Reason string
}

// Matches reports whether the rule drops d.
func (ig Ignore) Matches(d *model.Discrepancy) bool {
	if ig.Kind != "" && ig.Kind != d.Kind {
		return false
	}
	for _, c := range d.Claims {
		p := filepath.ToSlash(c.Span.Source)
		if !strings.Contains(ig.Path, "/") {
			p = path.Base(p)
		}
		if ok, _ := path.Match(ig.Path, p); ok {
			return true
		}
	}
	return false
}

// Progress is how far Read has got.
type Progress struct {
	Files int   // files read so far, including those that failed
	Total int   // files to read
	Bytes int64 // size of the files read so far
}

// DefaultOptions returns the options of a plain `reconcile check`.
func DefaultOptions() (Options, error) {
	lx, err := lexicon.Default()
	if err != nil {
		return Options{}, err
	}
	o := Options{Lexicon: lx, Compare: compare.DefaultOptions(), MaxBytes: load.DefaultMaxBytes, Jobs: runtime.NumCPU()}
	o.Compare.Aggregate = aggregatePeriods(lx)
	o.Compare.Party = lx.Set(lexicon.Parties).Has
	portfolios := map[string]bool{}
	for _, p := range lx.Table(lexicon.Portfolios).Canonicals() {
		portfolios[p] = true
	}
	o.Compare.Portfolio = func(of string) bool { return portfolios[of] }
	events := map[string]bool{}
	for _, e := range lx.Table(lexicon.Events).Canonicals() {
		events[e] = true
	}
	// A court's acts (an arrest, a charge, a conviction, a sentence) are
	// events too: a story of one case has one of each.
	o.Compare.Event = func(s string) bool { return events[s] || lx.Class(s) == "legal" || lx.Class(s) == "event" }
	o.Compare.Reported = func(s string) bool { return lx.Class(s) == "finance" }
	o.Compare.Reading = func(m string) bool { return lx.Class(m) == "reading" }
	o.Compare.OnePerEvent = func(s string) bool { return lx.Class(s) == "election" }
	o.Compare.Stopword = lx.Set(lexicon.Stopwords).Has
	o.Compare.TimeUnit = func(w string) (float64, bool) {
		u, ok := lx.Unit(w)
		return u.Factor, ok && u.IsTime()
	}
	return o, nil
}

// aggregatePeriods lists the periods the lexicon marks as aggregates.
func aggregatePeriods(lx *lexicon.Lexicon) map[string]bool {
	out := map[string]bool{}
	for _, p := range lx.Table(lexicon.Periods).Canonicals() {
		if lx.Class(p) == "aggregate" {
			out[p] = true
		}
	}
	return out
}

// Validate reports whether the options can be used.
func (o Options) Validate() error {
	if o.Lexicon == nil {
		return errors.New("options: no lexicon")
	}
	if o.MaxBytes <= 0 {
		return fmt.Errorf("options: max bytes %d: want a positive size", o.MaxBytes)
	}
	for _, ig := range o.Ignore {
		if _, err := path.Match(ig.Path, ""); err != nil {
			return fmt.Errorf("options: ignore path %q: %w", ig.Path, err)
		}
	}
	if o.Jobs < 1 {
		return fmt.Errorf("options: jobs %d: want at least 1", o.Jobs)
	}
	return o.Compare.Validate()
}

// Article is one source with the claims read from it.
type Article struct {
	Source   model.Source
	Claims   []model.Claim
	Entities []model.Entity
}

// Read loads the articles under paths (files or directories) and extracts
// their claims, opts.Jobs files at a time. Articles are returned sorted by
// path, and input errors in the order of the files, whatever opts.Jobs is.
// Input errors are returned as a load.ErrorList, with the first error of
// each bad file; with KeepGoing the readable articles are returned along
// with the problems, and a JSON Lines file with some bad lines gives the
// articles of its good lines and one problem for each bad line.
func Read(ctx context.Context, paths []string, opts Options) ([]Article, []model.InputProblem, error) {
	if err := opts.Validate(); err != nil {
		return nil, nil, err
	}
	l := load.New(opts.Lexicon)
	l.MaxBytes = opts.MaxBytes
	files, err := l.Expand(paths)
	if err != nil && !opts.KeepGoing {
		return nil, nil, err
	}
	var problems []model.InputProblem
	if err != nil {
		problems = append(problems, problemsOf(err)...)
	}
	x := extract.New(opts.Lexicon)
	x.SkipMentions = opts.SkipMentions
	results, err := readFiles(ctx, l, x, files, opts)
	if err != nil {
		return nil, nil, err
	}
	var arts []Article
	var errs load.ErrorList
	for i, r := range results {
		switch {
		case r.err == nil:
			arts = append(arts, r.arts...)
		case opts.KeepGoing:
			arts = append(arts, r.arts...)
			problems = append(problems, problemsOf(r.err)...)
		default:
			errs = append(errs, asLoadError(files[i], r.err))
		}
	}
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Source.Path < arts[j].Source.Path })
	return arts, problems, nil
}

// fileResult is what was read from one file: with an error, arts holds
// what could still be read (the good lines of a JSON Lines file).
type fileResult struct {
	arts []Article
	err  error
}

// readFiles loads and extracts files with opts.Jobs workers; the result at
// index i belongs to files[i]. When ctx is done it returns ctx's error at
// once, without waiting for a worker stuck on a file that does not answer
// (a FIFO with no writer, a hung network mount); such a worker finishes, or
// not, on its own.
func readFiles(ctx context.Context, l *load.Loader, x *extract.Extractor, files []string, opts Options) ([]fileResult, error) {
	results := make([]fileResult, len(files))
	jobs := min(opts.Jobs, len(files))
	next := make(chan int)
	done := make(chan int, len(files)) // never blocks a worker, even after we stop listening
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = readFile(l, x, files[i])
				done <- i
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(done) }()
	p := Progress{Total: len(files)}
	for {
		select {
		case i, ok := <-done:
			if !ok {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
				return results, nil
			}
			p.Files++
			for _, a := range results[i].arts {
				p.Bytes += int64(a.Source.Size)
			}
			if opts.Progress != nil {
				opts.Progress(p)
			}
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func readFile(l *load.Loader, x *extract.Extractor, path string) fileResult {
	docs, err := l.Load(path)
	arts := make([]Article, 0, len(docs))
	for _, d := range docs {
		r := x.Extract(d)
		arts = append(arts, Article{Source: d.Source, Claims: r.Claims, Entities: r.Entities})
	}
	return fileResult{arts: arts, err: err}
}

// WithClaims returns arts with claims added: a claim whose source is the
// path of one of arts joins that article; the others are grouped by source
// into new articles of their own, which have only a path. A claim whose ID
// is already taken is an error.
func WithClaims(arts []Article, claims []model.Claim) ([]Article, error) {
	if len(claims) == 0 {
		return arts, nil
	}
	out := make([]Article, len(arts))
	byPath := make(map[string]int, len(arts))
	ids := map[string]bool{}
	for i, a := range arts {
		out[i] = a
		out[i].Claims = append([]model.Claim(nil), a.Claims...)
		byPath[a.Source.Path] = i
		for _, c := range a.Claims {
			ids[c.ID] = true
		}
	}
	for _, c := range claims {
		if ids[c.ID] {
			return nil, fmt.Errorf("claim %s: duplicate id", c.ID)
		}
		ids[c.ID] = true
		i, ok := byPath[c.Span.Source]
		if !ok {
			i = len(out)
			byPath[c.Span.Source] = i
			out = append(out, Article{Source: model.Source{Path: c.Span.Source}})
		}
		out[i].Claims = append(out[i].Claims, c)
	}
	for _, a := range out {
		sort.SliceStable(a.Claims, func(i, j int) bool { return a.Claims[i].Span.Start.Offset < a.Claims[j].Span.Start.Offset })
	}
	return out, nil
}

// KeepInvolving drops from r the discrepancies, agreements and near misses
// none of whose claims comes from one of the sources (paths) in keep. It is
// how a run over a corpus reports only what the new articles bring.
func KeepInvolving(r *model.Report, keep map[string]bool) {
	involves := func(cs []*model.Claim) bool {
		for _, c := range cs {
			if keep[c.Span.Source] {
				return true
			}
		}
		return false
	}
	ds := r.Discrepancies[:0]
	for _, d := range r.Discrepancies {
		if involves(d.Claims) {
			ds = append(ds, d)
		}
	}
	r.Discrepancies = ds
	as := r.Agreements[:0]
	for _, a := range r.Agreements {
		if involves(a.Claims) {
			as = append(as, a)
		}
	}
	r.Agreements = as
	ns := r.NearMisses[:0]
	for _, n := range r.NearMisses {
		if involves(n.Claims[:]) {
			ns = append(ns, n)
		}
	}
	r.NearMisses = ns
}

func asLoadError(path string, err error) *load.Error {
	var le *load.Error
	if errors.As(err, &le) {
		return le
	}
	return &load.Error{Path: path, Err: err}
}

func problemsOf(err error) []model.InputProblem {
	var list load.ErrorList
	if errors.As(err, &list) {
		out := make([]model.InputProblem, 0, len(list))
		for _, e := range list {
			out = append(out, model.InputProblem{Path: e.Path, Message: e.Error()})
		}
		return out
	}
	var le *load.Error
	if errors.As(err, &le) {
		return []model.InputProblem{{Path: le.Path, Message: le.Error()}}
	}
	return []model.InputProblem{{Message: err.Error()}}
}

// Run reads the articles under paths and reconciles them.
func Run(ctx context.Context, paths []string, opts Options) (*model.Report, error) {
	arts, problems, err := Read(ctx, paths, opts)
	if err != nil {
		return nil, err
	}
	rep, err := Reconcile(ctx, arts, opts)
	if err != nil {
		return nil, err
	}
	rep.Problems = problems
	return rep, nil
}

// Reconcile matches and compares the claims of articles already read.
// The report does not depend on the order of arts. Reconcile resolves the
// names in the claims of arts in place, rather than copying a corpus's
// claims (which cost as much memory as the claims and a tenth of a large
// run's time): the caller hands the claims over and must not use them
// afterwards.
func Reconcile(ctx context.Context, arts []Article, opts Options) (*model.Report, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	// compare.Options.Names reads the claims of each source from here, not
	// from the store, which Compare lets go of before it reduces the
	// verdicts; nor from arts, whose entities are not needed after
	// prepare.
	claimsOf := make(map[string][]model.Claim, len(arts))
	for i := range arts {
		claimsOf[arts[i].Source.Path] = arts[i].Claims
	}
	in, err := prepare(ctx, arts, opts)
	if err != nil {
		return nil, err
	}
	st, err := store.New()
	if err != nil {
		return nil, err
	}
	st.Jobs = opts.Jobs
	if err := st.Insert(in.sources, in.records); err != nil {
		return nil, err
	}
	in.records = nil // the store holds them, until the comparison is done
	copts := opts.Compare
	copts.Jobs = opts.Jobs
	copts.Spellings = func(source, anchor string) []string { return in.spellings[source][anchor] }
	copts.Names = in.named.names(claimsOf)
	copts.Claims = func(source string) []model.Claim { return claimsOf[source] }
	out := compare.Compare(st, copts)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &model.Report{
		Sources:       in.summary,
		Entities:      in.entities,
		Discrepancies: adjust(out.Discrepancies, opts),
		Agreements:    out.Agreements,
		NearMisses:    out.NearMisses,
	}, nil
}

// storeInput is what Reconcile puts in the store: the sources sorted by
// path, the entities merged across sources, and the claims with their
// names resolved and their blocking keys.
type storeInput struct {
	sources  []model.Source
	summary  []model.SourceSummary
	entities []model.EntitySummary
	records  []store.Record
	// spellings gives, by source and anchor, the folded names by which
	// the source names an entity it does not name by its canonical name
	// alone (compare.Options.Spellings).
	spellings map[string]map[string][]string
	// named gives the entities each source names (compare.Options.Names).
	named *entityNames
}

// prepare resolves the names of arts across sources and gives each claim
// its blocking keys.
func prepare(ctx context.Context, arts []Article, opts Options) (*storeInput, error) {
	arts = append([]Article(nil), arts...)
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Source.Path < arts[j].Source.Path })
	for i := 1; i < len(arts); i++ {
		if arts[i].Source.Path == arts[i-1].Source.Path {
			return nil, fmt.Errorf("%s: read twice", arts[i].Source.Path)
		}
	}
	// Names across sources resolve to one key per entity: the names of
	// entities, and the subjects of roles (a person; other subjects are
	// things, not names). The resolver is given each name once, as the
	// keys of what the articles say about it, since a large corpus names
	// the same entities in thousands of articles.
	roles := map[string][]string{}
	kinds := map[string]uint8{}
	for i := range arts {
		a := &arts[i]
		for _, e := range a.Entities {
			kinds[e.Name] |= match.KindBit(e.Kind)
			for _, al := range e.Aliases {
				kinds[al] |= match.KindBit(e.Kind)
			}
		}
		for j := range a.Claims {
			if c := &a.Claims[j]; c.Kind == model.RoleClaim && c.Subject != "" {
				roles[c.Subject] = append(roles[c.Subject], c.Role().Title)
			}
		}
	}
	names := make([]string, 0, len(kinds)+len(roles))
	for n := range kinds {
		names = append(names, n)
	}
	for n := range roles {
		if _, ok := kinds[n]; !ok {
			names = append(names, n)
		}
	}
	res := match.NewResolverWithHints(names, opts.Aliases, match.Hints{Roles: roles, Kinds: kinds, Jobs: opts.Jobs})
	aliased := make(map[string]bool, len(opts.Aliases))
	for a := range opts.Aliases {
		aliased[match.Fold(a)] = true
	}
	// Each article is prepared on its own, on opts.Jobs goroutines: its
	// claims' names are resolved in place and its anchors worked out. The
	// results are merged in path order, so they do not depend on which
	// goroutine finished first.
	prepared := make([]preparedArticle, len(arts))
	jobs := max(1, opts.Jobs)
	preparers := make([]*preparer, jobs)
	par.ForEach(len(arts), jobs, func(w, i int) {
		if preparers[w] == nil {
			preparers[w] = newPreparer(res, aliased)
		}
		prepared[i] = preparers[w].article(&arts[i])
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	claims, spelled := 0, 0
	for i := range arts {
		claims += len(arts[i].Claims)
		if len(prepared[i].spelled) > 0 {
			spelled++
		}
	}
	in := &storeInput{
		sources:   make([]model.Source, 0, len(arts)),
		summary:   make([]model.SourceSummary, 0, len(arts)),
		records:   make([]store.Record, 0, claims),
		spellings: make(map[string]map[string][]string, spelled),
	}
	// The entities merged by canonical name: there are at most as many as
	// names of entities (the keys of kinds). Anchors are the blocking
	// forms of names, about as many as the names resolved.
	entityAt := make(map[string]int, len(kinds)) // canonical name -> index in entities
	entities := make([]model.EntitySummary, 0, len(kinds))
	df := make(map[string]int, len(names)) // anchor -> number of articles naming it
	named := newNamesBuilder(len(arts))
	for i := range arts {
		a, p := &arts[i], &prepared[i]
		in.sources = append(in.sources, a.Source)
		in.summary = append(in.summary, model.SourceSummary{Source: a.Source, Claims: len(a.Claims)})
		if len(p.spelled) > 0 {
			in.spellings[a.Source.Path] = p.spelled
		}
		for _, an := range p.anchors {
			df[an]++
		}
		for j := range a.Claims {
			in.records = append(in.records, store.Record{Claim: &a.Claims[j]})
		}
		named.add(a.Source.Path, p.entityKeys)
		for k, e := range a.Entities {
			at, ok := entityAt[p.entityKeys[k]]
			if !ok {
				at = len(entities)
				entityAt[p.entityKeys[k]] = at
				entities = append(entities, model.EntitySummary{Name: e.Name, Kind: e.Kind})
			}
			m := &entities[at]
			addAlias := func(al string) {
				if al != m.Name && !slices.Contains(m.Aliases, al) {
					m.Aliases = append(m.Aliases, al)
				}
			}
			addAlias(e.Name)
			for _, al := range e.Aliases {
				addAlias(al)
			}
			m.Mentions += e.Count
		}
	}
	in.named = named.finish()
	// Keys are worked out an article at a time: its claims' key lists are
	// carved out of one array, and its document key is made once.
	limit := max(minCommonAnchor, len(arts)/commonAnchorShare)
	first := make([]int, len(arts)+1) // where each article's records start
	for i := range arts {
		first[i+1] = first[i] + len(arts[i].Claims)
	}
	specific := make([][]string, jobs) // per goroutine, a claim's specific anchors
	par.ForEach(len(arts), jobs, func(w, i int) {
		anchorsOf := prepared[i].claimAnchors // per claim of the article, its anchors
		size := 0
		for _, an := range anchorsOf {
			size += len(an) + 2 // a role has one key without anchors
		}
		keys := make([]string, 0, size)
		docKey := ""
		lead := leadSentence(arts[i].Claims)
		for r := first[i]; r < first[i+1]; r++ {
			c := in.records[r].Claim
			if docKey == "" || c.Span.Source != in.records[r-1].Claim.Span.Source {
				docKey = match.DocKey(c.Span.Source)
			}
			// Claims naming the same share their anchors, and so their
			// specific anchors.
			if k := r - first[i]; k == 0 || !sameSlice(anchorsOf[k], anchorsOf[k-1]) {
				specific[w] = match.AppendSpecific(specific[w][:0], anchorsOf[k], df, limit)
			}
			start := len(keys)
			keys = match.AppendKeys(keys, c, specific[w], docKey)
			if storyDate(c, lead) {
				keys = match.AppendLeadKeys(keys, start, specific[w])
			} else if storyCount(c, lead) {
				keys = match.AppendLeadCountKeys(keys, start, c, specific[w])
			}
			in.records[r].Keys = keys[start:len(keys):len(keys)]
		}
	})
	// A run limited to some sources keeps the claims that can meet theirs
	// first, so that dropping unpairable keys counts the keys of those
	// claims only. A key two kept claims share is shared in the whole run
	// too; a key that only a left-out claim shared with a kept one cannot
	// be where the kept one meets another kept claim, so dropping it from
	// the kept claim changes no comparison.
	if opts.Compare.Involving != nil {
		in.records = involved(in.records, opts.Compare.Involving, jobs)
	}
	pairable(in.records, jobs)
	// Entities sort by lower-case name, then name; the lower-case names
	// are made once, not at every comparison.
	type keyed struct {
		low string
		e   *model.EntitySummary
	}
	order := make([]keyed, 0, len(entities))
	for i := range entities {
		e := &entities[i]
		sort.Strings(e.Aliases)
		order = append(order, keyed{strings.ToLower(e.Name), e})
	}
	slices.SortFunc(order, func(a, b keyed) int {
		if c := strings.Compare(a.low, b.low); c != 0 {
			return c
		}
		return strings.Compare(a.e.Name, b.e.Name)
	})
	in.entities = make([]model.EntitySummary, 0, len(order))
	for _, k := range order {
		in.entities = append(in.entities, *k.e)
	}
	return in, nil
}

// sameSlice reports whether a and b are the same slice: the same length
// and, when not empty, the same first element.
func sameSlice(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// preparedArticle is what preparer.article works out for one article.
type preparedArticle struct {
	spelled      map[string][]string // anchor -> the article's own names for it, when they differ from its canonical name
	anchors      []string            // the distinct anchors of its claims
	claimAnchors [][]string          // per claim, its anchors
	entityKeys   []string            // per entity, its canonical name
}

// preparer prepares articles (article), one after the other, on one
// goroutine. An article gives a few names again and again, in its entities
// and in every claim: each is resolved once an article, in maps and
// buffers kept from one article to the next.
type preparer struct {
	res     *match.Resolver
	aliased map[string]bool // the configured aliases, folded

	// The article's names as it gives them, resolved (match.Resolver.Resolve).
	names map[string]resolvedName
	// Names (canonical, folded) and their blocking forms (match.Topic).
	topics map[string]string
	// The article's names for each anchor, in the order it first gives
	// them: spells[spelled[anchor]].
	spelled map[string]int
	spells  []spellings
	top     []namedCount    // topEntities' entities
	anchors []string        // the claims' anchors, one claim's after another
	spans   []span          // per claim, where its anchors are in anchors
	seen    map[string]bool // the anchors met so far
	unique  []string        // the distinct anchors, in the order met
}

// span is where a claim's anchors are in preparer.anchors.
type span struct{ start, end int }

// resolvedName is a name as an article gives it, folded and resolved.
type resolvedName struct {
	folded, canon string
}

// spellings are the names an article gives an entity by, in the order it
// first gives them: first, then more.
type spellings struct {
	first string
	more  []string
}

// namedCount is an entity of an article by its canonical name, with the
// number of its mentions.
type namedCount struct {
	name     string
	mentions int
}

// newPreparer returns a preparer resolving names with res; aliased holds
// the configured aliases, folded.
func newPreparer(res *match.Resolver, aliased map[string]bool) *preparer {
	return &preparer{
		res: res, aliased: aliased,
		names: map[string]resolvedName{}, topics: map[string]string{}, spelled: map[string]int{}, seen: map[string]bool{},
	}
}

// maxKeptNames is the number of names past which a preparer is made anew
// for the next article rather than cleared: clearing a map takes as long
// as its largest size, which one large article could leave to every
// article after it.
const maxKeptNames = 1 << 10

// reset readies p for another article.
func (p *preparer) reset() {
	if max(len(p.names), len(p.topics), len(p.spelled), len(p.seen)) > maxKeptNames {
		*p = *newPreparer(p.res, p.aliased)
		return
	}
	clear(p.names)
	clear(p.topics)
	clear(p.spelled)
	clear(p.seen)
	p.spells, p.anchors, p.spans = p.spells[:0], p.anchors[:0], p.spans[:0]
}

// resolve returns name as resolved by p.res; "" stays "".
func (p *preparer) resolve(name string) resolvedName {
	if name == "" {
		return resolvedName{}
	}
	r, ok := p.names[name]
	if !ok {
		r.folded, r.canon = p.res.Resolve(name)
		p.names[name] = r
	}
	return r
}

// canon returns the canonical name of name; "" stays "".
func (p *preparer) canon(name string) string { return p.resolve(name).canon }

// topic returns match.Topic(name).
func (p *preparer) topic(name string) string {
	t, ok := p.topics[name]
	if !ok {
		t = match.Topic(name)
		p.topics[name] = t
	}
	return t
}

// spell notes name as one of the article's names for its entity: folded,
// or canonical when it is a configured alias (the entity's own name).
func (p *preparer) spell(name string) {
	if name == "" {
		return
	}
	r := p.resolve(name)
	f := r.folded
	if p.aliased[f] {
		f = r.canon
	}
	k := p.topic(r.canon)
	i, ok := p.spelled[k]
	switch {
	case !ok:
		p.spelled[k] = len(p.spells)
		p.spells = append(p.spells, spellings{first: f})
	case f != p.spells[i].first && !slices.Contains(p.spells[i].more, f):
		p.spells[i].more = append(p.spells[i].more, f)
	}
}

// article resolves the names in a's claims in place and works out the
// article's anchors and spellings. It touches nothing but a and p, so
// articles can be prepared at once on several preparers.
func (p *preparer) article(a *Article) preparedArticle {
	var out preparedArticle
	p.reset()
	docAnchors := p.topEntities(a.Entities, docAnchorCount)
	for _, e := range a.Entities {
		p.spell(e.Name)
		for _, al := range e.Aliases {
			p.spell(al)
		}
	}
	out.entityKeys = make([]string, len(a.Entities))
	for k, e := range a.Entities {
		out.entityKeys[k] = p.canon(e.Name)
	}
	var from, to []string // the last Entities list resolved, and what it resolved to
	for j := range a.Claims {
		c := &a.Claims[j]
		for _, n := range [...]string{c.Actor, c.Target, c.Origin} {
			p.spell(n)
		}
		c.Actor, c.Target, c.Origin, c.SaidBy = p.canon(c.Actor), p.canon(c.Target), p.canon(c.Origin), p.canon(c.SaidBy)
		if c.Kind == model.RoleClaim {
			c.Subject = p.canon(c.Subject)
			r := c.Role()
			r.Of = p.canon(r.Of)
			c.SetRole(r)
		}
		// Claims of a sentence share one Entities list; it is spelled and
		// resolved once, and kept when it names every entity canonically.
		if len(c.Entities) == 0 || len(c.Entities) != len(from) || &c.Entities[0] != &from[0] {
			for _, e := range c.Entities {
				p.spell(e)
			}
			from, to = c.Entities, canonList(c.Entities, p.canon)
		}
		c.Entities = to
		// A claim naming what the one before it names has its anchors.
		if prev := &a.Claims[max(j-1, 0)]; j > 0 && c.Actor == prev.Actor && c.Target == prev.Target &&
			c.Origin == prev.Origin && slices.Equal(c.Entities, prev.Entities) {
			p.spans = append(p.spans, p.spans[j-1])
			continue
		}
		start := len(p.anchors)
		p.anchors = match.AppendAnchors(p.anchors, c, docAnchors, p.topic)
		p.spans = append(p.spans, span{start, len(p.anchors)})
	}
	// The anchors are copied out of p's buffer, into one array for the
	// article's claims, and once more distinct.
	all := slices.Clone(p.anchors)
	out.claimAnchors = make([][]string, len(a.Claims))
	for j, sp := range p.spans {
		out.claimAnchors[j] = all[sp.start:sp.end:sp.end]
	}
	p.unique = p.unique[:0]
	for _, an := range p.anchors {
		if !p.seen[an] {
			p.seen[an] = true
			p.unique = append(p.unique, an)
		}
	}
	if len(p.unique) > 0 {
		out.anchors = slices.Clone(p.unique)
	}
	for k, i := range p.spelled {
		sp := &p.spells[i]
		if len(sp.more) == 0 && p.topic(sp.first) == k {
			continue // named by its canonical name alone
		}
		if out.spelled == nil {
			out.spelled = map[string][]string{}
		}
		out.spelled[k] = append([]string{sp.first}, sp.more...)
	}
	return out
}

// canonList returns names resolved with canon and sorted, never nil: names
// itself when that changes nothing, else a new list.
func canonList(names []string, canon func(string) string) []string {
	if len(names) == 0 {
		return []string{}
	}
	if slices.IsSorted(names) && !slices.ContainsFunc(names, func(n string) bool { return canon(n) != n }) {
		return names
	}
	out := make([]string, len(names))
	for k, n := range names {
		out[k] = canon(n)
	}
	sort.Strings(out)
	return out
}

// pairable drops from the records' keys those that cannot pair two claims:
// a key no other claim has, and the document key of an article with no
// summary claim or no body claim, since a document block only checks a
// summary against its body. The comparison is unchanged (a pair meets in
// the first key both hold, which is never a dropped one), while the store
// holds only blocks that can pair claims: most keys of a large corpus
// name one claim. Keys are counted in shards by hash, one goroutine a
// shard, of jobs goroutines.
//
// What is left takes little memory: the records' key lists are carved out
// of one array, and every key is one string shared by the claims holding
// it, cut out of one string per shard (at 100,000 articles, 136 MB of key
// lists and strings, most of them room for keys dropped, became 93 MB).
func pairable(records []store.Record, jobs int) {
	// Which documents have both a summary claim and a body claim. A
	// source's claims come together: its entry is looked up once for
	// each run of them.
	type sides struct{ summary, body bool }
	doc := map[string]*sides{}
	var cur *sides
	for i := range records {
		c := records[i].Claim
		if i == 0 || c.Span.Source != records[i-1].Claim.Span.Source {
			if cur = doc[c.Span.Source]; cur == nil {
				cur = &sides{}
				doc[c.Span.Source] = cur
			}
		}
		if c.Section.IsSummary() {
			cur.summary = true
		} else {
			cur.body = true
		}
	}
	// Keys are counted in shards by hash: each key's shard is worked out
	// once, and where the key is in its shard's list is noted for the
	// pass that keeps it or not.
	jobs = max(1, jobs)
	shards := min(jobs, maxKeyShards)
	start := make([]int, len(records)+1) // where each record's keys start in the lists below
	for i := range records {
		start[i+1] = start[i] + len(records[i].Keys)
	}
	shardOf := make([]uint8, start[len(records)])
	at := make([]int32, start[len(records)])
	if shards > 1 {
		seed := maphash.MakeSeed()
		forRecords(len(records), jobs, func(i int) {
			for k, key := range records[i].Keys {
				shardOf[start[i]+k] = uint8(maphash.String(seed, key) % uint64(shards))
			}
		})
	}
	// A shard's keys, with how many claims hold each; then the one
	// string kept for a key, or "" for a key dropped (no key is empty).
	type shard struct {
		keys  []string
		count []int32
	}
	sh := make([]shard, shards)
	par.ForEach(shards, jobs, func(_, w int) {
		t := &sh[w]
		index := make(map[string]int32, len(records)/shards)
		for i := range records {
			for k, key := range records[i].Keys {
				p := start[i] + k
				if int(shardOf[p]) != w {
					continue
				}
				j, ok := index[key]
				if !ok {
					j = int32(len(t.keys))
					index[key] = j
					t.keys = append(t.keys, key)
					t.count = append(t.count, 0)
				}
				t.count[j]++
				at[p] = j
			}
		}
		size := 0
		for j, k := range t.keys {
			if t.count[j] < 2 {
				t.keys[j] = ""
			} else if src, ok := match.DocKeySource(k); ok && (doc[src] == nil || !doc[src].summary || !doc[src].body) {
				t.keys[j] = ""
			}
			size += len(t.keys[j])
		}
		var b strings.Builder
		b.Grow(size)
		for _, k := range t.keys {
			b.WriteString(k)
		}
		all, off := b.String(), 0
		for j, k := range t.keys {
			t.keys[j] = all[off : off+len(k)]
			off += len(k)
		}
	})
	par.ForEach(len(records), jobs, func(_, i int) {
		keys := records[i].Keys[:0]
		for p := start[i]; p < start[i+1]; p++ {
			if kept := sh[shardOf[p]].keys[at[p]]; kept != "" {
				keys = append(keys, kept)
			}
		}
		records[i].Keys = keys
	})
	total := 0
	for i := range records {
		total += len(records[i].Keys)
	}
	all, off := make([]string, total), 0
	for i := range records {
		n := len(records[i].Keys)
		copy(all[off:], records[i].Keys)
		records[i].Keys = all[off : off+n : off+n]
		off += n
	}
}

// Keys are counted in at most maxKeyShards shards; loops over records go
// keyRange records at a time.
const (
	maxKeyShards = 64
	keyRange     = 4096
)

// involved keeps the records a run limited to some sources (a corpus run,
// compare.Options.Involving) can need: the claims of those sources, the
// claims that share a block with one of them, the quantity claims that
// can agree with a kept one through any chain of shared blocks (a
// finding counts the sources agreeing with each side, and agreement is
// transitive), and the body claims of an article whose summary claim is
// kept, since a summary figure its own body contradicts is reported only
// against its body. The other stored claims cannot change what the run
// reports, and leaving them out of the store spares inserting and
// comparing the whole corpus again.
func involved(records []store.Record, accept func(source string) bool, jobs int) []store.Record {
	// Whether a record's source is accepted is asked once for each run of
	// a source's claims, on one goroutine.
	accepted := make([]bool, len(records))
	for i := range records {
		if i > 0 && records[i].Claim.Span.Source == records[i-1].Claim.Span.Source {
			accepted[i] = accepted[i-1]
		} else {
			accepted[i] = accept(records[i].Claim.Span.Source)
		}
	}
	fresh := map[string]bool{} // keys held by a claim of an accepted source
	for i := range records {
		if accepted[i] {
			for _, k := range records[i].Keys {
				fresh[k] = true
			}
		}
	}
	keep := make([]bool, len(records))
	forRecords(len(records), jobs, func(i int) {
		keep[i] = accepted[i] || slices.ContainsFunc(records[i].Keys, func(k string) bool { return fresh[k] && !match.IsDocKey(k) })
	})
	agreeable(records, keep, jobs)
	docs := map[string]bool{} // document keys of kept summary claims
	for i := range records {
		r := &records[i]
		if keep[i] && r.Claim.Section.IsSummary() {
			for _, k := range r.Keys {
				if match.IsDocKey(k) {
					docs[k] = true
				}
			}
		}
	}
	forRecords(len(records), jobs, func(i int) {
		keep[i] = keep[i] || slices.ContainsFunc(records[i].Keys, func(k string) bool { return docs[k] })
	})
	var out []store.Record // a new slice, so that the claims left out are freed
	for i := range records {
		if keep[i] {
			out = append(out, records[i])
		}
	}
	return out
}

// agreeable marks in keep, too, the quantity claims of records joined to
// a kept quantity claim by a chain of shared keys: only quantity claims
// join agreement groups (compare's union), in any block, their own
// article's included.
func agreeable(records []store.Record, keep []bool, jobs int) {
	// The keys of kept quantity claims spread, a pass over the records at a
	// time, to the quantity claims holding one, until a pass adds none. A
	// pass follows a chain of shared keys as far as it runs forward in the
	// records' order, so passes are few (three on 1,000 new articles
	// against 100,000), and a small set of keys costs less than an index
	// of every key of the corpus (0.8 s there). Which records are figures
	// is read from the claims once, on jobs goroutines, so that a pass
	// reads no claim.
	quantity := make([]bool, len(records))
	forRecords(len(records), jobs, func(i int) {
		quantity[i] = records[i].Claim.Kind == model.QuantityClaim && len(records[i].Keys) > 0
	})
	reached := map[string]bool{}
	spread := func(i int) {
		for _, k := range records[i].Keys {
			reached[k] = true
		}
	}
	for i := range records {
		if keep[i] && quantity[i] {
			spread(i)
		}
	}
	for grew := true; grew; {
		grew = false
		for i := range records {
			if keep[i] || !quantity[i] || !slices.ContainsFunc(records[i].Keys, func(k string) bool { return reached[k] }) {
				continue
			}
			keep[i], grew = true, true
			spread(i)
		}
	}
}

// forRecords calls f(i) for every i below n on up to jobs goroutines,
// keyRange records at a time.
func forRecords(n, jobs int, f func(i int)) {
	par.ForEach((n+keyRange-1)/keyRange, jobs, func(_, r int) {
		for i := r * keyRange; i < min(n, (r+1)*keyRange); i++ {
			f(i)
		}
	})
}

// docAnchorCount is how many of an article's most-named entities anchor
// its claims' blocking keys.
const docAnchorCount = 3

// An anchor named by more than one article in commonAnchorShare, and by
// more than minCommonAnchor articles, is too common to tie claims to one
// event (see match.Specific).
const (
	commonAnchorShare = 50
	minCommonAnchor   = 20
)

// topEntities returns the canonical names of the n entities of an article
// with the most mentions, ties broken by name.
func (p *preparer) topEntities(ents []model.Entity, n int) []string {
	p.top = p.top[:0]
	for _, e := range ents {
		// People comment on many events (a spokesman, a minister): a
		// story's places and organizations say which event it is about.
		if e.Kind != model.Person {
			p.top = append(p.top, namedCount{p.canon(e.Name), max(1, e.Count)})
		}
	}
	// The entities of one canonical name count as one.
	slices.SortFunc(p.top, func(a, b namedCount) int { return strings.Compare(a.name, b.name) })
	merged := p.top[:0]
	for _, e := range p.top {
		if k := len(merged) - 1; k >= 0 && merged[k].name == e.name {
			merged[k].mentions += e.mentions
		} else {
			merged = append(merged, e)
		}
	}
	slices.SortFunc(merged, func(a, b namedCount) int {
		return cmp.Or(cmp.Compare(b.mentions, a.mentions), strings.Compare(a.name, b.name))
	})
	out := make([]string, 0, min(n, len(merged)))
	for _, e := range merged[:min(n, len(merged))] {
		out = append(out, e.name)
	}
	return out
}

// adjust applies the severity overrides and ignore rules of opts.
func adjust(ds []model.Discrepancy, opts Options) []model.Discrepancy {
	out := ds[:0]
next:
	for _, d := range ds {
		for _, ig := range opts.Ignore {
			if ig.Matches(&d) {
				continue next
			}
		}
		if s, ok := opts.Severity[d.Kind]; ok {
			d.Severity = s
		}
		out = append(out, d)
	}
	return out
}

// leadSentence returns where the first body sentence that has claims
// starts, or -1 when no claim stands in the body.
func leadSentence(claims []model.Claim) int32 {
	lead := int32(-1)
	for i := range claims {
		c := &claims[i]
		if c.Section == model.Body && !c.Sentence.IsZero() && (lead < 0 || c.Sentence.Start.Offset < lead) {
			lead = c.Sentence.Start.Offset
		}
	}
	return lead
}

// storyDate reports whether c is a date the lead sentence (starting at
// lead) gives a day and month of, and no year: the date of the event a
// story reports (see match.AppendLeadKeys). News writes a date of the
// current year without its year, so "since May 18, 1994, when a crush
// killed 23 fans" is another event's. A date of saying meets the others
// too, and the comparison sets it against none. A claim of no known
// sentence (one read from JSON Lines may have none) stands in no lead.
func storyDate(c *model.Claim, lead int32) bool {
	d := c.Value.Date
	return c.Kind == model.TimeClaim && !c.Sentence.IsZero() && c.Sentence.Start.Offset == lead &&
		d.Month != 0 && d.Day != 0 && d.Year == 0
}

// storyCount reports whether c is a count of a thing, with no measure or
// version, that the lead sentence (starting at lead) gives: what the
// event a story reports left or moved (see match.AppendLeadCountKeys).
func storyCount(c *model.Claim, lead int32) bool {
	return c.Kind == model.QuantityClaim && c.Value.Kind == model.Count && c.Subject != "" && c.Measure == "" && c.Version == "" &&
		!c.Sentence.IsZero() && c.Sentence.Start.Offset == lead
}
