"""String enums that keep values Sezzle adds later instead of failing the whole webhook."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class OpenStrEnum(StrEnum):
    """A ``StrEnum`` that turns an unlisted string into an instance that is not one of its members.

    The instance compares equal to its string and reports ``is_known`` as False, the same contract
    as the enums in the generated client.
    """

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """Whether Sezzle documented this value when this version of the package was released."""
        return self._name_ in type(self).__members__
