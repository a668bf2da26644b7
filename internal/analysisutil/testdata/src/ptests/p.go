package ptests

func hot() {}
