package model

import "testing"

func TestClaimRole(t *testing.T) {
	president := RoleInfo{Title: "president", Status: "former", Of: "ukraine"}
	tests := []struct {
		name    string
		set     []RoleInfo // given to SetRole in turn
		want    RoleInfo
		wantNil bool // the claim holds no RoleInfo
	}{
		{"never set", nil, RoleInfo{}, true},
		{"set", []RoleInfo{president}, president, false},
		{"set to zero", []RoleInfo{{}}, RoleInfo{}, true},
		{"cleared", []RoleInfo{president, {}}, RoleInfo{}, true},
		{"replaced", []RoleInfo{president, {Title: "spokesman"}}, RoleInfo{Title: "spokesman"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Claim
			for _, r := range tt.set {
				c.SetRole(r)
			}
			if got := c.Role(); got != tt.want {
				t.Errorf("Role() = %+v, want %+v", got, tt.want)
			}
			if (c.role == nil) != tt.wantNil {
				t.Errorf("role pointer is %v, want nil %v", c.role, tt.wantNil)
			}
		})
	}
}

// TestClaimRoleShared holds that copies of a claim may share its RoleInfo:
// setting the role of one leaves the other's as it was, and setting the
// role a claim has already allocates nothing.
func TestClaimRoleShared(t *testing.T) {
	var a Claim
	a.SetRole(RoleInfo{Title: "minister", Of: "defense"})
	b := a
	b.SetRole(RoleInfo{Title: "minister", Of: "defence"})
	if got := a.Role().Of; got != "defense" {
		t.Errorf("the original's role changed with its copy's: Of = %q", got)
	}
	if n := testing.AllocsPerRun(10, func() { b.SetRole(RoleInfo{Title: "minister", Of: "defence"}) }); n != 0 {
		t.Errorf("setting the same role allocates %v times", n)
	}
}
