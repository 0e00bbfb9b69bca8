"""Which items and paragraphs of the body are tasks, and their fields.

The contract ("A task"): each leaf list item that directs action and each
stand-alone paragraph that does ("Đề nghị …", "Yêu cầu …", "Giao …",
"<Unit> chủ trì …"); a sub-item is its own task and names its parent. Not
tasks: background, căn cứ, the purposes of a plan (MỤC ĐÍCH, YÊU CẦU), the
transmission formula ("… thông báo để … biết, thực hiện"), a report's
"Trên đây là …". The closing request ("Đề nghị … thực hiện nghiêm túc",
"Trong quá trình thực hiện, nếu có vướng mắc …") is a task.

The test is the same for every document type — what the sentence does, not
which kind of document it sits in: an imperative opening (a verb lexicon
from domain §3.3), a request frame, or a unit followed by its duty.
"""

from __future__ import annotations

import re
from datetime import date

from extract.assignees import VERB_RE as _VERB_RE
from extract.assignees import find_assignees, split_units, units_in_label
from extract.contract import Deadline, Task, TaskSource
from extract.deadlines import find_deadline
from extract.markers import UPPER
from extract.sections import (
    _DUTY_LEAD,
    _ENUMERATION,
    Node,
    in_article,
    is_assignee_lead,
    is_caps,
    is_rubric,
    lead_units_text,
    looks_like_title,
    section_path,
)
from extract.textkey import fold

# Request frames that make a paragraph a task by themselves (domain §3.3).
_REQUEST_START = re.compile(
    r"^(?:Đề nghị|Yêu cầu|Giao|Ủy quyền|Uỷ quyền|Kính đề nghị|Trân trọng đề nghị|Chỉ đạo|Nghiêm cấm)\b"
)
# The closing that asks for problems to be reported (contract: a task).
_CLOSING_PROBLEMS = re.compile(r"^(?:Trong quá trình (?:tổ chức |triển khai )?thực hiện|Quá trình (?:triển khai )?thực hiện)",
                               re.IGNORECASE)
