// Package rows is the fixture module the hpvet end-to-end test runs the real
// go vet -vettool and go fix -fixtool on.
package rows

// Row is one record.
type Row struct{ ID int }

// IDs collects the row IDs; the slice grows by append although its length
// is known before the loop.
func IDs(rows []Row) []int {
	ids := make([]int, 0)
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids
}

// Kept is suppressed with a reason, so it is not reported.
func Kept(rows []Row) []int {
	//hpvet:ignore prealloc callers pass at most a handful of rows
	ids := make([]int, 0)
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids
}
