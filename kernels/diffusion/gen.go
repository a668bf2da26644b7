package diffusion

//go:generate go run github.com/hpgo/hpgo/cmd/hpgen diffusion -pkg diffusion -types float64,float32
