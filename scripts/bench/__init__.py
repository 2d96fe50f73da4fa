"""Benchmarks of the client, side by side with what it is built on: ``python -m scripts.bench`` (``make bench``).

Each benchmark measures the client and its baseline in the same run, alternating them over repeated
rounds, and reports the ratio's median and spread; ``BENCHMARKS.md`` is written from the results with
the machine and package versions. Benchmarks report, they never pass or fail: targets are shown beside
the figures.

- ``overhead``: one ``client.sessions.get`` against the same GET through raw ``httpx`` (sync and async);
- ``throughput``: 2,000 calls at concurrency 50 through ``AsyncSezzle`` and raw ``httpx.AsyncClient``;
- ``imports``: ``import sezzle`` against ``import httpx`` in fresh processes, and what the difference is;
- ``build``: ``make spec`` and ``make generate``;
- ``auth``: bearer-token requests made by 100 concurrent callers on a cold token;
- ``reports``: a settlement-details CSV of 1,000,000 line items.

The HTTP benchmarks talk to a minimal loopback server (``scripts.bench.server``) in its own process, not
to the embedded gateway, so that the server is not what is measured; its own cost is reported too.
"""
