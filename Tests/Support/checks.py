"""What every system test shares: one line per check, and the failures to report at the end."""

failures = []


def check(condition, message):
    """Prints `ok` or `FAIL` with the message; a failure is remembered for the exit code."""
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)
