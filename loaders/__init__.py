"""Loaders: read, normalise and split documents; extract facts (fazhi.loaders.extract)."""
from .documents import document_from_text, iter_documents, iter_paths, load_document

__all__ = ["document_from_text", "iter_documents", "iter_paths", "load_document"]
