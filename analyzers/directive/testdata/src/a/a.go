package a

func use(...any) {}

func f(xs []int) {
	//hpvet:ignore prealloc the caller keeps this small
	var out []int
	for _, x := range xs {
		out = append(out, x)
	}
	use(out)

	//hpvet:ignore mapmisuse.boolset,prealloc shared with the JSON schema
	use(map[int]bool{})

	//hpvet:ignore // want `hpvet:ignore directive names no analyzer`
	use(1)

	//hpvet:ignore prealloc // want `hpvet:ignore directive for prealloc gives no reason`
	use(2)

	//hpvet:ignore preallok typo in the name // want `hpvet:ignore names unknown analyzer "preallok"`
	use(3)
}
