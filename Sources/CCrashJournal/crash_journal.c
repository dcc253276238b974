#include "crash_journal.h"
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PM_SLOTS 128

struct pm_slot {
    _Atomic(pthread_t) thread;
    _Atomic int64_t item;
    _Atomic int32_t status;
};

static struct pm_slot slots[PM_SLOTS];
static _Atomic int journal_fd = -1;
static struct sigaction previous[32];
static const int watched[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };

static char *pm_append_number(char *p, int64_t value) {
    char digits[24];
    int n = 0;
    if (value < 0) { *p++ = '-'; value = -value; }
    do { digits[n++] = (char)('0' + value % 10); value /= 10; } while (value > 0 && n < 20);
    while (n > 0) *p++ = digits[--n];
    return p;
}

static void pm_crash_handler(int signal, siginfo_t *info, void *context) {
    pthread_t self = pthread_self();
    int fd = atomic_load(&journal_fd);
    for (int i = 0; i < PM_SLOTS && fd >= 0; i++) {
        if (atomic_load(&slots[i].item) > 0 && pthread_equal(atomic_load(&slots[i].thread), self)) {
            char line[96];
            char *p = line;
            memcpy(p, "crash item=", 11); p += 11;
            p = pm_append_number(p, atomic_load(&slots[i].item));
            memcpy(p, " status=", 8); p += 8;
            p = pm_append_number(p, atomic_load(&slots[i].status));
            memcpy(p, " signal=", 8); p += 8;
            p = pm_append_number(p, signal);
            memcpy(p, " pid=", 5); p += 5;
            p = pm_append_number(p, (int64_t)getpid());
            *p++ = '\n';
            ssize_t ignored = write(fd, line, (size_t)(p - line));
            (void)ignored;
            fsync(fd);
            break;
        }
    }
    // Hand on to whoever handled it before (Swift's backtracer), else die as the signal says.
    struct sigaction *old = signal < 32 ? &previous[signal] : NULL;
    if (old && (old->sa_flags & SA_SIGINFO) && old->sa_sigaction) {
        old->sa_sigaction(signal, info, context);
    } else if (old && old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN) {
        old->sa_handler(signal);
    }
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal, &fallback, NULL);
    raise(signal);
}

int pm_crash_journal_open(const char *path) {
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    int expected = -1;
    if (!atomic_compare_exchange_strong(&journal_fd, &expected, fd)) { close(fd); return 0; }
    // An alternate stack, so a stack overflow can still be written down.
    static char alternate[64 * 1024];
    stack_t stack = { .ss_sp = alternate, .ss_size = sizeof alternate, .ss_flags = 0 };
    sigaltstack(&stack, NULL);
    for (unsigned i = 0; i < sizeof watched / sizeof watched[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = pm_crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(watched[i], &action, &previous[watched[i]]);
    }
    return 0;
}

// Each thread that works on items gets an alternate signal stack (sigaltstack is per
// thread), so a stack overflow there is still written down; it is freed when the thread ends.
#define PM_ALTSTACK_SIZE (64 * 1024)
static pthread_key_t altstack_key;
static pthread_once_t altstack_once = PTHREAD_ONCE_INIT;

static void pm_altstack_free(void *stack) {
    stack_t off;
    memset(&off, 0, sizeof off);
    off.ss_flags = SS_DISABLE;
    sigaltstack(&off, NULL);
    munmap(stack, PM_ALTSTACK_SIZE);
}

static void pm_altstack_key(void) { pthread_key_create(&altstack_key, pm_altstack_free); }

static void pm_altstack_ensure(void) {
    pthread_once(&altstack_once, pm_altstack_key);
    if (pthread_getspecific(altstack_key)) return;
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;  // the thread has one
    void *stack = mmap(NULL, PM_ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (stack == MAP_FAILED) return;
    stack_t alternate = { .ss_sp = stack, .ss_size = PM_ALTSTACK_SIZE, .ss_flags = 0 };
    if (sigaltstack(&alternate, NULL) != 0) { munmap(stack, PM_ALTSTACK_SIZE); return; }
    pthread_setspecific(altstack_key, stack);
}

void pm_crash_journal_enter(int64_t item, int32_t status) {
    pm_altstack_ensure();
    pthread_t self = pthread_self();
    for (int i = 0; i < PM_SLOTS; i++) {
        if (atomic_load(&slots[i].item) > 0 && pthread_equal(atomic_load(&slots[i].thread), self)) {
            atomic_store(&slots[i].status, status);
            atomic_store(&slots[i].item, item);
            return;
        }
    }
    for (int i = 0; i < PM_SLOTS; i++) {
        int64_t free_item = 0;
        // Reserve the slot (-1) before filling it, so two threads never share one.
        if (atomic_compare_exchange_strong(&slots[i].item, &free_item, -1)) {
            atomic_store(&slots[i].thread, self);
            atomic_store(&slots[i].status, status);
            atomic_store(&slots[i].item, item);
            return;
        }
    }
}

void pm_crash_journal_leave(void) {
    pthread_t self = pthread_self();
    for (int i = 0; i < PM_SLOTS; i++) {
        if (atomic_load(&slots[i].item) > 0 && pthread_equal(atomic_load(&slots[i].thread), self)) {
            atomic_store(&slots[i].item, 0);
            return;
        }
    }
}
