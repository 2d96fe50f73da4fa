"""Stores shared between processes and hosts: webhook claims and the bearer token.

Each backend lives in its own module and imports its driver only when that module is imported, so
``import sezzle`` and ``import sezzle.webhooks`` load none of them:

- ``sezzle.stores.sqlite``: the standard library's ``sqlite3``; several processes on one host.
- ``sezzle.stores.sql``: SQLAlchemy Core 2 (sync and asyncio engines): PostgreSQL through psycopg 3,
  or any database SQLAlchemy supports; several hosts. ``pip install "sezzle-python[sql]"``.
- ``sezzle.stores.redis``: redis-py (sync and asyncio); several hosts. ``pip install "sezzle-python[redis]"``.

Claim stores implement ``sezzle.webhooks.CompletingClaimStore`` (``claim`` takes a lease, ``release``
gives it back, ``complete`` marks the event handled for the retention window); token stores implement
``sezzle.auth.TokenStore``. Tables and keys are created by ``create_schema()``, never on import.
"""

from sezzle.stores._common import DEFAULT_LEASE, DEFAULT_RETENTION

__all__ = ["DEFAULT_LEASE", "DEFAULT_RETENTION"]
