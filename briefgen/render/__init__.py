"""Renderers: turn a `briefgen.document.Document` into DOCX or PDF bytes with one shared look."""

from briefgen.render.docx import docx_bytes
from briefgen.render.pdf import pdf_bytes

__all__ = ["docx_bytes", "pdf_bytes"]
