"""Resource namespaces of the client: one module per area of the API."""
