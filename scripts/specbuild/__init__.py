"""Turn Sezzle's doc pages (and our supplements) into one merged, patched, validated OpenAPI spec."""

from scripts.specbuild.errors import SpecBuildError

__all__ = ["SpecBuildError"]