# Not tasks whatever follows: căn cứ and openings, results, the body's frame.
_NEG_START = re.compile(
    r"^(?:Căn cứ\s+(?:vào\s+)?(?:Luật|Bộ luật|Hiến pháp|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Thông tư|"
    r"Kế hoạch|Công văn|Quy định|Hướng dẫn|Kết luận|Điều lệ|Thông báo|Văn bản|Chương trình|Pháp lệnh|Tờ trình|"
    r"các văn bản|văn bản|ý kiến|đề nghị|chức năng|Điều)|Căn cứ[^.]*[;,]$|Thực hiện\s+(?:Chỉ thị|Nghị quyết|Kế hoạch|Công văn|Quyết định|Thông báo|Kết luận|"
    r"Hướng dẫn|Văn bản|Luật|Nghị định|Thông tư|Quy định|Chương trình|Công điện|ý kiến|chỉ đạo|sự chỉ đạo|"
    r"các văn bản|văn bản)|Theo (?:đề nghị|báo cáo|quy định|Tờ trình|Công văn)|Xét (?:đề nghị|báo cáo|Tờ trình)|"
    r"Trên đây là|Nơi nhận|Kính gửi|Kính trình|Như (?:trên|Điều \d+)\s*[;,.]?$|\(?(?:Ban hành )?[Kk]èm theo|Tại phiên họp|Ngày \d|"
    r"Năm \d{4}|Tháng \d|Trong (?:năm|thời gian) qua|Thời gian qua|Qua \d|Đến nay|Hiện nay|Tuy nhiên|"
    r"Bên cạnh đó|Nhìn chung|Kết quả|Đạt được|Đã\s|Ví dụ|Chẳng hạn|"
    r"(?:Thông báo|Công văn|Quyết định|Nghị quyết|Kế hoạch|Chỉ thị|Văn bản|Báo cáo|Tờ trình|Kết luận)\s+số\b|Để\s.*,\s.*(?:như sau|sau đây|sau):$)",
    re.IGNORECASE,
)
# "Văn phòng Chính phủ (xin) thông báo để … biết, thực hiện": passes a decision on.
_TRANSMISSION = re.compile(
    r"(?:xin|trân trọng)?\s*thông báo\s+(?:để|cho|đến)\s.{0,160}\bbiết\b|"
    r"thông báo ý kiến|xin thông báo|trân trọng thông báo|sao gửi|để (?:các \S+ )?biết và thực hiện$",
    re.IGNORECASE,
)
# Lead-in labels whose content describes the plan, not an action.
_NON_TASK_LABELS = {
    "muc dich", "yeu cau", "muc dich, yeu cau", "muc tieu", "muc tieu chung", "muc tieu cu the",
    "quan diem", "pham vi", "doi tuong", "pham vi, doi tuong", "doi tuong ap dung", "pham vi dieu chinh",
    "thoi gian", "thoi gian thuc hien", "thoi gian to chuc", "thoi diem", "dia diem", "thoi gian, dia diem",
    "thanh phan", "thanh phan tham du", "kinh phi", "kinh phi thuc hien", "nguon kinh phi", "hinh thuc",
    "chu de", "khau hieu", "ghi chu", "doi tuong thi dua", "doi tuong khen thuong",
    "tieu chuan", "dieu kien", "ho so", "quy mo", "chu tri", "don vi thuc hien", "vi du",
}
# Headings whose content is not tasks: purposes, scope, background, results.
_NON_TASK_HEADING = re.compile(
    r"^(?:ve\s+)?(?:muc dich|yeu cau$|yeu cau chung|muc tieu|quan diem|pham vi|can cu|tinh hinh|"
    r"ket qua|danh gia|thuc trang|boi canh|giai thich tu ngu|su can thiet|co so (?:phap ly|thuc tien)|"
    r"han che|ton tai|nguyen nhan|bai hoc|khai quat|dac diem|nguyen tac|giai thich)"
)
# Headings whose items are tasks even without a verb opening ("II. NHIỆM VỤ, GIẢI PHÁP").
_TASK_HEADING = re.compile(
    r"(?:nhiem vu|giai phap|to chuc thuc hien|trach nhiem|phan cong|y kien ket luan|ket luan|"
    r"cac hoat dong|hoat dong|noi dung thuc hien|noi dung trien khai|de nghi|kien nghi|chi dao|"
    r"^doi voi|^giao\b)"
)
# A label ends before ": " and is short; lead-ins to a list ("… như sau:") are not labels.
_LABEL_RE = re.compile(r"^(?P<label>[^:;!?]{2,200}?)\s*:\s+(?=\S)")
_NOT_LABEL_END = re.compile(r"(?:\bsau|\bnhư sau|\bgồm|\bbao gồm|\bcụ thể|\blà|\btrong đó|\bsau đây|\bnhư|"
                            r"\bthể hiện|\btheo)\s*$", re.IGNORECASE)
_TITLE_MAX_WORDS = 20


def _words(text: str) -> int:
    return len(text.split())


def task_title(text: str) -> str | None:
    """The lead-in label before ":" ("Tuyên truyền, định hướng chính sách"), or None."""
    t = text.strip()
    m = _LABEL_RE.match(t)
    label = None
    if m:
        label = m.group("label").strip()
    elif t.endswith(":") and _words(t) <= _TITLE_MAX_WORDS and not re.search(r"[.;]", t[:-1]):
        label = t[:-1].strip()  # "Sở Y tế:" heading its own sub-items
    if not label:
        return None
    if _words(label) > _TITLE_MAX_WORDS or _NOT_LABEL_END.search(label):
        return None
    if re.search(r"\.\s", label) or label.count("(") != label.count(")"):
        return None  # a whole sentence before the colon is not a label
    return label


def _label_key(text: str) -> str | None:
    title = task_title(text)
    return fold(title).strip(" .,") if title else None


# A leading time or condition ("Hằng năm, tiến hành rà soát …", "Trường hợp …, thì … phải …").
_LEADING_ADVERBIAL = re.compile(
    r"^(?:Hằng|Hàng|Định kỳ|Trên cơ sở|Căn cứ|Sau khi|Trước khi|Khi|Trong|Trường hợp|Nếu|Đối với|Ngay sau khi)"
    r"[^.;:]{0,200}?,\s+(?:thì\s+)?")


