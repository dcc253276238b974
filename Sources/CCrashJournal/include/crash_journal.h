// The crash journal: when a thread that works on an item dies of a fault (a trap, a bad
// access, an abort), a signal handler appends one fixed line to a journal file before the
// process ends, naming the item and the signal. Only async-signal-safe calls are made there.
#ifndef POSTMOTTAK_CRASH_JOURNAL_H
#define POSTMOTTAK_CRASH_JOURNAL_H
#include <stdint.h>

/// Opens (appending) the journal at `path` and installs the handlers, once per process.
/// Returns 0, or -1 when the file cannot be opened.
int pm_crash_journal_open(const char *path);
/// The calling thread works on `item` at pipeline status `status` (a small code).
void pm_crash_journal_enter(int64_t item, int32_t status);
/// The calling thread is done with its item.
void pm_crash_journal_leave(void);
#endif
