"""Domain errors. The edges turn them into one line and an exit code (CLI) or a notification (TUI)."""


class AssistantError(Exception):
    """Base of every error the user can act on; its message is one line that says what to do."""

    exit_code = 1


class UsageError(AssistantError):
    exit_code = 2


class IndexMissingError(AssistantError):
    pass


class IndexMismatchError(AssistantError):
    pass


class CorpusError(AssistantError):
    pass


class IndexBusyError(AssistantError):
    """Another build holds the index lock; EX_TEMPFAIL tells scripts to retry later."""

    exit_code = 75
