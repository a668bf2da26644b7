package julia

//go:generate go run ../../cmd/hpgen julia -pkg julia -types float64,float32 -isa avx2,avx512
