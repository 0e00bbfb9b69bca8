"""The "Nơi nhận" list: one recipient per item, with its purpose.

Items start with "- " (sub-items "+ "), end with ";" (state) or "," (Party),
and wrap freely in a narrow cell ("- Ban Thi đua - Khen thưởng Trung ương" /
"(b/c);"). A purpose is a trailing parenthesis ("(để báo cáo)", "(b/c)",
"(Báo cáo)", "(đưa tin)"); the last item is the archive line ("Lưu: VT, NC."
/ "Lưu Văn phòng Đảng ủy."), a recipient whose purpose is "lưu".
"""

from __future__ import annotations

import re

from extract import vocab
from extract.contract import Recipient
from parsers.layout import Block

_LABEL = re.compile(r"^\W*N[ơo]i\s+nh[ậa]n\s*:?\s*", re.IGNORECASE)
# Items glued into one paragraph by a backend: a marker after an item's end.
_GLUED = re.compile(r"(?<=[;,.])\s+(?=[-+•–]\s)")
_ARCHIVE = re.compile(r"^L[ưu]u\b\s*:?\s*", re.IGNORECASE)
# A parenthesis that states why the copy is sent (domain notes §7 D): "để …",
# the slash abbreviations (b/c, t/h, p/h, đ/b) and the bare verbs some offices
# print ("(Báo cáo)", "(đưa tin)").
_PURPOSE_WORDS = (r"để\b|b/c|t/h|p/h|đ/b|b/cáo|t/dõi|báo cáo|thực hiện|phối hợp|biết|chỉ đạo|theo dõi|"
                  r"đưa tin|đăng tin|thi hành|xem xét|tham mưu|giám sát|kiểm tra|chỉ đạo thực hiện|"
                  r"thay báo cáo|đăng tải|công bố|niêm yết|phổ biến|triển khai")
# OCR turns ")" into "}" or "]" and "để" into "đề".
_PURPOSE = re.compile(rf"\s*[(\[{{](?P<p>\s*(?:{_PURPOSE_WORDS}|đề\b)[^()]*?)[)}}\]]\s*$", re.IGNORECASE)


def _items(blocks: list[Block]) -> list[str]:
    """The list's items, wraps rejoined, glued items split."""
    lines: list[tuple[str, bool]] = []  # (text, read by OCR)
    for b in blocks:
        texts = [(ln.text.strip(), ln.confidence is not None) for ln in b.lines if ln.text.strip()] \
            or [(b.text, False)]
        for t, ocr in texts:
            t = _LABEL.sub("", t) if _LABEL.match(t) else t
            if t:
                lines.extend((p, ocr) for p in _GLUED.split(t) if p.strip())
    items: list[str] = []
    for t, ocr in lines:
        # On a scan Tesseract may miss an item's dash; after an item closed with ";" a line
        # that starts with a capital is then the next item, not a wrap.
        lost_dash = ocr and bool(items) and items[-1].endswith(";") and t[:1].isupper()
        if vocab.ITEM_MARK_RE.match(t) or not items or lost_dash:
            items.append(t)
        else:
            items[-1] = f"{items[-1]} {t}"  # a wrapped item
    # "- VPUB: + CVP, các PCVP (đ/b);": a sub-list started on its parent's line.
    out: list[str] = []
    for it in items:
        out.extend(p for p in re.split(r"(?<=:)\s+(?=\+\s)", it) if p.strip())
    return out


def _split_semicolons(item: str) -> list[str]:
    """"TT. Tỉnh ủy; TT. HĐND tỉnh (b/c)" names two recipients; a purpose at the end covers both.

    Only a ";" followed by a capital starts a new name: after "VPCP: BTCN, các PCN;
    các Vụ, Cục" the list goes on inside one recipient.
    """
    if ":" in item.split(";", 1)[0]:
        return [item]  # "VPCP: BTCN, các PCN; Vụ KGVX": one office and its units
    parts = [p.strip() for p in re.split(r";\s+(?=[A-ZĐÀ-Ỹ])", item) if p.strip()]
    parts = [p for p in parts if p[:1].isupper() or p is parts[0]]
    return parts if len(parts) > 1 and all(p[:1].isupper() for p in parts[1:]) else [item]


def _recipient(item: str) -> Recipient | None:
    text = vocab.ITEM_MARK_RE.sub("", item).strip()
    text = re.sub(r"\s*[;,.:]+\s*$", "", text).strip()
    if not text:
        return None
    if _ARCHIVE.match(text):
        # "Lưu: VT, NC (TP, Loan)." / "Lưu: VT, CN (2b)THH.": the bracket holds the
        # drafter's initials and the number of copies (NĐ 30 ô 12), not a recipient.
        name = _ARCHIVE.sub("", text).strip()
        # Only a bracket set off by a space after a unit code is such a note; one that
        # follows a comma is itself the unit ("VT, (ĐT/VMN)"), one glued to a code
        # is part of it as printed ("NN(2b)").
        # Everything from such a bracket on is that note (OCR may garble it: "CS ( (b).Ả¿").
        name = re.sub(r"(?<=[\w.])\s+\(.*$", "", name).strip(" ,;.")
        return Recipient(name=name or text, purpose="lưu")
    purpose = None
    m = _PURPOSE.search(text)
    if m:
        purpose = re.sub(r"\s+", " ", m.group("p")).strip().lower()
        text = text[:m.start()].strip().rstrip(",;:")
    if not text:
        return None
    return Recipient(name=text, purpose=purpose)


def read_recipients(blocks: list[Block]) -> list[Recipient]:
    """Every recipient of the "Nơi nhận" list, in order."""
    out: list[Recipient] = []
    for item in _items(blocks):
        r = _recipient(item)
        if not r:
            continue
        if r.purpose == "lưu":
            out.append(r)
            continue
        for name in _split_semicolons(r.name):
            out.append(Recipient(name=name, purpose=r.purpose))
    return out
