"""Scaling out: extraction on a Dask cluster."""
