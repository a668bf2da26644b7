package a

// Not directives: a different tool's prefix, and a word that only starts
// the same way.

//lint:ignore SA1019 kept for compatibility
var _ = 1

//hpvet:ignored is not our directive
var _ = 2
