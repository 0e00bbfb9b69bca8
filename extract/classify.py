"""directive / report / other.

The contract's classes: a *directive* gives tasks to other units (chỉ thị,
công văn đề nghị, kế hoạch, hướng dẫn, nghị quyết, quyết định giao nhiệm vụ,
thông báo kết luận, kết luận, công điện …); a *report* is a báo cáo by a unit
about its work. The type decides when it is unambiguous; types that can go
either way (quyết định, thông báo, công văn, quy định) and documents whose
header is missing are decided from the body: tasks and "Đề nghị/Yêu cầu/Giao"
make a directive, "báo cáo như sau"/"Trên đây là báo cáo" a report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.contract import DocClass, Task
from parsers.layout import Block

if TYPE_CHECKING:
    from extract.header import HeaderFields

# Types that by nature assign tasks (domain notes §3.2) …
DIRECTIVE_CODES = frozenset({"CT", "KH", "HD", "NQ", "KL", "CĐ", "CTr", "PA", "ĐA"})
# … and a Party "TT" is a thông tri (a directive); a state "TT" is a thông tư (a rule: decide by body).
REPORT_CODES = frozenset({"BC"})
# Types that never direct or report: invitations, minutes, submissions, papers.
# A consolidated text (VBHN) restates rules already issued: it directs nothing new.
OTHER_CODES = frozenset({"TTr", "GM", "BB", "GGT", "GNP", "GUQ", "BGN", "BTT", "PG", "PC", "PB", "HĐ", "TC", "VBHN"})

# A list label as printed: "- ", "+ ", "2.1. ", "b) ".
_LABEL = r"(?:[-+•]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)"
# A paragraph that asks the addressees for something, labelled or not.
_REQUEST = re.compile(rf"^{_LABEL}?(?:Đề nghị|Yêu cầu|Giao|Chỉ đạo|Kính đề nghị)\b")
# A labelled item that opens with a duty verb: the shape of a task list.
_TASK_VERB = re.compile(
    rf"^{_LABEL}(?:Tăng cường|Chủ động|Theo dõi|Tổ chức|Chỉ đạo|Triển khai|"
    r"Thực hiện|Phối hợp|Rà soát|Kiểm tra|Đôn đốc|Hướng dẫn|Tham mưu|Xây dựng|Quán triệt|Tuyên truyền|"
    r"Đẩy mạnh|Nâng cao|Tập trung|Khẩn trương|Kịp thời|Thường xuyên|Bảo đảm|Đảm bảo|Duy trì|Cập nhật|"
    r"Tổng hợp|Báo cáo|Bố trí|Nghiêm túc|Nghiên cứu|Đề xuất|Xử lý|Giao)\b")
# The assignment formulas of decisions and plans ("… chịu trách nhiệm thi hành …").
_ASSIGN = re.compile(r"chịu trách nhiệm (?:thi hành|tổ chức thực hiện)|(?:đề nghị|yêu cầu) (?:các|Ủy ban|UBND|Sở|cấp ủy)"
                     r"|có trách nhiệm (?:triển khai|thực hiện|tổ chức)", re.IGNORECASE)
# The closing of a reply: "… trả lời để … được biết", "Trên đây là ý kiến trả lời / phúc đáp …".
_REPLY = re.compile(r"\b(?:trả lời|phúc đáp)\b[^.]{0,120}\b(?:được biết|biết)\b|ý kiến (?:trả lời|phúc đáp)",
                    re.IGNORECASE)
# "… thông báo để các Bộ, cơ quan biết, thực hiện": the transmission formula of a directive.
_INFORM_TO_ACT = re.compile(r"để [^.]{0,80}(?:thực hiện|triển khai|chỉ đạo thực hiện)", re.IGNORECASE)
_REPORTING = re.compile(r"báo cáo (?:kết quả |tình hình )?(?:như sau|cụ thể như sau)|Trên đây là báo cáo|"
                        r"kính báo cáo|xin báo cáo|trân trọng báo cáo", re.IGNORECASE)


def _directs(body: list[Block], tasks: list[Task]) -> bool:
    """Does the body give work? Tasks found, one request, an assignment formula or two duty items."""
    if tasks:
        return True
    requests = sum(1 for b in body if _REQUEST.match(b.text))
    verbs = sum(1 for b in body if _TASK_VERB.match(b.text))
    assigns = sum(1 for b in body if _ASSIGN.search(b.text))
    return requests >= 1 or verbs >= 2 or assigns >= 1


def _reports(body: list[Block]) -> bool:
    """Does the body announce or close a report ("… báo cáo như sau", "Trên đây là báo cáo …")?"""
    return any(_REPORTING.search(b.text) for b in body)


# Decisions about one person or one award (bổ nhiệm, khen thưởng, nâng lương …)
# assign no work even though they end "… chịu trách nhiệm thi hành Quyết định này".
_INDIVIDUAL = re.compile(r"^(?:về việc\s+)?(?:bổ nhiệm|miễn nhiệm|bổ nhiệm lại|điều động|luân chuyển|khen thưởng|"
                         r"tặng|kỷ luật|nâng (?:bậc )?lương|nghỉ hưu|cho thôi|công nhận|cấp|thu hồi|chấp thuận|"
                         r"cử|tiếp nhận|xếp hạng|phong tặng|truy tặng|thôi giữ)\b", re.IGNORECASE)


def doc_class(head: HeaderFields, body: list[Block], tasks: list[Task]) -> DocClass:
    """directive / report / other: the type code when it decides, else what the body does."""
    code = head.doc_type.code
    if code in REPORT_CODES:
        return "report"
    if code in DIRECTIVE_CODES or (code == "TT" and head.regime == "party"):
        return "directive"
    if code in OTHER_CODES:
        return "other"
    if code == "CV" and head.subject and re.match(r"(?i)báo cáo\b", head.subject) and _reports(body):
        return "report"  # "V/v báo cáo kết quả …": a report sent as a công văn
    if code in ("QĐ", "QyĐ") and head.subject and _INDIVIDUAL.match(head.subject.strip()):
        return "other"
    if code == "CV":
        # A công văn goes to the units it addresses: it asks them for something
        # (đề nghị, thông báo để … thực hiện) unless it only answers a question
        # ("Cục Thuế trả lời để Thuế tỉnh … được biết") or informs.
        closing = " ".join(b.text for b in body[-4:])
        requests = any(_REQUEST.match(b.text) for b in body)
        if _REPLY.search(closing) and not requests:
            return "other"  # items in a reply quote the law; they are not its tasks
        return "directive" if _directs(body, tasks) or _INFORM_TO_ACT.search(closing) else "other"
    if code is None and _reports(body):
        # "… báo cáo như sau:", "Trên đây là báo cáo …": a report, even when its
        # KIẾN NGHỊ section asks something ("Đề nghị Huyện ủy quan tâm …").
        return "report"
    return "directive" if _directs(body, tasks) else "other"
