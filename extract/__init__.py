"""Layout → the contract's objects. Pure functions: no files, no network.

Public surface::

    from extract import extract_document
    doc = extract_document(layout)        # -> extract.contract.Document
"""

from extract.pipeline import extract_document

__all__ = ["extract_document"]