def _action_start(text: str) -> bool:
    t = text.strip().lstrip("“\"'(*")
    if _VERB_RE.match(t):
        return True
    m = _LEADING_ADVERBIAL.match(t)
    if m and _VERB_RE.match(t[m.end():]):
        return True
    title = task_title(t)
    if title:
        rest = t[t.index(":") + 1:].strip()
        return bool(_VERB_RE.match(rest)) or _VERB_RE.match(title) is not None
    return False


# A sentence whose only content is "(X) thực hiện theo quy định/hướng dẫn của Y" directs nothing new.
_DEFERRAL = re.compile(
    r"^[^.;:]{0,120}?\b(?:được\s+)?(?:thực hiện|áp dụng|giải quyết)\s+theo\s+(?:đúng\s+)?(?:các\s+)?"
    r"(?:quy định|hướng dẫn|Quyết định|Nghị định|Thông tư|Luật|Điều|khoản|Mục|điểm)[^;:]{0,160}?[.;]?(?:/\.)?$",
    re.IGNORECASE)


def is_negative(text: str) -> bool:
    t = text.strip()
    # "Trên đây là Kế hoạch …; các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.": the closing
    # of a plan asks for action; "Trên đây là báo cáo …" does not.
    if _NEG_START.match(t) and not (t.startswith("Trên đây") and (
            re.search(r"đề nghị|yêu cầu", t, re.I) or find_assignees(t))):
        return True
    if _TRANSMISSION.search(t) and _words(t) < 60 and not re.search(r"^(?:Đề nghị|Yêu cầu|Giao)", t):
        return True
    if re.search(r"\bnày\b.{0,80}\b(?:có hiệu lực|thay thế)\b", t[:200]) and not _REQUEST_START.match(t):
        return True  # "Hướng dẫn này có hiệu lực từ ngày ký": the entry into force, not a duty
    if re.search(r"\bcó (?:chức năng|quyền)\b", " ".join(t.split()[:25])) and not _REQUEST_START.match(t):
        return True  # "Văn phòng tỉnh ủy có chức năng tham mưu …": what a body is, not what it must do
    m = _DEFERRAL.match(t)
    if m and not any(_VERB_RE.match(x.group(1)) for x in re.finditer(r"(?:,|\bvà)\s+(\S.*)", t[m.start():])):
        return True  # "Kinh phí thực hiện theo quy định tại …": conformity, no new action
    if _words(t) < 3:
        return True  # "Chủ trì", "Ghi chú": a table header cell or a stray label, not a request
    if is_caps(t):
        return True  # a CAPS line is a title ("TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ …"), never a request
    if t[:1].islower():
        return True  # a fragment (a wrap the reader could not rejoin, a flattened table row)
    if re.match(r"^[\w\s]{1,15}=", t):
        return True  # a formula line of a scoring guide ("a = Tổng số người hưởng …")
    if re.search(r"\bNguyễn Văn [A-Z]\b|\bđồng chí [A-Z]\b", t):
        return True  # an illustration with a placeholder person ("Đồng chí Nguyễn Văn A, …")
    if t[:1] in "“\"" and re.search(r"[”\"]\W{0,3}$", t):
        return True  # a quoted theme or slogan ("Lập thành tích chào mừng Đại hội …"), not a request
    key = _label_key(t)
    return bool(key and key in _NON_TASK_LABELS)


# Modal duty words: a sentence that says who must do what is a task in a guidance.
_MODAL = re.compile(r"(?<![\wÀ-ỹ])(?:phải|cần|không được|nghiêm cấm|thì (?:thực hiện|tiến hành))(?![\wÀ-ỹ])")


