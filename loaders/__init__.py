"""Loaders: read, normalise and split documents; extract facts."""
