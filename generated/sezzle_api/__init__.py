"""Sezzle's v2 API as generated from openapi/sezzle-api.json: models, and one request description per operation."""
