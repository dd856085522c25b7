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
