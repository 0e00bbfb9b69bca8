"""Tone repair of OCR lines against the word list: misreads fixed, correct text left as written."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from parsers import load
from parsers.ocr_lexicon import lexicon, repair_tones, repair_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("ocr", "fixed"), [
    # subject lines of the scanned samples (hook above read as an acute)
    ("V/v đấy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     "V/v đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("V/v triến khai các giải pháp bình ốn thị trường", "V/v triển khai các giải pháp bình ổn thị trường"),
    ("Về công tác chuẩn bị bầu cử đại biếu Quốc hội khóa XVI",
     "Về công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI"),
    # body text
    ("Yêu cầu các cấp ủy, tố chức đảng quán triệt", "Yêu cầu các cấp ủy, tổ chức đảng quán triệt"),
    ("Đề nghị Ủy ban Mặt trận Tố quốc Việt Nam tỉnh và các đoàn thế chính trị - xã hội",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội"),
    ("Ban Thường vụ Tỉnh ủy theo dõi, tống hợp tình hình, báo cáo",
     "Ban Thường vụ Tỉnh ủy theo dõi, tổng hợp tình hình, báo cáo"),
    ("Công tác chuãn bị bầu cử", "Công tác chuẩn bị bầu cử"),  # no syllable at all: hat and tone
    ("bảo đảm an nỉnh, trật tự trước, trong và sau ngày bầu cử",
     "bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử"),
    ("- Các chỉ bộ trực thuộc;", "- Các chi bộ trực thuộc;"),
    ("phát hiện, biếu dương và nhân rộng điến hình tiên tiến",
     "phát hiện, biểu dương và nhân rộng điển hình tiên tiến"),
    ("Văn phòng Ủy ban nhân dân tỉnh thông báo đế các cơ quan, đơn vị biết, thực hiện./.",
     "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
    # Title case and CAPS
    ("- Tố chức tập huấn cho cán bộ y tế cơ sở", "- Tổ chức tập huấn cho cán bộ y tế cơ sở"),
    ("Trung tâm Kiếm soát bệnh tật tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"),
    ("2. Đối mới nội dung, phương thức", "2. Đổi mới nội dung, phương thức"),
    ("KẾ HOẠCH TRIẾN KHAI THỰC HIỆN", "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN"),
    ("V/V ĐẤY MẠNH HỌC TẬP", "V/V ĐẨY MẠNH HỌC TẬP"),
    # "đối số" is a word, but "chuyển đổi số" is a longer one
    ("cải cách thủ tục hành chính và chuyển đối số năm 2026",
     "cải cách thủ tục hành chính và chuyển đổi số năm 2026"),
])
def test_misread_tones_are_fixed(ocr: str, fixed: str) -> None:
    assert repair_tones(ocr) == fixed


@pytest.mark.parametrize("text", [
    # legitimate words that look like the misreads: they make a word with a neighbour
    "Cảm ơn các nhà hảo tâm đã biếu tặng quà cho các cháu",
    "Đấy là yêu cầu bắt buộc",
    "trong bối cảnh thế giới có nhiều biến động",
    "tiếp nhận, giải quyết tố cáo, tố giác tội phạm",
    "bảo đảm đúng quy định của pháp luật về tố tụng hình sự",
    "chống đế quốc và phong kiến",
    "hàm có hai đối số",
    # frequent words standing alone, whose respelling would make an entry with a neighbour
    "Hàng năm, giảm số người nghiện ma túy",
    "cung cấp thông tin về giá của thiết bị, hàng hóa",
    "Việc tiếp tục thực hiện dự án đó gây hậu quả nghiêm trọng",
    "- Công an tỉnh xây dựng phương án bảo đảm an ninh, trật tự",
    "đạt 100% xã, phường trên toàn tỉnh",
    "tài liệu lưu trữ có chứa bí mật nhà nước",
    # names: capitalised syllables missing from the word list are not respelled
    "Đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ",
    "Cửa khẩu Đồng Đăng - Trà Lĩnh",
    "CHỦ TỊCH Trần Thanh Tâm",
    # a misread whose true tone is not one OCR's confusions lead to stays rather than get worse
    "ĐẾ NGHỊ CÁC ĐƠN VỊ",
    # punctuation separates: "tố, chức" is two phrases
    "Điều 5. Tố, khiếu nại",
])
def test_correct_text_is_left_alone(text: str) -> None:
    assert repair_tones(text) == text


def test_words_keep_their_count_and_punctuation() -> None:
    words = ["(Tố", "chức", "tập", "huấn);", "tống", "hợp,", "báo", "cáo"]
    assert repair_words(words) == ["(Tổ", "chức", "tập", "huấn);", "tổng", "hợp,", "báo", "cáo"]
    assert repair_tones("tố  chức") == "tố  chức"  # a double space is a gap, not a compound


def test_decomposed_input_is_matched() -> None:
    nfd = unicodedata.normalize("NFD", "các cấp ủy, tố chức đảng")
    assert repair_tones(nfd) == "các cấp ủy, tổ chức đảng"  # a changed line comes back NFC
    same = unicodedata.normalize("NFD", "tố cáo")
    assert repair_tones(same) == same  # an unchanged one exactly as given


def test_old_and_new_tone_placement_both_match() -> None:
    # the list spells "uỷ ban"; the documents write "Ủy ban": the key ignores where the mark sits
    assert repair_tones("Ủy ban nhân dân tỉnh Lào Cai") == "Ủy ban nhân dân tỉnh Lào Cai"
    assert repair_tones("hòa bình, thúy") == "hòa bình, thúy"


def test_dictionary_loads_fast_once() -> None:
    lexicon.cache_clear()
    start = time.perf_counter()
    lex = lexicon()
    assert time.perf_counter() - start < 1.5  # about 0.2 s; generous for a loaded machine
    assert lexicon() is lex
    assert "tô? chưc'" in lex.entries  # "tổ chức"


def test_digital_samples_come_back_unchanged() -> None:
    """Every line of every digital sample (text layer, docx) is correct text: nothing may change."""
    changed = []
    files = sorted((ROOT / "samples/pdf").glob("*.pdf")) + sorted((ROOT / "samples/docx").glob("*.docx"))
    assert files
    for f in files:
        for page in load(f).pages:
            for block in page.blocks:
                for line in block.text.split("\n"):
                    if repair_tones(line) != line:
                        changed.append((f.name, line))
    assert changed == []


def test_real_documents_change_only_their_typos(real_docs: Path) -> None:
    """The real documents are correct text; the only words the repair changes are the writers'
    own typos (a missing dot below, a stray tone), each respelled as the writer meant."""
    typos = {("luât", "luật"), ("ngǜ", "ngũ"), ("triểt", "triệt"), ("sữa", "sửa"), ("dich", "dịch"),
             ("đối", "đổi")}  # "chuyển đối số": the writer's own slip
    changed = set()
    for f in sorted(real_docs.glob("*.txt")):
        for page in load(f).pages:
            for block in page.blocks:
                for line in block.text.split("\n"):
                    fixed = repair_tones(line)
                    if fixed != line:
                        changed |= {(a.strip(".,;:"), b.strip(".,;:"))
                                    for a, b in zip(line.split(" "), fixed.split(" "), strict=True) if a != b}
    assert changed <= typos
