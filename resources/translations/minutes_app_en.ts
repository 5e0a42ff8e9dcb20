<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../minutes_app/ui/editor/people.py" line="23"/>
        <source>MeetingEditor</source>
        <comment>Các đại biểu dự họp</comment>
        <translation>MeetingEditor</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/people.py" line="24"/>
        <source>MeetingEditor</source>
        <comment>Các thành viên</comment>
        <translation>MeetingEditor</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/people.py" line="25"/>
        <source>MeetingEditor</source>
        <comment>Các đảng viên trong chi bộ</comment>
        <translation>MeetingEditor</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="104"/>
        <source>Giới thiệu %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="132"/>
        <source>Phiên bản thư viện</source>
        <translation>Library versions</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="133"/>
        <location filename="../../minutes_app/ui/about_dialog.py" line="169"/>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="134"/>
        <source>Giấy phép phông chữ (OFL)</source>
        <translation>Font licence (OFL)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="138"/>
        <source>Sao chép thông tin</source>
        <translation>Copy Information</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="139"/>
        <source>Sao chép phiên bản và thư viện để gửi bộ phận hỗ trợ</source>
        <translation>Copy the version and libraries to send to support</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="161"/>
        <location filename="../../minutes_app/ui/about_dialog.py" line="169"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/about_dialog.py" line="161"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../minutes_app/ui/app.py" line="71"/>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục làm việc.

%1</source>
        <translation>An unexpected error occurred. Saved data is not affected; you can keep working.

%1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/app.py" line="77"/>
        <source>Chi tiết được ghi trong %1</source>
        <translation>Details are logged in %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/app.py" line="80"/>
        <location filename="../../minutes_app/ui/app.py" line="142"/>
        <location filename="../../minutes_app/ui/app.py" line="181"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/app.py" line="169"/>
        <source>Biên bản cuộc họp</source>
        <translation>Meeting Minutes</translation>
    </message>
