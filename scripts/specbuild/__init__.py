"""Turn Sezzle's doc pages (and our supplements), with our decisions and names, into one validated OpenAPI spec."""

from scripts.specbuild.errors import SpecBuildError

__all__ = ["SpecBuildError"]
