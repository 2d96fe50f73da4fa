"""Build tooling for sezzle-python: spec build, generation, staleness gate, docs fetch and drift."""
