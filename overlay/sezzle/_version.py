"""The package version, written only here: the wheel's metadata (hatch) and ``sezzle.__version__`` read it."""

__version__ = "0.1.0"
