#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What the process must have before any library loads.
public enum Launcher {
    /// Tesseract uses OpenMP, and OpenMP reads `OMP_THREAD_LIMIT` when the library loads:
    /// without it, one page takes five times as long on two cores (the threads spin and fight).
    /// So when it is not set, Postmottak sets it to 1 and starts itself again, before doing
    /// anything else; nobody has to remember it (a service unit, a shell, a container).
    public static func ensureOpenMPThreadLimit() {
        guard getenv("OMP_THREAD_LIMIT") == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed (no /proc): go on; OCR is slower but correct.
        let message = "postmottak: could not restart itself with OMP_THREAD_LIMIT=1; OCR will be slow\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
    }
}