def directs_action(text: str, *, item: bool, task_zone: bool, in_section: bool = False) -> bool:
    """Does this item/paragraph ask someone to do something?

    ``item``: a labelled list item (a bare verb phrase is enough); a paragraph
    needs a clearer signal. ``task_zone``: under a heading such as
    "NHIỆM VỤ, GIẢI PHÁP" or "TỔ CHỨC THỰC HIỆN", where items are tasks by
    position.
    """
    t = text.strip()
    if not t or is_negative(t):
        return False
    if _REQUEST_START.match(t) or _CLOSING_PROBLEMS.match(t):
        return True
    if not item and t.endswith(":"):
        return False  # "… thực hiện tốt các nội dung sau:" introduces the tasks
    if _action_start(t):
        return True
    if find_assignees(t):
        return True
    if re.search(r"\b(?:chủ trì|có trách nhiệm|chịu trách nhiệm)\b", " ".join(t.split()[:40])):
        return True
    m = _MODAL.search(" ".join(t.split()[:60]))
    if in_section and m and _VERB_RE.match(t[m.end():].strip()):
        return True  # a rule in a guidance: "… thì cấp ủy … phải tiến hành", "Nhân sự phải kê khai …"
    return item and task_zone


def _heading_keys(node: Node) -> list[str]:
    return [fold(a.title or "").strip(" .,:") for a in node.ancestors() if a.heading]


def _excluded(node: Node) -> bool:
    """Under purposes/background headings, or in a scoring rubric ("2. Cơ sở vật chất (20 điểm)")."""
    return is_rubric(node) or any(_NON_TASK_HEADING.match(k) for k in _heading_keys(node))


def _task_zone(node: Node) -> bool:
    """Under "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "Đối với X", "2. Bộ Xây dựng:": items are tasks by position."""
    for a in node.ancestors():
        if not a.heading:
            continue
        if _TASK_HEADING.search(fold(a.title or "").strip(" .,:")) or is_assignee_lead(a.title or ""):
            return True
    return False


_DUTY_OF = re.compile(r"^(?:Về\s+)?(?:trách nhiệm|nhiệm vụ)(?:\s+và\s+quyền hạn)?\s+của\s+", re.IGNORECASE)


def heading_assignees(node: Node) -> list[str]:
    """Units a heading above the item names: "2. Bộ Xây dựng:", "a) Đối với các sở, ban, ngành",
    "1.1. Giao Công an Thành phố", "Trách nhiệm của các cấp ủy …"."""
    for a in node.ancestors():
        lead_item = (not a.heading and a.marker is not None and not a.marker.is_bullet
                     and in_article(a) and is_assignee_lead(a.text))
        if not (a.heading and a.title) and not lead_item:
            continue
        title = a.title if a.heading else a.text.strip().rstrip(":")
        m = _DUTY_OF.match(title)
        if m:
            title = title[m.end():]
        if is_assignee_lead(title):
            # the whole lead is the unit: "3. Các cơ sở KCB BHYT trên địa bàn Thành phố"
            units = split_units(lead_units_text(title)) or units_in_label(title)
            if units:
                return units
        if m:
            units = units_in_label(title)
            if units:
                return units
    return []


def _page(node: Node, pages_known: bool) -> int | None:
    b = node.blocks[0] if node.blocks else None
    if b is None:
        return None
    # Text has no pages (every block says page 1 and has no geometry): the contract's page is
    # then null. A backend that knows pages gives geometry or page numbers beyond 1.
    return b.page if (b.bbox is not None or pages_known) else None


# A report says what its author will do next ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
# those are not tasks for the recipients. Its "KIẾN NGHỊ, ĐỀ XUẤT" requests are.
_REPORT_OWN_PLANS = re.compile(r"^(?:ve\s+)?(?:phuong huong|nhiem vu.*(?:thoi gian toi|tiep theo|nam \d{4}|"
                               r"thang|quy)|ke hoach.*thoi gian toi|giai phap.*thoi gian toi)")
_REPORT_MARK = re.compile(r"báo cáo\s+(?:kết quả\s+|tình hình\s+)?(?:cụ thể\s+)?như sau|Trên đây là báo cáo|"
                          r"kính báo cáo", re.IGNORECASE)


