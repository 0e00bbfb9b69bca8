"""State Công văn of a Sở: header typed as tabbed paragraphs (no table), V/v under the number,
Kính gửi with several "- …;" addressees, assignee headings with "-" items."""

from _kit import H, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "header_size": 12,
    "plain_header": [
        "\tUBND TỈNH NINH BÌNH\t**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "\t**SỞ Y TẾ**\t**Độc lập - Tự do - Hạnh phúc**",
        "\t_________\t____________________________",
        "",
        "\tSố: 215/SYT-NVY\t*Ninh Bình, ngày 08 tháng 01 năm 2026*",
        "\tV/v triển khai chiến dịch tiêm",
        "\tvắc xin phòng bệnh sởi năm 2026",
    ],
    "kinh_gui": [
        "- Ủy ban nhân dân các xã, phường;",
        "- Trung tâm Kiểm soát bệnh tật tỉnh;",
        "- Các bệnh viện đa khoa, chuyên khoa tuyến tỉnh;",
        "- Trạm Y tế các xã, phường.",
    ],
    "kg_left": 2.5,
    "body": [
        P("Thực hiện Công văn số 112/BYT-DP ngày 05/01/2026 của Bộ Y tế về việc tổ chức tiêm vắc xin "
          "phòng bệnh sởi cho trẻ em; trước tình hình số ca mắc sởi có xu hướng gia tăng tại một số địa "
          "phương, Sở Y tế đề nghị các đơn vị triển khai các nội dung sau:"),
        H("1. Trung tâm Kiểm soát bệnh tật tỉnh"),
        P("- Xây dựng kế hoạch chi tiết, phân bổ vắc xin, vật tư tiêm chủng cho các địa phương trước ngày "
          "15/01/2026."),
        P("- Tổ chức tập huấn cho cán bộ y tế tham gia chiến dịch; giám sát, hỗ trợ chuyên môn tại các "
          "điểm tiêm."),
        P("- Tổng hợp kết quả tiêm chủng, báo cáo Sở Y tế hằng tuần (trước 16 giờ 00 ngày thứ Sáu)."),
        H("2. Ủy ban nhân dân các xã, phường"),
        P("- Chỉ đạo Trạm Y tế rà soát, lập danh sách trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi vắc xin sởi; "
          "hoàn thành trước ngày 20/01/2026."),
        P("- Huy động các đoàn thể, tổ dân phố, thôn, xóm vận động phụ huynh đưa trẻ đi tiêm đúng lịch."),
        H("3. Các bệnh viện đa khoa, chuyên khoa tuyến tỉnh"),
        P("Bố trí đội cấp cứu lưu động hỗ trợ các điểm tiêm; sẵn sàng tiếp nhận, xử trí các trường hợp "
          "phản ứng sau tiêm chủng."),
        P("Sở Y tế đề nghị các đơn vị khẩn trương triển khai thực hiện; trong quá trình thực hiện, nếu có "
          "vướng mắc, báo cáo về Sở Y tế (qua Phòng Nghiệp vụ Y) để được hướng dẫn./."),
    ],
    "noi_nhan": [
        "- Như trên;",
        "- Bộ Y tế (để báo cáo);",
        "- UBND tỉnh (để báo cáo);",
        "- Giám đốc, các PGĐ Sở;",
        "- Lưu: VT, NVY.",
    ],
    "signers": [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Văn Phúc"]],
}
