// Package gen holds what every hpgen generator shares: the generated-file
// header, the parsing of type lists, and the all-or-nothing writing of a
// set of files so that a failed run never leaves a package half generated.
package gen
