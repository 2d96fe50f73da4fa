"""Benchmarks of the client, side by side with what it is built on: ``python -m scripts.bench`` (``make bench``).

Each benchmark measures the client and its baseline in the same run, alternating them over repeated
rounds, and reports the ratio's median and spread; ``BENCHMARKS.md`` is written from the results with
the machine and package versions. Benchmarks report, they never pass or fail: targets are shown beside
the figures.

- ``overhead``: one ``client.orders.get`` against the same GET through raw ``httpx`` (sync and async);
- ``models``: reading the order into ``Order``, with the generator's stock templates and ours;
- ``sniffio_cost``: async calls with ``sniffio`` importable and without;
- ``throughput``: 2,000 calls at concurrency 50 through ``AsyncSezzle`` and raw ``httpx.AsyncClient``;
- ``imports``: ``Sezzle(...)`` against ``import httpx`` in whole processes with only runtime dependencies;
- ``build``: ``make spec`` and ``make generate``, and (``specsize``) how they grow to 1,000 operations;
- ``auth``: bearer-token requests made by 100 concurrent callers on a cold token;
- ``reports``: a settlement-details CSV of 1,000,000 line items, through the client and ``csv.reader``.

The HTTP benchmarks talk to a minimal loopback server (``scripts.bench.server``) in its own process, not
to the embedded gateway, so that the server is not what is measured; its own cost is reported too.
"""
