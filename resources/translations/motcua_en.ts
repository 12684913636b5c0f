<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>App</name>
    <message>
        <location filename="../../views/app.py" line="62"/>
        <source>Lỗi không mong muốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/app.py" line="63"/>
        <source>Đã xảy ra lỗi không mong muốn; dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký: {log}. Hãy báo người phụ trách kỹ thuật nếu lỗi lặp lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../views/audit_screen.py" line="33"/>
        <source>(mọi thao tác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="38"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="38"/>
        <source>Người làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="38"/>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="38"/>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="48"/>
        <source>(mọi người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="73"/>
        <source>{n} mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/audit_screen.py" line="75"/>
        <source> (chỉ hiện {n} mục mới nhất: hãy thu hẹp bộ lọc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="9"/>
        <source>T&amp;ừ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="10"/>
        <location filename="../../ui/audit.ui" line="12"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="11"/>
        <source>đế&amp;n ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="13"/>
        <source>&amp;Người làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="15"/>
        <source>&amp;Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="18"/>
        <source>&amp;Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit.ui" line="18"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="134"/>
        <source>Hãy chọn ít nhất một thủ tục để in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="147"/>
        <source>Không mở được máy in. Hãy kiểm tra máy in đã bật và còn giấy, rồi in lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="200"/>
        <source>Bỏ qua {code}: không còn trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="212"/>
        <source>Bỏ qua {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="220"/>
        <source>Đang in {number}/{total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="244"/>
        <source>Máy in báo lỗi giữa chừng: hãy kiểm tra máy in và giấy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="293"/>
        <source>Đã in {name} nhưng không ghi được vào sổ in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="313"/>
        <source>Đã dừng: đã in {count}/{total} thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="315"/>
        <source>Đã in xong {count}/{total} thủ tục, mỗi thủ tục {copies} bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="317"/>
        <source>Không in được thủ tục nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="321"/>
        <source>Máy in báo lỗi khi kết thúc lệnh in: hãy kiểm tra các tờ đã in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="326"/>
        <source>Không in được {name}; chi tiết đã ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="355"/>
        <source>Đang in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/batch_print_dialog.py" line="356"/>
        <source>Đang in chồng tờ hướng dẫn. Dừng in và đóng cửa sổ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="5"/>
        <source>In chồng tờ hướng dẫn để sẵn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="12"/>
        <source>Các thủ tục hay gặp nhất trong 90 ngày qua được chọn sẵn và xếp lên đầu. Mỗi tờ in thành nhiều bản để sẵn tại bàn tiếp dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="17"/>
        <source>&amp;Thủ tục cần in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="28"/>
        <source>Chọn &amp;hết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="29"/>
        <source>&amp;Bỏ chọn hết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="41"/>
        <source>Số &amp;bản mỗi thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="54"/>
        <source>&amp;Khổ giấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="59"/>
        <source>Chữ &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="87"/>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="89"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="94"/>
        <source>&amp;Dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_print.ui" line="100"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <location filename="../../views/commune_dialog.py" line="46"/>
        <source>Hãy nhập mã xã và tên xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="5"/>
        <source>Thông tin xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="10"/>
        <source>Thông tin này in trên tờ hướng dẫn và báo cáo gửi cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="18"/>
        <source>&amp;Mã xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="24"/>
        <source>mã đơn vị hành chính, ví dụ 10507</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="29"/>
        <source>&amp;Tên xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="35"/>
        <source>ví dụ: Xã Tân Lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="40"/>
        <source>Tên &amp;bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="49"/>
        <source>&amp;Cấp trên nhận báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="55"/>
        <source>ví dụ: UBND tỉnh Phú Thọ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="60"/>
        <source>Mục tiêu nộp trực &amp;tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="66"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="74"/>
        <source>Giờ &amp;nhắc chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="80"/>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="85"/>
        <source>Giữ thông tin cá nhân t&amp;rong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="91"/>
        <source> tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="95"/>
        <source>Sau thời gian này, họ tên, số điện thoại, số định danh, mã hồ sơ và ghi chú của các lượt cũ tự xóa; số liệu vẫn giữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="102"/>
        <source>Tờ hướng dẫn cho người dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="104"/>
        <source>Điện thoại &amp;bàn Một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="105"/>
        <source>ví dụ: 0210 3851 234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="106"/>
        <source>&amp;Giờ làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="108"/>
        <source>Địa chỉ trang &amp;thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="109"/>
        <source>Dùng khi thủ tục chưa có địa chỉ riêng trong danh mục. {code} thay bằng mã thủ tục, {name} bằng tên thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="110"/>
        <source>Trang tra cứu &amp;hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commune_dialog.ui" line="112"/>
        <source>Trang ứng dụng &amp;VNeID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidationScreen</name>
    <message>
        <location filename="../../views/consolidation_screen.py" line="74"/>
        <source>Thư mục chứa báo cáo các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="80"/>
        <source>Tệp báo cáo các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="80"/>
        <source>Báo cáo ngày (*.json *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="87"/>
        <source>Danh sách xã cần báo cáo (CSV: mã,tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="95"/>
        <source>Lưu kết quả tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="97"/>
        <source>Excel (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="129"/>
        <source>Đang đọc {count} tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="134"/>
        <source>Không tổng hợp được do lỗi không mong muốn; chi tiết đã ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="164"/>
        <source>{reports} báo cáo của {communes} xã, {days}: {visits} lượt hỗ trợ, {online} hồ sơ nộp trực tuyến. Từ chối {refused} tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="177"/>
        <source>Chưa có báo cáo nào được tổng hợp ({count} tệp đã chọn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="183"/>
        <source>Từ chối {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="184"/>
        <source>Không tính {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="188"/>
        <source>Chưa báo cáo ({count} xã): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="196"/>
        <source>Lượt hỗ trợ theo xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="210"/>
        <source>Không lưu được: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/consolidation_screen.py" line="212"/>
        <source>Đã lưu kết quả vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="10"/>
        <source>Cấp trên: chọn thư mục chứa các tệp báo cáo ngày (.json, .xlsx) các xã gửi lên. Tệp hỏng hoặc bị sửa bị từ chối và nêu rõ lý do; mỗi xã mỗi ngày chỉ tính bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="15"/>
        <source>Chọn thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="16"/>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="17"/>
        <source>Danh sách xã cần báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="18"/>
        <source>Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="20"/>
        <source>Lưu kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consolidation.ui" line="43"/>
        <source>Tệp bị từ chối, tệp không tính và các xã chưa báo cáo hiện ở đây.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailySummaryScreen</name>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="86"/>
        <source>Bấm để xem các lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="131"/>
        <source>{value}
{label}
Ngày {day}: {before} · TB 30 ngày: {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="139"/>
        <source>Lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="146"/>
        <source>{value}
Người dân
Ngày {day}: {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="152"/>
        <source>Nộp trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="160"/>
        <source>Chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="167"/>
        <source>{value} phút
Thời gian hỗ trợ TB
Ngày {day}: {before} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="180"/>
        <source>Lượt theo hình thức hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="190"/>
        <source>Thủ tục nhiều nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="197"/>
        <source>Lý do chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="210"/>
        <source>{title}, ngày {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="240"/>
        <source>Chỉ Chủ tịch (lãnh đạo) được chốt số liệu ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="241"/>
        <source>Chốt số liệu ngày {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="243"/>
        <source>Chưa chốt số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="246"/>
        <source>🔒 Số liệu {lock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="254"/>
        <location filename="../../ui/daily_summary.ui" line="42"/>
        <source>Chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="256"/>
        <source>Chốt số liệu ngày {day}? Sau khi chốt, không thêm, sửa, xóa được lượt hỗ trợ của ngày này.
Ghi chú (không bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="265"/>
        <source>Không chốt được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="274"/>
        <source>Mở lại ngày đã chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="275"/>
        <source>Lý do mở lại ngày {day} (bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/daily_summary_screen.py" line="282"/>
        <source>Không mở lại được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="11"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="12"/>
        <source>Ngày trước (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="17"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="23"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="24"/>
        <source>Ngày sau (Alt+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="29"/>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="43"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="48"/>
        <source>Mở lại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/daily_summary.ui" line="53"/>
        <source>Xuất báo cáo / Gửi cấp trên…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLogScreen</name>
    <message>
        <location filename="../../views/desk_log.py" line="46"/>
        <source>Lượt {visits} · Nộp trực tuyến {online}{share} · Chưa hoàn thành {not_completed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="204"/>
        <location filename="../../views/desk_log.py" line="210"/>
        <source>Không lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="212"/>
        <source>Không lưu được lượt hỗ trợ vì cơ sở dữ liệu không phản hồi. Nội dung bạn nhập vẫn còn trên màn hình: hãy thử lưu lại sau ít phút. Nếu vẫn lỗi, báo người phụ trách kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="286"/>
        <source>🔒 Ngày {day} {lock}. Muốn sửa, hãy đề nghị Chủ tịch mở lại ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="293"/>
        <source>Ngày {day}: {counters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="330"/>
        <source>Không sửa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="339"/>
        <source>Đang sửa lượt lúc {time} ngày {day}. Lưu để ghi lại thay đổi, Esc để hủy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="363"/>
        <source>Xóa lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="365"/>
        <source>Xóa {count} lượt hỗ trợ đã chọn? Lượt bị xóa không còn trong danh sách và số liệu, nhưng vẫn được ghi trong nhật ký thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="376"/>
        <location filename="../../views/desk_log.py" line="381"/>
        <source>Không xóa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/desk_log.py" line="383"/>
        <source>Không xóa được vì cơ sở dữ liệu không phản hồi. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo người phụ trách kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="17"/>
        <source>Mẫu nhanh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="36"/>
        <source>Hủy sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="55"/>
        <source>Ghi lại để theo dõi việc hỗ trợ và báo cáo số liệu. Chỉ lưu số điện thoại khi người dân đồng ý; thông tin cá nhân tự xóa sau thời gian lưu của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="57"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="62"/>
        <source>Người dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="66"/>
        <source>N&amp;gày giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="72"/>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="80"/>
        <location filename="../../ui/desk_log.ui" line="111"/>
        <location filename="../../ui/desk_log.ui" line="118"/>
        <location filename="../../ui/desk_log.ui" line="186"/>
        <location filename="../../ui/desk_log.ui" line="205"/>
        <location filename="../../ui/desk_log.ui" line="247"/>
        <location filename="../../ui/desk_log.ui" line="264"/>
        <location filename="../../ui/desk_log.ui" line="298"/>
        <location filename="../../ui/desk_log.ui" line="359"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="85"/>
        <source>&amp;Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="91"/>
        <source>Họ và tên người dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="97"/>
        <source>Năm &amp;sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="103"/>
        <source>yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="123"/>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="130"/>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="135"/>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="140"/>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="150"/>
        <source>&amp;Thôn/Tổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="162"/>
        <source>Số điện thoạ&amp;i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="170"/>
        <source>10 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="176"/>
        <source>Đồng ý lưu số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="177"/>
        <source>Hỏi người dân trước. Chỉ đánh dấu khi họ đồng ý để xã gọi lại báo kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="191"/>
        <source>Số định &amp;danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="197"/>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="212"/>
        <source>Dân tộc thiểu số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="217"/>
        <source>Người khuyết tật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="230"/>
        <source>Thủ tục và hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="234"/>
        <source>Thủ tụ&amp;c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="240"/>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="252"/>
        <source>Hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="257"/>
        <source>Hình thức hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="269"/>
        <source>Kênh nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="276"/>
        <source>Toàn trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="281"/>
        <source>Một phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="286"/>
        <source>Trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="303"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="310"/>
        <source>Đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="315"/>
        <source>Đã hỗ trợ xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="320"/>
        <source>Chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="330"/>
        <source>&amp;Mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="336"/>
        <source>Mã hồ sơ do Cổng DVC cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="342"/>
        <source>&amp;Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="351"/>
        <source>Ghi rõ thêm (nếu cần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="364"/>
        <source>Cán &amp;bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="376"/>
        <source>Ghi ch&amp;ú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="392"/>
        <source>Lưu (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="397"/>
        <source>Xóa trắng (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="417"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="418"/>
        <source>Ngày trước (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="423"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="429"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="430"/>
        <source>Ngày sau (Alt+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="435"/>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="440"/>
        <source>Tìm: tên, thủ tục, mã hồ sơ, thôn… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="447"/>
        <source>Số liệu trong ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="454"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="470"/>
        <source>Sửa lượt đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_log.ui" line="475"/>
        <source>Xóa lượt đã chọn (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../views/export_dialog.py" line="69"/>
        <source>Ngày đang xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="70"/>
        <source>Tuần (thứ Hai – Chủ nhật)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="71"/>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="72"/>
        <source>Tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="82"/>
        <source>Gửi thư điện tử tới {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="86"/>
        <source>Gửi thư điện tử (chưa cài đặt: Tệp → Thư điện tử gửi báo cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="96"/>
        <source>Xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="115"/>
        <source>Chọn thư mục lưu báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="130"/>
        <source>Hãy chọn thư mục lưu báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="132"/>
        <source>Hãy chọn ít nhất một định dạng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="134"/>
        <source>Ngày bắt đầu sau ngày kết thúc: hãy đổi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="136"/>
        <source>Chưa có mã và tên xã: hãy đặt ở Tệp → Thông tin xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="173"/>
        <source>Đã gửi thư tới {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="179"/>
        <source>Đã lưu {count} tệp vào {folder}:
{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="192"/>
        <source>Không ghi được vào thư mục đã chọn ({reason}). Hãy kiểm tra USB hoặc chọn thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_dialog.py" line="200"/>
        <source>Không xuất được báo cáo do lỗi không mong muốn; chi tiết đã được ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="5"/>
        <source>Xuất báo cáo / Gửi cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="12"/>
        <source>&amp;Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="21"/>
        <source>&amp;Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="29"/>
        <location filename="../../ui/export_dialog.ui" line="41"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="35"/>
        <source>đến &amp;ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="49"/>
        <source>Định dạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="54"/>
        <source>PDF (văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="56"/>
        <source>JSON (tổng hợp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="57"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="62"/>
        <source>&amp;Thư mục lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="71"/>
        <source>Chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="80"/>
        <source>Gửi thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="86"/>
        <source>Các tệp chỉ có số liệu tổng hợp, không có dữ liệu cá nhân. Có thể chọn thư mục trên USB để mang lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutTextDialog</name>
    <message>
        <location filename="../../views/handout_text_dialog.py" line="39"/>
        <source>Thủ tục {code}: đang dùng nội dung do xã sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handout_text_dialog.py" line="41"/>
        <source>Thủ tục {code}: đang dùng nội dung gốc của phần mềm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handout_text_dialog.py" line="98"/>
        <source>Khôi phục nội dung gốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handout_text_dialog.py" line="99"/>
        <source>Bỏ nội dung xã đã sửa và dùng lại nội dung gốc của phần mềm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="5"/>
        <source>Sửa nội dung tờ hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="15"/>
        <source>&amp;Tên gọi ngắn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="17"/>
        <source>Các &amp;bước
(mỗi dòng một bước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="20"/>
        <source>&amp;Giấy tờ cần chuẩn bị
(mỗi dòng một loại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="23"/>
        <source>&amp;Lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="25"/>
        <source>Thời gian &amp;giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="27"/>
        <source>Lư&amp;u ý
(không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="35"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handout_text_dialog.ui" line="40"/>
        <source>&amp;Khôi phục nội dung gốc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutsScreen</name>
    <message>
        <location filename="../../views/handouts_screen.py" line="89"/>
        <source>Chỉ người quản trị được sửa nội dung tờ hướng dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="195"/>
        <source>Không tạo được tờ hướng dẫn; chi tiết đã ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="204"/>
        <source>Hãy chọn một thủ tục trước khi in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="226"/>
        <source>Đã gửi lệnh in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="246"/>
        <source>Hãy chọn một thủ tục trước khi sửa nội dung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="255"/>
        <source>Đã lưu nội dung mới; mọi bàn tiếp dân in theo nội dung này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="261"/>
        <source>Chọn thư mục để xuất nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="268"/>
        <source>Không ghi được vào thư mục này; hãy chọn thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="270"/>
        <source>Đã xuất {n} tệp vào {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="275"/>
        <source>Chọn các tệp nội dung tờ hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="288"/>
        <source>Chưa nhập tệp nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="289"/>
        <source>Hãy sửa các lỗi sau rồi nhập lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="293"/>
        <source>Đã nhập {n} tệp; {changed} tờ hướng dẫn được thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="310"/>
        <source>Hãy chọn một thủ tục trước khi lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="313"/>
        <source>Lưu tờ hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/handouts_screen.py" line="317"/>
        <source>Đã lưu {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="13"/>
        <source>Tìm thủ tục: gõ tên hoặc mã, không cần dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="19"/>
        <source>Ghi cho người dân (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="21"/>
        <source>&amp;Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="23"/>
        <source>&amp;Mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="25"/>
        <source>&amp;Cán bộ tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="27"/>
        <source>Ngày hẹ&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="30"/>
        <source>có hẹn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="31"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="40"/>
        <source>Chữ to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="41"/>
        <source>Số bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="47"/>
        <source>In… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="47"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="48"/>
        <source>Lưu PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="52"/>
        <source>In &amp;chồng tờ để sẵn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="52"/>
        <source>In nhiều tờ của các thủ tục hay gặp nhất, để sẵn tại bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="56"/>
        <source>Nội dung tờ hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="58"/>
        <source>&amp;Sửa nội dung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="58"/>
        <source>Sửa các bước, giấy tờ, lệ phí của thủ tục đang chọn khi cổng dịch vụ công thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="59"/>
        <source>&amp;Xuất…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="59"/>
        <source>Ghi nội dung mọi thủ tục ra thư mục (tệp JSON) để gửi xã khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="60"/>
        <source>&amp;Nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handouts.ui" line="60"/>
        <source>Nhập nội dung từ các tệp JSON (lỗi một tệp thì không nhập tệp nào)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../views/import_dialog.py" line="49"/>
        <source>Tự nhận biết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="50"/>
        <source>TCVN3 (ABC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="51"/>
        <source>VNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="52"/>
        <source>Không chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="57"/>
        <source>Chọn tệp sổ cũ để xem trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="72"/>
        <source>Chọn sổ cũ cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="74"/>
        <source>Sổ Excel hoặc CSV (*.xlsx *.xls *.csv);;Tất cả tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="109"/>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="143"/>
        <source>Đã hủy đọc tệp. Bấm «Chọn tệp…» để đọc lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="145"/>
        <source>Đã hủy chạy thử. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="181"/>
        <source>Không đọc hoặc nhập được tệp do lỗi không mong muốn; chi tiết đã được ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="195"/>
        <source> rồi nhập lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="198"/>
        <source>Không nhập dòng nào: {invalid}/{total} dòng có lỗi. Hãy sửa các dòng dưới đây trong tệp{again}, hoặc đánh dấu «Bỏ qua dòng lỗi» để chỉ nhập các dòng hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="205"/>
        <source>Tệp {file}: {total} dòng; sẽ nhập {added} lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="207"/>
        <source>Tệp {file}: {total} dòng; đã nhập {added} lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="211"/>
        <source>, bỏ qua {duplicates} lượt đã có, {invalid} dòng có lỗi không nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="215"/>
        <source>Chưa nhập gì: đây là chạy thử. Bấm «Nhập» để nhập thật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="223"/>
        <source>… và {count} lỗi khác: sửa các lỗi trên rồi chạy thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="228"/>
        <source>Lưu ý: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="249"/>
        <source>Không thể hủy: việc nhập là tất cả hoặc không, đã bắt đầu thì không dừng giữa chừng được. Nếu có lỗi, không lượt nào được ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_dialog.py" line="253"/>
        <source>Bỏ kết quả đang chờ (đọc tệp hoặc chạy thử không ghi gì).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="5"/>
        <source>Nhập sổ cũ (Excel/CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="10"/>
        <source>1. Chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="23"/>
        <source>Chưa chọn tệp (.xlsx, .xls hoặc .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="28"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="35"/>
        <source>Trang &amp;tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="44"/>
        <source>&amp;Bảng mã chữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="50"/>
        <source>Sổ gõ bằng phông .VnTime là TCVN3 (ABC), phông VNI-Times là VNI. Nếu chữ trong bảng xem trước sai dấu, hãy chọn lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="55"/>
        <source>Bỏ &amp;qua dòng lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="56"/>
        <source>Mặc định: có một dòng lỗi thì không nhập dòng nào. Đánh dấu để chỉ nhập các dòng hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="64"/>
        <source>2. Xem trước (20 dòng đầu, như sẽ được nhập)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="90"/>
        <source>3. Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="117"/>
        <source>Chạy t&amp;hử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="118"/>
        <source>Kiểm tra và báo cáo như khi nhập thật, nhưng không ghi gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="123"/>
        <source>&amp;Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="128"/>
        <source>&amp;Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="134"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../views/import_preview.py" line="88"/>
        <source>Trang tính «{sheet}», dòng tiêu đề là dòng {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_preview.py" line="94"/>
        <source>Dòng tiêu đề là dòng {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_preview.py" line="103"/>
        <source>đã chuyển từ mã {encoding} sang Unicode: cột {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_preview.py" line="112"/>
        <source>bỏ qua các cột không thuộc mẫu: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_preview.py" line="117"/>
        <source>tệp có {count} dòng dữ liệu, xem trước {shown} dòng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/import_preview.py" line="181"/>
        <source>Đã chuyển từ mã {encoding} sang Unicode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../views/login_dialog.py" line="53"/>
        <source>Tạo tài khoản quản trị – Một Cửa Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/login_dialog.py" line="56"/>
        <source>Lần đầu sử dụng: hãy tạo tài khoản quản trị. Mật khẩu do anh/chị tự đặt (ít nhất 8 ký tự) và không có mật khẩu mặc định. Người quản trị tạo tài khoản cho cán bộ và Chủ tịch sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/login_dialog.py" line="64"/>
        <source>Màn hình đã khóa – Một Cửa Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/login_dialog.py" line="66"/>
        <source>Màn hình tự khóa vì lâu không dùng. Nhập mật khẩu để làm tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/login_dialog.py" line="73"/>
        <source>Chọn tài khoản và nhập mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/login_dialog.py" line="88"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="5"/>
        <source>Đăng nhập – Một Cửa Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="15"/>
        <source>&amp;Tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="17"/>
        <source>Tên đăng &amp;nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="18"/>
        <source>không dấu cách, ví dụ: admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="19"/>
        <source>&amp;Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="21"/>
        <source>&amp;Mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="23"/>
        <source>Nhập &amp;lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="30"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../views/mail_dialog.py" line="34"/>
        <source>STARTTLS (cổng 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mail_dialog.py" line="35"/>
        <source>SSL/TLS (cổng 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mail_dialog.py" line="36"/>
        <source>Không mã hóa (mạng nội bộ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mail_dialog.py" line="58"/>
        <source>địa chỉ gửi tới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mail_dialog.py" line="59"/>
        <source>địa chỉ gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mail_dialog.py" line="60"/>
        <source>máy chủ SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mail_dialog.py" line="65"/>
        <source>Hãy nhập {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="5"/>
        <source>Thư điện tử gửi báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="10"/>
        <source>Gửi &amp;tới (cấp trên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="11"/>
        <source>ví dụ: vanphong@phutho.gov.vn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="12"/>
        <source>Địa chỉ &amp;gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="14"/>
        <source>&amp;Máy chủ SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="17"/>
        <source>ví dụ: smtp.gmail.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="21"/>
        <source>&amp;Bảo mật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="23"/>
        <source>Tên đă&amp;ng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="25"/>
        <source>Mật &amp;khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="26"/>
        <source>để trống: giữ mật khẩu đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="32"/>
        <source>Mật khẩu chỉ lưu trên máy này, trong tệp chỉ tài khoản Windows này đọc được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_dialog.ui" line="38"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="41"/>
        <source>&lt;b&gt;Tiếp dân&lt;/b&gt;&lt;br&gt;
Tab / Shift+Tab: sang ô sau / ô trước&lt;br&gt;
Enter hoặc Ctrl+S: lưu lượt hỗ trợ&lt;br&gt;
Esc: xóa trắng (hoặc hủy sửa)&lt;br&gt;
Alt+1 … Alt+8: bật/tắt hình thức hỗ trợ&lt;br&gt;
Ctrl+D: lặp lại thủ tục, hỗ trợ, kênh nộp của lượt trước&lt;br&gt;
Ctrl+F: tìm trong danh sách; Alt+← / Alt+→: ngày trước / sau&lt;br&gt;
Delete: xóa lượt đã chọn (có hỏi lại)&lt;br&gt;
Ctrl+1 …: chuyển màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="75"/>
        <source>Tiếp dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="77"/>
        <source>Tờ hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="80"/>
        <source>Tổng hợp ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="82"/>
        <source>Tổng hợp cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="86"/>
        <source>Nhật ký thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="97"/>
        <source>Đăng nhập: {who} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="147"/>
        <source>Đã {time}: số liệu hôm nay chưa chốt và chưa gửi cấp trên. Vào «Tổng hợp ngày» để chốt số liệu và xuất báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="153"/>
        <source>Nhắc chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="166"/>
        <source>Lượt này không có thủ tục nên không có tờ hướng dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="179"/>
        <source>Cơ sở dữ liệu: tệp trên máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="181"/>
        <source>Cơ sở dữ liệu: PostgreSQL {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="185"/>
        <source>Hôm nay: {counters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="193"/>
        <source>chưa đặt thông tin xã (Tệp → Thông tin xã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="195"/>
        <source>Một Cửa Desk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="242"/>
        <source>Đổi mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="243"/>
        <source>Mật khẩu hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="247"/>
        <source>Mật khẩu mới (ít nhất 8 ký tự):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="251"/>
        <source>Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="256"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="262"/>
        <source>Đã đổi mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="273"/>
        <location filename="../../ui/main_window.ui" line="81"/>
        <source>Phím tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="281"/>
        <source>Một Cửa Desk: sổ tiếp dân của Bộ phận Một cửa cấp xã.&lt;br&gt;Cơ sở dữ liệu: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Một Cửa Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <source>Điều hướng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>Thông tin xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>Thư điện tử gửi báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>Nhập sổ cũ (Excel/CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Tài khoản người dùng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>Yêu cầu của người dân về dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71"/>
        <source>Thư mục sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74"/>
        <source>Đổi mật khẩu của tôi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="82"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../views/person_dialog.py" line="56"/>
        <source>Tìm thấy {n} lượt của người này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/person_dialog.py" line="63"/>
        <source>Lưu bản sao dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/person_dialog.py" line="74"/>
        <source>Đã ghi {n} lượt vào {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/person_dialog.py" line="81"/>
        <source>Xóa thông tin cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/person_dialog.py" line="83"/>
        <source>Xóa họ tên, số điện thoại, số định danh, mã hồ sơ và ghi chú của người này trên mọi lượt? Không hoàn tác được; số liệu thống kê vẫn giữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/person_dialog.py" line="94"/>
        <source>Đã xóa thông tin cá nhân trên {n} lượt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="5"/>
        <source>Yêu cầu của người dân về dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="10"/>
        <source>Tìm mọi lượt của một người theo số định danh, hoặc theo họ tên đầy đủ và năm sinh; cấp bản sao dữ liệu của họ, hoặc xóa thông tin cá nhân khi họ yêu cầu. Muốn sửa một lượt, hãy sửa ở màn hình Tiếp dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="16"/>
        <source>Số &amp;định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="17"/>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="18"/>
        <source>hoặc &amp;Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="20"/>
        <source>Năm &amp;sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="21"/>
        <source>yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="26"/>
        <source>&amp;Tìm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="26"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="27"/>
        <source>&amp;Cấp bản sao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="28"/>
        <source>&amp;Xóa thông tin cá nhân…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <location filename="../../views/template_bar.py" line="53"/>
        <source>{text}
Dùng {uses} lần trong 30 ngày qua</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../views/users_dialog.py" line="31"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="32"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="33"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="34"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="49"/>
        <source>đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="49"/>
        <source>đã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="61"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="85"/>
        <source>Đã tạo tài khoản {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="93"/>
        <location filename="../../views/users_dialog.py" line="108"/>
        <source>Hãy chọn một tài khoản trong bảng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/users_dialog.py" line="115"/>
        <source>Đã đặt lại mật khẩu của {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="5"/>
        <source>Tài khoản người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="17"/>
        <source>&amp;Khóa / mở khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="18"/>
        <source>Đặt &amp;lại mật khẩu (dùng mật khẩu ở dưới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="23"/>
        <source>Tạo tài khoản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="25"/>
        <source>Tên đăng &amp;nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="27"/>
        <source>&amp;Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="29"/>
        <source>&amp;Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="31"/>
        <source>&amp;Mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="33"/>
        <source>Nhập &amp;lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="35"/>
        <source>&amp;Tạo tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../views/visit_form.py" line="111"/>
        <source>— chọn lý do —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitListDialog</name>
    <message>
        <location filename="../../views/visit_list_dialog.py" line="35"/>
        <source>{title}: {count} lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_list_dialog.ui" line="6"/>
        <source>Các lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../views/item_models.py" line="36"/>
        <source>Giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="37"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="38"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="39"/>
        <source>Thôn/Tổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="40"/>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="41"/>
        <source>Hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="42"/>
        <source>Kênh nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="43"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="44"/>
        <source>Mã hồ sơ / Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/item_models.py" line="45"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
