"""Party Kế hoạch of a ward Party committee implementing Chỉ thị 52-CT/TU (sample p01): hyphen
headings "I-" / "1-", deadlines with the year left out ("trước 20/3"), Party dates dd-mm-yyyy."""

from _kit import H, P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 7.6,
    "left": [("size", 12, "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"), ("size", 12, "**ĐẢNG ỦY PHƯỜNG HỒNG AN**"), "*"],
    "right": [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)],
    "number_cell": ["Số 21-KH/ĐU"],
    "place_date": "Hồng An, ngày 22 tháng 01 năm 2026",
    "type_line": "KẾ HOẠCH",
    "type_size": 15,
    "subject_lines": ["thực hiện Chỉ thị số 52-CT/TU, ngày 08-01-2026 của Ban Thường vụ",
                      "Thành ủy về đẩy mạnh học tập và làm theo tư tưởng, đạo đức,",
                      "phong cách Hồ Chí Minh năm 2026"],
    "body": [
        P("Thực hiện Chỉ thị số 52-CT/TU, ngày 08-01-2026 của Ban Thường vụ Thành ủy về đẩy mạnh học tập và làm "
          "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026, Ban Thường vụ Đảng ủy phường xây dựng Kế "
          "hoạch thực hiện như sau:"),
        H("I- MỤC ĐÍCH, YÊU CẦU"),
        P("1- Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên; tạo chuyển biến rõ nét về ý thức "
          "tu dưỡng, rèn luyện của mỗi cán bộ, đảng viên."),
        P("2- Việc học tập và làm theo Bác gắn với thực hiện nhiệm vụ chính trị của phường, tránh hình thức."),
        H("II- NHIỆM VỤ, GIẢI PHÁP"),
        H("1- Công tác quán triệt, tuyên truyền"),
        P("- Tổ chức hội nghị quán triệt Chỉ thị số 52-CT/TU đến cán bộ chủ chốt phường, bí thư các chi bộ trực "
          "thuộc trước ngày 10-02-2026."),
        P("- Các chi bộ tổ chức sinh hoạt chuyên đề về học tập và làm theo Bác, mỗi quý một lần."),
        H("2- Xây dựng việc làm cụ thể, điển hình"),
        P("- Mỗi chi bộ đăng ký ít nhất một việc làm cụ thể gắn với nhiệm vụ chính trị của đơn vị, gửi Văn "
          "phòng Đảng ủy trước 20/3."),
        P("- Phát hiện, lựa chọn ít nhất 01 điển hình tiêu biểu của phường, đề xuất Ban Thường vụ Thành ủy biểu "
          "dương trong quý III/2026."),
        H("III- TỔ CHỨC THỰC HIỆN"),
        P("1- Ban Xây dựng Đảng Đảng ủy tham mưu Ban Thường vụ Đảng ủy theo dõi, đôn đốc việc thực hiện Kế "
          "hoạch; tổng hợp, báo cáo Ban Thường vụ Thành ủy hằng năm trước ngày 30-11."),
        P("2- Ủy ban Kiểm tra Đảng ủy đưa nội dung thực hiện Kế hoạch vào chương trình kiểm tra, giám sát năm "
          "2026."),
        P("3- Các chi bộ trực thuộc căn cứ Kế hoạch, cụ thể hóa phù hợp với tình hình thực tế của đơn vị; báo "
          "cáo kết quả thực hiện 6 tháng trước ngày 15-6-2026."),
    ],
    "noi_nhan": [
        "- Ban Thường vụ Thành ủy (để báo cáo),",
        "- Ban Tuyên giáo và Dân vận Thành ủy (để báo cáo),",
        "- Các đồng chí Đảng ủy viên,",
        "- Các chi bộ trực thuộc (để thực hiện),",
        "- Lưu Văn phòng Đảng ủy.",
    ],
    "signers": [["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Phạm Văn Quyết"]],
}
