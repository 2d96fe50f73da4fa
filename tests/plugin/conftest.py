"""The plugin's tests run users' test files in a scratch folder with ``pytester`` (enabled in pyproject)."""
