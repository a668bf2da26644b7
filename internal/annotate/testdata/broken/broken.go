// Package broken does not compile: annotate must print the compiler's
// error, exit non-zero and write no page.
package broken

func Broken() string {
	return undefinedName
}
