// Package generic is the worked example for hpgen specialize: a binary
// heap ordered by a Less method, a sort and a search, and a reduction over
// a ~float64 constraint, each written once as generic code. zspecialized.go
// holds the concrete copies hpgen writes from the //hpgen:specialize
// directives; the benchmarks run the generic and the concrete versions side
// by side, and the tests check they agree.
package generic

//go:generate go run github.com/hpgo/hpgo/cmd/hpgen specialize
