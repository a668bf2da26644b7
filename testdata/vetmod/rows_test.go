package rows

import "testing"

func TestIDs(t *testing.T) {
	ids := make([]int, 0) // test helpers are not reported by default
	for _, r := range []Row{{1}, {2}} {
		ids = append(ids, r.ID)
	}
	if got := IDs([]Row{{1}, {2}}); len(got) != 2 || len(ids) != 2 {
		t.Fatal(got)
	}
}