def is_report_body(texts: list[str]) -> bool:
    """A báo cáo: "… báo cáo kết quả như sau:" at the start or "Trên đây là báo cáo …/kính báo cáo" at the end."""
    return any(_REPORT_MARK.search(t) for t in texts[:4] + texts[-3:])


def collect_tasks(root: Node, issue_date: date | None = None, report: bool = False) -> list[Task]:
    """Walk the item tree in reading order and emit tasks with parent, section, title, fields.

    ``report``: the body is a báo cáo, whose own plans are not tasks.
    """
    tasks: list[Task] = []
    pages_known = any(b.page > 1 for n in root.walk() for b in n.blocks)

    def emit(node: Node, parent: Task | None, in_self: bool = False) -> Task:
        title = task_title(node.text)
        assignees = find_assignees(node.text, title)
        if not assignees and is_assignee_lead(node.text):
            assignees = units_in_label(node.text.strip().rstrip(":"))
        if not assignees and parent is not None and parent.text.rstrip().endswith(":"):
            # "- Sở Khoa học và Công nghệ chủ trì … thực hiện:" then "+ Nâng cấp …": the lead-in's
            # unit does the sub-items. (A parent that is a full sentence passes nothing on.)
            assignees = list(parent.assignees)
        if not assignees:
            # An item under "4. Sở Nội vụ" or "a) Đối với các sở, ban, ngành" is that unit's duty.
            assignees = heading_assignees(node)
        dl = find_deadline(node.text, issue_date)
        task = Task(
            id=f"T{len(tasks) + 1}",
            parent=parent.id if parent else None,
            section=section_path(node, include_self=in_self),
            title=title,
            text=node.text.strip(),
            assignees=assignees,
            deadline=Deadline(text=dl.text, date=dl.date, recurrence=dl.recurrence) if dl else None,
            source=TaskSource(page=_page(node, pages_known), block=node.blocks[0].order if node.blocks else None),
        )
        tasks.append(task)
        return task

    def visit(node: Node, parent: Task | None) -> None:
        for child in node.children:
            if child.heading:
                if (child.marker is not None and child.marker.kind == "dieu" and child.text
                        and not looks_like_title(child.text, True)
                        and directs_action(child.text, item=True, task_zone=False)):
                    # "Điều 3. Chánh Văn phòng …, Thủ trưởng các sở … chịu trách nhiệm thi hành
                    # Quyết định này": the article's clause is the assignment.
                    emit(child, None, in_self=True)
                visit(child, None)
                continue
            if _excluded(child) or (report and any(_REPORT_OWN_PLANS.match(k) for k in _heading_keys(child))):
                continue
            if report and re.search(r"kính báo cáo|xin báo cáo", child.text, re.IGNORECASE) \
                    and not re.search(r"đề nghị|kiến nghị", child.text, re.IGNORECASE):
                continue
            labelled_kids = [c for c in child.children if not c.heading]
            zone = _task_zone(child)
            if labelled_kids:
                # A parent item is a task when it carries an assignment of its own
                # ("2. Bộ Xây dựng:", "- Giao Sở X:", "- Phối hợp … như sau:").
                text = child.text.strip()
                # Inside an article, a khoản that only names a unit ("2. Người đứng đầu lưu trữ
                # lịch sử của Đảng") passes the unit to its points and is no task itself.
                pure_lead = is_assignee_lead(text) and not find_assignees(text)
                bearer = ((is_assignee_lead(text) and not (pure_lead and in_article(child)))
                          or _DUTY_LEAD.search(text) is not None
                          or _REQUEST_START.match(text) is not None
                          or (not is_negative(text) and (
                              _action_start(text) or bool(find_assignees(text)))))
                if child.is_paragraph and text.endswith(":") and not is_assignee_lead(text):
                    bearer = False
                me = emit(child, parent) if bearer else None
                if _ENUMERATION.search(text) and not bearer:
                    # "Hồ sơ trình thẩm định gồm:", "… trong các trường hợp sau:": what follows is a
                    # list of contents or cases, not of duties; only explicit requests inside count.
                    for g in child.walk():
                        if not g.heading and (_REQUEST_START.match(g.text) or _CLOSING_PROBLEMS.match(g.text)):
                            emit(g, parent)
                    continue
                visit(child, me or parent)
                continue
            in_section = any(a.heading for a in child.ancestors())
            if directs_action(child.text, item=not child.is_paragraph, task_zone=zone, in_section=in_section):
                emit(child, parent)

    visit(root, None)
    return tasks


