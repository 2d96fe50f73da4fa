"""``python -m sezzle.cli``: the same as the ``sezzle`` command."""

from sezzle.cli import main

raise SystemExit(main())
