// The start-up peer for the benchmarks: a Swift program that does nothing but print.
print("ok")