# --- Phụ lục task tables -------------------------------------------------------

_COL_TEXT = re.compile(r"noi dung|nhiem vu|cong viec|hoat dong|ten (?:nhiem vu|de an|nhiem vu)")
_COL_LEAD = re.compile(r"chu tri|co quan thuc hien|don vi thuc hien|don vi chu tri|trach nhiem")
_COL_WHEN = re.compile(r"thoi gian|thoi han|tien do|hoan thanh")
_COL_NO = re.compile(r"^(?:stt|tt|so tt|so thu tu)$")


def table_tasks(blocks: list, issue_date: date | None = None, start: int = 1) -> list[Task]:
    """Tasks from a kế hoạch's task table (domain §3.2: "STT | Nội dung | Cơ quan chủ trì |
    Cơ quan phối hợp | Thời gian hoàn thành"): one task per row with content.

    The table is the cleanest task list of a plan; a table without a content
    column (a statistics table, a list of units) gives nothing.
    """
    tables: dict[int, dict[tuple[int, int], list]] = {}
    for b in blocks:
        if b.cell is None:
            continue
        tables.setdefault(b.cell.table, {}).setdefault((b.cell.row, b.cell.col), []).append(b)
    out: list[Task] = []
    for _, cells in sorted(tables.items()):
        rows = sorted({r for r, _ in cells})
        text_of = {k: " ".join(b.text.strip() for b in v).strip() for k, v in cells.items()}
        header_row = None
        cols: dict[str, int] = {}
        for r in rows[:3]:
            heads = {c: fold(t) for (rr, c), t in text_of.items() if rr == r}
            found = {}
            for c, h in sorted(heads.items()):
                if "text" not in found and _COL_TEXT.search(h):
                    found["text"] = c
                elif "lead" not in found and _COL_LEAD.search(h) and "phoi hop" not in h:
                    found["lead"] = c
                elif "when" not in found and _COL_WHEN.search(h):
                    found["when"] = c
                elif "no" not in found and _COL_NO.match(h.strip(" .")):
                    found["no"] = c
            if "text" in found:
                header_row, cols = r, found
                break
        if header_row is None:
            continue
        for r in rows:
            if r <= header_row:
                continue
            text = text_of.get((r, cols["text"]), "")
            if not text:
                continue
            others = [text_of.get((r, c), "") for k, c in cols.items() if k not in ("text", "no")]
            number = text_of.get((r, cols["no"]), "") if "no" in cols else ""
            if re.fullmatch(r"[IVXLC]+\.?|[A-Z]\.?", number.strip()) and not any(others):
                continue  # a group row ("I | Công tác tuyên truyền") heads the rows below it
            lead = text_of.get((r, cols["lead"]), "") if "lead" in cols else ""
            assignees = [u for part in re.split(r"\s*[;\n]\s*|\s*,\s*(?=[" + UPPER + r"])", lead) if part
                         for u in ([part.strip(" .-")] if part.strip(" .-") else [])]
            if not assignees:
                assignees = find_assignees(text)  # no lead column: "Sở Y tế chủ trì …" in the row
            when = text_of.get((r, cols["when"]), "") if "when" in cols else ""
            dl = find_deadline("Thời gian hoàn thành: " + when, issue_date) if when else None
            if dl:
                dl = type(dl)(when.strip(), dl.date, dl.recurrence)
            first = cells[(r, cols["text"])][0]
            out.append(Task(
                id=f"T{start + len(out)}", parent=None, section=None, title=task_title(text), text=text,
                assignees=assignees,
                deadline=Deadline(text=dl.text, date=dl.date, recurrence=dl.recurrence) if dl else None,
                source=TaskSource(page=first.page if first.bbox is not None else None, block=first.order),
            ))
    return out
