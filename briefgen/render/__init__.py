"""Renderers: turn a `briefgen.document.Document` into DOCX or PDF bytes with one shared look."""

from briefgen.render.docx import docx_bytes
from briefgen.render.pdf import PageOverflow, pdf_bytes

__all__ = ["PageOverflow", "docx_bytes", "pdf_bytes"]
