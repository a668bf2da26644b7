package generic

// Lesser is satisfied by types ordered by a Less method, such as *Item.
type Lesser[T any] interface {
	Less(T) bool
}

// Heap is a binary min-heap ordered by its elements' Less method. With a
// pointer type argument every Less call goes through the generic
// dictionary; HeapItem, the copy for *Item, calls (*Item).Less directly.
//
//hpgen:specialize T=*Item
type Heap[T Lesser[T]] struct {
	items []T
}

// Len returns the number of elements in the heap.
func (h *Heap[T]) Len() int { return len(h.items) }

// Push adds x to the heap.
func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	up(h.items, len(h.items)-1)
}

// Pop removes and returns the least element. It panics on an empty heap.
func (h *Heap[T]) Pop() T {
	n := len(h.items) - 1
	h.items[0], h.items[n] = h.items[n], h.items[0]
	down(h.items, 0, n)
	x := h.items[n]
	var zero T
	h.items[n] = zero // let the garbage collector have it
	h.items = h.items[:n]
	return x
}

func up[T Lesser[T]](items []T, j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !items[j].Less(items[i]) {
			break
		}
		items[i], items[j] = items[j], items[i]
		j = i
	}
}

func down[T Lesser[T]](items []T, i0, n int) {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 { // j1 < 0 after int overflow
			break
		}
		j := j1 // left child
		if j2 := j1 + 1; j2 < n && items[j2].Less(items[j1]) {
			j = j2 // right child
		}
		if !items[j].Less(items[i]) {
			break
		}
		items[i], items[j] = items[j], items[i]
		i = j
	}
}

// Item is an element ordered by Key.
type Item struct {
	Key   int
	Value string
}

// Less orders items by Key.
func (a *Item) Less(b *Item) bool { return a.Key < b.Key }
