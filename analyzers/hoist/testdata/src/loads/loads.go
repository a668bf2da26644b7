// Package loads holds fixtures for the fieldchain and globalload checks,
// which run only with -hoist.loads.
package loads

type limits struct{ max int }
type config struct{ limits *limits }
type server struct {
	cfg *config
	out []int
}

// Three dependent loads, and nothing in the loop stores.
func chain(s *server, xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x * float64(s.cfg.limits.max) // want `s.cfg.limits.max takes 3 dependent loads on every iteration \(len\(xs\) times\) but no store or call in the loop can change it; hoist it: max2 := s.cfg.limits.max`
	}
	return t
}

var global *server

func globalChain(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x * float64(global.cfg.limits.max) // want `global.cfg.limits.max takes 4 dependent loads`
	}
	return t
}

// A store to an int may change max, but not the pointer to limits: only the
// two loads up to it are invariant.
func storeAliases(s *server) {
	for i := range s.out {
		s.out[i] = s.cfg.limits.max // want `s.cfg.limits takes 2 dependent loads`
	}
}
