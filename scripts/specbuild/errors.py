"""The one error type the spec build raises, so callers can print it and exit non-zero."""


class SpecBuildError(Exception):
    """A source, patch or resolution makes the spec impossible to build; the text says where."""
