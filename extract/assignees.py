"""Units named as responsible for a task (domain notes §3.3, "Assignment frames").

Rules plus a gazetteer of unit heads, because underthesea's tagger does not
know administrative names ("Đảng ủy" comes out as a verb). A unit is read
in three frames:

* a lead-in label: "Sở Y tế: …", "1. Bộ Xây dựng:", "Đối với UBND các xã: …";
* a request verb before it: "Giao X …", "Đề nghị X …", "Yêu cầu X …",
  "Ủy quyền X …";
* a clause that starts with it: "X chủ trì, phối hợp với Y …",
  "X có trách nhiệm …", "Các Bộ, cơ quan … nghiên cứu …".

The name runs until the first *lower-case* predicate word ("chủ trì", "phối
hợp", "thường xuyên", "tổ chức" …). Case is what separates "Ban Tổ chức Tỉnh
ủy" (a unit) from "tổ chức" (a verb): names capitalise each word's first
syllable, predicates are lower case.

Decision: only the lead (*chủ trì*) unit is an assignee; *phối hợp* units
assist and are not listed ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính"
→ ["Sở Y tế"]), as the contract asks for units "named as responsible".
"""

from __future__ import annotations

import re

from extract.markers import UPPER

# Heads that are ordinary words in lower case ("báo cáo", "bộ máy", "phòng,
# chống", "hội nghị", "trường hợp", "tổ chức") count only when capitalised.
_CAP_HEADS = [
    "Ủy ban", "Uỷ ban", "UBND", "UBMTTQ", "MTTQ", "HĐND", "Hội đồng", "Sở", "Ban", "Bộ", "Đảng ủy",
    "Đảng uỷ", "Đảng bộ", "Đảng đoàn", "Chi bộ", "Chi ủy", "Chi uỷ", "Cấp ủy", "Cấp uỷ", "Tỉnh ủy",
    "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Quận ủy", "Thị ủy", "Công an", "Quân khu", "Bộ đội",
    "Văn phòng", "Mặt trận", "Hội", "Liên đoàn", "Công đoàn", "Đoàn", "Tỉnh đoàn", "Thành đoàn",
    "Trung tâm", "Tổng cục", "Cục", "Chi cục", "Vụ", "Phòng", "Thanh tra", "Kho bạc", "Báo", "Đài",
    "Viện", "Trường", "Bệnh viện", "Ngân hàng", "Tập đoàn", "Tổng công ty", "Công ty", "Bảo hiểm",
    "BHXH", "Kiểm toán", "Tòa án", "Toà án", "Thông tấn", "Cổng", "Học viện", "Đại học", "Tổ", "Cơ quan",
    "Chính phủ", "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Thủ trưởng", "Chủ tịch",
    "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Trưởng", "Phó Trưởng", "Bí thư", "Phó Bí thư", "Chánh",
    "Người đứng đầu", "Đồng chí", "Thường trực", "Quốc hội", "Chỉ huy", "Hạt", "Lực lượng", "Cảng vụ",
    "Quỹ", "Hiệp hội", "UBKT", "Đài truyền hình", "Đài phát thanh", "Đài tiếng nói", "Quý cơ quan", "BCĐ", "Tổ chức đảng", "Cơ sở đảng", "Lãnh đạo", "Thành viên", "Bảo hiểm xã hội", "Người được giao", "Người được phân công", "Bảo hiểm Xã hội",
    "Chính quyền", "Các", "Toàn thể", "Đảng viên",
]
# Heads that name a unit in lower case too (after "Đề nghị …" in running text).
_ANY_HEADS = [
    "ủy ban nhân dân", "uỷ ban nhân dân", "cấp ủy", "cấp uỷ", "chính quyền", "tổ chức đảng",
    "người đứng đầu", "thủ trưởng", "chủ tịch", "giám đốc", "đảng ủy", "đảng uỷ", "chi bộ", "chi ủy",
    "trang thông tin điện tử", "cổng thông tin điện tử", "trang tin điện tử", "đoàn thể",
    "ban thường vụ", "ban chấp hành", "ban cán sự", "ban chỉ đạo", "thường trực", "văn phòng", "đồng chí", "các", "toàn thể", "lãnh đạo", "cơ quan", "đơn vị",
]
# After "các": the collective nouns of domain §3.3 ("các sở, ban, ngành", "các
# cấp ủy trực thuộc", "các cơ quan, đơn vị") — "các nội dung" is not a unit.
_COLLECTIVE = (
    r"(?:sở|bộ|ban|ngành|cơ quan|đơn vị|địa phương|cấp ủy|cấp uỷ|cấp|tổ chức|chi bộ|đảng bộ|đảng ủy|"
    r"đảng uỷ|đoàn thể|xã|phường|đặc khu|doanh nghiệp|tập đoàn|tổng công ty|công ty|cơ sở|trường|huyện|"
    r"tỉnh|thành phố|đồng chí|thành viên|hội|lực lượng|phòng|trung tâm|chủ đầu tư|nhà trường|bệnh viện|"
    r"thôn|khu phố|tổ dân phố|ngân hàng|thủ trưởng|chủ tịch|giám đốc|bí thư|ủy ban|uỷ ban|"
    r"văn phòng|ủy ban|uỷ ban|hội đồng|cơ quan chức năng|cấp có thẩm quyền|đoàn|"
    r"ban, ngành|ngành, địa phương|[" + UPPER + r"]\w*)"
)
# One alternation, longest first, so "Ban thường vụ" (any case) wins over the bare "Ban".
_HEAD_RE = re.compile(
    r"^(?:" + "|".join(p for _, p in sorted(
        [(len(h), re.escape(h)) for h in _CAP_HEADS] + [(len(h), f"(?i:{re.escape(h)})") for h in _ANY_HEADS],
        key=lambda x: -x[0])) + r")(?![\wÀ-ỹ])"
)
_SHORT_HEADS = frozenset({
    "Sở", "Ban", "Bộ", "Hội", "Đoàn", "Tổ", "Báo", "Đài", "Phòng", "Vụ", "Cục", "Viện", "Trường", "Cổng",
    "Hạt", "Quỹ", "Chánh", "Trưởng", "Lãnh đạo", "Thành viên", "Thường trực", "Lực lượng",
    "Chính quyền", "Toàn thể", "Bảo hiểm", "Kiểm toán", "Thanh tra",
    "Tổng cục", "Chi cục", "Mặt trận", "Tập đoàn", "Ngân hàng", "Công ty", "Tổng công ty",
})
_DOC_WORDS = (r"(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Văn bản|Thông tư|Nghị định|Luật|Kết luận|Công văn|"
              r"Quy định|Hướng dẫn|Chương trình|Đề án|Dự án|Báo cáo|Thông báo|Tờ trình|Điều|Khoản|Phụ lục)")
