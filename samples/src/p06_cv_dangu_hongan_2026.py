"""Party Công văn in the 2026 style (QĐ 399 / HD 05 generation): subject "về việc …" instead of
"V/v …", a month written without zero padding, Kính gửi with "-" items, last line "- Lưu Đảng ủy."."""

from _kit import P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 7.6,
    "left": [("size", 12, "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"), ("size", 12, "**ĐẢNG ỦY PHƯỜNG HỒNG AN**"), "*"],
    "right": [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)],
    "number_cell": ["Số 37-CV/ĐU",
                    ("size", 12, "*về việc tổ chức cho đảng viên học tập, quán triệt Nghị quyết Đại hội XIV "
                                 "của Đảng*")],
    "place_date": "Hồng An, ngày 05 tháng 3 năm 2026",
    "kinh_gui": ["- Các chi bộ trực thuộc,", "- Ban Xây dựng Đảng Đảng ủy."],
    "kg_left": 3.5,
    "body": [
        P("Thực hiện Kế hoạch số 05-KH/TU, ngày 20-02-2026 của Ban Thường vụ Thành ủy về học tập, quán triệt, "
          "tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban "
          "Thường vụ Đảng ủy phường đề nghị các chi bộ thực hiện tốt một số nội dung sau:"),
        P("1. Tổ chức cho 100% đảng viên tham gia học tập, quán triệt Nghị quyết bằng hình thức trực tiếp hoặc "
          "trực tuyến; hoàn thành trong tháng 3/2026."),
        P("2. Chỉ đạo mỗi đảng viên viết bài thu hoạch, xây dựng chương trình hành động của cá nhân:"),
        P("- Đảng viên là cán bộ, công chức, viên chức nộp bài thu hoạch cho chi bộ trước ngày 10/4/2026;"),
        P("- Đối với đảng viên cao tuổi, sức khỏe yếu, chi bộ tạo điều kiện học tập tại nhà, không bắt buộc viết "
          "bài thu hoạch."),
        P("3. Các chi bộ tổng hợp kết quả học tập, báo cáo Đảng ủy (qua Ban Xây dựng Đảng) trước ngày "
          "20/4/2026."),
        P("Ban Thường vụ Đảng ủy yêu cầu các chi bộ triển khai thực hiện nghiêm túc."),
    ],
    "noi_nhan": [
        "- Thường trực Thành ủy (để báo cáo),",
        "- Ban Tuyên giáo và Dân vận Thành ủy (để báo cáo),",
        "- Như kính gửi,",
        "- Lưu Đảng ủy.",
    ],
    "signers": [["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Thu Trang"]],
}
