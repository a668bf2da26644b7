package callees

import "testing"

func TestFromTest(t *testing.T) {
	for _, s := range []string{"a", "b"} {
		fromTest(s)
	}
}
