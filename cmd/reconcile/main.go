// Command reconcile reads news articles, extracts their factual claims and
// reports every place where the sources disagree. Run `reconcile --help`.
//
// For profiling, RECONCILE_CPUPROFILE=FILE writes a CPU profile of the run
// and RECONCILE_MEMPROFILE=FILE a heap profile at its end (go tool pprof).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

func main() {
	stopProfile := profile(os.Getenv("RECONCILE_CPUPROFILE"), os.Getenv("RECONCILE_MEMPROFILE"))
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stopProfile()
	os.Exit(code)
}

// profile starts a CPU profile into cpuFile and returns the function that
// stops it and writes a heap profile into memFile; empty names profile
// nothing. A profile that cannot be written is reported, not fatal.
func profile(cpuFile, memFile string) (stop func()) {
	var cpu *os.File
	if cpuFile != "" {
		f, err := os.Create(cpuFile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "reconcile: cpu profile: %v\n", err)
		} else {
			cpu = f
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if memFile == "" {
			return
		}
		f, err := os.Create(memFile)
		if err == nil {
			runtime.GC()
			err = pprof.WriteHeapProfile(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "reconcile: heap profile: %v\n", err)
		}
	}
}
