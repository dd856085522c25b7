package load

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A dateline is a publication date at the top of an article:
//
//	Published 4:12 PM EST, Mon November 24, 2025
//	Updated 10:05 a.m. ET Nov. 24, 2025
//	March 3, 2025
//	3 March 2025
//	2025-03-03T09:30:00Z
//	LONDON, March 3, 2025 (Reuters) - ...
//
// A dateline without a year ("LONDON, March 3 (Reuters) -") is recognised
// as one but gives no date: the year cannot be guessed without a clock, and
// reading is deterministic.
var (
	datelineRE = regexp.MustCompile(`(?i)^` +
		// "Published", "Updated on:", a place in capitals ("LONDON, ")
		`(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|modified)(?:\s+on)?:?\s+|(?-i:[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][A-Za-z.]+)?),\s+)?` +
		// a time before the date: "4:12 PM EST,"
		`(?:(?P<t1>\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?)(?:\s+(?P<z1>[a-z]{2,4}))?,?\s+)?` +
		// a weekday: "Mon", "Monday,"
		`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?` +
		// the date: "November 24", "Nov. 24th" or "24 November"
		`(?:(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?` +
		`|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)` +
		// the year
		`(?:,?\s+(?P<year>(?:19|20)\d\d))?\b` +
		// a time after the date: ", 4:12 PM EST", " at 16:12 GMT"
		`(?:,?\s+(?:at\s+)?(?P<t2>\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2})(?:\s+(?P<z2>[a-z]{2,4})\b)?)?`)
	isoDateRE = regexp.MustCompile(`(?i)^(?:(?:published|updated|posted)(?:\s+on)?:?\s+)?` +
		`(?P<date>\d{4}-\d\d-\d\d)(?:[T ](?P<time>\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?P<zone>Z|[+-]\d\d:?\d\d)?)?\b`)
)

// zones are the time zone abbreviations news sites print, as offsets in
// hours from UTC. Ambiguous ones take their North American meaning.
var zones = map[string]float64{
	"utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "ist": 5.5,
	"jst": 9, "kst": 9, "aest": 10, "aedt": 11,
	"et": -5, "est": -5, "edt": -4, "ct": -6, "cst": -6, "cdt": -5, "mt": -7, "mst": -7, "mdt": -6,
	"pt": -8, "pst": -8, "pdt": -7,
}

// datelineLines is how many lines from the top of an article a dateline
// is looked for in.
const datelineLines = 8

