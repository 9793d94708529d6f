"""The one exception type the CLI turns into a one-line message instead of a traceback."""


class StudykitError(Exception):
    """A problem the user can fix (bad input, missing model, unwritable output).

    The message is shown as is, so it names the file and the problem in one line.
    """
