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


def test_each_pillar_of_the_political_system_is_its_own_unit() -> None:
    # "cấp ủy, tổ chức đảng" is a fixed pair; "chính quyền" and "các đoàn thể" are bodies of their own.
    text = ("Yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể "
            "tập trung lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử.")
    assert find_assignees(text) == ["các cấp ủy, tổ chức đảng", "chính quyền", "Mặt trận Tổ quốc", "các đoàn thể"]
    # the pair of nouns "cơ quan, đơn vị" stays one unit
    assert find_assignees("Yêu cầu các cấp ủy, cơ quan, đơn vị nghiêm túc thực hiện.") == [
        "các cấp ủy, cơ quan, đơn vị"]
    # after a role the bodies are its scope: the head of each, one assignee
    assert find_assignees("Người đứng đầu cấp ủy, chính quyền, cơ quan, tổ chức chịu trách nhiệm "
                          "trước cấp trên về kết quả thực hiện.") == ["Người đứng đầu cấp ủy, chính quyền, cơ quan, tổ chức"]


def test_websites_listed_after_a_portal_are_separate_channels() -> None:
    text = ("Cổng Thông tin điện tử Tỉnh ủy, trang thông tin điện tử của các cơ quan, đơn vị "
            "đăng tải tin, bài về các hoạt động kỷ niệm.")
    assert find_assignees(text) == ["Cổng Thông tin điện tử Tỉnh ủy", "trang thông tin điện tử của các cơ quan, đơn vị"]


def test_colon_after_cac_so_lists_the_departments() -> None:
    text = ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Xây dựng, Tài chính; Chủ tịch Ủy ban "
            "nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.")
    expected = ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các sở: Xây dựng, Tài chính",
                "Chủ tịch Ủy ban nhân dân các xã"]
    assert find_assignees(text) == expected
    # the task reader may have cut a label at that colon: the label does not win over the list
    assert find_assignees(text, "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở") == expected
    # a colon followed by the duty is a lead-in, not a list of names
    assert find_assignees("Yêu cầu các sở: Tổ chức triển khai thực hiện kế hoạch.") == ["các sở"]


def test_nounish_verb_after_a_proper_name_ends_it() -> None:
    # "mở" is left out of the verbs that end names ("dữ liệu mở"), but after "Quảng Trị" it is the verb
    text = ("Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên trang, chuyên mục, tăng thời lượng "
            "tuyên truyền từ ngày 20/01/2026.")
    assert find_assignees(text) == ["Báo và Phát thanh, Truyền hình Quảng Trị"]
    # "tạo" inside "Giáo dục và Đào tạo" is a syllable of the name, not a verb
    assert find_assignees("Sở Giáo dục và Đào tạo chủ trì tổ chức hội thi.") == ["Sở Giáo dục và Đào tạo"]


def test_moi_chi_bo_opens_a_clause_after_a_semicolon() -> None:
    text = ("Gắn việc học tập và làm theo Bác với giải quyết những vấn đề bức xúc ở cơ sở; mỗi chi bộ "
            "đăng ký ít nhất một việc làm cụ thể, hoàn thành trước ngày 31-3-2026.")
    assert find_assignees(text) == ["mỗi chi bộ"]


def test_party_members_narrowed_by_la_a_personnel_category() -> None:
    text = "Đảng viên là cán bộ, công chức, viên chức nộp bài thu hoạch cho chi bộ trước ngày 10/4/2026;"
    assert find_assignees(text) == ["Đảng viên là cán bộ, công chức, viên chức"]
    # "là" + a position is a description, not a narrowed group
    assert find_assignees("Đảng viên là Ủy viên Ban Thường vụ Đảng ủy xã.") == []
