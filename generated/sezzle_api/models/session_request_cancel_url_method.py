from enum import StrEnum


class SessionRequestCancelUrlMethod(StrEnum):
    DELETE = "DELETE"
    GET = "GET"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SessionRequestCancelUrlMethod | None":
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
