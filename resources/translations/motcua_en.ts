<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>App</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn; dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký: {log}. Hãy báo người phụ trách kỹ thuật nếu lỗi lặp lại.</source>
        <translation>An unexpected error occurred; your saved data is not affected. Details have been written to the log: {log}. Please tell your technical contact if the error happens again.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>(mọi thao tác)</source>
        <translation>(all actions)</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người làm</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>(mọi người)</source>
        <translation>(all users)</translation>
    </message>
    <message>
        <source>{n} mục</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source> (chỉ hiện {n} mục mới nhất: hãy thu hẹp bộ lọc)</source>
        <translation> (showing only the latest {n} entries: narrow the filter)</translation>
    </message>
    <message>
        <source>T&amp;ừ ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>đế&amp;n ngày</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Người làm</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Thao tác</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Hãy chọn ít nhất một thủ tục để in.</source>
        <translation>Select at least one procedure to print.</translation>
    </message>
    <message>
        <source>Không mở được máy in. Hãy kiểm tra máy in đã bật và còn giấy, rồi in lại.</source>
        <translation>Cannot open the printer. Check that the printer is on and has paper, then print again.</translation>
    </message>
    <message>
        <source>Bỏ qua {code}: không còn trong danh mục.</source>
        <translation>Skipped {code}: no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Bỏ qua {name}: {reason}</source>
        <translation>Skipped {name}: {reason}</translation>
    </message>
    <message>
        <source>Đang in {number}/{total}: {name}</source>
        <translation>Printing {number}/{total}: {name}</translation>
    </message>
    <message>
        <source>Máy in báo lỗi giữa chừng: hãy kiểm tra máy in và giấy.</source>
        <translation>The printer reported an error mid-job: check the printer and paper.</translation>
    </message>
    <message>
        <source>Đã in {name} nhưng không ghi được vào sổ in.</source>
        <translation>Printed {name} but could not record it in the print log.</translation>
    </message>
    <message>
        <source>Đã dừng: đã in {count}/{total} thủ tục.</source>
        <translation>Stopped: printed {count}/{total} procedures.</translation>
    </message>
    <message>
        <source>Đã in xong {count}/{total} thủ tục, mỗi thủ tục {copies} bản.</source>
        <translation>Finished printing {count}/{total} procedures, {copies} copies each.</translation>
    </message>
    <message>
        <source>Không in được thủ tục nào.</source>
        <translation>No procedures could be printed.</translation>
    </message>
    <message>
        <source>Máy in báo lỗi khi kết thúc lệnh in: hãy kiểm tra các tờ đã in.</source>
        <translation>The printer reported an error when finishing the job: check the printed sheets.</translation>
    </message>
    <message>
        <source>Không in được {name}; chi tiết đã ghi vào nhật ký.</source>
        <translation>Could not print {name}; details written to the log.</translation>
    </message>
    <message>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Đang in chồng tờ hướng dẫn. Dừng in và đóng cửa sổ?</source>
        <translation>A stack of handouts is printing. Stop printing and close the window?</translation>
    </message>
    <message>
        <source>In chồng tờ hướng dẫn để sẵn</source>
        <translation>Print a stack of handouts in advance</translation>
    </message>
    <message>
        <source>Các thủ tục hay gặp nhất trong 90 ngày qua được chọn sẵn và xếp lên đầu. Mỗi tờ in thành nhiều bản để sẵn tại bàn tiếp dân.</source>
        <translation>The most frequent procedures of the last 90 days are preselected and listed first. Each handout is printed in several copies to keep ready at the desk.</translation>
    </message>
    <message>
        <source>&amp;Thủ tục cần in</source>
        <translation>Procedures &amp;to print</translation>
    </message>
    <message>
        <source>Chọn &amp;hết</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Bỏ chọn hết</source>
        <translation>&amp;Deselect all</translation>
    </message>
    <message>
        <source>Số &amp;bản mỗi thủ tục</source>
        <translation>Cop&amp;ies per procedure</translation>
    </message>
    <message>
        <source>&amp;Khổ giấy</source>
        <translation>Paper si&amp;ze</translation>
    </message>
    <message>
        <source>Chữ &amp;to</source>
        <translation>&amp;Large print</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Dừng</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thôn, xóm</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Số lượt đã ghi</source>
        <translation>Visits logged</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>đã ẩn</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Đã lưu thủ tục {code}.</source>
        <translation>Saved procedure {code}.</translation>
    </message>
    <message>
        <source>Hãy chọn một thôn, xóm trong bảng.</source>
        <translation>Select a village in the table.</translation>
    </message>
    <message>
        <source>Đã lưu «{name}».</source>
        <translation>Saved «{name}».</translation>
    </message>
    <message>
        <source>Danh mục thủ tục và thôn, xóm</source>
        <translation>Procedure and village catalogue</translation>
    </message>
    <message>
        <source>&amp;Thủ tục hành chính</source>
        <translation>&amp;Administrative procedures</translation>
    </message>
    <message>
        <source>Tìm &amp;kiếm</source>
        <translation>Searc&amp;h</translation>
    </message>
    <message>
        <source>mã hoặc tên, gõ không dấu cũng được</source>
        <translation>code or name, accents optional</translation>
    </message>
    <message>
        <source>Thủ tục đang chọn</source>
        <translation>Selected procedure</translation>
    </message>
    <message>
        <source>&amp;Mã thủ tục</source>
        <translation>Procedure &amp;code</translation>
    </message>
    <message>
        <source>ví dụ 1.001193 (mã trên Cổng Dịch vụ công)</source>
        <translation>e.g. 1.001193 (code on the National Public Service Portal)</translation>
    </message>
    <message>
        <source>Tê&amp;n thủ tục</source>
        <translation>Procedure na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Lĩnh vực</source>
        <translation>Fie&amp;ld</translation>
    </message>
    <message>
        <source>Mức độ trực tu&amp;yến</source>
        <translation>&amp;Online level</translation>
    </message>
    <message>
        <source>&amp;Phí, lệ phí</source>
        <translation>&amp;Fees and charges</translation>
    </message>
    <message>
        <source>Thời hạn &amp;giải quyết</source>
        <translation>Processing &amp;time</translation>
    </message>
    <message>
        <source>không ghi</source>
        <translation>not set</translation>
    </message>
    <message>
        <source> ngày làm việc</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Trang &amp;thủ tục (QR)</source>
        <translation>Procedure &amp;page (QR)</translation>
    </message>
    <message>
        <source>https://… (để trống: dùng mẫu địa chỉ trong Thông tin xã)</source>
        <translation>https://… (leave blank: use the address template in Commune information)</translation>
    </message>
    <message>
        <source>Đang &amp;dùng (bỏ chọn: ẩn khỏi danh sách ở bàn tiếp dân)</source>
        <translation>In &amp;use (untick: hide from the list at the desk)</translation>
    </message>
    <message>
        <source>&amp;Lưu thay đổi</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Thêm thủ tục &amp;mới</source>
        <translation>Add &amp;new procedure</translation>
    </message>
    <message>
        <source>Xóa trắng ô nhập</source>
        <translation>Clear the fields</translation>
    </message>
    <message>
        <source>Thôn, &amp;xóm</source>
        <translation>&amp;Villages</translation>
    </message>
    <message>
        <source>Tên thôn, xó&amp;m</source>
        <translation>Village &amp;name</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Thêm thôn, xóm mới</source>
        <translation>Add new village</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>30 ngày: lượt hỗ trợ, nộp trực tuyến và tỷ lệ so với mục tiêu</source>
        <translation>30 days: visits, online submissions and share against the target</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Nộp trực tuyến</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>Tỷ lệ trực tuyến (%)</source>
        <translation>Online share (%)</translation>
    </message>
    <message>
        <source>Mục tiêu {percent:.0f}%</source>
        <translation>Target {percent:.0f}%</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>30 ngày: số trang đã số hóa</source>
        <translation>30 days: pages digitized</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>từ {first} đến {last}</source>
        <translation>from {first} to {last}</translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <source>Hãy nhập mã xã và tên xã.</source>
        <translation>Enter the commune code and commune name.</translation>
    </message>
    <message>
        <source>Thông tin xã</source>
        <translation>Commune information</translation>
    </message>
    <message>
        <source>Thông tin này in trên tờ hướng dẫn và báo cáo gửi cấp trên.</source>
        <translation>This information is printed on handouts and on reports sent to the upper level.</translation>
    </message>
    <message>
        <source>&amp;Mã xã</source>
        <translation>Commune &amp;code</translation>
    </message>
    <message>
        <source>mã đơn vị hành chính, ví dụ 10507</source>
        <translation>administrative unit code, e.g. 10507</translation>
    </message>
    <message>
        <source>&amp;Tên xã</source>
        <translation>Commune &amp;name</translation>
    </message>
    <message>
        <source>ví dụ: Xã Tân Lập</source>
        <translation>e.g. Tân Lập Commune</translation>
    </message>
    <message>
        <source>Tên &amp;bộ phận</source>
        <translation>&amp;Department name</translation>
    </message>
    <message>
        <source>&amp;Cấp trên nhận báo cáo</source>
        <translation>&amp;Upper level receiving reports</translation>
    </message>
    <message>
        <source>ví dụ: UBND tỉnh Phú Thọ</source>
        <translation>e.g. Phú Thọ Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <source>Mục tiêu nộp trực &amp;tuyến</source>
        <translation>Online submission &amp;target</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Giờ &amp;nhắc chốt số liệu</source>
        <translation>Day-lock &amp;reminder time</translation>
    </message>
    <message>
        <source>Giữ thông tin cá nhân t&amp;rong</source>
        <translation>Keep personal data &amp;for</translation>
    </message>
    <message>
        <source> tháng</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Sau thời gian này, họ tên, số điện thoại, số định danh, mã hồ sơ và ghi chú của các lượt cũ tự xóa; số liệu vẫn giữ.</source>
        <translation>After this period, names, phone numbers, ID numbers, dossier codes and notes of old visits are deleted automatically; the figures are kept.</translation>
    </message>
    <message>
        <source>Tờ hướng dẫn cho người dân</source>
        <translation>Handout for citizens</translation>
    </message>
    <message>
        <source>Điện thoại &amp;bàn Một cửa</source>
        <translation>One-stop desk &amp;phone</translation>
    </message>
    <message>
        <source>ví dụ: 0210 3851 234</source>
        <translation>e.g. 0210 3851 234</translation>
    </message>
    <message>
        <source>&amp;Giờ làm việc</source>
        <translation>&amp;Working hours</translation>
    </message>
    <message>
        <source>Địa chỉ trang &amp;thủ tục</source>
        <translation>Procedure page &amp;address</translation>
    </message>
    <message>
        <source>Dùng khi thủ tục chưa có địa chỉ riêng trong danh mục. {code} thay bằng mã thủ tục, {name} bằng tên thủ tục.</source>
        <translation>Used when a procedure has no address of its own in the catalogue. {code} is replaced by the procedure code, {name} by the procedure name.</translation>
    </message>
    <message>
        <source>Trang tra cứu &amp;hồ sơ</source>
        <translation>Dossier &amp;lookup page</translation>
    </message>
    <message>
        <source>Trang ứng dụng &amp;VNeID</source>
        <translation>&amp;VNeID app page</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thôn, tổ</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Hình thức hỗ trợ</source>
        <translation>Assistance type</translation>
    </message>
    <message>
        <source>Kênh nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Trong lúc bạn sửa, một bàn khác đã lưu thay đổi cho lượt hỗ trợ này. Không có gì bị ghi đè. Hãy xem hai bản dưới đây rồi chọn bản giữ lại.</source>
        <translation>While you were editing, another desk saved changes to this visit. Nothing has been overwritten. Compare the two versions below and choose which to keep.</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ vừa được sửa ở bàn khác</source>
        <translation>This visit was just edited at another desk</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bản bạn vừa sửa</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Bản đã lưu ở bàn khác</source>
        <translation>Version saved at the other desk</translation>
    </message>
    <message>
        <source>Dòng tô màu là chỗ hai bản khác nhau. «Giữ bản của tôi» ghi nội dung bạn vừa sửa lên bản mới nhất (thay đổi của bàn khác ở các ô đó bị thay thế, nhật ký vẫn giữ cả hai). «Lấy bản của bàn khác» bỏ phần bạn vừa sửa.</source>
        <translation>Highlighted rows are where the two versions differ. «Keep mine» writes your edits over the latest version (the other desk&apos;s changes in those fields are replaced; the log keeps both). «Take the other desk&apos;s» discards your edits.</translation>
    </message>
    <message>
        <source>Giữ bản của tôi</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Lấy bản của bàn khác</source>
        <translation>Take the other desk&apos;s</translation>
    </message>
    <message>
        <source>Để sau (giữ trên màn hình)</source>
        <translation>Later (keep on screen)</translation>
    </message>
