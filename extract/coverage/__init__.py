"""Reports → coverage matrix (task × unit), with evidence.

Public surface::

    from extract.coverage import build_coverage
    cov = build_coverage(directive_doc, [(report_doc, report_layout), ...], units=registry)

Pure functions: documents and layout blocks in, a :class:`extract.contract.Coverage`
out. Reading files, CSVs and writing XLSX/DOCX live in ``api/``.
"""

from extract.coverage.matrix import build_coverage
from extract.coverage.units import RegUnit, UnitRegistry

__all__ = ["RegUnit", "UnitRegistry", "build_coverage"]
