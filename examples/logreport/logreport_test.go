package logreport

import (
	"strings"
	"testing"
)

var sample = []string{
	"GET /index.html 200 512 12.5",
	"GET /about 200 128 3.0",
	"POST /api/items 201 64 40.25",
	"GET /missing 404 0 1.5",
	"GET /index.html 500 0 250",
}

func TestReport(t *testing.T) {
	entries, err := Parse(sample)
	if err != nil {
		t.Fatal(err)
	}
	counts := CountByPath(entries)
	if counts["/index.html"] != 2 || len(counts) != 4 {
		t.Errorf("counts = %v", counts)
	}
	if got := strings.Join(Methods(entries), ","); got != "GET,POST" {
		t.Errorf("methods = %s", got)
	}
	if got := Classes(entries); got[3] != "client error" || got[4] != "server error" {
		t.Errorf("classes = %v", got)
	}
	if got := Slow(&Config{&Limits{SlowMillis: 20}}, entries); len(got) != 2 {
		t.Errorf("slow = %v", got)
	}
	if got := Render(map[string]int{"/b": 2, "/a": 1}); got != "/a 1\n/b 2\n" {
		t.Errorf("render = %q", got)
	}
	if got := Slowest(entries).Len(); got != 5 {
		t.Errorf("heap has %d", got)
	}
	if got := Durations(entries); got[0] != "12.5ms" {
		t.Errorf("durations = %v", got)
	}
	if got := BusiestHour([]int{1, 5, 2}); got != 1 {
		t.Errorf("busiest hour = %d", got)
	}
	if got := LatencyFor(map[string]float64{"/a": 2}, "/a"); got != 2 {
		t.Errorf("latency = %v", got)
	}
	if IsSlowest(map[*Entry]bool{}, entries[0]) {
		t.Error("a fresh pointer key was found")
	}
	buckets := map[float64]int{1.5: 2}
	ResetBuckets(buckets)
	if len(buckets) != 0 {
		t.Error("buckets not emptied")
	}
	if got := CountComments([][]byte{[]byte("# a"), []byte("b")}); got != 1 {
		t.Errorf("comments = %d", got)
	}
	if got := RenderAll([]string{"x"}); got[0] != "x\n" {
		t.Errorf("rendered %q", got)
	}
	if _, err := Parse([]string{"nonsense"}); err == nil {
		t.Error("no error for a malformed line")
	}
}
