"""Where Sezzle's API lives for each environment and region."""

from __future__ import annotations

from typing import Literal

from sezzle.errors import ConfigurationError

Environment = Literal["sandbox", "production"]
Region = Literal["us", "eu"]

_HOSTS: dict[tuple[str, str], str] = {
    ("sandbox", "us"): "https://sandbox.gateway.sezzle.com",
    ("production", "us"): "https://gateway.sezzle.com",
    ("sandbox", "eu"): "https://sandbox.gateway.eu.sezzle.com",
    ("production", "eu"): "https://gateway.eu.sezzle.com",
}


def resolve_base_url(environment: str, region: str, base_url: str | None) -> str:
    """The API origin (no ``/v2``): an explicit ``base_url`` wins over environment and region."""
    if base_url is not None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url must start with http:// or https://, got {base_url!r}")
        return base_url.rstrip("/")
    try:
        return _HOSTS[(environment, region)]
    except KeyError:
        raise ConfigurationError(
            f"unknown environment/region {environment!r}/{region!r}: environment is 'sandbox' or 'production', "
            "region is 'us' (US and Canada) or 'eu'"
        ) from None
