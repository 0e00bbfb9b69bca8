"""Party Nghị quyết of a commune Party committee written with the old tone-mark placement ("uỷ",
"hoá", "Hoà") throughout: dash căn cứ ending "," that flow into the actor sentence, QUYẾT NGHỊ:,
"I-" / "1-" headings with "-" items, a background section (not tasks)."""

from _kit import C, H, P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 7.4,
    "left": [("size", 12, "ĐẢNG BỘ TỈNH THANH HOÁ"), ("size", 12, "**ĐẢNG UỶ XÃ HOẰNG TIẾN**"), "*"],
    "right": [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)],
    "number_cell": ["Số 08-NQ/ĐU"],
    "place_date": "Hoằng Tiến, ngày 12 tháng 01 năm 2026",
    "type_line": "NGHỊ QUYẾT",
    "type_size": 15,
    "subject_lines": ["về lãnh đạo thực hiện nhiệm vụ chính trị quý I năm 2026"],
    "body": [
        P("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
        P("- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030,"),
        P("Ngày 10-01-2026, Ban Thường vụ Đảng uỷ xã họp, đánh giá kết quả thực hiện nhiệm vụ năm 2025, thảo "
          "luận và"),
        C("**QUYẾT NGHỊ:**"),
        H("I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"),
        P("Năm 2025, tổng giá trị sản xuất trên địa bàn xã tăng 8,6% so với năm 2024; thu ngân sách đạt 112% dự "
          "toán; công tác văn hoá - xã hội có nhiều chuyển biến; quốc phòng, an ninh được giữ vững. Tuy nhiên, "
          "tiến độ giải phóng mặt bằng một số dự án còn chậm."),
        H("II- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ I NĂM 2026"),
        H("1- Về kinh tế"),
        P("- Chỉ đạo Nhân dân gieo cấy vụ Đông Xuân đúng khung thời vụ, hoàn thành trước ngày 15-02-2026."),
        P("- Đẩy mạnh thu ngân sách, phấn đấu thu quý I đạt trên 30% dự toán năm."),
        H("2- Về văn hoá - xã hội"),
        P("- Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; chăm lo Tết cho hộ nghèo, gia đình chính sách."),
        P("- Duy trì công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm; phun khử trùng tiêu độc hằng "
          "tháng."),
        H("3- Về xây dựng Đảng và hệ thống chính trị"),
        P("- Hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 trước ngày "
          "31-01-2026."),
        P("- Uỷ ban Kiểm tra Đảng uỷ xây dựng chương trình kiểm tra, giám sát năm 2026, trình Ban Thường vụ trước "
          "ngày 25-01-2026."),
        H("III- TỔ CHỨC THỰC HIỆN"),
        P("Các chi bộ trực thuộc, Uỷ ban nhân dân xã, Uỷ ban Mặt trận Tổ quốc và các đoàn thể căn cứ Nghị quyết "
          "xây dựng kế hoạch thực hiện; báo cáo kết quả về Văn phòng Đảng uỷ trước ngày 25 hằng tháng."),
    ],
    "noi_nhan": [
        "- Ban Thường vụ Tỉnh uỷ (để báo cáo),",
        "- Các đồng chí Đảng uỷ viên,",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng uỷ.",
    ],
    "signers": [["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hoà"]],
}