_CAC_RE = re.compile(rf"^(?:[Cc]ác|[Tt]oàn thể|[Mm]ỗi|[Tt]ừng)\s+(?!{_DOC_WORDS})(?:{_COLLECTIVE})(?![\wÀ-ỹ])")

# Imperative openings (domain §3.3 "Task-marking verbs/adverbs", widened with
# the verbs of real plans). Matched on the first words, lower-cased.
_VERBS = """
tăng cường|chủ động|theo dõi|tổ chức|chỉ đạo|triển khai|thực hiện|phối hợp|rà soát|kiểm tra|đôn đốc|
hướng dẫn|tham mưu|xây dựng|quán triệt|tuyên truyền|đẩy mạnh|nâng cao|tập trung|khẩn trương|kịp thời|
thường xuyên|bảo đảm|đảm bảo|duy trì|cập nhật|tổng hợp|báo cáo|bố trí|nghiêm túc|nghiêm|nghiên cứu|đề xuất|
xử lý|nắm bắt|nắm chắc|nắm|tiếp tục|phát huy|phát hiện|ban hành|hoàn thiện|hoàn thành|làm tốt|làm rõ|quan tâm|
lãnh đạo|cử|chuẩn bị|thành lập|kiện toàn|củng cố|phổ biến|lan tỏa|lan toả|định hướng|đấu tranh|phản bác|
phát động|giới thiệu|khen thưởng|biểu dương|vận động|huy động|cung cấp|gửi|tiếp nhận|giải quyết|xem xét|
thẩm định|phê duyệt|trình|thống nhất|lựa chọn|sắp xếp|bồi dưỡng|đào tạo|tập huấn|ứng dụng|chuyển đổi|
số hóa|số hoá|đầu tư|phát triển|quản lý|giám sát|thanh tra|đánh giá|sơ kết|tổng kết|rút kinh nghiệm|
tiến hành|tham gia|hỗ trợ|chăm lo|thăm hỏi|phòng ngừa|ngăn chặn|phòng, chống|phòng chống|khắc phục|
kiên quyết|nghiêm cấm|không để|tránh|hạn chế|tuân thủ|chấp hành|mở|lồng ghép|gắn|kết hợp|phấn đấu|
thi đua|tạo|đổi mới|cải cách|cải thiện|công khai|bám sát|cụ thể hóa|cụ thể hoá|truyền thông|thông tin|
đưa tin|phản ánh|tiếp thu|nhân rộng|tôn vinh|chủ trì|thiết lập|kêu gọi|nêu cao|thu thập|lập|tích cực|
quyết liệt|khuyến khích|yêu cầu|đề nghị|giao|ưu tiên|dành|sử dụng|bổ sung|điều chỉnh|sửa đổi|vận hành|
khai thác|niêm yết|đăng tải|tích hợp|kết nối|chia sẻ|thu hồi|xác định|tuyên dương|phân bổ|giải ngân|
thống kê|kiểm kê|kiểm soát|mở rộng|phân công|triệt để|làm đầu mối|là đầu mối|chịu trách nhiệm|
có trách nhiệm|rà|tiếp|cải tạo|hoàn tất|khởi công|khánh thành|quyết định|phụ trách|điều hành|
tạo điều kiện|đăng ký|tổ chức thực hiện|ký|thông báo|tuyển chọn|tuyển dụng|xác minh|điều tra|
bảo vệ|giữ vững|giữ gìn|xét|tiếp tục thực hiện|hạn chế tối đa|nghiêm khắc|đặc biệt chú trọng|chú trọng|
chú ý|lưu ý|coi trọng|đề cao|gương mẫu|trực|sẵn sàng|ứng trực|kiểm điểm|rút ra|quy định|hoàn chỉnh|
tiếp cận|dự báo|cảnh báo|khám|giúp|kê khai|bàn giao|trao đổi|xin ý kiến|thông qua|nộp|chuẩn y|phê chuẩn|bổ nhiệm|đẩy nhanh|đăng tải|mở|di dời|sơ tán|cứu hộ|cứu nạn|khảo sát|lấy ý kiến|góp ý|tổng rà soát
"""
VERB_RE = re.compile(
    r"^(?:" + "|".join(sorted({v.strip() for v in _VERBS.replace("\n", "").split("|") if v.strip()},
                              key=len, reverse=True)) + r")(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# The same verbs anywhere, case-sensitive: only a lower-case verb ends a unit name
# ("Ban Tổ chức" and "Sở Xây dựng" keep their capitalised words).
# Verbs that are also nouns inside lower-case names ("trang thông tin điện tử", "cấp ủy trực
# thuộc", "Ban quản lý dự án", "Hội đồng thi đua") are left out.
_NOUNISH = {"thông tin", "trực", "tạo", "gắn", "lập", "xét", "ký", "tiếp", "rà", "quản lý", "đầu tư",
            "phát triển", "đào tạo", "thi đua", "chuyển đổi", "cải cách", "truyền thông", "thanh tra",
            "giám sát", "bảo vệ", "quy định", "số hóa", "số hoá", "mở", "cử", "phụ trách", "điều hành",
            "lãnh đạo", "thống kê", "kiểm soát", "kiểm kê", "khai thác", "đưa tin", "ứng dụng", "trình"}
_VERB_ANY = re.compile(
    r"(?<![\wÀ-ỹ])(?:" + "|".join(sorted({v.strip() for v in _VERBS.replace("\n", "").split("|")
                                            if v.strip() and v.strip() not in _NOUNISH}, key=len, reverse=True))
    + r")(?![\wÀ-ỹ])")

# Lower-case predicate words that end a unit name (a task verb, an adverb, a frame).
_PREDICATES = [
    "chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thường xuyên", "khẩn trương",
    "tiếp tục", "tập trung", "chủ động", "nghiêm túc", "kịp thời", "tăng cường", "quan tâm", "căn cứ",
    "rà soát", "xây dựng", "tổ chức", "triển khai", "thực hiện", "chỉ đạo", "nghiên cứu", "tham mưu",
    "hướng dẫn", "theo dõi", "kiểm tra", "đôn đốc", "báo cáo", "lãnh đạo", "bố trí", "cung cấp",
    "đẩy mạnh", "nắm", "quán triệt", "tuyên truyền", "phổ biến", "lựa chọn", "đề xuất", "gửi",
    "tổng hợp", "ban hành", "hoàn thành", "hoàn thiện", "đảm bảo", "bảo đảm", "trực tiếp", "cập nhật",
    "xử lý", "sớm", "được", "cần", "phải", "là", "làm", "cử", "thống nhất", "xem xét", "giải quyết",
    "nâng cao", "duy trì", "phát huy", "quyết liệt", "khẩn cấp", "rà", "đánh giá", "giao", "ủy quyền",
    "hỗ trợ", "vận động", "tích cực", "huy động", "chấp hành", "phân công", "thành lập", "kiện toàn",
    "nghiêm", "cân đối", "tạo điều kiện", "trình", "tiếp nhận", "tập hợp", "phát động", "lồng ghép",
    "tham gia", "thi hành", "thông báo", "đăng ký", "dự", "bám sát", "chuẩn bị", "căn", "theo",
    "trong", "với", "để", "nhằm", "trên", "về", "tại", "cùng", "và các nội dung", "khi", "nếu", "đã",
    "đang", "sẽ", "không", "hoặc", "mỗi", "từng", "cho", "thì", "vào", "đến", "sau", "trước",
    "nộp", "quy định", "công bố", "quyết định", "lập", "thu", "có nhiệm vụ", "có chức năng", "chưa",
    "đưa", "gắn", "đăng ký", "liên hệ", "chọn", "chọn cử", "công nhận", "họp", "nghiệm thu",
]
_PRED_RE = re.compile(
    r"(?<![\wÀ-ỹ])(?:" + "|".join(sorted(map(re.escape, _PREDICATES), key=len, reverse=True)) + r")(?![\wÀ-ỹ])"
)
# After a clause subject, only a duty verb or modal makes it an assignee ("Đồng chí
# Nguyễn Văn X hiện là Ủy viên …" is an example, not an assignment).
_FUNCTION_WORDS = {"trong", "với", "để", "nhằm", "trên", "về", "tại", "cùng", "và các nội dung", "khi",
                   "nếu", "đã", "đang", "sẽ", "không", "hoặc", "mỗi", "từng", "cho", "thì", "vào", "đến",
                   "sau", "trước", "là", "làm", "được", "theo", "căn", "sớm", "trực tiếp"}
# "quyết định việc …" after a unit is its competence, not a duty (what it *may* decide).
_NOT_DUTY = {"quyết định", "có chức năng"}
_SUBJ_FOLLOW_RE = re.compile(
    r"(?:" + "|".join(sorted((re.escape(p) for p in _PREDICATES if p not in _FUNCTION_WORDS | _NOT_DUTY),
                             key=len, reverse=True))
    + r"|có|xem xét)(?![\wÀ-ỹ])"
)


def _duty_follows(after: str) -> bool:
    """After a clause subject: a duty word, or a task verb ("nộp", "quy định", "ban hành")."""
    a = after.lstrip(" ,")
    if re.match(r"quyết định\s+(?:việc|đối với|theo)\b", a):
        return False  # a competence ("quyết định việc công bố …"), not a duty
    if re.match(r"quyết định\s+(?:thành lập|ban hành|phê duyệt|giao|cử|tổ chức)\b", a):
        return True  # "quyết định thành lập đoàn kiểm tra": an action
    return bool(_RESPONSIBLE_RE.match(after) or _SUBJ_FOLLOW_RE.match(a) or VERB_RE.match(a))
# "Giao …", "Đề nghị …", "Yêu cầu …", "Ủy quyền …": the unit follows.
_REQUEST_RE = re.compile(
    r"(?:^|(?<=[\s.;:,(]))(?:[Gg]iao(?:\s+cho)?|[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Ủủ]y\s+quyền|[Uu]ỷ\s+quyền|"
    r"[Kk]ính\s+đề\s+nghị|[Tt]rân\s+trọng\s+đề\s+nghị)\s+(?=\S)"
)
# Words after a unit that make its clause a responsibility ("X chủ trì …").
_RESPONSIBLE_RE = re.compile(r"^\s*,?\s*(?:chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|được giao|là cơ quan)")
_DOI_VOI_RE = re.compile(r"^(?:[Đđ]ối với|[Vv]ề phía|[Tt]rách nhiệm của|[Nn]hiệm vụ của)\s+")
# Lower-case bodies that stand on their own in a list, unlike the second noun of a fixed pair
# ("cấp ủy, tổ chức đảng", "cơ quan, đơn vị"): the pillars of the political system after the
# Party ("các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể" is four
# bodies) and the websites that publish ("Cổng Thông tin điện tử Tỉnh ủy, trang thông tin điện
# tử của các cơ quan" is two channels).
_OWN_BODY = r"(?:chính quyền|đoàn thể|trang thông tin điện tử|cổng thông tin điện tử|trang tin điện tử)(?![\wÀ-ỹ])"
_SPLIT_RE = re.compile(r"\s*;\s*|\s*,\s*(?=[" + UPPER + r"]|các\s|" + _OWN_BODY + r")|\s+và\s+(?=["
                       + UPPER + r"]|các\s|" + _OWN_BODY + r")")
# A role's complement is one scope however many bodies it lists: "Người đứng đầu cấp ủy, chính
# quyền, cơ quan, tổ chức" is one assignee (the head of each), not a head plus bodies.
_ROLE_LEAD = re.compile(r"^(?:Người đứng đầu|Thủ trưởng|Lãnh đạo|Chủ tịch|Phó Chủ tịch|Giám đốc|Bí thư|"
                        r"Trưởng|Chánh Văn phòng)\s", re.IGNORECASE)
_OWN_BODY_RE = re.compile(_OWN_BODY)


_INTRO_RE = re.compile(
    r"(?:Trên cơ sở|Trong quá trình|Quá trình|Trong thời hạn|Sau khi|Khi|Căn cứ|Định kỳ|Hằng năm|Hàng năm|"
    r"Hằng tháng|Hàng tháng|Trường hợp|Nếu|Đối với|Để|Ngay sau khi|Trước ngày|Chậm nhất)\b")


def has_predicate(text: str) -> bool:
    """Does ``text`` contain a lower-case duty word or task verb (so it is a clause, not a name)?"""
    return any(m for m in _VERB_ANY.finditer(text)) or bool(_RESPONSIBLE_WORDS.search(text))


_RESPONSIBLE_WORDS = re.compile(r"(?<![\wÀ-ỹ])(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|tham mưu)(?![\wÀ-ỹ])")


def is_unit(text: str) -> bool:
    """Does ``text`` start like the name of a unit or a role ("Sở Y tế", "các sở, ban, ngành")?"""
    t = text.strip()
    if not t:
        return False
    if t[:3].lower() in ("các", "mỗi", "từn") or t[:7].lower() == "toàn th":
        return bool(_CAC_RE.match(t))
    m = _HEAD_RE.match(t)
    if not m:
        return False
    if m.group(0) in _SHORT_HEADS:
        # "Sở Y tế", "Ban Tuyên giáo", "Bộ Xây dựng" vs "Tổ chức", "Báo cáo", "Phòng, chống",
        # "Hội nghị", "Bộ máy", "Ban hành": a name goes on with a capital.
        nxt = t[m.end():].lstrip()
        if nxt.startswith("và "):
            nxt = nxt[3:]  # "Báo và Phát thanh, Truyền hình Nghệ An"
        return nxt[:1].isupper()
    return True


_PERSONNEL = r"(?:cán bộ|công chức|viên chức|người lao động|đảng viên|đoàn viên|hội viên|học sinh|sinh viên)\b"


def _span(text: str, start: int) -> str:
    """The unit name that starts at ``start``: up to the first predicate or clause break."""
    rest = text[start:]
    end = len(rest)
    head = _HEAD_RE.match(rest) or _CAC_RE.match(rest)
    # "Người được giao …", "mỗi chi bộ …": words of the head never end the name ("mỗi" and
    # "từng" are predicates elsewhere, "kiểm tra từng hồ sơ", but here they open the subject).
    skip = head.end() if head else 0
    # A lower-case predicate or task verb ends the name ("… chủ trì", "… đăng tải tin, bài").
    hits = sorted([*_PRED_RE.finditer(rest, skip), *_VERB_ANY.finditer(rest, skip),
                   *_NOUNISH_AFTER_NAME.finditer(rest, skip)], key=lambda m: m.start())
    for m in hits:
        if m.re is _NOUNISH_AFTER_NAME and not _LAST_WORD_CAP.search(rest[: m.start()]):
            continue  # "dữ liệu mở", "cán bộ quản lý": a noun inside the name
        before = rest[: m.start()].rstrip()
        after = rest[m.end():]
        # "các tổ chức chính trị - xã hội", "tổ chức đảng": the verb word used as a noun.
        if m.group(0) == "tổ chức" and (re.match(
                r"\s+(?:chính trị|đảng|đoàn thể|xã hội|hội|thành viên|cơ sở đảng|quần chúng|theo ngành)", after)
                or before.endswith("các")):
            continue
        # "cơ quan, tổ chức", "tổ chức, cá nhân": the pair of nouns of every regulation.
        if m.group(0) == "tổ chức" and (before.endswith(",") or re.match(r"\s*[,)]", after)):
            continue
        # "Đảng viên là cán bộ, công chức, viên chức nộp bài …": "là" + a personnel category
        # narrows the group (those members who are civil servants); it is not a predicate.
        if m.group(0) == "là" and re.match(_PERSONNEL, after.lstrip()):
            continue
        # "tập thể lãnh đạo cơ quan", "các lãnh đạo": the verb word used as a noun.
        if before.endswith(("tập thể", "các", "Ban", "ban")):
            continue
        end = m.start()
        break
    # Clause punctuation ends it; " - " apposition too ("Sở Tài chính - cơ quan thường trực").
    # A hyphen inside a name stays ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "Hội đồng Thi
    # đua - Khen thưởng"); before a role noun it is an apposition ("Sở Tài chính - Cơ quan thường trực").
    p = next((q for q in re.finditer(
        r"[:.(\[]|\s[-–]\s(?=(?i:cơ quan|đơn vị|thường trực|là|chủ trì|đầu mối))|\s*;\s*(?:[a-zđà-ỹ])", rest)
        if not (q.group(0) == ":" and _enumerates(rest, q.start(), end))), None)
    if p and p.start() < end:
        end = p.start()
    for d in re.finditer(r"\s[-–]\s", rest[:end]):
        if VERB_RE.match(rest[d.end():]) and not re.match(r"(?i:khen thưởng|xã hội)", rest[d.end():]):
            end = d.start()  # "UBND các phường, xã - Tuyên truyền, phổ biến …": a glued list item
            break
    span = rest[:end].strip(" ,;-–")
    return span


# Verbs left out of _VERB_ANY because they are also nouns in lower-case names ("dữ liệu mở",
# "cán bộ quản lý", "trang thông tin") still end a name right after a capitalised proper name:
# "Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên trang", "Công an tỉnh Hà Tĩnh thống kê số liệu".
# Inside a name those words follow a lower-case common noun, or are capitalised themselves
# ("Ban Quản lý", "Sở Thông tin"), so the word before decides.
_NOUNISH_AFTER_NAME = re.compile(
    r"(?<![\wÀ-ỹ])(?:" + "|".join(sorted(map(re.escape, _NOUNISH - {"thông tin"}), key=len, reverse=True))
    + r")(?![\wÀ-ỹ])")
# Two capitalised words before it: a proper name has just ended ("Quảng Trị mở", "Công an tỉnh
# Hà Tĩnh lập"). One is not enough: "Giáo dục và Đào tạo", "Thành lập" have the verb as the
# second, lower-case syllable of a capitalised word.
_LAST_WORD_CAP = re.compile(r"(?<![\wÀ-ỹ])[" + UPPER + r"][\wÀ-ỹ]*\s+[" + UPPER + r"][\wÀ-ỹ]*\s+$")
# A colon after a plural collective role or body introduces the names it stands for ("Giám đốc
# các sở: Nông nghiệp và Môi trường, Tài chính; Chủ tịch …"): the list is part of the unit.
_ENUM_LEAD = re.compile(r"(?:các|những)\s+(?:sở|bộ|ban|ngành|cơ quan|đơn vị|huyện|xã|phường|tỉnh|"
                        r"thành phố|đảng ủy|đảng uỷ|tổng công ty|tập đoàn)\s*$", re.IGNORECASE)
_ENUM_ITEM = re.compile(r"[" + UPPER + r"][^,;:.()]*")


def _enumerates(rest: str, colon: int, end: int) -> bool:
    """Is the colon at ``colon`` the start of an enumeration of names ("các sở: Y tế, Tài chính")?

    Only after "các sở", "các Bộ" …; and the names must be capitalised items, two or more, or one
    closed by ";"/"." — "Yêu cầu các sở: Tổ chức triển khai …" is a lead-in, not a list.
    """
    if not _ENUM_LEAD.search(rest[:colon]):
        return False
    seg = rest[colon + 1:end]
    stop = re.search(r"[;.]", seg)
    # one name is a list only when ";", "." or the end of a label closes it ("các sở: Tài chính;")
    closed = stop is not None or not rest[end:].strip()
    seg = seg[: stop.start()] if stop else seg
    items = [i.strip() for i in re.split(r",|\s+và\s+", seg) if i.strip()]
    if not items or not all(_ENUM_ITEM.fullmatch(i) for i in items):
        return False
    return len(items) >= 2 or closed


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,;:-–.")
    name = re.sub(r"^(?:cho|với|các đồng chí là)\s+", "", name)
    return name


def split_units(span: str) -> list[str]:
    """"Sở Y tế, Sở Tài chính" → two units; "các sở, ban, ngành" stays one.

    A comma (or "và") splits only before a capitalised unit head: lower-case
    words after a comma continue a collective name ("UBND các xã, phường").
    """
    parts: list[str] = []
    pieces = _SPLIT_RE.split(span)
    for piece in pieces:
        piece = _clean(piece)
        if not piece:
            continue
        if parts and (not is_unit(piece) or _BARE_ROLE.match(parts[-1])
                      or (_OWN_BODY_RE.match(piece) and _ROLE_LEAD.match(parts[-1]))):
            # "Sở Văn hóa, Thể thao và Du lịch": a capitalised word that is not a head belongs
            # to the name before it; so does whatever follows a bare role ("Bộ trưởng, Thủ
            # trưởng các cơ quan ngang Bộ": the minister of no named ministry).
            sep = " và " if re.search(rf"\s+và\s+{re.escape(piece)}", span) else ", "
            parts[-1] = parts[-1] + sep + piece
        else:
            parts.append(piece)
    # people are not units: "các Doanh nghiệp, hộ gia đình" → "các Doanh nghiệp"
    parts = [_POPULATION_TAIL.sub("", p) for p in parts]
    return [p for p in parts if is_unit(p) and len(p.split()) <= 25]


_BARE_ROLE = re.compile(r"^(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Phó Chủ tịch|Giám đốc|Thủ trưởng|Bí thư|Trưởng ban|"
                        r"Chánh Văn phòng|Tổng giám đốc|Người đứng đầu)$", re.IGNORECASE)
_POPULATION_TAIL = re.compile(r"(?:,\s*|\s+và\s+)(?:các\s+)?(?:hộ gia đình|cá nhân|người dân|nhân dân|"
                              r"người lao động|mọi người dân)\s*$")


def units_in_label(label: str) -> list[str]:
    """Units in a lead-in label ("Sở Y tế", "Giao Sở Nội vụ", "Đối với UBND các xã")."""
    label = label.strip()
    m = _REQUEST_RE.match(label)
    if m:
        label = label[m.end():]
    m = _DOI_VOI_RE.match(label)
    if m:
        # "Đối với các cơ quan, đơn vị trên địa bàn tỉnh": the whole label is the unit
        # (prepositions end a name in running text, not in a label).
        label = label[m.end():].strip(" :")
        return split_units(label) if is_unit(label) else []
    if not is_unit(label):
        return []
    span = _span(label, 0)
    return split_units(span)


def find_assignees(text: str, title: str | None = None) -> list[str]:
    """The units a task text names as responsible, in order of appearance, without repeats."""
    found: list[str] = []

    def add(names: list[str]) -> None:
        for n in names:
            key = n.casefold()
            # one unit found twice, once with more words ("các cơ quan, đơn vị có văn bản")
            if n and all(not (key.startswith(f.casefold()) or f.casefold().startswith(key)
                              or key in f.casefold()) for f in found):
                found.append(n)

    if title and text.startswith(title) and text[len(title):len(title) + 1] == ":" and _enumerates(
            text, len(title), len(text)):
        title = None  # "Giám đốc các sở: Nông nghiệp …, Tài chính; …": the colon lists names, no label
    if title:
        add(units_in_label(title))
    # Request frames anywhere ("… Chủ tịch UBND tỉnh yêu cầu các sở, ngành …").
    for m in _REQUEST_RE.finditer(text):
        start = m.end()
        if is_unit(text[start:]):
            add(split_units(_span(text, start)))
    # Clause-initial subjects: start of the text or after ". " / "; ".
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=[.;]\s)|(?<=:\s)|(?<=\bthì\s))(?=\S)", text)]
    # After an opening adverbial ("Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì …",
    # "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh …") the subject
    # follows a comma.
    for s0 in list(starts):
        if _INTRO_RE.match(text, s0):
            sentence_end = min([e for e in (text.find(". ", s0), text.find("; ", s0)) if e > 0] or [len(text)])
            # the first comma after which a unit starts is the subject; later ones are inside it
            first = next((m.end() for m in re.finditer(r",\s+", text[:sentence_end])
                          if m.start() > s0 and is_unit(text[m.end():])), None)
            if first is not None:
                starts.append(first)
    for start in sorted(set(starts)):
        if not is_unit(text[start:]):
            continue
        span = _span(text, start)
        if not span:
            continue
        after = text[start + len(span):]
        # A clause subject is a unit only before a responsibility word or a verb;
        # "Các hình thức khen thưởng bao gồm …" never reaches here (not a head),
        # "Các dự án …" is not a collective.
        if re.match(r"\s*,?\s*(?:đề nghị|yêu cầu|giao|ủy quyền|uỷ quyền|kính đề nghị|trân trọng)\b", after):
            continue  # "Ban Thường vụ Đảng ủy đề nghị các chi bộ …": the issuer asks, it is not assigned
        if _duty_follows(after):
            add(split_units(span))
    return found
