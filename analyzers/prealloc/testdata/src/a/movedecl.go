package a

import "unicode"

// The count cannot be evaluated where the slice is declared, but can just
// before the loop: the fix moves the declaration there (with its line
// comment), since nothing in between touches the slice.

// The count is declared after the slice.
func declaredLater(rows []Row) []string {
	out := []string{} // want `out grows by append in a loop of len\(names\) iterations, reallocating and copying as it grows; preallocate just before the loop: out = make\(\[\]string, 0, len\(names\)\)$`
	names := rows[1:]
	// The loop's comment stays with the loop.
	for _, r := range names {
		out = append(out, r.Name)
	}
	return out
}

// The count is changed between the declaration and the loop.
func changedBetween(rows []Row) []string {
	out := []string{} // want `out grows by append in a loop of len\(rows\) iterations, reallocating and copying as it grows; preallocate just before the loop: out = make\(\[\]string, 0, len\(rows\)\)$`
	rows = rows[1:]
	for _, r := range rows {
		out = append(out, r.Name)
	}
	return out
}

// A pointer checked between the declaration and the loop: the count is
// read after the check.
func nilChecked(p *holder) []string {
	out := []string{} // want `out grows by append in a loop of len\(p.ids\) iterations`
	if p == nil {
		return nil
	}
	for _, id := range p.ids {
		out = append(out, id)
	}
	return out
}

// The struct holding the count is reassigned between the declaration and
// the loop.
func fieldChangedBetween(t, u bag) []int {
	out := []int{} // want `out grows by append in a loop of len\(t.items\) iterations`
	t = u
	for _, v := range t.items {
		out = append(out, v)
	}
	return out
}

// A labeled loop: the declaration goes above the label.
func labeledLater(rows []Row, skip string) []string {
	out := make([]string, 0) // want `preallocate just before the loop: out = make\(\[\]string, 0, len\(names\)\)$`
	names := rows[1:]
outer:
	for _, r := range names {
		if r.Name == skip {
			out = append(out, "")
			continue outer
		}
		out = append(out, r.Name)
	}
	return out
}

// No fix: a comment above the declaration would be left behind.
func docAbove(rows []Row) []string {
	// out holds the names after the first row.
	out := []string{} // want `preallocate just before the loop`
	names := rows[1:]
	for _, r := range names {
		out = append(out, r.Name)
	}
	return out
}

// No fix: a goto in between could jump over the moved declaration.
func gotoBetween(rows []Row) []string {
	out := []string{} // want `preallocate just before the loop`
	names := rows[1:]
	if len(names) == 0 {
		goto done
	}
done:
	for _, r := range names {
		out = append(out, r.Name)
	}
	return out
}

// No fix: a type declared in between shadows the element type.
func typeShadowed(rows []Row) []Row {
	out := []Row{} // want `preallocate just before the loop`
	type Row = int
	names := rows[1:]
	for _, r := range names {
		out = append(out, r)
	}
	return out
}

// A count read through a package variable's field, after a nil check.
func latinLows() []rune {
	out := []rune{} // want `preallocate just before the loop: out = make\(\[\]rune, 0, len\(unicode.Latin.R16\)\)$`
	if unicode.Latin == nil {
		return nil
	}
	for _, r := range unicode.Latin.R16 {
		out = append(out, rune(r.Lo))
	}
	return out
}
