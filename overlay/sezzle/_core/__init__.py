"""The client's core machinery, private: the sender (auth, retries, timeouts, error mapping, logging),
reading answers, request rules and their validator, argument checks, the resource base, redaction.

The public parts of the core are ``sezzle.auth``, ``sezzle.retries`` and ``sezzle.errors``.
"""