</context>
<context>
    <name>AttendeesSection</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="36"/>
        <source>Bảng thành phần tham dự</source>
        <translation>Attendee table</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="40"/>
        <source>&amp;Thêm người</source>
        <translation>&amp;Add Person</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="42"/>
        <source>Thêm một người (Enter ở dòng cuối cũng thêm dòng)</source>
        <translation>Add a person (Enter on the last row adds one too)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="43"/>
        <source>Thêm &amp;nhóm</source>
        <translation>Add &amp;Group</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="45"/>
        <source>Thêm một nhóm người, ví dụ “Bí thư Đảng bộ các xã”</source>
        <translation>Add a group of people, e.g. “Bí thư Đảng bộ các xã”</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="46"/>
        <source>&amp;Xoá dòng</source>
        <translation>&amp;Remove Row</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="47"/>
        <source>Xoá dòng đang chọn (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="48"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="49"/>
        <source>Chuyển dòng lên (Alt+↑)</source>
        <translation>Move the row up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="50"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="51"/>
        <source>Chuyển dòng xuống (Alt+↓)</source>
        <translation>Move the row down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="52"/>
        <source>Đánh dấu tất cả &amp;có mặt</source>
        <translation>Mark All &amp;Present</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="59"/>
        <source>Gõ vào ô để sửa; Enter ở dòng cuối thêm dòng mới; Tab sang ô bên cạnh; chọn tên gợi ý sẽ điền chức vụ.</source>
        <translation>Type in a cell to edit; Enter on the last row adds a row; Tab moves to the next cell; choosing a suggested name fills in the position.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="94"/>
        <source>Triệu tập {n}</source>
        <translation>Summoned {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="95"/>
        <source>Có mặt {n}</source>
        <translation>Present {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="97"/>
        <source> ({n} đến muộn)</source>
        <translation> ({n} late)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="99"/>
        <source>Vắng {n}</source>
        <translation>Absent {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="101"/>
        <source> ({n} có lý do)</source>
        <translation> ({n} excused)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="104"/>
        <source>Khách mời {n}</source>
        <translation>Guests {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py" line="107"/>
        <source> — {n} nhóm chưa ghi số người</source>
        <translation> — {n} groups without a head count</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees.py"/>
        <source>Đảng viên {n} (chính thức {official}, dự bị {probationary})</source>
        <translation>Party members {n} ({official} full, {probationary} probationary)</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="62"/>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="220"/>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="298"/>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="311"/>
        <source>Xuất hàng loạt</source>
        <translation>Batch Export</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="70"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="71"/>
        <source>Đang xem xét</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="72"/>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="73"/>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="78"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="80"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="93"/>
        <source>Thư mục lưu các tệp</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="95"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="105"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="108"/>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="109"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="113"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="195"/>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="226"/>
        <source>Ngày bắt đầu sau ngày kết thúc.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="197"/>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="230"/>
        <source>Không có biên bản nào khớp bộ lọc.</source>
        <translation>No minutes match the filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="199"/>
        <source>Sẽ xuất %n biên bản.</source>
        <translation>
            <numerusform>%n minutes will be exported.</numerusform>
            <numerusform>%n minutes will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="205"/>
        <source>Chọn thư mục lưu các tệp</source>
        <translation>Choose the Folder for the Files</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="222"/>
        <source>Hãy chọn thư mục lưu các tệp.</source>
        <translation>Choose a folder for the files.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="240"/>
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="240"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="275"/>
        <source>Đang hủy sau biên bản hiện tại…</source>
        <translation>Cancelling after the current minutes…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/batch_export_dialog.py" line="316"/>
        <source>Không xuất được: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>BoundCountEdit</name>
    <message>
        <location filename="../../minutes_app/ui/editor/widgets.py" line="192"/>
        <source>Hãy nhập một số nguyên</source>
        <translation>Enter a whole number</translation>
    </message>
</context>
<context>
    <name>BoundDateEdit</name>
    <message>
        <location filename="../../minutes_app/ui/editor/widgets.py" line="255"/>
        <source>Ngày không hợp lệ; hãy gõ theo dạng ngày/tháng/năm, ví dụ 25/02/2020</source>
        <translation>Not a valid date; type day/month/year, e.g. 25/02/2020</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/widgets.py" line="257"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>BoundMomentEdit</name>
    <message>
        <location filename="../../minutes_app/ui/editor/widgets.py" line="275"/>
        <source>Thời gian không hợp lệ; hãy gõ giờ:phút (07:30) hoặc ngày và giờ (25/02/2020 07:30)</source>
        <translation>Not a valid time; type hours:minutes (07:30) or a date and time (25/02/2020 07:30)</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../minutes_app/ui/editor/views.py" line="69"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>ConclusionSection</name>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="28"/>
        <source>Kết luận cuộc họp</source>
        <translation>Conclusion of the meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="30"/>
        <source>Kết luận của người chủ trì; để một dòng trống giữa các đoạn.</source>
        <translation>The chair&apos;s conclusion; leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="38"/>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="43"/>
        <source>Bảng biểu quyết</source>
        <translation>Vote table</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="55"/>
        <source>Thêm &amp;biểu quyết</source>
        <translation>Add &amp;Vote</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="56"/>
        <source>Xoá biểu quyết</source>
        <translation>Remove Vote</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="78"/>
        <source>⚠ Biểu quyết {n}: tổng số phiếu ({cast}) vượt số người có quyền biểu quyết ({eligible}).</source>
        <translation>⚠ Vote {n}: the votes cast ({cast}) exceed those eligible ({eligible}).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusion.py" line="84"/>
        <source>Để trống cột “Số người có quyền BQ” thì tính theo số thành viên có mặt ({n}). Tỷ lệ tính trên số người có quyền biểu quyết.</source>
        <translation>Leave “Eligible” empty to use the members present ({n}). Percentages are of those eligible.</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="49"/>
        <source>Các nội dung</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="53"/>
        <source>Danh sách nội dung cuộc họp</source>
        <translation>List of agenda items</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="54"/>
        <location filename="../../minutes_app/ui/editor/content.py" line="88"/>
        <source>Kéo thả hoặc Alt+↑/↓ để sắp xếp</source>
        <translation>Drag and drop or Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="57"/>
        <source>Thêm &amp;nội dung</source>
        <translation>Add &amp;Item</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="58"/>
        <source>Xoá nội dung</source>
        <translation>Remove Item</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="68"/>
        <source>Nội dung đang chọn</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="70"/>
        <source>Tiêu đề nội dung</source>
        <translation>Item title</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="71"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="72"/>
        <location filename="../../minutes_app/ui/editor/content.py" line="106"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="75"/>
        <source>Tiêu đề:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="79"/>
        <source>Người trình bày:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="82"/>
        <source>Ý kiến phát biểu</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="87"/>
        <source>Danh sách ý kiến phát biểu</source>
        <translation>List of statements</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="92"/>
        <source>Thêm ý kiến (Ctrl+Enter)</source>
        <translation>Add Statement (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="93"/>
        <source>Xoá ý kiến</source>
        <translation>Remove Statement</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="99"/>
        <source>Người phát biểu:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="101"/>
        <source>gõ tên để chọn trong thành phần</source>
        <translation>type a name to pick an attendee</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="103"/>
        <source>Ý kiến &amp;chung</source>
        <translation>&amp;Collective Voice</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="104"/>
        <source>Ý kiến của nhiều người, ví dụ “Các đại biểu dự hội nghị”</source>
        <translation>Several people speaking together, e.g. “Các đại biểu dự hội nghị”</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="112"/>
        <source>Nội dung phát biểu; để một dòng trống giữa các đoạn.</source>
        <translation>What was said; leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="117"/>
        <source>Kết luận của nội dung này</source>
        <translation>Conclusion of this item</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="120"/>
        <source>Kết luận của người chủ trì về nội dung này</source>
        <translation>The chair&apos;s conclusion on this item</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="310"/>
        <source>Đổi kiểu người phát biểu</source>
        <translation>Change the kind of speaker</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/content.py" line="330"/>
        <source>Chọn người phát biểu: {name}</source>
        <translation>Choose speaker: {name}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="154"/>
        <source>Đang kiểm tra thể thức…</source>
        <translation>Checking the layout…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="159"/>
        <source>Kiểm tra thể thức</source>
        <translation>Layout check</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/export_actions.py" line="173"/>
        <source>Biên bản còn %n lỗi cần sửa trước khi %1:</source>
        <translation>
            <numerusform>The minutes have %n error to fix before you can %1:</numerusform>
            <numerusform>The minutes have %n errors to fix before you can %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="178"/>
        <source>Chưa thể %1</source>
        <translation>Cannot %1 yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/export_actions.py" line="185"/>
        <source>Kiểm tra thể thức có %n cảnh báo:</source>
        <translation>
            <numerusform>The layout check gave %n warning:</numerusform>
            <numerusform>The layout check gave %n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="186"/>
        <source>Vẫn tiếp tục %1?</source>
        <translation>%1 anyway?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="188"/>
        <source>Cảnh báo về thể thức</source>
        <translation>Layout Warnings</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="191"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="208"/>
        <source>xuất tệp</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="221"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="221"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="223"/>
        <source>Xuất DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="223"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="233"/>
        <source>Đang xuất %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="238"/>
        <source>Xuất %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="242"/>
        <location filename="../../minutes_app/ui/export_actions.py" line="267"/>
        <source>Đã xuất %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="254"/>
        <source>Xuất JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="256"/>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="274"/>
        <source>in</source>
        <translation>print</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="282"/>
        <source>Đang chuẩn bị bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="287"/>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/export_actions.py" line="297"/>
        <source>Đã gửi %n trang tới máy in</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/export_actions.py" line="315"/>
        <source>Lỗi khi xuất hoặc in</source>
        <translation>Export or Print Error</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="54"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="57"/>
        <source>ví dụ: ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …</source>
        <translation>e.g. ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="58"/>
        <source>ví dụ: HUYỆN ỦY KIM SƠN</source>
        <translation>e.g. HUYỆN ỦY KIM SƠN</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="59"/>
        <source>ví dụ: HU, UBND</source>
        <translation>e.g. HU, UBND</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="62"/>
        <source>Nhà nước (Nghị định 30/2020/NĐ-CP)</source>
        <translation>State (Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="63"/>
        <source>Đảng (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Party (Guideline 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="66"/>
        <source>Cơ quan cấp trên:</source>
        <translation>Superior body:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="67"/>
        <source>Tên cơ quan:</source>
        <translation>Body name:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="68"/>
        <source>Tên viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="69"/>
        <source>Thể thức:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="73"/>
        <source>Số, ký hiệu, địa danh và ngày</source>
        <translation>Number, symbol, place and date</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="76"/>
        <source>chưa có số</source>
        <translation>not numbered</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="77"/>
        <source>Để trống nếu văn thư ghi số bằng tay</source>
        <translation>Leave empty if the records office numbers it by hand</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="81"/>
        <source>Để trống để dùng ký hiệu tự động theo thể thức và tên viết tắt</source>
        <translation>Leave empty for the symbol derived from the layout and the abbreviation</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="84"/>
        <source>Ký hiệu:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="87"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="89"/>
        <source>ví dụ: Kim Sơn</source>
        <translation>e.g. Kim Sơn</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="93"/>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="96"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="98"/>
        <source>Theo thể thức</source>
        <translation>As the layout says</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="99"/>
        <source>In dòng địa danh, ngày tháng</source>
        <translation>Print the place and date line</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="100"/>
        <source>Không in</source>
        <translation>Do not print</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="103"/>
        <source>Dòng địa danh, ngày:</source>
        <translation>Place and date line:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="107"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="109"/>
        <source>ví dụ: Hội nghị giao ban công tác tháng 2 …</source>
        <translation>e.g. Hội nghị giao ban công tác tháng 2 …</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="110"/>
        <source>giao ban, họp chi bộ, hội nghị …</source>
        <translation>giao ban, họp chi bộ, hội nghị …</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="111"/>
        <source>giao ban</source>
        <translation>giao ban</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="111"/>
        <source>họp chi bộ</source>
        <translation>họp chi bộ</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="111"/>
        <source>họp chuyên đề</source>
        <translation>họp chuyên đề</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="112"/>
        <source>hội nghị</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="112"/>
        <source>họp hội đồng</source>
        <translation>họp hội đồng</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="112"/>
        <source>họp HĐQT</source>
        <translation>họp HĐQT</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="118"/>
        <source>07:30 (chưa đặt)</source>
        <translation>07:30 (not set)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="120"/>
        <source>11:15 (chưa đặt)</source>
        <translation>11:15 (not set)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="122"/>
        <source>Gõ giờ:phút (07:30) cho ngày họp, hoặc ngày và giờ (25/02/2020 07:30)</source>
        <translation>Type hours:minutes (07:30) for the meeting day, or a date and time (25/02/2020 07:30)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="126"/>
        <source>Kết thúc:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="129"/>
        <source>ví dụ: Hội trường Huyện ủy</source>
        <translation>e.g. Hội trường Huyện ủy</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="130"/>
        <source>Tên cuộc họp:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="131"/>
        <source>Loại cuộc họp:</source>
        <translation>Kind of meeting:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="132"/>
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="133"/>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="137"/>
        <source>Chủ trì và thư ký</source>
        <translation>Chair and secretary</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="140"/>
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="140"/>
        <source>Thư ký:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="141"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py" line="142"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py"/>
        <source>Theo thể thức (đồng chí)</source>
        <translation>As the layout says (comrade)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py"/>
        <source>Đồng chí</source>
        <translation>Comrade (đồng chí)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py"/>
        <source>Ông/Bà, như đã gõ trước tên</source>
        <translation>Mr/Ms, as typed before the name</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py"/>
        <source>Không ghi, chỉ họ tên</source>
        <translation>None: the name only</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py"/>
        <source>Gõ “Ông …”, “Bà …” trước tên người dự để gọi riêng người đó; người không phải đảng viên (quần chúng) không bao giờ được gọi là “đồng chí”.</source>
        <translation>Type “Ông …” or “Bà …” before a name to address that person so; someone who is not a Party member (quần chúng) is never called “đồng chí”.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/general.py"/>
        <source>Cách gọi người dự:</source>
        <translation>Form of address:</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../minutes_app/ui/interaction.py" line="83"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/interaction.py" line="87"/>
        <location filename="../../minutes_app/ui/interaction.py" line="117"/>
        <location filename="../../minutes_app/ui/interaction.py" line="136"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/interaction.py" line="97"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/interaction.py" line="135"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="195"/>
        <source>Danh sách biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="228"/>
        <source>Tìm theo tên cuộc họp, cơ quan, người dự, nội dung… (gõ có dấu hoặc không dấu)</source>
        <translation>Search titles, bodies, attendees, content… (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="259"/>
        <source>Chưa có biên bản nào. Bấm “Biên bản mới” (Ctrl+N) để soạn từ một mẫu, hoặc “Nhập từ JSON” (Ctrl+I).</source>
        <translation>No minutes yet. Click “New Minutes” (Ctrl+N) to start from a template, or “Import from JSON” (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="296"/>
        <source>&amp;Biên bản mới…</source>
        <translation>&amp;New Minutes…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="299"/>
        <source>Tạo biên bản mới từ mẫu hoặc trống</source>
        <translation>Create new minutes from a template or blank</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="303"/>
        <source>Biên bản mới từ &amp;cuộc họp trước…</source>
        <translation>New from the &amp;Previous Meeting…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="306"/>
        <source>Tạo biên bản kỳ này từ cuộc họp trước của cùng cơ quan</source>
        <translation>Create this period&apos;s minutes from the previous meeting of the same body</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="309"/>
        <source>&amp;Mở biên bản</source>
        <translation>&amp;Open Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="312"/>
        <source>Mở biên bản đang chọn trong danh sách</source>
        <translation>Open the minutes selected in the list</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="316"/>
        <source>&amp;Nhân bản</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="319"/>
        <source>Tạo một bản sao của biên bản</source>
        <translation>Make a copy of the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="323"/>
        <source>&amp;Xoá biên bản</source>
        <translation>De&amp;lete Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="326"/>
        <source>Xoá biên bản đang chọn</source>
        <translation>Delete the selected minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="334"/>
        <source>Đó&amp;ng biên bản</source>
        <translation>&amp;Close Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="337"/>
        <source>&amp;Nhập từ JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="340"/>
        <source>Nhập biên bản từ tệp JSON</source>
        <translation>Import minutes from JSON files</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="344"/>
        <source>Xuất &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="347"/>
        <source>Lưu biên bản ra tệp JSON</source>
        <translation>Save the minutes to a JSON file</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="350"/>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="353"/>
        <source>Xuất biên bản ra tệp PDF đúng thể thức</source>
        <translation>Export the minutes to a PDF in the official layout</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="357"/>
        <source>Xuất &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="360"/>
        <source>Xuất biên bản ra tệp Word (DOCX)</source>
        <translation>Export the minutes to a Word file (DOCX)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="363"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="366"/>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="369"/>
        <source>Mở tệp sau khi xuất</source>
        <translation>Open the File after Export</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="374"/>
        <source>Mở tệp cơ sở dữ liệu khác…</source>
        <translation>Open Another Database File…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="377"/>
        <source>Xuất &amp;hàng loạt…</source>
        <translation>&amp;Batch Export…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="380"/>
        <source>Xuất nhiều biên bản cùng lúc theo trạng thái và khoảng ngày</source>
        <translation>Export many minutes at once by status and date range</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="383"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a &amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="385"/>
        <source>Thay cơ sở dữ liệu bằng một bản sao lưu của nó</source>
        <translation>Replace the database with one of its backups</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="387"/>
        <source>Tạo tệp cơ sở dữ liệu mới…</source>
        <translation>Create a New Database File…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="389"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="392"/>
        <source>&amp;Tìm kiếm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="395"/>
        <source>Tìm biên bản</source>
        <translation>Find minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="398"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="400"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="402"/>
        <source>Bản &amp;xem trước PDF</source>
        <translation>PDF Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="409"/>
        <source>&amp;Danh sách biên bản</source>
        <translation>Minutes &amp;List</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="412"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="413"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="414"/>
        <source>Nội dung</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="415"/>
        <source>Kết luận và biểu quyết</source>
        <translation>Conclusion and votes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="416"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="417"/>
        <source>Ký và nơi nhận</source>
        <translation>Signatures and recipients</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="423"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="425"/>
        <source>&amp;Tên của bạn…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="426"/>
        <source>Tên ghi vào lịch sử duyệt và nhật ký thay đổi</source>
        <translation>The name recorded in the review history and the change log</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="430"/>
        <source>Theo hệ thống</source>
        <translation>System Language</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="439"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="459"/>
        <source>Tệp cơ sở dữ liệu &amp;gần đây</source>
        <translation>&amp;Recent Database Files</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="464"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="469"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="471"/>
        <source>Đi tới &amp;mục</source>
        <translation>Go to &amp;Section</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="475"/>
        <source>&amp;Tùy chọn</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="476"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="480"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="484"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="532"/>
        <location filename="../../minutes_app/ui/main_window.py" line="849"/>
        <source>Không đọc được danh sách biên bản</source>
        <translation>Cannot read the list of minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/main_window.py" line="544"/>
        <source>Tìm thấy %n biên bản</source>
        <translation>
            <numerusform>%n minutes found</numerusform>
            <numerusform>%n minutes found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/main_window.py" line="546"/>
        <source>%n biên bản</source>
        <translation>
            <numerusform>%n minutes</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="624"/>
        <location filename="../../minutes_app/ui/main_window.py" line="630"/>
        <source>Không mở được biên bản</source>
        <translation>Cannot open the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="707"/>
        <source>Chưa lưu được biên bản</source>
        <translation>The minutes are not saved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="709"/>
        <source>Không lưu được các thay đổi của biên bản “%1”.

Nếu tiếp tục, các thay đổi chưa lưu sẽ bị mất. Vẫn tiếp tục?</source>
        <translation>The changes to “%1” could not be saved.

If you continue, the unsaved changes will be lost. Continue anyway?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="713"/>
        <source>Bỏ các thay đổi</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="726"/>
        <location filename="../../minutes_app/ui/main_window.py" line="913"/>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="746"/>
        <source>Đã lưu mọi thay đổi</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="748"/>
        <source>Có thay đổi chưa lưu…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="784"/>
        <source>Không đọc được biên bản</source>
        <translation>Cannot read the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="804"/>
        <source>Không tạo được biên bản</source>
        <translation>Cannot create the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="819"/>
        <source>Không đọc được các mẫu biên bản</source>
        <translation>Cannot read the templates</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="822"/>
        <source>Biên bản trống</source>
        <translation>Blank minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="828"/>
        <source>Biên bản mới</source>
        <translation>New Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="828"/>
        <source>Chọn loại cuộc họp:</source>
        <translation>Choose the type of meeting:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="853"/>
        <location filename="../../minutes_app/ui/main_window.py" line="858"/>
        <location filename="../../minutes_app/ui/main_window.py" line="872"/>
        <source>Biên bản mới từ cuộc họp trước</source>
        <translation>New from the Previous Meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="854"/>
        <source>Chưa có cuộc họp nào trong cơ sở dữ liệu này.</source>
        <translation>This database has no meetings yet.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="858"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="868"/>
        <source>Không đọc được cuộc họp trước</source>
        <translation>Cannot read the previous meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="873"/>
        <source>Chưa có cuộc họp nào của “%1”.</source>
        <translation>“%1” has no meetings yet.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="896"/>
        <source>Không nhân bản được biên bản</source>
        <translation>Cannot duplicate the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="900"/>
        <source>%1 (bản sao)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="911"/>
        <location filename="../../minutes_app/ui/main_window.py" line="931"/>
        <source>Không xoá được biên bản</source>
        <translation>Cannot delete the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="915"/>
        <source>Xoá vĩnh viễn biên bản “%1” (ngày %2)?

Không thể hoàn tác thao tác này; nếu cần, hãy xuất JSON để lưu trữ trước khi xoá.</source>
        <translation>Permanently delete the minutes “%1” (of %2)?

This cannot be undone; export them to JSON first if you need a copy.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="920"/>
        <source>Biên bản này đã được duyệt.</source>
        <translation>These minutes are approved.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="922"/>
        <source>Xoá biên bản</source>
        <translation>Delete Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="922"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="935"/>
        <source>Đã xoá biên bản “%1”</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="944"/>
        <source>Nhập biên bản từ JSON</source>
        <translation>Import Minutes from JSON</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="944"/>
        <source>Tệp JSON (*.json);;Mọi tệp (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="954"/>
        <location filename="../../minutes_app/ui/main_window.py" line="961"/>
        <source>Không nhập được</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="955"/>
        <source>Không có biên bản nào được nhập vì các tệp sau có lỗi:</source>
        <translation>Nothing was imported because these files have errors:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/main_window.py" line="968"/>
        <source>Đã nhập %n biên bản.</source>
        <translation>
            <numerusform>Imported %n minutes.</numerusform>
            <numerusform>Imported %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="971"/>
        <source>Đã nhập, có cảnh báo</source>
        <translation>Imported with Warnings</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1007"/>
        <source>Mở tệp cơ sở dữ liệu</source>
        <translation>Open Database File</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1009"/>
        <source>Cơ sở dữ liệu biên bản (%1);;Mọi tệp (*)</source>
        <translation>Minutes databases (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1016"/>
        <location filename="../../minutes_app/ui/main_window.py" line="1026"/>
        <source>Tạo tệp cơ sở dữ liệu mới</source>
        <translation>Create a New Database File</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1018"/>
        <source>Cơ sở dữ liệu biên bản (%1)</source>
        <translation>Minutes databases (%1)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1027"/>
        <source>Tệp %1 đã có; hãy dùng “Mở tệp cơ sở dữ liệu khác…” để mở nó.</source>
        <translation>%1 already exists; use “Open Another Database File…” to open it.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1043"/>
        <source>Không mở được tệp cơ sở dữ liệu</source>
        <translation>Cannot open the database file</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1062"/>
        <source>Đã mở %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1074"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1078"/>
        <source>Xoá danh sách</source>
        <translation>Clear the List</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1089"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1091"/>
        <source>Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.
The new language applies when the application is restarted.</source>
        <translation>The new language applies when the application is restarted.
Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1103"/>
        <source>Xuất hàng loạt</source>
        <translation>Batch Export</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1124"/>
        <source>Không khôi phục được</source>
        <translation>Restore Failed</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1146"/>
        <source>Biên bản cuộc họp</source>
        <translation>Meeting Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1147"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1150"/>
        <source>Soạn, duyệt và xuất biên bản cuộc họp đúng thể thức (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW).</source>
        <translation>Draft, review and export meeting minutes in the official layout (Decree 30/2020/NĐ-CP, Guideline 36-HD/VPTW).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1153"/>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1155"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="1167"/>
        <source>Tên của bạn: %1</source>
        <translation>Your name: %1</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="89"/>
        <source>Các phần của biên bản</source>
        <extracomment>Milliseconds taken by the last save (the autosave runs on the UI thread; see report).</extracomment>
        <translation>Sections of the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="104"/>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="131"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="131"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="131"/>
        <source>Nội dung</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="132"/>
        <source>Kết luận và biểu quyết</source>
        <translation>Conclusion and votes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="132"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="132"/>
        <source>Ký và nơi nhận</source>
        <translation>Signatures and recipients</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="243"/>
        <source>Không lưu được biên bản</source>
        <translation>Cannot Save the Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="244"/>
        <source>Chưa lưu được các thay đổi vào cơ sở dữ liệu; ứng dụng sẽ thử lại khi bạn sửa tiếp. Đừng đóng cửa sổ cho đến khi lưu được.

{message}</source>
        <translation>The changes could not be saved to the database; the application will try again as you keep editing. Do not close the window until they are saved.

{message}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="254"/>
        <source>Biên bản đã được lưu ở nơi khác</source>
        <translation>The Minutes Were Saved Elsewhere</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="255"/>
        <source>Trong lúc bạn sửa, biên bản này đã được lưu từ một cửa sổ hoặc máy khác. Bạn muốn làm gì với các thay đổi của mình?</source>
        <translation>While you were editing, these minutes were saved from another window or computer. What do you want to do with your changes?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="257"/>
        <source>Lưu bản của tôi thành biên bản mới, rồi tải bản kia</source>
        <translation>Save Mine as New Minutes, Then Load Theirs</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="258"/>
        <source>Bỏ thay đổi của tôi, tải bản kia</source>
        <translation>Discard My Changes, Load Theirs</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="271"/>
        <source>Đã lưu bản của bạn</source>
        <translation>Your Version Was Saved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="272"/>
        <source>Bản của bạn đã được lưu thành biên bản mới (số {id}).</source>
        <translation>Your version was saved as new minutes (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="285"/>
        <source>Chỉ xem</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="287"/>
        <source>⚠ Chưa lưu được — sẽ thử lại</source>
        <translation>⚠ Not saved — will retry</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="289"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="291"/>
        <source>Đang chờ lưu…</source>
        <translation>Waiting to save…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/editor.py" line="323"/>
        <source>Biên bản đã được duyệt nên chỉ mở để xem; muốn sửa, người chủ trì cần mở lại biên bản.</source>
        <translation>The minutes are approved, so they open read-only; to edit them, the chair must reopen them.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="80"/>
        <source>Thành phần, dòng {n}</source>
        <translation>Attendees, row {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="81"/>
        <source>Nội dung {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="82"/>
        <source>ý kiến {n}</source>
        <translation>statement {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="83"/>
        <source>Biểu quyết {n}</source>
        <translation>Vote {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="84"/>
        <source>Nhiệm vụ {n}</source>
        <translation>Task {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="85"/>
        <source>Nơi nhận, dòng {n}</source>
        <translation>Recipients, line {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/person_fields.py" line="29"/>
        <source>Chọn {name}</source>
        <translation>Choose {name}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Quần chúng</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Thông thường</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Kết nạp đảng viên</source>
        <translation>Admission of a member</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Loại biểu quyết</source>
        <translation>Kind of vote</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py"/>
        <source>Cách gọi người dự</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/table_models.py"/>
        <source>Để trống: số đảng viên chính thức của chi bộ ({n})</source>
        <translation>Left blank: the cell’s full members ({n})</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="38"/>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="39"/>
        <source>Chờ duyệt</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="40"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="89"/>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="90"/>
        <source>Số/ký hiệu</source>
        <translation>No./Symbol</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="91"/>
        <source>Tên cuộc họp</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="92"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="93"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/meeting_list_model.py" line="121"/>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="112"/>
        <location filename="../../minutes_app/ui/main_window.py" line="137"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/main_window.py" line="113"/>
        <source>Duyệt</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="46"/>
        <source>Không mở được tệp cơ sở dữ liệu:
%1

%2

Tệp này không bị thay đổi. Bạn muốn làm gì?</source>
        <translation>Cannot open the database file:
%1

%2

The file has not been changed. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="64"/>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="55"/>
        <source>Mở tệp khác…</source>
        <translation>Open Another File…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="56"/>
        <source>Tạo cơ sở dữ liệu mới…</source>
        <translation>Create a New Database…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="57"/>
        <source>Thử lại</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="61"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a Backup…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="70"/>
        <source>Mở tệp cơ sở dữ liệu</source>
        <translation>Open Database File</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="72"/>
        <source>Cơ sở dữ liệu biên bản (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Minutes databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="80"/>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a New Database</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/dialogs/open_database.py" line="82"/>
        <source>Cơ sở dữ liệu biên bản (*.sqlite *.db)</source>
        <translation>Minutes databases (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="82"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="83"/>
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="86"/>
        <source>Thu phóng bản xem trước</source>
        <translation>Zoom the preview</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="91"/>
        <source>Bản xem trước (PDF)</source>
        <translation>Preview (PDF)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="135"/>
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="141"/>
        <source>Đang cập nhật bản xem trước…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="173"/>
        <source>Không tạo được bản xem trước: %1</source>
        <translation>Cannot build the preview: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minutes_app/ui/preview.py" line="182"/>
        <source>%n trang</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/preview.py" line="190"/>
        <source>tệp PDF không đọc được</source>
        <translation>the PDF cannot be read</translation>
    </message>
</context>
<context>
    <name>PlaceholderEditor</name>
    <message>
        <location filename="../../minutes_app/ui/placeholder_editor.py" line="33"/>
        <source>Trình soạn thảo chưa sẵn sàng; biên bản được hiển thị ở chế độ chỉ đọc.</source>
        <translation>The editor is not available; the minutes are shown read-only.</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../minutes_app/ui/editor/section.py" line="35"/>
        <source>Các vấn đề cần sửa</source>
        <translation>Problems to fix</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/section.py" line="51"/>
        <source>Bấm để đến ô cần sửa</source>
        <translation>Click to go to the field</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../minutes_app/ui/editor/people.py" line="22"/>
        <source>MeetingEditor</source>
        <comment>Các đại biểu dự hội nghị</comment>
        <translation>MeetingEditor</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="129"/>
        <source>Trình duyệt</source>
        <extracomment>Asks for a text (title, label); returns None when cancelled.</extracomment>
        <translation>Submit for Review</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="130"/>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="131"/>
        <location filename="../../minutes_app/ui/review/panel.py" line="350"/>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="132"/>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="140"/>
        <source>Kiểm tra nguyên vẹn</source>
        <translation>Check Integrity</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="145"/>
        <source>Ý kiến</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="146"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="147"/>
        <source>Khác biệt</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="148"/>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="158"/>
        <source>Chỉ phần này</source>
        <translation>This section only</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="160"/>
        <source>Hiện ý kiến đã giải quyết</source>
        <translation>Show resolved comments</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="167"/>
        <source>Phần</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="168"/>
        <source>Người viết</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="169"/>
        <source>Nội dung</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="170"/>
        <location filename="../../minutes_app/ui/review/panel.py" line="229"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="171"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="176"/>
        <source>Thêm ý kiến…</source>
        <translation>Add Comment…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="178"/>
        <source>Trả lời…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="180"/>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="183"/>
        <source>Phần:</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="215"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="217"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="230"/>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="231"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="232"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="233"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="234"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="263"/>
        <source>Không đọc được biên bản</source>
        <translation>Cannot read the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="278"/>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="279"/>
        <source>Chờ duyệt</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="280"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="294"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="295"/>
        <source>Phiên bản đã duyệt {n} — {by}, {at}</source>
        <translation>Approved version {n} — {by}, {at}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="299"/>
        <source> · đang soạn phiên bản {n}</source>
        <translation> · drafting version {n}</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="301"/>
        <source>Chưa có phiên bản đã duyệt</source>
        <translation>No approved version yet</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="314"/>
        <source>Chưa có tên người dùng</source>
        <translation>Your Name Is Not Set</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="315"/>
        <source>Cần biết tên của bạn để ghi vào lịch sử duyệt (Tùy chọn › Tên của bạn).</source>
        <translation>Your name is needed for the review history (Options › Your Name).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="322"/>
        <source>Trả lại biên bản</source>
        <translation>Return the Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="323"/>
        <source>Ý kiến gửi thư ký (bắt buộc):</source>
        <translation>Comment for the secretary (required):</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="326"/>
        <source>Mở lại biên bản đã duyệt</source>
        <translation>Reopen Approved Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="327"/>
        <source>Lý do mở lại (bắt buộc); lần duyệt sau sẽ là phiên bản mới:</source>
        <translation>Reason for reopening (required); the next approval will be a new version:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="338"/>
        <source>Chưa ghi {what}; biên bản giữ nguyên.</source>
        <translation>No {what} given; the minutes are unchanged.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="344"/>
        <source>Duyệt biên bản</source>
        <translation>Approve the Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="346"/>
        <source>Sau khi duyệt, biên bản được cấp số (nếu chưa có), khoá nội dung và chỉ mở để xem; muốn sửa phải «Mở lại» kèm lý do. Duyệt biên bản này?</source>
        <translation>Once approved, the minutes get a number (if they have none), their content is locked and they open read-only; to edit them you must «Reopen» them with a reason. Approve these minutes?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="359"/>
        <source>Không thực hiện được «{step}»</source>
        <translation>Could not «{step}»</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="366"/>
        <source>Đã duyệt biên bản</source>
        <translation>Minutes Approved</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="367"/>
        <source>Biên bản được cấp số {number} trong sổ biên bản.</source>
        <translation>The minutes got number {number} in the register.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="379"/>
        <source>Không kiểm tra được</source>
        <translation>Cannot Check</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="383"/>
        <source>Biên bản nguyên vẹn</source>
        <translation>The Minutes Are Intact</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="386"/>
        <source>Biên bản đã bị thay đổi ngoài ứng dụng</source>
        <translation>The Minutes Were Changed outside the Application</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="435"/>
        <source>Đã giải quyết ({by})</source>
        <translation>Resolved ({by})</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="437"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="491"/>
        <source>Ý kiến góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="492"/>
        <source>Ý kiến về «{part}»:</source>
        <translation>Comment on «{part}»:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="501"/>
        <source>Trả lời ý kiến</source>
        <translation>Reply to the Comment</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="501"/>
        <source>Câu trả lời:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="517"/>
        <source>Không lưu được ý kiến</source>
        <translation>Cannot Save the Comment</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="536"/>
        <source>Không cập nhật được ý kiến</source>
        <translation>Cannot Update the Comment</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="548"/>
        <source> (phiên bản {n})</source>
        <translation> (version {n})</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="551"/>
        <source>ý kiến</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="551"/>
        <source>lý do</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="561"/>
        <source>Phiên bản {n} ({at})</source>
        <translation>Version {n} ({at})</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="566"/>
        <source>Bản hiện tại</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/panel.py" line="597"/>
        <source>(không có khác biệt)</source>
        <translation>(no differences)</translation>
    </message>
</context>
<context>
    <name>SigningSection</name>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="45"/>
        <source>Chữ ký (để trống để dùng mặc định của thể thức)</source>
        <translation>Signatures (leave empty for the layout&apos;s defaults)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="57"/>
        <source>Bên thư ký:</source>
        <translation>Secretary&apos;s side:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="58"/>
        <source>Quyền hạn ký (TM., T/M):</source>
        <translation>Signing authority (TM., T/M):</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="59"/>
        <source>Bên chủ trì:</source>
        <translation>Chair&apos;s side:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="60"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="63"/>
        <source>Nơi nhận và số bản</source>
        <translation>Recipients and copies</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="66"/>
        <source>Nơi nhận (mỗi dòng một nơi; dấu “-” và “;” được thêm khi in):</source>
        <translation>Recipients (one per line; “-” and “;” are added when printing):</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="68"/>
        <source>Thường trực Tỉnh ủy (để b/c)
Lưu Văn phòng</source>
        <translation>Thường trực Tỉnh ủy (để b/c)
Lưu Văn phòng</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="74"/>
        <source>chưa ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="76"/>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="80"/>
        <source>Câu kết thúc (để trống để dùng câu mặc định)</source>
        <translation>Closing sentence (leave empty for the customary one)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="102"/>
        <source>không dùng (ví dụ: {example})</source>
        <translation>none (e.g. {example})</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/signing.py" line="104"/>
        <source>ví dụ: PHÓ BÍ THƯ, CHỦ TỊCH</source>
        <translation>e.g. PHÓ BÍ THƯ, CHỦ TỊCH</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="23"/>
        <source>Nhiệm vụ được giao</source>
        <translation>Tasks assigned</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="28"/>
        <source>Bảng nhiệm vụ</source>
        <translation>Task table</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="30"/>
        <source>Thời hạn gõ theo dạng ngày/tháng/năm (có thể để trống). Enter ở dòng cuối thêm nhiệm vụ mới.</source>
        <translation>Type due dates as day/month/year (may be empty). Enter on the last row adds a task.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="36"/>
        <source>Thêm &amp;nhiệm vụ</source>
        <translation>Add &amp;Task</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="37"/>
        <source>Xoá nhiệm vụ</source>
        <translation>Remove Task</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="38"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks.py" line="39"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../../minutes_app/ui/review/user_name.py" line="27"/>
        <source>Tên của bạn</source>
        <extracomment>Asks for a name given the current one; returns None when cancelled.</extracomment>
        <translation>Your Name</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/user_name.py" line="29"/>
        <source>Tên của bạn được ghi vào lịch sử duyệt, ý kiến góp ý và nhật ký thay đổi. Hãy nhập họ tên đầy đủ, có dấu (ví dụ: Nguyễn Thị Lan).</source>
        <translation>Your name is recorded in the review history, comments and change log. Enter your full name with diacritics (e.g. Nguyễn Thị Lan).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/user_name.py" line="34"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/user_name.py" line="38"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/review/user_name.py" line="39"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
