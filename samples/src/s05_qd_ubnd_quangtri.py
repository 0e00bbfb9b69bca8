"""State Quyết định giao nhiệm vụ: authority line, italic căn cứ, QUYẾT ĐỊNH:, Điều 1..3 with
numbered assignees and a)/b)/c) points; the head signs directly (no prefix)."""

from _kit import CANCU, C, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left": ["**ỦY BAN NHÂN DÂN**", "**TỈNH QUẢNG TRỊ**", ("rule", 2.2)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)],
    "number_cell": ["Số: 45/QĐ-UBND"],
    "place_date": "Quảng Trị, ngày 09 tháng 01 năm 2026",
    "type_line": "QUYẾT ĐỊNH",
    "subject_lines": ["Về việc giao nhiệm vụ thực hiện Chương trình mục tiêu quốc gia",
                      "xây dựng nông thôn mới năm 2026"],
    "body": [
        C("**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**"),
        CANCU("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        CANCU("Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ phê duyệt "
              "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;"),
        CANCU("Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về kế "
              "hoạch đầu tư công năm 2026;"),
        CANCU("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 12/TTr-SNNMT ngày "
              "05 tháng 01 năm 2026."),
        C("**QUYẾT ĐỊNH:**"),
        P("**Điều 1.** Giao nhiệm vụ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm "
          "2026 cho các cơ quan, đơn vị như sau:"),
        P("1. Sở Nông nghiệp và Môi trường: Chủ trì hướng dẫn, theo dõi, đôn đốc việc thực hiện các tiêu "
          "chí nông thôn mới; tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng."),
        P("2. Sở Tài chính: Tham mưu phân bổ vốn ngân sách tỉnh thực hiện Chương trình năm 2026, trình "
          "Ủy ban nhân dân tỉnh trước ngày 31/01/2026."),
        P("3. Ủy ban nhân dân các xã:"),
        P("a) Xây dựng kế hoạch thực hiện các tiêu chí nông thôn mới năm 2026, hoàn thành trước ngày "
          "28/02/2026;"),
        P("b) Huy động nguồn lực xã hội hóa, phát huy vai trò chủ thể của người dân trong xây dựng nông "
          "thôn mới;"),
        P("c) Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 15 hằng quý."),
        P("**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký."),
        P("**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Nông nghiệp và Môi trường, "
          "Tài chính; Chủ tịch Ủy ban nhân dân các xã và Thủ trưởng các cơ quan, đơn vị liên quan chịu "
          "trách nhiệm thi hành Quyết định này./."),
    ],
    "noi_nhan": [
        "- Như Điều 3;",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Lưu: VT, KT.",
    ],
    "signers": [["CHỦ TỊCH", "Phan Thanh Bình"]],
}
