// Command opa-go-bench measures Go OPA (the same library `opa bench` runs) on one policy
// directory, query and input, in one of two modes:
//
//	eval-only  the input is decoded once and the result discarded, as `opa bench` does;
//	same-work  every evaluation decodes the input JSON and encodes the result as JSON, which is
//	           the work the gate's WebAssembly evaluation does for each evaluation.
//
// Usage: opa-go-bench DIR INPUT.json QUERY MODE MILLISECONDS
//
// It prints one JSON line: evaluations, wall and process CPU nanoseconds, and the result of
// the last evaluation (so the caller can check both engines computed the same thing).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/util"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fail("getrusage", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "opa-go-bench: %s: %v\n", what, err)
	os.Exit(1)
}

func decode(raw []byte) ast.Value {
	var doc any
	if err := util.UnmarshalJSON(raw, &doc); err != nil {
		fail("input", err)
	}
	value, err := ast.InterfaceToValue(doc)
	if err != nil {
		fail("input", err)
	}
	return value
}

func main() {
	if len(os.Args) != 6 {
		fmt.Fprintln(os.Stderr, "usage: opa-go-bench DIR INPUT.json QUERY eval-only|same-work MILLISECONDS")
		os.Exit(2)
	}
	dir, inputPath, query, mode := os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	var ms int
	if _, err := fmt.Sscan(os.Args[5], &ms); err != nil {
		fail("milliseconds", err)
	}
	if mode != "eval-only" && mode != "same-work" {
		fail("mode", fmt.Errorf("%q is neither eval-only nor same-work", mode))
	}
	raw, err := os.ReadFile(inputPath)
	if err != nil {
		fail("input", err)
	}
	ctx := context.Background()
	options := []func(*rego.Rego){rego.Query(query), rego.Load([]string{dir}, nil)}
	if mode == "eval-only" {
		// As `opa bench`: the result is not converted.
		options = append(options, rego.GenerateJSON(func(*ast.Term, *rego.EvalContext) (any, error) {
			return nil, nil
		}))
	}
	prepared, err := rego.New(options...).PrepareForEval(ctx)
	if err != nil {
		fail("prepare", err)
	}
	parsed := decode(raw)
	var last []byte
	one := func() {
		input := parsed
		if mode == "same-work" {
			input = decode(raw)
		}
		rs, err := prepared.Eval(ctx, rego.EvalParsedInput(input))
		if err != nil {
			fail("eval", err)
		}
		if len(rs) != 1 || len(rs[0].Expressions) != 1 {
			fail("eval", fmt.Errorf("%d results, expected one", len(rs)))
		}
		if mode == "same-work" {
			if last, err = json.Marshal(rs[0].Expressions[0].Value); err != nil {
				fail("result", err)
			}
		}
	}
	for range 200 {
		one()
	}
	n := 0
	wall0, cpu0 := time.Now(), cpuTime()
	for time.Since(wall0) < time.Duration(ms)*time.Millisecond {
		one()
		n++
	}
	wall, cpu := time.Since(wall0), cpuTime()-cpu0
	if last == nil {
		last = []byte("null")
	}
	fmt.Printf("{\"n\":%d,\"wall_ns\":%d,\"cpu_ns\":%d,\"result\":%s}\n", n, wall.Nanoseconds(), cpu.Nanoseconds(), last)
}
