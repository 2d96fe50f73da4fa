from enum import StrEnum


class NotificationLanguage(StrEnum):
    """The language of the message that sends the checkout URL to the shopper (English when omitted)."""

    EN = "en"
    FR = "fr"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NotificationLanguage | None":
        """Keep a value Sezzle added later instead of failing the response.

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
        """Whether this value is on Sezzle's v1 reference page."""
        return self._name_ in type(self).__members__
