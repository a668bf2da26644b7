package logreport

// Ordered is what the top-N heap needs of its elements.
type Ordered[T any] interface{ Less(T) bool }

// Heap is a binary min-heap. Called through a type parameter, Less is an
// indirect call through the GC-shape dictionary and is never inlined.
type Heap[T Ordered[T]] struct{ items []T }

// Push adds x.
func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.items[i].Less(h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

// Len reports the number of items.
func (h *Heap[T]) Len() int { return len(h.items) }

// Slowest returns the entries in a heap ordered by duration.
func Slowest(entries []Entry) *Heap[*ByMillis] {
	h := &Heap[*ByMillis]{}
	for i := range entries {
		h.Push(&ByMillis{&entries[i]})
	}
	return h
}

// ByMillis orders entries by duration.
type ByMillis struct{ *Entry }

// Less orders by duration.
func (a *ByMillis) Less(b *ByMillis) bool { return a.Millis < b.Millis }
