package a

func concatPlusAssign(words []string) string {
	s := ""
	for _, w := range words {
		s += w // want `s grows by concatenation in a loop: every iteration copies the whole string`
	}
	return s
}

func concatSelfPlus(words []string) string {
	var s string
	for i := 0; i < len(words); i++ {
		s = s + words[i] + "," // want `s grows by concatenation in a loop`
	}
	return s
}

type name string

func concatNamed(ns []name) name {
	var out name
	for _, n := range ns {
		out += n + " " // want `out grows by concatenation in a loop`
	}
	return out
}

func concatNested(rows [][]string) []string {
	var lines []string
	for _, row := range rows {
		line := "" // declared in the outer loop, grown in the inner one
		for _, cell := range row {
			line += cell // want `line grows by concatenation in a loop`
		}
		lines = append(lines, line)
	}
	return lines
}

func concatTwice(words []string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += ", " // want `s grows by concatenation in a loop`
		}
		s += w // reported once per variable and loop: see the line above
	}
	return s
}

func concatLoopNest(groups [][]string) string {
	s := ""
	for i, g := range groups {
		if i > 0 {
			s += ";" // want `s grows by concatenation in a loop`
		}
		for _, w := range g {
			s += w // reported once per variable and loop nest: see above
		}
	}
	return s
}
