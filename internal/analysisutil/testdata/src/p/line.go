package p

func h() {
//line template.tmpl:10
	hot() // mapped by a //line directive to a file the user edits elsewhere
}
