package boxing

import "fmt"

func boxingOnce(p pair) {
	fmt.Println(p) // nope: not in a loop
}
