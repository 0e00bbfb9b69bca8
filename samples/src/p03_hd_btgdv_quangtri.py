"""Party Hướng dẫn of a Tỉnh ủy advisory board: K/T TRƯỞNG BAN signature, a) / b) items, a list of
slogans (list items that are NOT tasks), a deadline written "đến hết ngày …"."""

from _kit import H, P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 7.6,
    "left": [("size", 12, "TỈNH ỦY QUẢNG TRỊ"), ("size", 12, "**BAN TUYÊN GIÁO VÀ DÂN VẬN**"), "*"],
    "right": [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)],
    "number_cell": ["Số 18-HD/BTGDVTU"],
    "place_date": "Quảng Trị, ngày 16 tháng 01 năm 2026",
    "type_line": "HƯỚNG DẪN",
    "type_size": 15,
    "subject_lines": ["tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
                      "(03/02/1930 - 03/02/2026) và mừng Xuân Bính Ngọ năm 2026"],
    "body": [
        P("Thực hiện Hướng dẫn số 210-HD/BTGDVTW, ngày 26-12-2025 của Ban Tuyên giáo và Dân vận Trung ương về "
          "tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2026, Ban Tuyên giáo và Dân "
          "vận Tỉnh ủy hướng dẫn công tác tuyên truyền như sau:"),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        P("1. Tuyên truyền sâu rộng truyền thống vẻ vang của Đảng, củng cố niềm tin của cán bộ, đảng viên và "
          "Nhân dân đối với sự lãnh đạo của Đảng."),
        P("2. Công tác tuyên truyền bảo đảm thiết thực, tiết kiệm, tạo không khí phấn khởi đón Xuân mới."),
        H("II. NỘI DUNG TUYÊN TRUYỀN"),
        P("1. Tuyên truyền khẳng định sự ra đời của Đảng Cộng sản Việt Nam là bước ngoặt vĩ đại của cách mạng "
          "Việt Nam; những thành tựu to lớn của đất nước qua 40 năm đổi mới."),
        P("2. Tuyên truyền kết quả thực hiện nhiệm vụ chính trị năm 2025 của Đảng bộ tỉnh; các chủ trương, "
          "chính sách chăm lo Tết cho Nhân dân, nhất là người có công, hộ nghèo."),
        H("III. HÌNH THỨC TUYÊN TRUYỀN"),
        H("1. Tuyên truyền trên các phương tiện thông tin đại chúng"),
        P("a) Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên trang, chuyên mục, tăng thời lượng tuyên "
          "truyền từ ngày 20/01/2026 đến hết ngày 10/02/2026."),
        P("b) Cổng Thông tin điện tử Tỉnh ủy, trang thông tin điện tử của các cơ quan, đơn vị đăng tải tin, "
          "bài, ảnh về các hoạt động kỷ niệm."),
        H("2. Tuyên truyền cổ động trực quan"),
        P("Các đảng ủy trực thuộc chỉ đạo trang trí khẩu hiệu, băng rôn, pa-nô tại trụ sở cơ quan, nơi công "
          "cộng, hoàn thành trước ngày 25/01/2026."),
        H("3. Khẩu hiệu tuyên truyền"),
        P("- Nhiệt liệt chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)!"),
        P("- Đảng Cộng sản Việt Nam quang vinh muôn năm!"),
        P("- Mừng Đảng, mừng Xuân Bính Ngọ 2026!"),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        P("1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này xây dựng kế hoạch tuyên truyền phù hợp; báo "
          "cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 20/02/2026."),
        P("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh chỉ đạo hệ "
          "thống tổ chức tuyên truyền đến đoàn viên, hội viên."),
    ],
    "noi_nhan": [
        "- Ban Tuyên giáo và Dân vận Trung ương (để báo cáo),",
        "- Thường trực Tỉnh ủy (để báo cáo),",
        "- Các đảng ủy trực thuộc Tỉnh ủy,",
        "- MTTQ và các đoàn thể chính trị - xã hội tỉnh,",
        "- Báo và Phát thanh, Truyền hình Quảng Trị,",
        "- Lãnh đạo Ban,",
        "- Lưu Văn phòng Ban.",
    ],
    "signers": [["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hồ Thị Minh Nguyệt"]],
}
