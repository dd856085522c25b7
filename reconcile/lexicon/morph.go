package lexicon

import "strings"

// Inflect returns a verb phrase with its regular inflections: the base form,
// third person singular, past and present participle. Only the first word of
// a phrase is inflected ("shoot down" -> "shoots down", ...). Irregular forms
// must be listed in the data files.
func Inflect(phrase string) []string {
	verb, rest, _ := strings.Cut(phrase, " ")
	if rest != "" {
		rest = " " + rest
	}
	forms := []string{verb}
	n := len(verb)
	switch {
	case n == 0:
		return nil
	case strings.HasSuffix(verb, "ie"):
		forms = append(forms, verb+"s", verb+"d", verb[:n-2]+"ying")
	case strings.HasSuffix(verb, "e") && !strings.HasSuffix(verb, "ee"):
		forms = append(forms, verb+"s", verb+"d", verb[:n-1]+"ing")
	case strings.HasSuffix(verb, "y") && n > 1 && !isVowel(verb[n-2]):
		forms = append(forms, verb[:n-1]+"ies", verb[:n-1]+"ied", verb+"ing")
	case hasAnySuffix(verb, "s", "x", "z", "ch", "sh"):
		forms = append(forms, verb+"es", verb+"ed", verb+"ing")
	case doublesFinal(verb):
		last := verb[n-1:]
		forms = append(forms, verb+"s", verb+last+"ed", verb+last+"ing")
	default:
		forms = append(forms, verb+"s", verb+"ed", verb+"ing")
	}
	for i := range forms {
		forms[i] += rest
	}
	return forms
}

// doublesFinal reports whether a short consonant-vowel-consonant verb doubles
// its last letter before -ed and -ing (jam -> jammed). A verb of two
// syllables that opens with a vowel stresses the first and keeps its
// letter: open -> opened.
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || n > 4 || n == 4 && isVowel(v[0]) {
		return false
	}
	c1, vw, c2 := v[n-3], v[n-2], v[n-1]
	return !isVowel(c1) && isVowel(vw) && !isVowel(c2) && !strings.ContainsRune("wxy", rune(c2))
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child",
	"feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis", "data": "datum",
	"media": "medium", "criteria": "criterion", "phenomena": "phenomenon",
	"lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
	"halves": "half", "selves": "self", "wolves": "wolf", "thieves": "thief", "calves": "calf",
	"shelves": "shelf", "loaves": "loaf", "hooves": "hoof", "scarves": "scarf", "wharves": "wharf",
	"series": "series", "species": "species", "news": "news", "aircraft": "aircraft",
	"sheep": "sheep", "fish": "fish", "deer": "deer", "police": "police",
	"staff": "staff", "personnel": "personnel", "troops": "troop", "others": "other",
	// "-uses" is "-use" more often ("causes", "houses"): these end in "-us".
	"campuses": "campus", "buses": "bus", "viruses": "virus", "bonuses": "bonus",
	"statuses": "status", "surpluses": "surplus", "censuses": "census", "circuses": "circus",
}

// menSingulars are singular nouns that end in "-men", which Singular would
// otherwise take for plurals of "-man": "specimen", "abdomen".
var menSingulars = map[string]bool{
	"specimen": true, "abdomen": true, "regimen": true, "acumen": true, "bitumen": true, "albumen": true,
	"cyclamen": true, "stamen": true, "foramen": true, "gravamen": true, "catechumen": true,
}

// mans are nouns in "-man" whose plural takes an -s: "humans", "Germans".
var mans = map[string]bool{
	"human": true, "german": true, "roman": true, "shaman": true, "talisman": true, "caiman": true,
	"cayman": true, "ottoman": true, "doberman": true, "pullman": true, "dolman": true,
}

// irregularFilter turns away most words before the irregularPlurals
// lookup; Singular is called for most words of running text.
var irregularFilter = func() (f WordFilter) {
	for p := range irregularPlurals {
		f.Add(p)
	}
	return f
}()

// Singular returns the singular of a lower-case English noun, by rule and a
// short list of irregular plurals. Words that do not look plural are returned
// unchanged.
func Singular(w string) string {
	if irregularFilter.MayHave(w) {
		if s, ok := irregularPlurals[w]; ok {
			return s
		}
	}
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "men") && !menSingulars[w]:
		return w[:n-2] + "an" // "gunmen", "firemen", "fishermen"
	case n <= 3 || w[n-1] != 's': // every rule below takes an -s
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case hasAnySuffix(w, "sses", "xes", "zes", "ches", "shes"):
		return w[:n-2]
	case hasAnySuffix(w, "ss", "us", "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// Plural returns the regular plural of a lower-case English noun phrase (the
// last word is pluralized).
func Plural(phrase string) string {
	i := strings.LastIndexByte(phrase, ' ')
	head, w := phrase[:i+1], phrase[i+1:]
	for p, s := range irregularPlurals {
		if s == w && p != w {
			return head + p
		}
	}
	n := len(w)
	switch {
	case n == 0:
		return phrase
	case strings.HasSuffix(w, "y") && n > 1 && !isVowel(w[n-2]):
		return head + w[:n-1] + "ies"
	case n > 4 && strings.HasSuffix(w, "man") && !mans[w]:
		return head + w[:n-2] + "en" // "gunman", "serviceman"
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		return head + w + "es"
	}
	return head + w + "s"
}
