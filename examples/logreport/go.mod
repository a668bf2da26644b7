module example.com/logreport

go 1.26
