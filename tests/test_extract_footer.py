"""Footer: signers (authority / title / name) and the "Nơi nhận" recipients, both regimes."""

from __future__ import annotations

import pytest

from extract.recipients import read_recipients
from extract.signature import read_signers
from extract.zones import split_zones
from parsers.layout import Block, CellRef, Line


def B(text: str, col: int | None = None, table: int | None = None, row: int = 0, *, bold: bool = False,
      lines: list[str] | None = None) -> Block:
    cell = CellRef(table=table, row=row, col=col) if table is not None and col is not None else None
    return Block(lines=[Line(t, bold=bold) for t in (lines or [text])], column=col, cell=cell)


def signers(*texts: str, col: int | None = 1, table: int | None = 1):
    return [(s.authority, s.title, s.name) for s in read_signers([B(t, col, table) for t in texts])]


def recipients(*texts: str):
    return [(r.name, r.purpose) for r in read_recipients([B(t, 0, 1) for t in texts])]


# --- signers -----------------------------------------------------------------

def test_state_two_authority_lines_joined_by_one_space():
    assert signers("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Thị Bình") == [
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Bình")]


@pytest.mark.parametrize(("lines", "expected"), [
    (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(đã ký)", "Lê Văn Cường"], ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn Cường")),
    (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Hoàng Văn Nam"],
     ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Hoàng Văn Nam")),
    (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Ngô Thị Lan"], ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Ngô Thị Lan")),
    (["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Đỗ Minh Tuấn"], ("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Đỗ Minh Tuấn")),
    (["Q. GIÁM ĐỐC", "Phan Văn Hùng"], ("Q. GIÁM ĐỐC", None, "Phan Văn Hùng")),
    (["KT GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trương Hải Thanh"], ("KT GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trương Hải Thanh")),
    (["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Vũ Văn Hải"], ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Vũ Văn Hải")),
    (["THỦ TƯỚNG", "Phạm Minh Chính"], (None, "THỦ TƯỚNG", "Phạm Minh Chính")),
    (["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Mai Thị Thu Vân"],
     ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Mai Thị Thu Vân")),
])
def test_signing_prefixes_of_both_regimes(lines, expected):
    assert signers(*lines) == [expected]


def test_party_collective_without_title_line():
    assert signers("T/M BAN BÍ THƯ", "Trần Cẩm Tú") == [("T/M BAN BÍ THƯ", None, "Trần Cẩm Tú")]
    assert signers("T/M BỘ CHÍNH TRỊ", "Trần Cẩm Tú") == [("T/M BỘ CHÍNH TRỊ", None, "Trần Cẩm Tú")]


def test_authority_and_title_glued_in_one_block():
    block = B("", lines=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"])
    out = read_signers([block, B("Phạm Quang Sáng")])
    assert [(s.authority, s.title, s.name) for s in out] == [("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Quang Sáng")]
    glued = read_signers([B("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"), B("Phạm Quang Sáng")])
    assert (glued[0].authority, glued[0].title) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")


def test_joint_document_two_signers_side_by_side():
    blocks = [B("KT. GIÁM ĐỐC SỞ Y TẾ", 0, 1), B("PHÓ GIÁM ĐỐC", 0, 1), B("Lương Văn Thành", 0, 1),
              B("GIÁM ĐỐC", 1, 1), B("SỞ GIÁO DỤC VÀ ĐÀO TẠO", 1, 1), B("Ngô Thị Hồng Nhung", 1, 1)]
    assert [(s.authority, s.title, s.name) for s in read_signers(blocks)] == [
        ("KT. GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", "Lương Văn Thành"),
        (None, "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Ngô Thị Hồng Nhung")]


def test_two_signers_one_after_the_other_in_plain_text():
    out = signers("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Nguyễn Văn Tùng",
                  "TM. BAN GIÁM ĐỐC", "GIÁM ĐỐC", "Lê Thị Mai", col=None, table=None)
    assert out == [("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Nguyễn Văn Tùng"),
                   ("TM. BAN GIÁM ĐỐC", "GIÁM ĐỐC", "Lê Thị Mai")]


def test_stamp_text_box_is_not_a_signer():
    out = signers("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Người ký: Ủy ban Nhân dân tỉnh",
                  "Thời gian ký: 05.01.2026 10:15:00 +07:00", "Nguyễn Văn An")
    assert out == [("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")]


# --- recipients --------------------------------------------------------------

def test_state_list_with_purposes_and_archive():
    assert recipients("Nơi nhận:", "- Như trên;", "- Thường trực Thành ủy (để báo cáo);", "- Bộ Y tế (b/c);",
                      "- Bộ Nội vụ (Báo cáo);", "- Như Điều 3 (để thực hiện);", "- Sở Tư pháp (t/h);",
                      "- Báo Hải Phòng (để đưa tin);", "- Lưu: VT, NC (TP, Loan).") == [
        ("Như trên", None), ("Thường trực Thành ủy", "để báo cáo"), ("Bộ Y tế", "b/c"), ("Bộ Nội vụ", "báo cáo"),
        ("Như Điều 3", "để thực hiện"), ("Sở Tư pháp", "t/h"), ("Báo Hải Phòng", "để đưa tin"),
        ("VT, NC", "lưu")]


def test_party_list_with_commas_and_archive_without_colon():
    assert recipients("Nơi nhận:", "- Thường trực Thành ủy (để báo cáo),", "- Các chi bộ trực thuộc (để thực hiện),",
                      "- Lưu Văn phòng Đảng ủy.") == [
        ("Thường trực Thành ủy", "để báo cáo"), ("Các chi bộ trực thuộc", "để thực hiện"),
        ("Văn phòng Đảng ủy", "lưu")]


def test_wrapped_items_are_rejoined():
    assert recipients("Nơi nhận:", "- Ban Thi đua - Khen thưởng Trung ương", "(b/c);", "- Các đồng chí Ủy viên",
                      "Ban Chấp hành Trung ương Đảng,", "- Lưu: VT.") == [
        ("Ban Thi đua - Khen thưởng Trung ương", "b/c"), ("Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng", None),
        ("VT", "lưu")]


def test_items_glued_into_one_block_are_split():
    assert recipients("Nơi nhận: - Như trên; - Sở Y tế (để thực hiện); - Lưu: VT, VX(2b).") == [
        ("Như trên", None), ("Sở Y tế", "để thực hiện"), ("VT, VX(2b)", "lưu")]


def test_two_bodies_on_one_item_and_sub_items():
    assert recipients("Nơi nhận:", "- TT. Tỉnh ủy; TT. HĐND tỉnh (b/c);",
                      "- VPCP: BTCN, các PCN; các Vụ, Cục;", "- VPUB: + CVP, các PCVP (đ/b);",
                      "+ Cổng TTĐT tỉnh (đưa tin);") == [
        ("TT. Tỉnh ủy", "b/c"), ("TT. HĐND tỉnh", "b/c"), ("VPCP: BTCN, các PCN; các Vụ, Cục", None),
        ("VPUB", None), ("CVP, các PCVP", "đ/b"), ("Cổng TTĐT tỉnh", "đưa tin")]


def test_footer_of_plain_text_through_zones():
    blocks = [B("Đề nghị các chi bộ nghiêm túc thực hiện."), B("Nơi nhận:"),
              B("- Ban Thường vụ Đảng ủy (để báo cáo),"), B("- Lưu Văn phòng Đảng ủy."),
              B("T/M BAN THƯỜNG VỤ"), B("PHÓ BÍ THƯ"), B("Phạm Quang Sáng")]
    z = split_zones(blocks)
    assert [(r.name, r.purpose) for r in read_recipients(z.recipients)] == [
        ("Ban Thường vụ Đảng ủy", "để báo cáo"), ("Văn phòng Đảng ủy", "lưu")]
    assert [(s.authority, s.title, s.name) for s in read_signers(z.signature)] == [
        ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Quang Sáng")]


def test_real_footers(real_docs):
    from parsers import load

    cases = {
        "kh_ubnd_nghean_982_2025.txt": (("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phùng Thành Vinh"),
                                        ("VT, NC", "lưu"), 11),
        "qd_tw_383_2025.txt": (("T/M BAN BÍ THƯ", None, "Trần Cẩm Tú"), ("Văn phòng Trung ương Đảng", "lưu"), 6),
        "kl_vptw_07_2025.txt": (("K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Khánh Toàn"),
                                ("Văn phòng Trung ương Đảng", "lưu"), 6),
    }
    for name, (signer, last, count) in cases.items():
        path = real_docs / name
        if not path.exists():
            continue
        z = split_zones(list(load(path).blocks()))
        s = read_signers(z.signature)
        r = read_recipients(z.recipients)
        assert [(x.authority, x.title, x.name) for x in s] == [signer], name
        assert (r[-1].name, r[-1].purpose) == last and len(r) == count, name


def test_name_printed_in_caps_under_the_title():
    assert signers("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "NGUYỄN VĂN AN") == [
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "NGUYỄN VĂN AN")]
    assert signers("GIÁM ĐỐC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Ngô Thị Hồng Nhung") == [
        (None, "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Ngô Thị Hồng Nhung")]
