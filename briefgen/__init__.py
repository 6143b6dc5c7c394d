"""briefgen: turn a folder of news articles into a situation report (DOCX and PDF)."""

__version__ = "0.1.0"
