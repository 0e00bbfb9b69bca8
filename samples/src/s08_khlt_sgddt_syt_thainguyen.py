"""State joint plan (kế hoạch liên tịch) of two departments: joint symbol, two signature blocks
side by side with Nơi nhận below them, a deadline with no computable date."""

from _kit import CANCU, H, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 6.8,
    "left": [("size", 12, "UBND TỈNH THÁI NGUYÊN"), "**SỞ GIÁO DỤC VÀ ĐÀO TẠO -**", "**SỞ Y TẾ**",
             ("rule", 2.5)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)],
    "number_cell": ["Số: 05/KHLT-SGDĐT-SYT"],
    "place_date": "Thái Nguyên, ngày 14 tháng 01 năm 2026",
    "date_size": 13,
    "type_line": "KẾ HOẠCH LIÊN TỊCH",
    "subject_lines": ["Triển khai công tác y tế trường học năm học 2025 - 2026"],
    "body": [
        CANCU("Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo "
              "dục và Đào tạo quy định về công tác y tế trường học;"),
        P("Sở Giáo dục và Đào tạo và Sở Y tế thống nhất xây dựng Kế hoạch liên tịch triển khai công tác y "
          "tế trường học năm học 2025 - 2026 như sau:"),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        P("1. Nâng cao chất lượng chăm sóc sức khỏe học sinh; phòng, chống dịch bệnh trong trường học."),
        P("2. Phối hợp chặt chẽ giữa hai ngành; bảo đảm thiết thực, hiệu quả, tránh hình thức."),
        H("II. NỘI DUNG PHỐI HỢP"),
        P("1. Khám sức khỏe định kỳ cho học sinh; hoàn thành trong học kỳ II năm học 2025 - 2026."),
        P("2. Giám sát, phòng, chống dịch bệnh truyền nhiễm trong trường học; thông tin kịp thời cho cơ "
          "quan y tế khi phát hiện ca bệnh."),
        P("3. Tập huấn kiến thức sơ cấp cứu cho nhân viên y tế trường học trong quý I/2026."),
        H("III. TỔ CHỨC THỰC HIỆN"),
        H("1. Sở Giáo dục và Đào tạo"),
        P("- Chỉ đạo các cơ sở giáo dục bố trí nhân viên y tế trường học, phòng y tế theo quy định."),
        P("- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/5/2026."),
        H("2. Sở Y tế"),
        P("- Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và Trạm Y tế các xã, phường phối hợp khám sức khỏe "
          "cho học sinh."),
        P("- Cung cấp tài liệu truyền thông về phòng, chống dịch bệnh cho các trường học hằng tháng."),
        P("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Giáo dục và Đào tạo (qua "
          "Phòng Giáo dục phổ thông) hoặc Sở Y tế (qua Phòng Nghiệp vụ Y) để phối hợp giải quyết./."),
    ],
    "noi_nhan": [
        "- UBND tỉnh (để báo cáo);",
        "- Bộ Giáo dục và Đào tạo, Bộ Y tế (để báo cáo);",
        "- Các cơ sở giáo dục trực thuộc;",
        "- Trung tâm Kiểm soát bệnh tật tỉnh;",
        "- UBND các xã, phường;",
        "- Lưu: VT SGDĐT, VT SYT.",
    ],
    "signers": [
        ["KT. GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", "Lương Văn Thành"],
        ["GIÁM ĐỐC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Ngô Thị Hồng Nhung"],
    ],
}
