package p

func hot() {}

func f() {
	hot() // want `call`

	//hpvet:ignore testcheck measured: this runs once at start-up
	hot()

	hot() //hpvet:ignore testcheck.call the same, on the line itself

	//hpvet:ignore otheranalyzer names a different analyzer
	hot() // want `call`
}
