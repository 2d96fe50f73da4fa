"""Sezzle's merchant payments API for Python."""

from sezzle._version import __version__

__all__ = ["__version__"]