// findDateline looks for a dateline at the start of one of the first lines
// of text and returns the date it gives, or the zero time.
func findDateline(text string) time.Time {
	for i := 0; i < datelineLines && text != ""; i++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimLeft(strings.TrimSpace(line), "\uFEFF-–—•*|· \t")
		if line == "" {
			i--
			continue
		}
		if t, _ := parseDateline(line); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// parseDateline reads a dateline at the start of line and returns its date
// (zero when it has no year) and its length in bytes (0 when there is none).
func parseDateline(line string) (time.Time, int) {
	line = line[:min(len(line), 160)]
	if !strings.ContainsAny(line, "0123456789") {
		return time.Time{}, 0 // both patterns need a figure: a day, a year
	}
	// The patterns are costly to run; a line without a "-" holds no ISO
	// date, and one without a month's name no other (mayNameMonth).
	if m := isoDate(line); m != nil {
		g := func(name string) string { return group(isoDateRE, line, m, name) }
		s := g("date")
		layout := "2006-01-02"
		if tm := g("time"); tm != "" {
			s += "T" + tm
			layout += "T15:04"
			if strings.Count(tm, ":") == 2 {
				layout += ":05"
			}
			if strings.Contains(tm, ".") {
				layout += ".999999999"
			}
			if z := g("zone"); z != "" {
				s += strings.Replace(z, "z", "Z", 1)
				switch {
				case z == "Z" || z == "z":
					layout += "Z07:00"
				case strings.Contains(z, ":"):
					layout += "-07:00"
				default:
					layout += "-0700"
				}
			}
		}
		t, err := time.Parse(layout, s)
		if err != nil {
			return time.Time{}, 0
		}
		return t, m[1]
	}
	if !mayNameMonth(line) {
		return time.Time{}, 0
	}
	m := datelineRE.FindStringSubmatchIndex(line)
	if m == nil {
		return time.Time{}, 0
	}
	g := func(name string) string { return group(datelineRE, line, m, name) }
	mon, day := g("mon"), g("day")
	if mon == "" {
		mon, day = g("mon2"), g("day2")
	}
	month := monthOf(mon)
	d, _ := strconv.Atoi(day)
	y, _ := strconv.Atoi(g("year"))
	if month == 0 || d < 1 || d > 31 || y == 0 {
		return time.Time{}, m[1]
	}
	clock, zone := g("t1"), g("z1")
	if clock == "" {
		clock, zone = g("t2"), g("z2")
	}
	hour, minute := clockOf(clock)
	loc := time.UTC
	if off, ok := zones[strings.ToLower(zone)]; ok && off != 0 {
		loc = time.FixedZone(strings.ToUpper(zone), int(off*3600))
	}
	t := time.Date(y, month, d, hour, minute, 0, 0, loc)
	if t.Day() != d {
		return time.Time{}, m[1] // "February 31"
	}
	return t, m[1]
}

func group(re *regexp.Regexp, s string, m []int, name string) string {
	i := re.SubexpIndex(name)
	if i < 0 || m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func monthOf(s string) time.Month {
	if len(s) < 3 {
		return 0
	}
	s = strings.ToLower(s[:3])
	for m := time.January; m <= time.December; m++ {
		if strings.ToLower(m.String()[:3]) == s {
			return m
		}
	}
	return 0
}

// clockOf reads "4:12 PM", "4 p.m." or "16:12" as hour and minute.
func clockOf(s string) (int, int) {
	if s == "" {
		return 0, 0
	}
	s = strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(s))
	pm := strings.HasSuffix(s, "pm")
	am := strings.HasSuffix(s, "am")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "pm"), "am")
	hs, ms, _ := strings.Cut(s, ":")
	h, _ := strconv.Atoi(hs)
	m, _ := strconv.Atoi(ms)
	switch {
	case pm && h < 12:
		h += 12
	case am && h == 12:
		h = 0
	}
	if h > 23 || m > 59 {
		return 0, 0
	}
	return h, m
}

// isDatelineOnly reports whether a line is nothing but a dateline, which
// makes it page furniture rather than a headline or a paragraph.
func isDatelineOnly(t string) bool {
	_, n := parseDateline(t)
	if n == 0 {
		return false
	}
	rest := strings.Trim(t[n:], " \t.,|·-–—")
	return rest == "" || strings.HasPrefix(strings.ToLower(rest), "updated") || strings.HasPrefix(strings.ToLower(rest), "published")
}

// isoDate matches isoDateRE at the start of line, which needs a "-".
func isoDate(line string) []int {
	if strings.IndexByte(line, '-') < 0 {
		return nil
	}
	return isoDateRE.FindStringSubmatchIndex(line)
}

// isMonthPrefix reports whether a, b, c, lower case, are the first three
// letters of a month. A switch on them packed in one word is a few
// comparisons, where a map would hash them for every position of a line.
func isMonthPrefix(a, b, c byte) bool {
	switch uint32(a)<<16 | uint32(b)<<8 | uint32(c) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		return true
	}
	return false
}

// mayNameMonth reports whether line may hold a month's name as datelineRE
// reads one: three ASCII letters of one, in any case. A line with other
// than ASCII text is not ruled out, since the pattern's case folding
// matches some other letters too ("ſ" for "s").
func mayNameMonth(line string) bool {
	for i := 0; i+3 <= len(line); i++ {
		c := line[i]
		if c >= 0x80 {
			return true
		}
		// Setting bit 5 lower-cases a letter and turns no other byte
		// into one.
		if isMonthPrefix(c|0x20, line[i+1]|0x20, line[i+2]|0x20) {
			return true
		}
	}
	for i := max(0, len(line)-2); i < len(line); i++ {
		if line[i] >= 0x80 {
			return true
		}
	}
	return false
}
