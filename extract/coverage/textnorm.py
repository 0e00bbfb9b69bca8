"""Comparison keys for coverage matching: the shared text keys, and words.

Text is stored as written; these keys are only for matching (domain notes §5):
"Đảng uỷ" and "Đảng ủy" must compare equal, OCR's "DU" must meet "ĐU". The
keys themselves live in :mod:`extract.textkey` (one tone table, one folding
for the whole project); this module adds the word segmentation that the
TF-IDF task matching needs.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

from extract.textkey import fold
from extract.textkey import word_key as key

__all__ = ["fold", "key", "segment"]

_SEGMENTER_LOCK = threading.Lock()


@lru_cache(maxsize=65536)
def segment(text: str) -> tuple[str, ...]:
    """Vietnamese words (underthesea's CRF segmenter, offline), keyed, punctuation dropped.

    Compound words come back joined by "_" ("dữ_liệu"), so a bag of words can
    tell "dân cư" (population) from "dân" + "cư" elsewhere.
    """
    from underthesea import word_tokenize  # imported late: 0.5 s, only when matching runs

    with _SEGMENTER_LOCK:  # underthesea's CRF tagger is not thread-safe (the API builds matrices in threads)
        words = word_tokenize(unicodedata.normalize("NFC", text))
    out = []
    for w in words:
        k = key(w)
        if any(ch.isalnum() for ch in k):
            out.append(k.replace(" ", "_"))
    return tuple(out)
