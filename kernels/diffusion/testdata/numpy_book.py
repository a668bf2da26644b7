# The book's in-place numpy diffusion (High Performance Python, ch. 6,
# "memory allocations and in-place operations"), run on the book's 640x640
# grid for 500 steps. Prints the SHA-256 of the final grid as little-endian
# float64 bytes; TestNumpyBookHash compares kernels/diffusion against it.
#
#   /usr/bin/python3 kernels/diffusion/testdata/numpy_book.py
import hashlib
import sys

import numpy as np


def laplacian(grid, out):
    np.copyto(out, grid)
    out *= -4
    out += np.roll(grid, +1, 0)
    out += np.roll(grid, -1, 0)
    out += np.roll(grid, +1, 1)
    out += np.roll(grid, -1, 1)


def evolve(grid, dt, out, D=1):
    laplacian(grid, out)
    out *= D * dt
    out += grid


def run(n, steps):
    grid = np.zeros((n, n))
    next_grid = np.zeros((n, n))
    lo, hi = int(n * 0.4), int(n * 0.5)
    grid[lo:hi, lo:hi] = 0.005
    for _ in range(steps):
        evolve(grid, 0.1, next_grid)
        grid, next_grid = next_grid, grid
    return grid


if __name__ == "__main__":
    g = run(640, 500)
    print(np.__version__, file=sys.stderr)
    print(hashlib.sha256(g.astype("<f8").tobytes()).hexdigest())
