"""State Kế hoạch of a ward People's Committee whose lists use Word AUTOMATIC numbering
(numbering.xml: I. / 1. / a) / -): no label is typed in the text."""

from _kit import N, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "auto_numbering": True,
    "left": ["**ỦY BAN NHÂN DÂN**", "**PHƯỜNG NINH KIỀU**", ("rule", 2.2)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)],
    "number_cell": ["Số: 12/KH-UBND"],
    "place_date": "Ninh Kiều, ngày 05 tháng 01 năm 2026",
    "type_line": "KẾ HOẠCH",
    "subject_lines": ["Tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ năm 2026"],
    "body": [
        P("Nhằm chăm lo đời sống vật chất, tinh thần cho Nhân dân trên địa bàn, nhất là các gia đình chính "
          "sách, hộ nghèo, hộ cận nghèo, Ủy ban nhân dân phường Ninh Kiều xây dựng Kế hoạch tổ chức các hoạt "
          "động chăm lo Tết Nguyên đán Bính Ngọ năm 2026 như sau:"),
        N(0, "**MỤC ĐÍCH, YÊU CẦU**"),
        N(3, "Bảo đảm mọi người dân, nhất là gia đình chính sách, hộ nghèo, hộ cận nghèo đều được đón Tết "
             "vui tươi, lành mạnh, an toàn, tiết kiệm."),
        N(3, "Các hoạt động được tổ chức thiết thực, đúng đối tượng, công khai, minh bạch."),
        N(0, "**NỘI DUNG**"),
        N(1, "**Công tác thăm hỏi, tặng quà**"),
        N(3, "Tổ chức thăm hỏi, tặng quà các gia đình chính sách, người có công, hộ nghèo, hộ cận nghèo trên "
             "địa bàn phường; hoàn thành trước ngày 10/02/2026."),
        N(3, "Vận động các doanh nghiệp, nhà hảo tâm đóng góp Quỹ “Vì người nghèo” phường."),
        N(1, "**Công tác bảo đảm an ninh, trật tự**"),
        N(3, "Tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự, an toàn giao thông trước, trong và "
             "sau Tết."),
        N(3, "Kiểm tra công tác phòng cháy, chữa cháy tại các chợ, khu dân cư, cơ sở kinh doanh; hoàn thành "
             "trong tháng 01/2026."),
        N(0, "**TỔ CHỨC THỰC HIỆN**"),
        N(1, "**Phòng Văn hóa - Xã hội phường:** Chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam "
             "phường rà soát danh sách đối tượng; tham mưu Ủy ban nhân dân phường phân bổ quà Tết trước ngày "
             "25/01/2026."),
        N(1, "**Công an phường:** Xây dựng phương án bảo đảm an ninh, trật tự dịp Tết; báo cáo tình hình hằng "
             "ngày trong thời gian nghỉ Tết."),
        N(1, "**Phòng Kinh tế, Hạ tầng và Đô thị phường:**"),
        N(2, "Phối hợp kiểm tra, bình ổn giá cả, chống hàng giả, hàng kém chất lượng tại các chợ trên địa "
             "bàn;"),
        N(2, "Chỉnh trang đô thị, trang trí cờ, hoa, băng rôn chào mừng Xuân Bính Ngọ trước ngày "
             "05/02/2026."),
        N(1, "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường:** Phối hợp vận động nguồn lực, tổ chức "
             "trao quà đến tận tay đối tượng."),
        P("Yêu cầu các phòng, ban, đơn vị liên quan nghiêm túc triển khai thực hiện; báo cáo kết quả về Văn "
          "phòng HĐND và UBND phường trước ngày 25/02/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành "
          "phố./."),
    ],
    "noi_nhan": [
        "- UBND thành phố Cần Thơ (để báo cáo);",
        "- Thường trực Đảng ủy phường (để báo cáo);",
        "- Thường trực HĐND phường;",
        "- Ủy ban MTTQ Việt Nam phường;",
        "- Các phòng, ban, đơn vị thuộc phường;",
        "- Lưu: VT.",
    ],
    "signers": [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thanh Tâm"]],
}
