"""Errors briefgen raises; the CLI (briefgen/cli/common.py) turns each into an exit code
and one clear line."""


class BriefgenError(Exception):
    """Base class of every error briefgen reports to the user."""


class InputError(BriefgenError):
    """An input file cannot be read as an article (names the file and the reason)."""


class NoInputError(BriefgenError):
    """No readable article was found in the inputs given."""


class ModelError(BriefgenError):
    """The spaCy pipeline cannot be loaded."""


class BriefValidationError(BriefgenError):
    """A brief JSON file is not valid `briefgen/brief@1` (names the field)."""


class TemplateError(BriefgenError):
    """A template is missing or fails to render (names the file and line)."""


class RenderError(BriefgenError):
    """A document cannot be written."""


class OutputError(BriefgenError):
    """An output file or folder cannot be written (names the path and the reason); nothing of
    the brief was written."""
