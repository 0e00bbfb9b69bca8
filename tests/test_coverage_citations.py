"""Opening citations of reports: symbols in their OCR/format variants, dates, near misses."""

from __future__ import annotations

from datetime import date

import pytest

from extract.coverage.citations import find_citations, match_directive, symbol_key, symbol_similarity


@pytest.mark.parametrize("variant", ["125-CV/ĐU", "125/CV-ĐU", "125-CV/DU", "125 - CV/ĐU", "l25-CV/ĐU",
                                     "125–CV/ĐU", "125-CV/ÐU", "125-cv/đu"])
def test_symbol_variants_share_one_key(variant):
    assert symbol_key(variant) == ("125", "CV", "DU")
    assert symbol_similarity(variant, "125-CV/ĐU") == 1.0


def test_near_and_far_symbols():
    assert symbol_similarity("152-CV/ĐU", "125-CV/ĐU") == 0.8  # transposed digits
    assert symbol_similarity("125-KH/ĐU", "125-CV/ĐU") < 0.8  # another document type of the same number
    assert symbol_similarity("1234/UBND-KSTT", "1234/UBND-KSTTHC") == 0.8  # truncated unit code
    assert symbol_similarity("35/KH-UBND", "1234/UBND-KSTTHC") < 0.5


def test_party_opening_with_comma_and_party_date():
    text = ("Thực hiện Công văn số 125-CV/ĐU, ngày 05-01-2026 của Ban Thường vụ Đảng ủy phường về lãnh đạo "
            "tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Chi bộ Khu dân cư số 1 báo cáo kết quả như sau:")
    (c,) = find_citations(text)
    assert (c.kind, c.number_symbol, c.date) == ("Công văn", "125-CV/ĐU", date(2026, 1, 5))


def test_state_opening_citing_two_documents_with_spaced_dash():
    text = ("Thực hiện chỉ đạo của Ủy ban nhân dân thành phố tại Công văn số 1234/UBND – KSTTHC ngày "
            "12/03/2026; Kế hoạch số 35/KH-UBND ngày 10/01/2026 của UBND thành phố về cải cách hành chính, "
            "Sở Khoa học và Công nghệ báo cáo như sau:")
    cites = find_citations(text)
    assert [c.number_symbol for c in cites] == ["1234/UBND-KSTTHC", "35/KH-UBND"]
    assert cites[0].date == date(2026, 3, 12) and cites[1].date == date(2026, 1, 10)
    ans = match_directive(cites, "1234/UBND-KSTTHC", date(2026, 3, 12))
    assert ans.answers and ans.confidence == 1.0 and ans.citation.number_symbol == "1234/UBND-KSTTHC"


def test_wrong_symbol_is_accepted_only_with_the_right_date():
    cites = find_citations("Thực hiện Công văn số 152-CV/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng ủy phường")
    assert match_directive(cites, "125-CV/ĐU", date(2026, 1, 5)).answers
    assert not match_directive(cites, "125-CV/ĐU", date(2026, 2, 5)).answers


def test_report_citing_another_directive_does_not_answer():
    cites = find_citations("Thực hiện Kế hoạch số 35/KH-UBND ngày 10/01/2026 của UBND thành phố, "
                           "UBND phường báo cáo như sau:")
    assert not match_directive(cites, "1234/UBND-KSTTHC", date(2026, 3, 12)).answers
