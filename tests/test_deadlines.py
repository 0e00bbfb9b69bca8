"""Deadline phrases (domain §3.3): frames, years from the issue date, periods, recurrences."""

from __future__ import annotations

from datetime import date

import pytest

from extract.deadlines import find_deadline

ISSUE = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "iso", "rec"),
    [
        ("Báo cáo kết quả về Sở Nội vụ trước ngày 20/01/2026.", "2026-01-20", None),
        ("Hoàn thành chậm nhất ngày 15/3/2026.", "2026-03-15", None),
        ("Gửi báo cáo trước 16 giờ 00 ngày 10/01/2026 để tổng hợp.", "2026-01-10", None),
        ("Tổng hợp, báo cáo xong trước 30/6.", "2026-06-30", None),  # year from the issue date
        ("báo cáo Thủ tướng Chính phủ chậm nhất ngày 10 tháng 12 năm 2025.", "2025-12-10", None),
        ("Thời gian hoàn thành: Trước ngày 15/4/2026.", "2026-04-15", None),
        ("Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.", "2026-03-31", None),
        ("Giao Đảng uỷ Quốc hội ban hành Nghị quyết, hoàn thành trong tháng 11/2025.", "2025-11-30", None),
        ("Triển khai tiêm chủng mở rộng trong quý I/2026.", "2026-03-31", None),
        ("Định kỳ hằng tháng báo cáo kết quả về Sở Nội vụ.", None, "monthly"),
        ("Thực hiện nghiêm chế độ báo cáo hàng tháng qua Văn phòng Đảng uỷ.", None, "monthly"),
        ("báo cáo định kỳ hằng quý về Ủy ban nhân dân tỉnh.", None, "quarterly"),
        ("Hằng năm, tiến hành rà soát, bổ sung quy hoạch.", None, "yearly"),
        ("Duy trì giao ban hằng tuần.", None, "weekly"),
        ("Báo cáo kết quả trước ngày 15 hằng tháng.", None, "monthly"),
        ("thực hiện đánh giá, hạn cuối ngày 15 tháng 12 hàng năm", "2025-12-15", "yearly"),
    ],
)
def test_deadline_forms(text: str, iso: str | None, rec: str | None) -> None:
    dl = find_deadline(text, ISSUE)
    assert dl is not None
    assert (dl.date.isoformat() if dl.date else None) == iso
    assert dl.recurrence == rec


def test_cited_document_dates_are_not_deadlines() -> None:
    text = ("Tiếp tục quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và "
            "Kế hoạch số 18-KH/TU ngày 02/01/2026 của Thành ủy.")
    assert find_deadline(text, ISSUE) is None


def test_first_frame_governs_over_a_later_citation() -> None:
    text = ("Sở Y tế báo cáo trước ngày 05/12/2025 kết quả thực hiện Công văn số 12/UBND-VX "
            "ngày 01/12/2025.")
    dl = find_deadline(text, ISSUE)
    assert dl is not None and dl.date == date(2025, 12, 5)
    assert dl.text.startswith("trước ngày 05/12/2025")


def test_year_rolls_over_for_an_early_month_in_a_late_plan() -> None:
    dl = find_deadline("Gửi danh sách trước 15/01.", ISSUE)
    assert dl is not None and dl.date == date(2026, 1, 15)


def test_no_issue_date_and_no_year_gives_no_date() -> None:
    assert find_deadline("Gửi danh sách trước 15/01.", None) is None


def test_open_ended_words_give_nothing() -> None:
    assert find_deadline("Thường xuyên theo dõi, kịp thời báo cáo.", ISSUE) is None
    assert find_deadline("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc.", ISSUE) is None


def test_half_year_report() -> None:
    dl = find_deadline("Định kỳ 6 tháng báo cáo kết quả về Ban Thường vụ.", ISSUE)
    # the phrase is kept, but the contract has no "every six months" value
    assert dl is not None and dl.text == "Định kỳ 6 tháng" and dl.recurrence is None and dl.date is None


def test_bare_period_after_a_deadline_label() -> None:
    # a kế hoạch table cell "Quý I/2026" is read with its column's label in front
    dl = find_deadline("Thời gian hoàn thành: Quý I/2026", ISSUE)
    assert dl is not None and dl.date == date(2026, 3, 31)
    dl = find_deadline("Thời gian hoàn thành: Tháng 12/2025", ISSUE)
    assert dl is not None and dl.date == date(2025, 12, 31)
    assert find_deadline("kết quả quý I/2026 của ngành", ISSUE) is None


def test_until_the_end_of_a_day() -> None:
    dl = find_deadline("Các cơ quan báo chí mở chuyên mục tuyên truyền về bầu cử đến hết ngày 15-3-2026.", ISSUE)
    assert dl is not None and dl.date == date(2026, 3, 15)


def test_recurring_date_without_year_is_its_next_occurrence() -> None:
    dl = find_deadline("tổng hợp, báo cáo hằng năm trước ngày 30-11", date(2025, 12, 10))
    assert dl is not None and dl.date == date(2026, 11, 30) and dl.recurrence == "yearly"
