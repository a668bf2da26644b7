module example.com/annotatebroken

go 1.26
