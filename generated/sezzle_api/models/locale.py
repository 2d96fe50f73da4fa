from enum import StrEnum


class Locale(StrEnum):
    EN_CA = "en-CA"
    EN_CA_PLATFORM = "en_CA"
    EN_US = "en-US"
    EN_US_PLATFORM = "en_US"
    FR_CA = "fr-CA"
    FR_CA_PLATFORM = "fr_CA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Locale | None":
        """Keep a value Sezzle added after this client was generated instead of failing the response.

        The result is an instance of this class that is not one of its members: it compares equal to
        its string and is reported by `is_known` as False.
        """
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """Whether this value was in the API description the client was generated from."""
        return self._name_ in type(self).__members__