</context>
<context>
    <name>ConsolidationScreen</name>
    <message>
        <source>Thư mục chứa báo cáo các xã</source>
        <translation>Folder with commune reports</translation>
    </message>
    <message>
        <source>Tệp báo cáo các xã</source>
        <translation>Commune report files</translation>
    </message>
    <message>
        <source>Báo cáo ngày (*.json *.xlsx)</source>
        <translation>Daily reports (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Danh sách xã cần báo cáo (CSV: mã,tên)</source>
        <translation>List of communes expected to report (CSV: code,name)</translation>
    </message>
    <message>
        <source>Lưu kết quả tổng hợp</source>
        <translation>Save consolidated result</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Đang đọc {count} tệp…</source>
        <translation>Reading {count} files…</translation>
    </message>
    <message>
        <source>Không tổng hợp được do lỗi không mong muốn; chi tiết đã ghi vào nhật ký.</source>
        <translation>Could not consolidate due to an unexpected error; details written to the log.</translation>
    </message>
    <message>
        <source>{reports} báo cáo của {communes} xã, {days}: {visits} lượt hỗ trợ, {online} hồ sơ nộp trực tuyến. Từ chối {refused} tệp.</source>
        <translation>{reports} reports from {communes} communes, {days}: {visits} visits, {online} dossiers submitted online. {refused} files refused.</translation>
    </message>
    <message>
        <source>Chưa có báo cáo nào được tổng hợp ({count} tệp đã chọn).</source>
        <translation>No reports consolidated yet ({count} files selected).</translation>
    </message>
    <message>
        <source>Từ chối {note}</source>
        <translation>Refused {note}</translation>
    </message>
    <message>
        <source>Không tính {note}</source>
        <translation>Not counted {note}</translation>
    </message>
    <message>
        <source>Chưa báo cáo ({count} xã): {names}</source>
        <translation>Not reported ({count} communes): {names}</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ theo xã</source>
        <translation>Visits by commune</translation>
    </message>
    <message>
        <source>Không lưu được: {m}</source>
        <translation>Could not save: {m}</translation>
    </message>
    <message>
        <source>Đã lưu kết quả vào {path}</source>
        <translation>Result saved to {path}</translation>
    </message>
    <message>
        <source>Cấp trên: chọn thư mục chứa các tệp báo cáo ngày (.json, .xlsx) các xã gửi lên. Tệp hỏng hoặc bị sửa bị từ chối và nêu rõ lý do; mỗi xã mỗi ngày chỉ tính bản mới nhất.</source>
        <translation>Upper level: choose the folder holding the daily report files (.json, .xlsx) sent in by the communes. Damaged or altered files are refused with the reason stated; for each commune and day only the latest version counts.</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Danh sách xã cần báo cáo…</source>
        <translation>Communes expected to report…</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Lưu kết quả…</source>
        <translation>Save result…</translation>
    </message>
    <message>
        <source>Tệp bị từ chối, tệp không tính và các xã chưa báo cáo hiện ở đây.</source>
        <translation>Refused files, files not counted and communes that have not reported appear here.</translation>
    </message>
</context>
<context>
    <name>DailySummaryScreen</name>
    <message>
        <source>Bấm để xem các lượt hỗ trợ</source>
        <translation>Click to see the visits</translation>
    </message>
    <message>
        <source>{value}
{label}
Ngày {day}: {before} · TB 30 ngày: {mean}</source>
        <translation>{value}
{label}
{day}: {before} · 30-day avg: {mean}</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>{value}
Người dân
Ngày {day}: {before}</source>
        <translation>{value}
Citizens
{day}: {before}</translation>
    </message>
    <message>
        <source>Nộp trực tuyến</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>{value} phút
Thời gian hỗ trợ TB
Ngày {day}: {before} phút</source>
        <translation>{value} min
Avg assistance time
{day}: {before} min</translation>
    </message>
    <message>
        <source>{pages} trang
Số hóa ({documents} tài liệu)
Tồn: {backlog} · Trả lại: {back}</source>
        <translation>{pages} pages
Digitized ({documents} documents)
Backlog: {backlog} · Returned: {back}</translation>
    </message>
    <message>
        <source>Lượt theo hình thức hỗ trợ</source>
        <translation>Visits by assistance type</translation>
    </message>
    <message>
        <source>Thủ tục nhiều nhất</source>
        <translation>Top procedures</translation>
    </message>
    <message>
        <source>Lý do chưa hoàn thành</source>
        <translation>Reasons not completed</translation>
    </message>
    <message>
        <source>{title}, ngày {day}</source>
        <translation>{title}, {day}</translation>
    </message>
    <message>
        <source>Chỉ Chủ tịch (lãnh đạo) được chốt số liệu ngày.</source>
        <translation>Only the chair (leadership) can lock the day.</translation>
    </message>
    <message>
        <source>Chốt số liệu ngày {day}</source>
        <translation>Lock the day {day}</translation>
    </message>
    <message>
        <source>Chưa chốt số liệu.</source>
        <translation>Day not locked.</translation>
    </message>
    <message>
        <source>🔒 Số liệu {lock}.</source>
        <translation>🔒 Figures {lock}.</translation>
    </message>
    <message>
        <source>Chốt số liệu</source>
        <translation>Lock the day</translation>
    </message>
    <message>
        <source>Chốt số liệu ngày {day}? Sau khi chốt, không thêm, sửa, xóa được lượt hỗ trợ của ngày này.
Ghi chú (không bắt buộc):</source>
        <translation>Lock the day {day}? Once locked, visits for this day cannot be added, edited or deleted.
Note (optional):</translation>
    </message>
    <message>
        <source>Không chốt được</source>
        <translation>Could not lock</translation>
    </message>
    <message>
        <source>Mở lại ngày đã chốt</source>
        <translation>Reopen a locked day</translation>
    </message>
    <message>
        <source>Lý do mở lại ngày {day} (bắt buộc):</source>
        <translation>Reason for reopening {day} (required):</translation>
    </message>
    <message>
        <source>Không mở lại được</source>
        <translation>Could not reopen</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Ngày trước (Alt+←)</source>
        <translation>Previous day (Alt+←)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Ngày sau (Alt+→)</source>
        <translation>Next day (Alt+→)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Xuất báo cáo / Gửi cấp trên…</source>
        <translation>Export report / Send to upper level…</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Tệp: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>để trống: giữ mật khẩu đã lưu</source>
        <translation>leave blank: keep the saved password</translation>
    </message>
    <message>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>✖ Không kiểm tra được (lỗi không mong muốn, đã ghi vào nhật ký).</source>
        <translation>✖ Could not check (unexpected error, written to the log).</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu của người dùng trên máy chủ.</source>
        <translation>Enter the password of the user on the server.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu của máy này</source>
        <translation>Database for this computer</translation>
    </message>
    <message>
        <source>&amp;Tệp trên máy này (một bàn làm việc)</source>
        <translation>&amp;File on this computer (single desk)</translation>
    </message>
    <message>
        <source>&amp;Máy chủ PostgreSQL (nhiều bàn dùng chung)</source>
        <translation>PostgreSQL &amp;server (shared by several desks)</translation>
    </message>
    <message>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ máy chủ</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>ví dụ: 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Cổng</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Tên cơ sở &amp;dữ liệu</source>
        <translation>&amp;Database name</translation>
    </message>
    <message>
        <source>motcua</source>
        <translation>motcua</translation>
    </message>
    <message>
        <source>&amp;Người dùng</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Kiểm tra &amp;kết nối</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Thay đổi có hiệu lực khi mở lại ứng dụng. Mật khẩu được cất trong kho mật khẩu của hệ điều hành (hoặc một tệp riêng chỉ tài khoản này đọc được), không ghi vào tệp cài đặt. Dữ liệu đang có không tự chuyển sang: hãy chép bằng lệnh migrate-db. Mọi bàn dùng chung máy chủ phải có cùng tệp khóa id-hash.key (xem docs/postgresql.vi.md, mục 5 và 6).</source>
        <translation>Changes take effect when the app is restarted. The password is stored in the operating system&apos;s password store (or a separate file readable only by this account), not in the settings file. Existing data is not moved automatically: copy it with the migrate-db command. All desks sharing a server must have the same id-hash.key key file (see docs/postgresql.vi.md, sections 5 and 6).</translation>
    </message>
</context>
<context>
    <name>DeskLogScreen</name>
    <message>
        <source>Lượt {visits} · Nộp trực tuyến {online}{share} · Chưa hoàn thành {not_completed}</source>
        <translation>Visits {visits} · Submitted online {online}{share} · Not completed {not_completed}</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Không lưu được lượt hỗ trợ vì cơ sở dữ liệu không phản hồi. Nội dung bạn nhập vẫn còn trên màn hình: hãy thử lưu lại sau ít phút. Nếu vẫn lỗi, báo người phụ trách kỹ thuật.</source>
        <translation>Could not save the visit because the database is not responding. What you entered is still on screen: try saving again in a few minutes. If it still fails, tell your technical contact.</translation>
    </message>
    <message>
        <source>🔒 Ngày {day} {lock}. Muốn sửa, hãy đề nghị Chủ tịch mở lại ngày.</source>
        <translation>🔒 {day} {lock}. To make changes, ask the chair to reopen the day.</translation>
    </message>
    <message>
        <source>Ngày {day}: {counters}</source>
        <translation>{day}: {counters}</translation>
    </message>
    <message>
        <source>Không sửa được</source>
        <translation>Could not edit</translation>
    </message>
    <message>
        <source>Đang sửa lượt lúc {time} ngày {day}. Lưu để ghi lại thay đổi, Esc để hủy.</source>
        <translation>Editing the visit at {time} on {day}. Save to record the changes, Esc to cancel.</translation>
    </message>
    <message>
        <source>Mẫu nhanh:</source>
        <translation>Quick templates:</translation>
    </message>
    <message>
        <source>Hủy sửa</source>
        <translation>Cancel edit</translation>
    </message>
    <message>
        <source>Ghi lại để theo dõi việc hỗ trợ và báo cáo số liệu. Chỉ lưu số điện thoại khi người dân đồng ý; thông tin cá nhân tự xóa sau thời gian lưu của xã.</source>
        <translation>Record each visit to track assistance and report figures. Store a phone number only with the citizen&apos;s consent; personal data is deleted automatically after the commune&apos;s retention period.</translation>
    </message>
    <message>
        <source>Người dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>N&amp;gày giờ</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <source>&amp;Họ và tên</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Họ và tên người dân</source>
        <translation>Citizen&apos;s full name</translation>
    </message>
    <message>
        <source>Năm &amp;sinh</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Thôn/Tổ</source>
        <translation>&amp;Village/Group</translation>
    </message>
    <message>
        <source>Số điện thoạ&amp;i</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <source>10 chữ số</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>Đồng ý lưu số</source>
        <translation>Consent to store number</translation>
    </message>
    <message>
        <source>Hỏi người dân trước. Chỉ đánh dấu khi họ đồng ý để xã gọi lại báo kết quả.</source>
        <translation>Ask the citizen first. Tick only if they agree that the commune may call them back with the result.</translation>
    </message>
    <message>
        <source>Số định &amp;danh</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Dân tộc thiểu số</source>
        <translation>Ethnic minority</translation>
    </message>
    <message>
        <source>Người khuyết tật</source>
        <translation>Person with disability</translation>
    </message>
    <message>
        <source>Thủ tục và hỗ trợ</source>
        <translation>Procedure and assistance</translation>
    </message>
    <message>
        <source>Thủ tụ&amp;c</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu</source>
        <translation>Type the procedure name or code; accents not needed</translation>
    </message>
    <message>
        <source>Hỗ trợ</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Hình thức hỗ trợ</source>
        <translation>Assistance type</translation>
    </message>
    <message>
        <source>Kênh nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Toàn trình</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>Một phần</source>
        <translation>Partly online</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Đã hỗ trợ xong</source>
        <translation>Assistance completed</translation>
    </message>
    <message>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>&amp;Mã hồ sơ</source>
        <translation>&amp;Dossier code</translation>
    </message>
    <message>
        <source>Mã hồ sơ do Cổng DVC cấp</source>
        <translation>Dossier code issued by the National Public Service Portal</translation>
    </message>
    <message>
        <source>&amp;Lý do</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Ghi rõ thêm (nếu cần)</source>
        <translation>Add details (if needed)</translation>
    </message>
    <message>
        <source>Cán &amp;bộ</source>
        <translation>Cler&amp;k</translation>
    </message>
    <message>
        <source>Ghi ch&amp;ú</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Lưu (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Xóa trắng (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Ngày trước (Alt+←)</source>
        <translation>Previous day (Alt+←)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Ngày sau (Alt+→)</source>
        <translation>Next day (Alt+→)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tìm: tên, thủ tục, mã hồ sơ, thôn… (Ctrl+F)</source>
        <translation>Search: name, procedure, dossier code, village… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Số liệu trong ngày</source>
        <translation>Today&apos;s figures</translation>
    </message>
    <message>
        <source>Sửa lượt đã chọn</source>
        <translation>Edit selected visit</translation>
    </message>
    <message>
        <source>Xóa lượt đã chọn (Delete)</source>
        <translation>Delete selected visit (Delete)</translation>
    </message>
    <message>
        <source>Xóa lượt hỗ trợ</source>
        <translation>Delete visits</translation>
    </message>
    <message>
        <source>Xóa {count} lượt hỗ trợ đã chọn? Lượt bị xóa không còn trong danh sách và số liệu, nhưng vẫn được ghi trong nhật ký thay đổi.</source>
        <translation>Delete the {count} selected visits? Deleted visits disappear from the list and the figures, but remain recorded in the change log.</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Không xóa được vì cơ sở dữ liệu không phản hồi. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo người phụ trách kỹ thuật.</source>
        <translation>Could not delete because the database is not responding. Try again in a few minutes; if it still fails, tell your technical contact.</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>Mất kết nối máy chủ — lượt mới được lưu tạm trên máy này</source>
        <translation>Lost connection to the server — new visits are saved temporarily on this computer</translation>
    </message>
    <message>
        <source> (đang chờ gửi: {n})</source>
        <translation> (waiting to send: {n})</translation>
    </message>
    <message>
        <source>{n} lượt lưu tạm chưa gửi được: {reason}</source>
        <translation>{n} temporarily saved visits could not be sent: {reason}</translation>
    </message>
    <message>
        <source>Đã gửi {n} lượt lưu tạm lên máy chủ.</source>
        <translation>Sent {n} temporarily saved visits to the server.</translation>
    </message>
</context>
<context>
    <name>DigitizationItemDialog</name>
    <message>
        <source>Nhập cả sổ: mỗi quyển một mục</source>
        <translation>Import a whole register: one item per volume</translation>
    </message>
    <message>
        <source>Tên &amp;sổ</source>
        <translation>&amp;Register name</translation>
    </message>
    <message>
        <source>ví dụ: Sổ đăng ký khai sinh</source>
        <translation>e.g. Birth registration register</translation>
    </message>
    <message>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Mỗi quyển của sổ thành một mục số hóa riêng, theo dõi từng bước.</source>
        <translation>Each volume of the register becomes a separate digitization item, tracked step by step.</translation>
    </message>
    <message>
        <source>Nhiều tài liệu cùng hồ sơ: ghi tên cách nhau bằng dấu ; và số trang của từng tài liệu.</source>
        <translation>Several documents in one dossier: separate the names with ; and give the page count of each document.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Số hóa giấy tờ của lượt hỗ trợ</source>
        <translation>Digitize the visit&apos;s papers</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ có «Số hóa giấy tờ». Ghi nhận giấy tờ cần số hóa: nhập số trang (nhiều tài liệu: cách nhau bằng dấu ;).</source>
        <translation>This visit includes «Digitize papers». Record the papers to be digitized: enter the page count (several documents: separate with ;).</translation>
    </message>
    <message>
        <source>Hãy nhập số trang bằng chữ số, ví dụ 3 hoặc 120 98 143.</source>
        <translation>Please enter the page count in digits, e.g. 3 or 120 98 143.</translation>
    </message>
    <message>
        <source>Có {n} tài liệu: nhập một số trang chung hoặc {n} số trang.</source>
        <translation>There are {n} documents: enter one page count for all or {n} page counts.</translation>
    </message>
    <message>
        <source>Ghi nhận giấy tờ cần số hóa</source>
        <translation>Record papers to digitize</translation>
    </message>
    <message>
        <source>&amp;Loại</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Số hiệu</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>mã hồ sơ, hoặc tên sổ</source>
        <translation>dossier code or register name</translation>
    </message>
    <message>
        <source>Tên tài &amp;liệu</source>
        <translation>&amp;Document name</translation>
    </message>
    <message>
        <source>ví dụ: Giấy chứng sinh; nhiều tài liệu: cách nhau bằng dấu ;</source>
        <translation>e.g. Birth certificate; several documents: separate with ;</translation>
    </message>
    <message>
        <source>&amp;Năm của sổ</source>
        <translation>Register &amp;year</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Số &amp;quyển</source>
        <translation>&amp;Volumes</translation>
    </message>
    <message>
        <source>Số &amp;trang</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>ví dụ: 3 (hoặc mỗi tài liệu, mỗi quyển một số: 120 98 143)</source>
        <translation>e.g. 3 (or one number per document or volume: 120 98 143)</translation>
    </message>
    <message>
        <source>&amp;Chủ giấy tờ</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Hạn xử lý</source>
        <translation>D&amp;ue date</translation>
    </message>
</context>
<context>
    <name>DigitizationModel</name>
    <message>
        <source>Số hiệu</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tuổi</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>trả lại</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>{n} ngày</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Nhận {day}</source>
        <translation>Received {day}</translation>
    </message>
    <message>
        <source>Quá hạn từ {day}</source>
        <translation>Overdue since {day}</translation>
    </message>
    <message>
        <source>Trả lại quét lại: {reason}</source>
        <translation>Sent back to scan again: {reason}</translation>
    </message>
    <message>
        <source>Đã dùng lại {n} lần</source>
        <translation>Reused {n} times</translation>
    </message>
</context>
<context>
    <name>DigitizationScreen</name>
    <message>
        <source>(mọi loại)</source>
        <translation>(all types)</translation>
    </message>
    <message>
        <source>(mọi cán bộ)</source>
        <translation>(all clerks)</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Đang xử lý ({n})</source>
        <translation>In progress ({n})</translation>
    </message>
    <message>
        <source>{n} tài liệu · {pages} trang · quá hạn {late} · cần quét lại {back}</source>
        <translation>{n} documents · {pages} pages · {late} overdue · {back} to rescan</translation>
    </message>
    <message>
        <source>Đã chọn {n} tài liệu, {pages} trang</source>
        <translation>{n} documents selected, {pages} pages</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu không phản hồi. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo người phụ trách kỹ thuật.</source>
        <translation>The database is not responding. Please try again in a few minutes; if the error persists, contact your IT support person.</translation>
    </message>
    <message>
        <source>Đã chuyển {n} tài liệu sang bước tiếp theo.</source>
        <translation>Moved {n} documents to the next step.</translation>
    </message>
    <message>
        <source>Không chuyển được</source>
        <translation>Could not move</translation>
    </message>
    <message>
        <source>Đã trả lại {n} tài liệu để quét lại.</source>
        <translation>Sent {n} documents back for rescanning.</translation>
    </message>
    <message>
        <source>Không trả lại được</source>
        <translation>Could not send back</translation>
    </message>
    <message>
        <source>Đã ghi nhận {n} tài liệu.</source>
        <translation>Recorded {n} documents.</translation>
    </message>
    <message>
        <source>Chọn tệp đã quét</source>
        <translation>Choose scanned file</translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Đã đính kèm {name}.</source>
        <translation>Attached {name}.</translation>
    </message>
    <message>
        <source>Không đính kèm được</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <source>Ghi nhận dùng lại</source>
        <translation>Record reuse</translation>
    </message>
    <message>
        <source>Mã hồ sơ mới đã dùng lại tài liệu đã số hóa này:</source>
        <translation>New dossier code that reused this digitized document:</translation>
    </message>
    <message>
        <source>Đã ghi nhận dùng lại cho hồ sơ {code}.</source>
        <translation>Recorded reuse for dossier {code}.</translation>
    </message>
    <message>
        <source>Không ghi nhận được</source>
        <translation>Could not record</translation>
    </message>
    <message>
        <source>
… và {n} tệp khác.</source>
        <translation>
… and {n} more files.</translation>
    </message>
    <message>
        <source>{bad}/{n} tệp có vấn đề:
{lines}{more}

Hãy quét hoặc đính kèm lại.</source>
        <translation>{bad}/{n} files have problems:
{lines}{more}

Please rescan or reattach them.</translation>
    </message>
    <message>
        <source>Kiểm tra tệp</source>
        <translation>Check files</translation>
    </message>
    <message>
        <source>Đã kiểm tra {n} tệp: tất cả còn nguyên.</source>
        <translation>Checked {n} files: all intact.</translation>
    </message>
    <message>
        <source>&amp;Loại</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Cán &amp;bộ</source>
        <translation>Cler&amp;k</translation>
    </message>
    <message>
        <source>Chỉ &amp;quá hạn</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>mã hồ sơ, tên sổ, tài liệu…</source>
        <translation>dossier code, register name, document…</translation>
    </message>
    <message>
        <source>&amp;Ghi nhận giấy tờ…</source>
        <translation>&amp;Record papers…</translation>
    </message>
    <message>
        <source>Nhập cả &amp;sổ…</source>
        <translation>&amp;Import register…</translation>
    </message>
    <message>
        <source>Số trang quét theo cán bộ (7 ngày)</source>
        <translation>Pages scanned per clerk (7 days)</translation>
    </message>
    <message>
        <source>&amp;Chuyển bước tiếp</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>T&amp;rả lại quét lại…</source>
        <translation>Send &amp;back for rescan…</translation>
    </message>
    <message>
        <source>Đính kèm &amp;tệp…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>Chép vào thư mục bản quét</source>
        <translation>Copy into the scans folder</translation>
    </message>
    <message>
        <source>Ghi nhận &amp;dùng lại…</source>
        <translation>Record re&amp;use…</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra tệp</source>
        <translation>&amp;Check files</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Ngày đang xem</source>
        <translation>Day being viewed</translation>
    </message>
    <message>
        <source>Tuần (thứ Hai – Chủ nhật)</source>
        <translation>Week (Monday – Sunday)</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Gửi thư điện tử tới {to}</source>
        <translation>Send by email to {to}</translation>
    </message>
    <message>
        <source>Gửi thư điện tử (chưa cài đặt: Tệp → Thư điện tử gửi báo cáo)</source>
        <translation>Send by email (not set up: File → Report email)</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu báo cáo</source>
        <translation>Choose folder to save reports</translation>
    </message>
    <message>
        <source>Hãy chọn thư mục lưu báo cáo.</source>
        <translation>Please choose a folder to save the reports.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một định dạng.</source>
        <translation>Please choose at least one format.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu sau ngày kết thúc: hãy đổi lại.</source>
        <translation>The start date is after the end date: please change it.</translation>
    </message>
    <message>
        <source>Chưa có mã và tên xã: hãy đặt ở Tệp → Thông tin xã.</source>
        <translation>Commune code and name are missing: set them in File → Commune information.</translation>
    </message>
    <message>
        <source>Đã gửi thư tới {to}.</source>
        <translation>Email sent to {to}.</translation>
    </message>
    <message>
        <source>Đã lưu {count} tệp vào {folder}:
{names}</source>
        <translation>Saved {count} files to {folder}:
{names}</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục đã chọn ({reason}). Hãy kiểm tra USB hoặc chọn thư mục khác.</source>
        <translation>Could not write to the chosen folder ({reason}). Check the USB drive or choose another folder.</translation>
    </message>
    <message>
        <source>Không xuất được báo cáo do lỗi không mong muốn; chi tiết đã được ghi vào nhật ký.</source>
        <translation>The report could not be exported due to an unexpected error; details have been written to the log.</translation>
    </message>
    <message>
        <source>Xuất báo cáo / Gửi cấp trên</source>
        <translation>Export report / Send to upper level</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo</source>
        <translation>Report &amp;period</translation>
    </message>
    <message>
        <source>&amp;Từ ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>đến &amp;ngày</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF (văn bản)</source>
        <translation>PDF (document)</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>JSON (tổng hợp)</source>
        <translation>JSON (summary)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Thư mục lưu</source>
        <translation>&amp;Save to folder</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Gửi thư điện tử</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <source>Các tệp chỉ có số liệu tổng hợp, không có dữ liệu cá nhân. Có thể chọn thư mục trên USB để mang lên cấp trên.</source>
        <translation>The files contain only summary figures, no personal data. You can choose a folder on a USB drive to take to the upper level.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Cơ sở dữ liệu…</source>
        <translation>Database…</translation>
    </message>
    <message>
        <source>Đã lưu lựa chọn cơ sở dữ liệu: có hiệu lực khi mở lại ứng dụng.</source>
        <translation>Database choice saved: takes effect when the app is reopened.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Bình thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Lớn</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Rất lớn</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thiết lập – Một Cửa Desk</source>
        <translation>Setup – Một Cửa Desk</translation>
    </message>
    <message>
        <source>Dữ liệu nằm trên máy chủ PostgreSQL: người quản trị máy chủ sao lưu bằng pg_dump. Máy này không cần chọn thư mục sao lưu.</source>
        <translation>Data is stored on the PostgreSQL server: the server administrator backs it up with pg_dump. No backup folder is needed on this computer.</translation>
    </message>
    <message>
        <source>«{name}» đã có.</source>
        <translation>«{name}» already exists.</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu (ví dụ ổ USB)</source>
        <translation>Choose backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>Hãy nhập mã xã và tên xã.</source>
        <translation>Please enter the commune code and name.</translation>
    </message>
    <message>
        <source>Tên đăng nhập cần 1–64 ký tự, không có dấu cách.</source>
        <translation>The username must be 1–64 characters with no spaces.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Hãy chọn thư mục sao lưu.</source>
        <translation>Please choose a backup folder.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục {folder}. Hãy cắm ổ USB hoặc chọn thư mục khác.</source>
        <translation>Could not write to folder {folder}. Please plug in the USB drive or choose another folder.</translation>
    </message>
    <message>
        <source>Thiết lập ban đầu – Một Cửa Desk</source>
        <translation>Initial setup – Một Cửa Desk</translation>
    </message>
    <message>
        <source>Chào mừng đến với Một Cửa Desk</source>
        <translation>Welcome to Một Cửa Desk</translation>
    </message>
    <message>
        <source>Vài bước để chuẩn bị máy cho Bộ phận Một cửa (khoảng 2 phút).</source>
        <translation>A few steps to prepare this computer for the one-stop desk (about 2 minutes).</translation>
    </message>
    <message>
        <source>Ứng dụng sẽ hỏi lần lượt: thông tin của xã, tài khoản quản trị, danh sách thôn/bản, tên quầy và nơi lưu bản sao dữ liệu. Mọi thông tin đều sửa được sau này trong menu «Cài đặt → Thiết lập ban đầu…».

Bấm «Tiếp» để bắt đầu. Cần giúp đỡ: xem «Trợ giúp → Hướng dẫn sử dụng».</source>
        <translation>The app will ask in turn for: the commune&apos;s details, an administrator account, the list of villages, the desk name and where to keep data backups. Everything can be changed later under «Settings → Initial setup…».

Click «Next» to begin. Need help? See «Help → User guide».</translation>
    </message>
    <message>
        <source>Thông tin xã</source>
        <translation>Commune information</translation>
    </message>
    <message>
        <source>In trên tờ hướng dẫn cho người dân và báo cáo gửi cấp trên.</source>
        <translation>Printed on handouts for citizens and on reports sent to the upper level.</translation>
    </message>
    <message>
        <source>&amp;Mã xã</source>
        <translation>&amp;Commune code</translation>
    </message>
    <message>
        <source>mã đơn vị hành chính, ví dụ 10507</source>
        <translation>administrative unit code, e.g. 10507</translation>
    </message>
    <message>
        <source>&amp;Tên xã</source>
        <translation>Commune na&amp;me</translation>
    </message>
    <message>
        <source>ví dụ: Xã Tân Lập</source>
        <translation>e.g. Tân Lập Commune</translation>
    </message>
    <message>
        <source>Tên &amp;bộ phận</source>
        <translation>&amp;Unit name</translation>
    </message>
    <message>
        <source>ví dụ: Trung tâm Phục vụ hành chính công</source>
        <translation>e.g. Public Administrative Service Centre</translation>
    </message>
    <message>
        <source>&amp;Cấp trên nhận báo cáo</source>
        <translation>Upper &amp;level receiving reports</translation>
    </message>
    <message>
        <source>ví dụ: UBND tỉnh Phú Thọ</source>
        <translation>e.g. Phú Thọ Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Người quản trị tạo tài khoản cho cán bộ và Chủ tịch sau. Không có mật khẩu mặc định.</source>
        <translation>The administrator will create accounts for clerks and the commune chair later. There is no default password.</translation>
    </message>
    <message>
        <source>Tên đă&amp;ng nhập</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Họ và tên</source>
        <translation>Full na&amp;me</translation>
    </message>
    <message>
        <source>ví dụ: Lê Văn An</source>
        <translation>e.g. Lê Văn An</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>ít nhất 8 ký tự</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Nhập &amp;lại mật khẩu</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>Hãy ghi nhớ mật khẩu: không ai, kể cả nhà cung cấp, xem lại được mật khẩu này.</source>
        <translation>Remember this password: no one, not even the supplier, can recover it.</translation>
    </message>
    <message>
        <source>Thôn, bản, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Danh sách để chọn khi ghi lượt hỗ trợ. Có thể bỏ qua và thêm dần khi tiếp dân.</source>
        <translation>The list to choose from when recording visits. You can skip this and add them gradually while serving citizens.</translation>
    </message>
    <message>
        <source>tên thôn/bản, ví dụ: Thôn Đồng Tâm</source>
        <translation>village name, e.g. Đồng Tâm Village</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Danh sách thôn, bản</source>
        <translation>List of villages</translation>
    </message>
    <message>
        <source>Nhấp đúp vào một tên để sửa.</source>
        <translation>Double-click a name to edit it.</translation>
    </message>
    <message>
        <source>&amp;Bỏ thôn đã chọn</source>
        <translation>&amp;Remove selected village</translation>
    </message>
    <message>
        <source>Quầy và cỡ chữ</source>
        <translation>Desk and text size</translation>
    </message>
    <message>
        <source>Riêng cho máy tính này.</source>
        <translation>For this computer only.</translation>
    </message>
    <message>
        <source>Tên &amp;quầy</source>
        <translation>&amp;Desk name</translation>
    </message>
    <message>
        <source>ví dụ: Quầy 1 – Hộ tịch</source>
        <translation>e.g. Desk 1 – Civil status</translation>
    </message>
    <message>
        <source>Cỡ &amp;chữ trên màn hình</source>
        <translation>&amp;Text size on screen</translation>
    </message>
    <message>
        <source>Chữ «Lớn» hoặc «Rất lớn» dễ đọc hơn với người lớn tuổi; đổi lại bất cứ lúc nào ở «Cài đặt → Cỡ chữ».</source>
        <translation>«Large» or «Extra large» text is easier for older people to read; change it at any time in «Settings → Text size».</translation>
    </message>
    <message>
        <source>Sao lưu dữ liệu</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <source>Ứng dụng tự sao lưu mỗi ngày và khi thoát.</source>
        <translation>The app backs up automatically every day and on exit.</translation>
    </message>
    <message>
        <source>Nên chọn một ổ khác ổ chứa dữ liệu (ví dụ ổ USB hoặc ổ D:) để một hỏng hóc không làm mất cả dữ liệu lẫn bản sao.</source>
        <translation>Choose a drive other than the one holding the data (e.g. a USB drive or drive D:) so that a single failure cannot destroy both the data and its backup.</translation>
    </message>
    <message>
        <source>&amp;Thư mục sao lưu</source>
        <translation>Backup fol&amp;der</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Hướng dẫn sử dụng – Một Cửa Desk</source>
        <translation>User guide – Một Cửa Desk</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hướng dẫn ({path}). Hãy cài lại ứng dụng.</source>
        <translation>Guide file not found ({path}). Please reinstall the app.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandoutTextDialog</name>
    <message>
        <source>Thủ tục {code}: đang dùng nội dung do xã sửa.</source>
        <translation>Procedure {code}: using the commune&apos;s edited content.</translation>
    </message>
    <message>
        <source>Thủ tục {code}: đang dùng nội dung gốc của phần mềm.</source>
        <translation>Procedure {code}: using the software&apos;s original content.</translation>
    </message>
    <message>
        <source>Khôi phục nội dung gốc</source>
        <translation>Restore original content</translation>
    </message>
    <message>
        <source>Bỏ nội dung xã đã sửa và dùng lại nội dung gốc của phần mềm?</source>
        <translation>Discard the commune&apos;s edits and go back to the software&apos;s original content?</translation>
    </message>
    <message>
        <source>Sửa nội dung tờ hướng dẫn</source>
        <translation>Edit handout content</translation>
    </message>
    <message>
        <source>&amp;Tên gọi ngắn</source>
        <translation>Short &amp;name</translation>
    </message>
    <message>
        <source>Các &amp;bước
(mỗi dòng một bước)</source>
        <translation>&amp;Steps
(one step per line)</translation>
    </message>
    <message>
        <source>&amp;Giấy tờ cần chuẩn bị
(mỗi dòng một loại)</source>
        <translation>&amp;Documents to prepare
(one per line)</translation>
    </message>
    <message>
        <source>&amp;Lệ phí</source>
        <translation>&amp;Fee</translation>
    </message>
    <message>
        <source>Thời gian &amp;giải quyết</source>
        <translation>&amp;Processing time</translation>
    </message>
    <message>
        <source>Lư&amp;u ý
(không bắt buộc)</source>
        <translation>N&amp;otes
(optional)</translation>
    </message>
    <message>
        <source>&amp;Khôi phục nội dung gốc</source>
        <translation>&amp;Restore original content</translation>
    </message>
</context>
<context>
    <name>HandoutsScreen</name>
    <message>
        <source>Chỉ người quản trị được sửa nội dung tờ hướng dẫn.</source>
        <translation>Only the administrator can edit handout content.</translation>
    </message>
    <message>
        <source>Không tạo được tờ hướng dẫn; chi tiết đã ghi vào nhật ký.</source>
        <translation>Could not create the handout; details have been written to the log.</translation>
    </message>
    <message>
        <source>Hãy chọn một thủ tục trước khi in.</source>
        <translation>Please select a procedure before printing.</translation>
    </message>
    <message>
        <source>Đã gửi lệnh in.</source>
        <translation>Print job sent.</translation>
    </message>
    <message>
        <source>Hãy chọn một thủ tục trước khi sửa nội dung.</source>
        <translation>Please select a procedure before editing its content.</translation>
    </message>
    <message>
        <source>Đã lưu nội dung mới; mọi bàn tiếp dân in theo nội dung này.</source>
        <translation>New content saved; all desks will print using this content.</translation>
    </message>
    <message>
        <source>Chọn thư mục để xuất nội dung</source>
        <translation>Choose folder to export content</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục này; hãy chọn thư mục khác.</source>
        <translation>Could not write to this folder; please choose another one.</translation>
    </message>
    <message>
        <source>Đã xuất {n} tệp vào {folder}</source>
        <translation>Exported {n} files to {folder}</translation>
    </message>
    <message>
        <source>Chọn các tệp nội dung tờ hướng dẫn</source>
        <translation>Choose handout content files</translation>
    </message>
    <message>
        <source>Chưa nhập tệp nào</source>
        <translation>No files imported</translation>
    </message>
    <message>
        <source>Hãy sửa các lỗi sau rồi nhập lại:</source>
        <translation>Fix the following errors, then import again:</translation>
    </message>
    <message>
        <source>Đã nhập {n} tệp; {changed} tờ hướng dẫn được thay đổi.</source>
        <translation>Imported {n} files; {changed} handouts changed.</translation>
    </message>
    <message>
        <source>Hãy chọn một thủ tục trước khi lưu.</source>
        <translation>Select a procedure before saving.</translation>
    </message>
    <message>
        <source>Lưu tờ hướng dẫn</source>
        <translation>Save handout</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Tìm thủ tục: gõ tên hoặc mã, không cần dấu</source>
        <translation>Find procedure: type name or code, accents optional</translation>
    </message>
    <message>
        <source>Ghi cho người dân (không bắt buộc)</source>
        <translation>Note for the citizen (optional)</translation>
    </message>
    <message>
        <source>&amp;Họ và tên</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Mã hồ sơ</source>
        <translation>&amp;Dossier code</translation>
    </message>
    <message>
        <source>&amp;Cán bộ tiếp nhận</source>
        <translation>&amp;Receiving clerk</translation>
    </message>
    <message>
        <source>Ngày hẹ&amp;n</source>
        <translation>Appoi&amp;ntment date</translation>
    </message>
    <message>
        <source>có hẹn</source>
        <translation>has appointment</translation>
    </message>
    <message>
        <source>Chữ to</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>In &amp;chồng tờ để sẵn…</source>
        <translation>Print a &amp;stack in advance…</translation>
    </message>
    <message>
        <source>In nhiều tờ của các thủ tục hay gặp nhất, để sẵn tại bàn</source>
        <translation>Print several copies of the most common procedures to keep ready at the desk</translation>
    </message>
    <message>
        <source>Nội dung tờ hướng dẫn</source>
        <translation>Handout content</translation>
    </message>
    <message>
        <source>&amp;Sửa nội dung…</source>
        <translation>&amp;Edit content…</translation>
    </message>
    <message>
        <source>Sửa các bước, giấy tờ, lệ phí của thủ tục đang chọn khi cổng dịch vụ công thay đổi</source>
        <translation>Edit the steps, documents and fees of the selected procedure when the National Public Service Portal changes</translation>
    </message>
    <message>
        <source>&amp;Xuất…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Ghi nội dung mọi thủ tục ra thư mục (tệp JSON) để gửi xã khác</source>
        <translation>Write the content of all procedures to a folder (JSON files) to send to other communes</translation>
    </message>
    <message>
        <source>&amp;Nhập…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Nhập nội dung từ các tệp JSON (lỗi một tệp thì không nhập tệp nào)</source>
        <translation>Import content from JSON files (if one file has an error, none is imported)</translation>
    </message>
</context>
<context>
    <name>HistorySearchDialog</name>
    <message>
        <source>Tìm trong toàn bộ sổ</source>
        <translation>Search the whole log</translation>
    </message>
    <message>
        <source>Họ và tên, có dấu hoặc không: «nguyen thi hoa»</source>
        <translation>Full name, with or without accents: «nguyen thi hoa»</translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Mỗi từ gõ vào khớp với đầu một chữ trong họ tên; lượt ghi gần nhất ở trên. Kéo xuống để xem thêm. Nhấp đúp để mở ngày của lượt đó.</source>
        <translation>Each word typed matches the start of a word of the name; the latest visits are on top. Scroll down for more. Double-click to open that visit&apos;s day.</translation>
    </message>
    <message>
        <source>Không có lượt hỗ trợ nào có tên khớp với «{q}».</source>
        <translation>No visit has a name matching «{q}».</translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Tự nhận biết</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>Không chuyển</source>
        <translation>No conversion</translation>
    </message>
    <message>
        <source>Chọn tệp sổ cũ để xem trước.</source>
        <translation>Choose an old register file to preview.</translation>
    </message>
    <message>
        <source>Chọn sổ cũ cần nhập</source>
        <translation>Choose the old register to import</translation>
    </message>
    <message>
        <source>Sổ Excel hoặc CSV (*.xlsx *.xls *.csv);;Tất cả tệp (*)</source>
        <translation>Excel or CSV workbook (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Tất cả các trang cùng mẫu</source>
        <translation>All sheets (same template)</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <source>Đã lưu cách ghép cột vào {path}.</source>
        <translation>Saved the column mapping to {path}.</translation>
    </message>
    <message>
        <source>Đang hủy: đang hoàn lại, không ghi lượt nào…</source>
        <translation>Cancelling: rolling back, no visits will be saved…</translation>
    </message>
    <message>
        <source>Đã hủy đọc tệp. Bấm «Chọn tệp…» để đọc lại.</source>
        <translation>File reading cancelled. Click “Choose file…” to read it again.</translation>
    </message>
    <message>
        <source>Dừng việc nhập và hoàn lại: nhập là tất cả hoặc không, nên không lượt nào được ghi.</source>
        <translation>Stop the import and roll back: import is all-or-nothing, so no visits will be saved.</translation>
    </message>
    <message>
        <source>Dừng việc đang chạy (đọc tệp hoặc chạy thử không ghi gì).</source>
        <translation>Stop the current task (reading the file or a dry run that saves nothing).</translation>
    </message>
    <message>
        <source>Đã hủy chạy thử. Chưa nhập gì.</source>
        <translation>Dry run cancelled. Nothing imported.</translation>
    </message>
    <message>
        <source>Không đọc hoặc nhập được tệp do lỗi không mong muốn; chi tiết đã được ghi vào nhật ký.</source>
        <translation>Could not read or import the file due to an unexpected error; details have been written to the log.</translation>
    </message>
    <message>
        <source>Nhập sổ cũ (Excel/CSV)</source>
        <translation>Import old register (Excel/CSV)</translation>
    </message>
    <message>
        <source>1. Chọn tệp</source>
        <translation>1. Choose file</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Chưa chọn tệp (.xlsx, .xls hoặc .csv)</source>
        <translation>No file chosen (.xlsx, .xls or .csv)</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Trang &amp;tính</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <source>&amp;Bảng mã chữ</source>
        <translation>&amp;Encoding</translation>
    </message>
    <message>
        <source>Sổ gõ bằng phông .VnTime là TCVN3 (ABC), phông VNI-Times là VNI. Nếu chữ trong bảng xem trước sai dấu, hãy chọn lại.</source>
        <translation>Registers typed in the .VnTime font are TCVN3 (ABC); in VNI-Times they are VNI. If the preview shows wrong diacritics, choose again.</translation>
    </message>
    <message>
        <source>Bỏ &amp;qua dòng lỗi</source>
        <translation>S&amp;kip rows with errors</translation>
    </message>
    <message>
        <source>Mặc định: có một dòng lỗi thì không nhập dòng nào. Đánh dấu để chỉ nhập các dòng hợp lệ.</source>
        <translation>Default: if any row has an error, no rows are imported. Tick to import only valid rows.</translation>
    </message>
    <message>
        <source>2. Xem trước (20 dòng đầu, như sẽ được nhập)</source>
        <translation>2. Preview (first 20 rows, as they will be imported)</translation>
    </message>
    <message>
        <source>Ghép cột: mỗi cột của tệp điền vào cột nào (ô tô vàng: tên cột chưa nhận ra)</source>
        <translation>Column mapping: which field each file column fills (yellow cells: column name not recognized)</translation>
    </message>
    <message>
        <source>&amp;Mở cách ghép cột…</source>
        <translation>&amp;Open column mapping…</translation>
    </message>
    <message>
        <source>Dùng cách ghép cột đã lưu thành tệp (.json)</source>
        <translation>Use a column mapping saved as a file (.json)</translation>
    </message>
    <message>
        <source>&amp;Lưu cách ghép cột…</source>
        <translation>Save column &amp;mapping…</translation>
    </message>
    <message>
        <source>Lưu cách ghép cột và các lựa chọn đã xác nhận thành tệp (.json), để dùng lại hoặc dùng với import-records --mapping</source>
        <translation>Save the column mapping and confirmed choices to a file (.json), to reuse or to use with import-records --mapping</translation>
    </message>
    <message>
        <source>Cần xác nhận: tên thủ tục gần giống, nhãn chưa có trong danh mục</source>
        <translation>Needs confirmation: near-matching procedure names, labels not in the catalog</translation>
    </message>
    <message>
        <source>Chọn cho mỗi tên trong tệp mục tương ứng của danh mục. Dòng có tên chưa xác nhận là dòng lỗi. Lựa chọn được nhớ cho lần nhập sau.</source>
        <translation>For each name in the file, choose the matching catalog entry. Rows with unconfirmed names are errors. Choices are remembered for the next import.</translation>
    </message>
    <message>
        <source>Nhận &amp;tất cả đề xuất</source>
        <translation>&amp;Accept all suggestions</translation>
    </message>
    <message>
        <source>Chọn mục đề xuất (gần giống nhất) cho mọi tên chưa xác nhận</source>
        <translation>Choose the suggested (closest) entry for every unconfirmed name</translation>
    </message>
    <message>
        <source>3. Kết quả</source>
        <translation>3. Result</translation>
    </message>
    <message>
        <source>Chạy t&amp;hử</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>Kiểm tra và báo cáo như khi nhập thật, nhưng không ghi gì</source>
        <translation>Checks and reports as a real import would, but saves nothing</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Điền vào</source>
        <translation>Fills</translation>
    </message>
    <message>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Tên cột này chưa được nhận ra: chọn cột tương ứng, hoặc bỏ qua.</source>
        <translation>This column name was not recognised: choose the matching field, or skip it.</translation>
    </message>
    <message>
        <source>Bỏ qua cột này</source>
        <translation>Skip this column</translation>
    </message>
    <message>
        <source>Cột «{header}» điền vào</source>
        <translation>Column «{header}» fills</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Ở dòng</source>
        <translation>At row</translation>
    </message>
    <message>
        <source>Nhận là</source>
        <translation>Take as</translation>
    </message>
    <message>
        <source>— Chưa xác nhận (dòng lỗi) —</source>
        <translation>— Not confirmed (row in error) —</translation>
    </message>
    <message>
        <source>{choice} (đề xuất)</source>
        <translation>{choice} (proposed)</translation>
    </message>
    <message>
        <source>«{text}» nhận là</source>
        <translation>«{text}» taken as</translation>
    </message>
    <message>
        <source>Mở cách ghép cột</source>
        <translation>Open column mapping</translation>
    </message>
    <message>
        <source>Cách ghép cột (*.json);;Tất cả tệp (*)</source>
        <translation>Column mapping (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Không mở được cách ghép cột</source>
        <translation>Cannot open the column mapping</translation>
    </message>
    <message>
        <source>Lưu cách ghép cột</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <source>Cách ghép cột (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <source>Không lưu được cách ghép cột</source>
        <translation>Cannot save the column mapping</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Trang tính «{sheet}», dòng tiêu đề là dòng {row}</source>
        <translation>Sheet “{sheet}”, header row is row {row}</translation>
    </message>
    <message>
        <source>Dòng tiêu đề là dòng {row}</source>
        <translation>Header row is row {row}</translation>
    </message>
    <message>
        <source>đã chuyển từ mã {encoding} sang Unicode: cột {columns}</source>
        <translation>converted from {encoding} to Unicode: columns {columns}</translation>
    </message>
    <message>
        <source>chữ đã là Unicode, không cần chuyển mã</source>
        <translation>text is already Unicode, no conversion needed</translation>
    </message>
    <message>
        <source>bỏ qua các cột không thuộc mẫu: {names}</source>
        <translation>ignored columns not in the template: {names}</translation>
    </message>
    <message>
        <source>tệp có {count} dòng dữ liệu, xem trước {shown} dòng đầu</source>
        <translation>file has {count} data rows; previewing the first {shown}</translation>
    </message>
    <message>
        <source>Đã dùng cách ghép cột của lần nhập trước với mẫu này.</source>
        <translation>Used the column mapping of the last import with this layout.</translation>
    </message>
    <message>
        <source>Nhập các trang cùng mẫu: {names}.</source>
        <translation>Importing the sheets with the same layout: {names}.</translation>
    </message>
    <message>
        <source>Bỏ qua trang «{name}»: {why}.</source>
        <translation>Skipping sheet «{name}»: {why}.</translation>
    </message>
    <message>
        <source>Đã chuyển từ mã {encoding} sang Unicode</source>
        <translation>Converted from {encoding} to Unicode</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Đã hủy: không lượt hỗ trợ nào được ghi, cơ sở dữ liệu như trước khi nhập.</source>
        <translation>Cancelled: no visit was written; the database is as it was before the import.</translation>
    </message>
    <message>
        <source>Đã hủy chạy thử. Chưa nhập gì.</source>
        <translation>Dry run cancelled. Nothing imported.</translation>
    </message>
    <message>
        <source> rồi nhập lại</source>
        <translation> and import again</translation>
    </message>
    <message>
        <source>Không nhập dòng nào: {invalid}/{total} dòng có lỗi. Hãy sửa các dòng dưới đây trong tệp{again}, xác nhận các tên trong bảng «Cần xác nhận», hoặc đánh dấu «Bỏ qua dòng lỗi» để chỉ nhập các dòng hợp lệ.</source>
        <translation>Nothing imported: {invalid}/{total} rows have errors. Correct the rows below in the file{again}, confirm the names in the «To confirm» table, or tick «Skip rows with errors» to import only the valid rows.</translation>
    </message>
    <message>
        <source>Tệp {file}: {total} dòng; sẽ nhập {added} lượt hỗ trợ</source>
        <translation>File {file}: {total} rows; {added} visits would be imported</translation>
    </message>
    <message>
        <source>Tệp {file}: {total} dòng; đã nhập {added} lượt hỗ trợ</source>
        <translation>File {file}: {total} rows; {added} visits imported</translation>
    </message>
    <message>
        <source>, bỏ qua {duplicates} lượt đã có, {invalid} dòng có lỗi không nhập.</source>
        <translation>, {duplicates} visits already present skipped, {invalid} rows with errors not imported.</translation>
    </message>
    <message>
        <source>Bỏ qua {count} dòng cuối bảng (tổng cộng, người lập biểu, chữ ký).</source>
        <translation>Skipped {count} rows at the foot of the table (totals, prepared by, signatures).</translation>
    </message>
    <message>
        <source>Các trang tính cùng mẫu: {names}.</source>
        <translation>Sheets with the same layout: {names}.</translation>
    </message>
    <message>
        <source>Chưa nhập gì: đây là chạy thử. Bấm «Nhập» để nhập thật.</source>
        <translation>Nothing imported: this is a dry run. Press «Import» to import for real.</translation>
    </message>
    <message>
        <source>Bỏ qua trang tính «{sheet}»: {why}.</source>
        <translation>Skipped sheet «{sheet}»: {why}.</translation>
    </message>
    <message>
        <source>Tên thủ tục gần giống (cần xác nhận):</source>
        <translation>Near procedure names (to confirm):</translation>
    </message>
    <message>
        <source>… và {count} lỗi khác: sửa các lỗi trên rồi chạy thử lại.</source>
        <translation>… and {count} more errors: correct those above, then run the dry run again.</translation>
    </message>
    <message>
        <source>Lưu ý: {text}</source>
        <translation>Note: {text}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Màn hình đã khóa – Một Cửa Desk</source>
        <translation>Screen locked – Một Cửa Desk</translation>
    </message>
    <message>
        <source>Màn hình tự khóa vì lâu không dùng. Nhập mật khẩu để làm tiếp.</source>
        <translation>The screen locked after a period of inactivity. Enter your password to continue.</translation>
    </message>
    <message>
        <source>Chọn tài khoản và nhập mật khẩu.</source>
        <translation>Choose an account and enter the password.</translation>
    </message>
    <message>
        <source>Đăng nhập – Một Cửa Desk</source>
        <translation>Sign in – Một Cửa Desk</translation>
    </message>
    <message>
        <source>&amp;Tài khoản</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>STARTTLS (cổng 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (cổng 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>Không mã hóa (mạng nội bộ)</source>
        <translation>No encryption (local network)</translation>
    </message>
    <message>
        <source>địa chỉ gửi tới</source>
        <translation>recipient address</translation>
    </message>
    <message>
        <source>địa chỉ gửi</source>
        <translation>sender address</translation>
    </message>
    <message>
        <source>máy chủ SMTP</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Hãy nhập {fields}.</source>
        <translation>Please enter {fields}.</translation>
    </message>
    <message>
        <source>Thư điện tử gửi báo cáo</source>
        <translation>Report email</translation>
    </message>
    <message>
        <source>Gửi &amp;tới (cấp trên)</source>
        <translation>Send &amp;to (upper level)</translation>
    </message>
    <message>
        <source>ví dụ: vanphong@phutho.gov.vn</source>
        <translation>e.g. vanphong@phutho.gov.vn</translation>
    </message>
    <message>
        <source>Địa chỉ &amp;gửi</source>
        <translation>&amp;From address</translation>
    </message>
    <message>
        <source>&amp;Máy chủ SMTP</source>
        <translation>SMTP &amp;server</translation>
    </message>
    <message>
        <source>ví dụ: smtp.gmail.com</source>
        <translation>e.g. smtp.gmail.com</translation>
    </message>
    <message>
        <source>&amp;Bảo mật</source>
        <translation>S&amp;ecurity</translation>
    </message>
    <message>
        <source>Tên đă&amp;ng nhập</source>
        <translation>User&amp;name</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>để trống: giữ mật khẩu đã lưu</source>
        <translation>leave blank to keep the saved password</translation>
    </message>
    <message>
        <source>Mật khẩu chỉ lưu trên máy này, trong tệp chỉ tài khoản Windows này đọc được.</source>
        <translation>The password is stored only on this computer, in a file only this Windows account can read.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Tiếp dân&lt;/b&gt;&lt;br&gt;
Tab / Shift+Tab: sang ô sau / ô trước&lt;br&gt;
Enter hoặc Ctrl+S: lưu lượt hỗ trợ&lt;br&gt;
Esc: xóa trắng (hoặc hủy sửa)&lt;br&gt;
Alt+1 … Alt+8: bật/tắt hình thức hỗ trợ&lt;br&gt;
Ctrl+D: lặp lại thủ tục, hỗ trợ, kênh nộp của lượt trước&lt;br&gt;
F5 … F9: mẫu nhanh (các nút trên cùng)&lt;br&gt;
Ctrl+F: tìm trong danh sách; Alt+← / Alt+→: ngày trước / sau&lt;br&gt;
Delete: xóa lượt đã chọn (có hỏi lại)&lt;br&gt;
Ctrl+1 …: chuyển màn hình&lt;br&gt;
Shift+F1: hướng dẫn sử dụng</source>
        <translation>&lt;b&gt;Desk log&lt;/b&gt;&lt;br&gt;
Tab / Shift+Tab: next / previous field&lt;br&gt;
Enter or Ctrl+S: save visit&lt;br&gt;
Esc: clear form (or cancel edit)&lt;br&gt;
Alt+1 … Alt+8: toggle assistance type&lt;br&gt;
Ctrl+D: repeat procedure, assistance and submission channel of the previous visit&lt;br&gt;
F5 … F9: quick templates (buttons at the top)&lt;br&gt;
Ctrl+F: search the list; Alt+← / Alt+→: previous / next day&lt;br&gt;
Delete: delete selected visit (asks to confirm)&lt;br&gt;
Ctrl+1 …: switch screen&lt;br&gt;
Shift+F1: user guide</translation>
    </message>
    <message>
        <source>Tiếp dân</source>
        <translation>Desk log</translation>
    </message>
    <message>
        <source>Số hóa</source>
        <translation>Digitization</translation>
    </message>
    <message>
        <source>Tờ hướng dẫn</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>Tổng hợp ngày</source>
        <translation>Daily summary</translation>
    </message>
    <message>
        <source>Tổng hợp cấp trên</source>
        <translation>Upper-level summary</translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Đăng nhập: {who} ({role})</source>
        <translation>Signed in: {who} ({role})</translation>
    </message>
    <message>
        <source>Đã {time}: số liệu hôm nay chưa chốt và chưa gửi cấp trên. Vào «Tổng hợp ngày» để chốt số liệu và xuất báo cáo.</source>
        <translation>It is {time}: today&apos;s figures are not yet locked or sent to the upper level. Go to “Daily summary” to lock the day and export the report.</translation>
    </message>
    <message>
        <source>Nhắc chốt số liệu</source>
        <translation>Day lock reminder</translation>
    </message>
    <message>
        <source>Lượt này không có thủ tục nên không có tờ hướng dẫn.</source>
        <translation>This visit has no procedure, so there is no handout.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: tệp trên máy này</source>
        <translation>Database: file on this computer</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: PostgreSQL {host}</source>
        <translation>Database: PostgreSQL {host}</translation>
    </message>
    <message>
        <source>Hôm nay: {counters}</source>
        <translation>Today: {counters}</translation>
    </message>
    <message>
        <source>chưa đặt thông tin xã (Tệp → Thông tin xã)</source>
        <translation>commune details not set (File → Commune details)</translation>
    </message>
    <message>
        <source>Một Cửa Desk — {name}</source>
        <translation>Một Cửa Desk — {name}</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới (ít nhất 8 ký tự):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Re-enter new password:</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Một Cửa Desk</source>
        <translation>Một Cửa Desk</translation>
    </message>
    <message>
        <source>Điều hướng</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Cỡ &amp;chữ</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ (Language)</source>
        <translation>&amp;Language (Ngôn ngữ)</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thông tin xã…</source>
        <translation>Commune details…</translation>
    </message>
    <message>
        <source>Thư điện tử gửi báo cáo…</source>
        <translation>Report email…</translation>
    </message>
    <message>
        <source>Danh mục thủ tục, thôn xóm…</source>
        <translation>Catalogs: procedures, villages…</translation>
    </message>
    <message>
        <source>Nhập sổ cũ (Excel/CSV)…</source>
        <translation>Import old register (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Tài khoản người dùng…</source>
        <translation>User accounts…</translation>
    </message>
    <message>
        <source>Yêu cầu của người dân về dữ liệu…</source>
        <translation>Citizen data requests…</translation>
    </message>
    <message>
        <source>Thư mục sao lưu…</source>
        <translation>Backup folder…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>Báo lỗi…</source>
        <translation>Report a problem…</translation>
    </message>
    <message>
        <source>Thiết lập ban đầu…</source>
        <translation>Initial setup…</translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Lớn</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Rất lớn</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Tìm thấy {n} lượt của người này.</source>
        <translation>Found {n} visits for this person.</translation>
    </message>
    <message>
        <source>Lưu bản sao dữ liệu</source>
        <translation>Save data copy</translation>
    </message>
    <message>
        <source>Đã ghi {n} lượt vào {path}.</source>
        <translation>Wrote {n} visits to {path}.</translation>
    </message>
    <message>
        <source>Xóa thông tin cá nhân</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Xóa họ tên, số điện thoại, số định danh, mã hồ sơ và ghi chú của người này trên mọi lượt? Không hoàn tác được; số liệu thống kê vẫn giữ.</source>
        <translation>Erase this person&apos;s name, phone number, ID number, dossier codes and notes from all visits? This cannot be undone; statistics are kept.</translation>
    </message>
    <message>
        <source>Đã xóa thông tin cá nhân trên {n} lượt.</source>
        <translation>Erased personal data from {n} visits.</translation>
    </message>
    <message>
        <source>Yêu cầu của người dân về dữ liệu</source>
        <translation>Citizen data requests</translation>
    </message>
    <message>
        <source>Tìm mọi lượt của một người theo số định danh, hoặc theo họ tên đầy đủ và năm sinh; cấp bản sao dữ liệu của họ, hoặc xóa thông tin cá nhân khi họ yêu cầu. Muốn sửa một lượt, hãy sửa ở màn hình Tiếp dân.</source>
        <translation>Find all visits of a person by ID number, or by full name and year of birth; give them a copy of their data, or erase their personal data on request. To edit a visit, use the Desk log screen.</translation>
    </message>
    <message>
        <source>Số &amp;định danh</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>hoặc &amp;Họ và tên</source>
        <translation>or &amp;full name</translation>
    </message>
    <message>
        <source>Năm &amp;sinh</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Cấp bản sao…</source>
        <translation>Give a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Xóa thông tin cá nhân…</source>
        <translation>&amp;Erase personal data…</translation>
    </message>
</context>
<context>
    <name>ScanDrop</name>
    <message>
        <source>Thả tệp đã quét lên đúng dòng tài liệu.</source>
        <translation>Drop the scanned file onto the matching document row.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Trả {n} tài liệu về bước «Cần quét lại». Chúng sẽ hiện đánh dấu ⚑ cho người quét.</source>
        <translation>Send {n} documents back to the “Needs rescan” step. They will be flagged ⚑ for the scanner.</translation>
    </message>
    <message>
        <source>Trả lại quét lại</source>
        <translation>Send back for rescan</translation>
    </message>
    <message>
        <source>&amp;Lý do</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Ghi chú</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>ví dụ: thiếu trang 2</source>
        <translation>e.g. page 2 missing</translation>
    </message>
</context>
<context>
    <name>TemplateBar</name>
    <message>
        <source>{text}
Dùng {uses} lần trong 30 ngày qua</source>
        <translation>{text}
Used {uses} times in the last 30 days</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>active</translation>
    </message>
    <message>
        <source>đã khóa</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Đã tạo tài khoản {name}.</source>
        <translation>Account {name} created.</translation>
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong bảng.</source>
        <translation>Select an account in the table.</translation>
    </message>
    <message>
        <source>Đã đặt lại mật khẩu của {name}.</source>
        <translation>Password reset for {name}.</translation>
    </message>
    <message>
        <source>Tài khoản người dùng</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>&amp;Khóa / mở khóa</source>
        <translation>&amp;Lock / unlock</translation>
    </message>
    <message>
        <source>Đặt &amp;lại mật khẩu (dùng mật khẩu ở dưới)</source>
        <translation>&amp;Reset password (uses the password below)</translation>
    </message>
    <message>
        <source>Tạo tài khoản mới</source>
        <translation>Create new account</translation>
    </message>
    <message>
        <source>Tên đăng &amp;nhập</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Họ và tên</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Vai trò</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Nhập &amp;lại mật khẩu</source>
        <translation>Re-enter pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Tạo tài khoản</source>
        <translation>&amp;Create account</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>— chọn lý do —</source>
        <translation>— choose a reason —</translation>
    </message>
</context>
<context>
    <name>VisitListDialog</name>
    <message>
        <source>{title}: {count} lượt</source>
        <translation>{title}: {count} visits</translation>
    </message>
    <message>
        <source>Các lượt hỗ trợ</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Thôn/Tổ</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Hỗ trợ</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Kênh nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Mã hồ sơ / Lý do</source>
        <translation>Dossier code / Reason</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Quầy: {name}</source>
        <translation>Counter: {name}</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ dùng từ lần mở ứng dụng sau.
The new language takes effect the next time the app starts.</source>
        <translation>The new language takes effect the next time the app starts.
Ngôn ngữ mới sẽ dùng từ lần mở ứng dụng sau.</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu (ví dụ ổ USB)</source>
        <translation>Choose a backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>Bản sao lưu sẽ ghi vào {folder}</source>
        <translation>Backups will be written to {folder}</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&lt;b&gt;Một Cửa Desk&lt;/b&gt; – sổ tiếp dân của Bộ phận Một cửa cấp xã.</source>
        <translation>&lt;b&gt;Một Cửa Desk&lt;/b&gt; – the visitor log of the commune one-stop desk.</translation>
    </message>
    <message>
        <source>Phiên bản: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Thư mục nhật ký: {folder}</source>
        <translation>Log folder: {folder}</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Cài đặt của máy: {folder}</source>
        <translation>Computer settings: {folder}</translation>
    </message>
    <message>
        <source>Báo lỗi</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>Không ghi được tệp báo lỗi vào {folder} ({error}).</source>
        <translation>Could not write the problem report to {folder} ({error}).</translation>
    </message>
    <message>
        <source>Đã ghi tệp báo lỗi: {path}

Tệp chứa nhật ký của ứng dụng và thông tin máy tính, đã bỏ số định danh, số điện thoại và thư điện tử. Hãy gửi tệp này cho người phụ trách kỹ thuật.</source>
        <translation>Problem report saved: {path}

The file contains the app&apos;s logs and computer information, with ID numbers, phone numbers and email addresses removed. Please send it to your technical support person.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>
