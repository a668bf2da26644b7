package rows

//hpvet:ignore prealloc
var unexplained = 1
