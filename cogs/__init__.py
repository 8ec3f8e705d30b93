"""Feature cogs, one package per feature; discovered by walking this package."""
