"""Unit registry: names from a CSV or from the directive, matched through the spellings offices use."""

from __future__ import annotations

import pytest

from extract.contract import Document, Recipient, Source
from extract.coverage.units import UnitRegistry, expand_name, unit_key


@pytest.mark.parametrize(("a", "b"), [
    ("ĐẢNG UỶ PHƯỜNG LÊ CHÂN", "Đảng ủy phường Lê Chân"),
    ("UBND phường Hồng Bàng", "UỶ BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG"),
    ("Công an TP. Hải Phòng", "Công an thành phố Hải Phòng"),
    ("Ban Thường vụ Đảng ủy phường An Biên", "Đảng ủy phường An Biên"),
])
def test_spellings_share_one_key(a, b):
    assert unit_key(a) == unit_key(b)


def test_registry_from_csv_rows_matches_printed_issuers():
    reg = UnitRegistry.from_rows([
        {"ten_don_vi": "Chi bộ Khu dân cư số 1", "ten_khac": "Chi bộ KDC số 1"},
        {"ten_don_vi": "Chi bộ Khu dân cư số 10", "ten_khac": ""},
        {"ten_don_vi": "Chi bộ Trạm Y tế", "ten_khac": "Chi bộ Trạm Y tế phường"},
        {"ten_don_vi": "Sở Tư pháp", "ten_khac": ""},
    ])
    assert reg.match("CHI BỘ KHU DÂN CƯ SỐ 1")[0].name == "Chi bộ Khu dân cư số 1"
    assert reg.match("Chi bộ KDC số 10")[0].name == "Chi bộ Khu dân cư số 10"  # not "số 1"
    assert reg.match("CHI BỘ TRẠM Y TẾ PHƯỜNG")[0].name == "Chi bộ Trạm Y tế"
    assert reg.match("SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG")[0].name == "Sở Tư pháp"
    unit, score = reg.match("Sở Nội vụ")
    assert unit is None and score < 0.86


def test_registry_from_addressees_expands_listed_plurals_and_drops_collectives():
    doc = Document(source=Source(filename="cv.docx", media_type="x"), addressees=[
        "Công an thành phố", "Sở Tư pháp", "Ủy ban nhân dân các phường: Lê Chân, Hồng Bàng, Ngô Quyền",
        "Các sở, ban, ngành thành phố"])
    names = [u.name for u in UnitRegistry.from_directive(doc).units]
    assert names == ["Công an thành phố", "Sở Tư pháp", "Ủy ban nhân dân phường Lê Chân",
                     "Ủy ban nhân dân phường Hồng Bàng", "Ủy ban nhân dân phường Ngô Quyền"]


def test_registry_from_recipients_when_no_addressee():
    doc = Document(source=Source(filename="kh.docx", media_type="x"), recipients=[
        Recipient(name="Thường trực Đảng ủy", purpose="để báo cáo"),
        Recipient(name="Chi bộ Trường Mầm non Hoa Sen", purpose="để thực hiện"),
        Recipient(name="Chi bộ Quân sự phường", purpose=None),
        Recipient(name="Lưu Văn phòng Đảng ủy", purpose="lưu")])
    assert [u.name for u in UnitRegistry.from_directive(doc).units] == [
        "Chi bộ Trường Mầm non Hoa Sen", "Chi bộ Quân sự phường"]


def test_expand_name_keeps_single_units():
    assert expand_name("- Ủy ban nhân dân xã An Hưng.") == ["Ủy ban nhân dân xã An Hưng"]
    assert expand_name("Như trên") == []


def test_generic_issuer_is_resolved_by_its_parent_or_left_unmatched():
    reg = UnitRegistry.from_rows([{"ten_don_vi": f"Trạm Y tế phường {p}"} for p in ("Lê Chân", "An Biên")])
    assert reg.match("TRẠM Y TẾ", "ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN")[0].name == "Trạm Y tế phường An Biên"
    assert reg.match("TRẠM Y TẾ")[0] is None  # two stations fit: no guess
