// libFuzzer's driver, called from the fuzz target's own main (SwiftPM gives every
// executable a main of its own, so libFuzzer's main is not the one linked).
#ifndef POSTMOTTAK_FUZZ_DRIVER_H
#define POSTMOTTAK_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

typedef int (*pm_fuzz_callback)(const uint8_t *data, size_t size);
/// Present only in a build with -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, pm_fuzz_callback callback);
#endif
