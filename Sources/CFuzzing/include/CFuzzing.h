#ifndef GENAI_PLAN_CFUZZING_H
#define GENAI_PLAN_CFUZZING_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`): runs the fuzzing loop with
/// libFuzzer's own command-line flags, calling `callback` for each input. Declared here because
/// SwiftPM gives every executable its own `main`, so libFuzzer's `main` cannot be used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
