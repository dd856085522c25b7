package model

import (
	"testing"
	"unsafe"
)

// TestSizes holds the sizes the doc comments of Pos, Range, Value,
// DateParts and Claim state on 64-bit platforms: every claim costs a Claim,
// so a field put in the wrong place shows here first.
func TestSizes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	tests := []struct {
		name      string
		got, want uintptr
	}{
		{"DateParts", unsafe.Sizeof(DateParts{}), 24},
		{"Value", unsafe.Sizeof(Value{}), 104},
		{"Pos", unsafe.Sizeof(Pos{}), 12},
		{"Span", unsafe.Sizeof(Span{}), 40},
		{"Range", unsafe.Sizeof(Range{}), 24},
		{"Claim", unsafe.Sizeof(Claim{}), 432},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("%d bytes, want %d", tt.got, tt.want)
			}
		})
	}
}
