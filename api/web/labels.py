"""Vietnamese labels and formats for the web page (the clerks read Vietnamese, never codes)."""

from __future__ import annotations

import re
from datetime import date

from api.exports import REPORT_PART_NAMES

ROLE = {"office": "Văn phòng (toàn quyền)", "unit": "Đơn vị", "reader": "Chỉ xem"}
DOC_CLASS = {"directive": "Văn bản chỉ đạo", "report": "Báo cáo", "other": "Văn bản khác"}
DOC_STATUS = {"queued": "Đang xử lý", "parsed": "Đã xử lý", "failed": "Không đọc được"}
JOB_STATUS = {"queued": "Đang chờ", "running": "Đang xử lý", "done": "Hoàn tất", "failed": "Lỗi"}
RECURRENCE = {"daily": "hằng ngày", "weekly": "hằng tuần", "monthly": "hằng tháng", "quarterly": "hằng quý",
              "yearly": "hằng năm"}
# when the stored document has only the code (list rows), the type in words
DOC_TYPE = {"CT": "Chỉ thị", "KH": "Kế hoạch", "BC": "Báo cáo", "HD": "Hướng dẫn", "TB": "Thông báo",
            "NQ": "Nghị quyết", "QĐ": "Quyết định", "CV": "Công văn", "KL": "Kết luận", "TTr": "Tờ trình",
            "QC": "Quy chế", "QyĐ": "Quy định", "CTr": "Chương trình", "ĐA": "Đề án", "TT": "Thông tư",
            "NĐ": "Nghị định"}

# the fields a clerk sees and may correct, in the order of the document's header
FIELDS: list[tuple[str, str, str]] = [  # (path, label, input kind)
    ("doc_type/name", "Loại văn bản", "text"),
    ("number_symbol", "Số, ký hiệu", "text"),
    ("issuer/name", "Cơ quan ban hành", "text"),
    ("issuer/parent", "Cơ quan cấp trên", "text"),
    ("place", "Địa danh", "text"),
    ("date", "Ngày ban hành", "date"),
    ("subject", "Trích yếu", "textarea"),
    ("addressees", "Kính gửi", "lines"),
]


# The service's failure reasons are English sentences (parsers, intake, jobs): the common ones in
# Vietnamese for the clerk, the original kept in a tooltip. "{0}" is the pattern's first group.
# The same table is handed to static/app.js (upload rows), so there is one list.
REASONS: list[tuple[str, str]] = [
    (r"damaged: not a valid DOCX \(ZIP\) package", "tệp hỏng: không phải tệp DOCX hợp lệ"),
    (r"damaged or unreadable (\w+)", "tệp {0} bị hỏng hoặc không đọc được"),
    (r"PDF has no pages \(damaged or truncated\)", "tệp PDF không có trang nào (bị hỏng hoặc thiếu)"),
    (r"empty file", "tệp rỗng"),
    (r"unsupported file type \(expected ([^)]*)\)", "loại tệp không được hỗ trợ (chỉ nhận {0})"),
    (r"too many pages \((\d+); the limit is (\d+)\)", "quá nhiều trang ({0} trang; tối đa {1})"),
    (r"too large \(([^;]+); the limit is ([^)]+)\)", "tệp quá lớn ({0}; tối đa {1})"),
    (r"too large to process in memory", "tệp quá lớn, không đủ bộ nhớ để xử lý"),
    (r"processing took longer than the limit of ([\d.]+) s", "xử lý quá thời gian cho phép ({0} giây)"),
    (r"gave up after (\d+) attempts: the worker stopped while parsing",
     "đã thử {0} lần, tiến trình xử lý đều bị dừng"),
    (r"OCR could not read the image", "không nhận dạng được chữ trong ảnh"),
    (r"not a readable image \(unknown or damaged format\)", "không đọc được ảnh (định dạng lạ hoặc bị hỏng)"),
    (r"truncated image \(the file ends before the picture does\)", "ảnh bị thiếu phần cuối"),
]


def reason_vn(text: str | None) -> str:
    """A failure reason in Vietnamese where it is a known one; else as the service wrote it."""
    if not text:
        return "không rõ lý do"
    for pattern, vn in REASONS:
        m = re.search(pattern, text)
        if m:
            return text[:m.start()] + vn.format(*m.groups()).replace(" or ", " hoặc ") + text[m.end():]
    return text


def vn_date(value: str | date | None) -> str:
    """ISO date → dd/mm/yyyy, as dates are written in Vietnamese offices."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def doc_type_name(code: str | None, data: dict | None = None) -> str:
    name = ((data or {}).get("doc_type") or {}).get("name")
    return name or DOC_TYPE.get(code or "", code or "")


def filters() -> dict:
    """Jinja filters."""
    return {
        "vn_date": vn_date,
        "role_vn": lambda r: ROLE.get(r, r),
        "class_vn": lambda c: DOC_CLASS.get(c, c or "Chưa rõ"),
        "doc_status_vn": lambda s: DOC_STATUS.get(s, s),
        "job_status_vn": lambda s: JOB_STATUS.get(s, s),
        "recurrence_vn": lambda r: RECURRENCE.get(r, r or ""),
        "reason_vn": reason_vn,
        "pct": lambda x: f"{round(float(x or 0) * 100)}%",
        "report_part_vn": lambda p: REPORT_PART_NAMES.get(p, p),
    }
