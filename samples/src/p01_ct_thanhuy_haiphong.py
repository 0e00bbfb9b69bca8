"""Party Chỉ thị of a Thành ủy (HD 36): one-line issuer block with "*", "Số 52-CT/TU" without a
colon, bold lead-in titles, Party-style citations (dd-mm-yyyy), T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ."""

from _kit import H, P

PARTY_RIGHT = [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)]

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 6.5,
    "left": [("blank",), "**THÀNH ỦY HẢI PHÒNG**", "*"],
    "right": PARTY_RIGHT,
    "number_cell": ["Số 52-CT/TU"],
    "place_date": "Hải Phòng, ngày 08 tháng 01 năm 2026",
    "type_line": "CHỈ THỊ",
    "type_size": 15,
    "subject_lines": ["của Ban Thường vụ Thành ủy về đẩy mạnh học tập và làm theo",
                      "tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026"],
    "body": [
        P("Sau gần 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị về đẩy mạnh học "
          "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận số 01-KL/TW, ngày 18-5-2021 "
          "của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW, việc học tập và làm theo Bác đã trở "
          "thành việc làm thường xuyên của các cấp ủy, tổ chức đảng và đảng viên trong Đảng bộ thành phố. "
          "Tuy nhiên, ở một số nơi việc triển khai còn hình thức, chưa gắn với giải quyết những vấn đề bức "
          "xúc ở cơ sở."),
        P("Để tạo chuyển biến thực chất trong năm 2026, Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức "
          "đảng, cơ quan, đơn vị thực hiện tốt các nội dung sau:"),
        P("1. **Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu:** Các cấp ủy, tổ chức đảng quán "
          "triệt sâu sắc các nội dung của Chỉ thị số 05-CT/TW; người đứng đầu phải gương mẫu, nêu gương trong "
          "học tập và làm theo Bác, coi đây là tiêu chí đánh giá, xếp loại cuối năm."),
        P("2. **Đổi mới nội dung, hình thức học tập:** Gắn việc học tập và làm theo Bác với giải quyết những "
          "vấn đề bức xúc ở địa phương, cơ quan, đơn vị; mỗi chi bộ đăng ký ít nhất một việc làm cụ thể, hoàn "
          "thành trước ngày 31-3-2026."),
        H("3. Về phát hiện, biểu dương và nhân rộng điển hình"),
        P("- Ban Tuyên giáo và Dân vận Thành ủy chủ trì, phối hợp với các cơ quan báo chí của thành phố mở "
          "chuyên mục “Học tập và làm theo Bác”, giới thiệu các tấm gương người tốt, việc tốt."),
        P("- Các đảng ủy trực thuộc lựa chọn, giới thiệu ít nhất 02 điển hình tiêu biểu, gửi về Ban Tuyên giáo "
          "và Dân vận Thành ủy trước ngày 15-11-2026."),
        P("4. **Tăng cường kiểm tra, giám sát:** Ủy ban Kiểm tra Thành ủy đưa nội dung thực hiện Chỉ thị này "
          "vào chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ Thành ủy."),
        P("Các cấp ủy, tổ chức đảng trực thuộc Thành ủy tổ chức quán triệt, xây dựng kế hoạch thực hiện Chỉ "
          "thị, hoàn thành trong quý I/2026."),
        P("Ban Tuyên giáo và Dân vận Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy theo dõi, đôn đốc việc "
          "thực hiện Chỉ thị; hằng năm tổng hợp, báo cáo Ban Thường vụ Thành ủy."),
        P("Chỉ thị này được phổ biến đến chi bộ."),
    ],
    "noi_nhan": [
        "- Ban Bí thư Trung ương Đảng (để báo cáo),",
        "- Ban Tuyên giáo và Dân vận Trung ương (để báo cáo),",
        "- Các đảng ủy trực thuộc Thành ủy,",
        "- Các ban, cơ quan tham mưu, giúp việc Thành ủy,",
        "- Các đồng chí Thành ủy viên,",
        "- Lưu Văn phòng Thành ủy.",
    ],
    "signers": [["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Mạnh Cường"]],
}
