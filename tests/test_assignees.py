"""Units named as responsible (domain §3.3 assignment frames)."""

from __future__ import annotations

import pytest

from extract.assignees import find_assignees, is_unit, split_units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu kinh phí.", ["Sở Y tế"]),
        ("Sở Xây dựng chủ trì, phối hợp với Công an tỉnh rà soát dữ liệu.", ["Sở Xây dựng"]),
        ("Đề nghị cấp ủy trực thuộc thường xuyên nắm chắc tình hình tư tưởng.", ["cấp ủy trực thuộc"]),
        ("Yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện.", ["các sở, ban, ngành"]),
        ("Ban Tổ chức Tỉnh ủy có trách nhiệm hướng dẫn thực hiện.", ["Ban Tổ chức Tỉnh ủy"]),
        ("Đề nghị Ủy ban nhân dân các xã, phường khẩn trương báo cáo.", ["Ủy ban nhân dân các xã, phường"]),
        ("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ nghiên cứu các nội dung, giải pháp.",
         ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]),
        ("Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác chuẩn bị.",
         ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]),
        ("Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì, "
         "phối hợp với Bộ Xây dựng.", ["Tập đoàn Công nghiệp - Viễn thông Quân đội",
                                       "Tập đoàn Bưu chính Viễn thông Việt Nam"]),
        ("Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy.",
         ["Sở Văn hóa, Thể thao và Du lịch"]),
    ],
)
def test_frames(text: str, units: list[str]) -> None:
    assert find_assignees(text) == units


def test_lead_in_label_names_the_unit() -> None:
    text = "Sở Văn hóa, Thể thao và Du lịch: Phối hợp với Ban Tuyên giáo chỉ đạo Báo và Phát thanh."
    assert find_assignees(text, "Sở Văn hóa, Thể thao và Du lịch") == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_verbs_and_common_words_are_not_units() -> None:
    # "Tổ chức", "Báo cáo", "Phòng, chống" start with a unit head word but are actions.
    assert find_assignees("Tổ chức tuyên truyền có trọng tâm các ngày kỷ niệm.") == []
    assert find_assignees("Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua.") == []
    assert not is_unit("Phòng, chống tham nhũng, tiêu cực")
    assert not is_unit("các nội dung trọng tâm")
    # an example person is not an assignee: "là" is not a duty
    assert find_assignees("Đồng chí Nguyễn Văn X hiện là Ủy viên Ban Thường vụ Tỉnh ủy.") == []


def test_split_keeps_collective_names_whole() -> None:
    assert split_units("Sở Y tế, Sở Tài chính") == ["Sở Y tế", "Sở Tài chính"]
    assert split_units("UBND các xã, phường") == ["UBND các xã, phường"]
    assert split_units("Sở Nông nghiệp và Môi trường") == ["Sở Nông nghiệp và Môi trường"]


def test_bare_roles_join_and_populations_drop() -> None:
    assert split_units("Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh") == [
        "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ", "Chủ tịch Ủy ban nhân dân các tỉnh"]
    assert split_units("các Doanh nghiệp, hộ gia đình") == ["các Doanh nghiệp"]
