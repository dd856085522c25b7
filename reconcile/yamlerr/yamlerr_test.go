package yamlerr

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	yaml "go.yaml.in/yaml/v3"
)

func TestFromDecoder(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"syntax", "a: [1, 2\n", []string{"f.yaml:1: did not find expected ',' or ']'"}},
		{"value spanning lines", "b\n\nc\n", []string{"f.yaml:1: cannot unmarshal !!str `b\nc` into struct { A int \"yaml:\\\"a\\\"\" }"}},
		{"two unknown keys", "a: 1\nb: 2\nc: 3\n", []string{"f.yaml:2: field b not found in type struct { A int \"yaml:\\\"a\\\"\" }", "f.yaml:3: field c not found in type struct { A int \"yaml:\\\"a\\\"\" }"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v struct {
				A int `yaml:"a"`
			}
			dec := yaml.NewDecoder(strings.NewReader(tt.in))
			dec.KnownFields(true)
			err := dec.Decode(&v)
			require.Error(t, err)
			got := FromDecoder("f.yaml", err)
			var first *Error
			require.True(t, errors.As(got, &first))
			assert.Equal(t, "f.yaml", first.Path)
			assert.Equal(t, strings.Join(tt.want, "\n"), got.Error())
		})
	}
	assert.Equal(t, "f.yaml: empty", (&Error{Path: "f.yaml", Msg: "empty"}).Error())
}

// TestEncoding checks that a UTF-16 file is refused at its first line and
// that UTF-8, with or without its own byte-order mark, is not.
func TestEncoding(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		bad  bool
	}{
		{"UTF-16 little-endian", "\xff\xfev\x00:\x00", true},
		{"UTF-16 big-endian", "\xfe\xff\x00v\x00:", true},
		{"UTF-8", "version: 1\n", false},
		{"UTF-8 with its mark", "\xef\xbb\xbfversion: 1\n", false},
		{"one byte", "\xff", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := Encoding("b.yaml", []byte(tt.data))
			if !tt.bad {
				require.NoError(t, err)
				return
			}
			require.EqualError(t, err, "b.yaml:1: UTF-16 text; save the file as UTF-8")
		})
	}
}
