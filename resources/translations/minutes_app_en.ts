<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
    <context>
        <name />
        <message>
            <location filename="../../minutes_app/ui/editor/people.py" line="23" />
            <source>MeetingEditor</source>
            <comment>Các đại biểu dự họp</comment>
            <translation>MeetingEditor</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/people.py" line="24" />
            <source>MeetingEditor</source>
            <comment>Các thành viên</comment>
            <translation>MeetingEditor</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/people.py" line="25" />
            <source>MeetingEditor</source>
            <comment>Các đảng viên trong chi bộ</comment>
            <translation>MeetingEditor</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../minutes_app/ui/app.py" line="70" />
            <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục làm việc.

%1</source>
            <translation>An unexpected error occurred. Saved data is not affected; you can keep working.

%1</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/app.py" line="73" />
            <source>Chi tiết được ghi trong %1</source>
            <translation>Details are logged in %1</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/app.py" line="74" />
            <location filename="../../minutes_app/ui/app.py" line="127" />
            <location filename="../../minutes_app/ui/app.py" line="152" />
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/app.py" line="141" />
            <source>Biên bản cuộc họp</source>
            <translation>Meeting Minutes</translation>
        </message>
    </context>
    <context>
        <name>AttendeesSection</name>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="36" />
            <source>Bảng thành phần tham dự</source>
            <translation>Attendee table</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="40" />
            <source>&amp;Thêm người</source>
            <translation>&amp;Add Person</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="41" />
            <source>Thêm một người (Enter ở dòng cuối cũng thêm dòng)</source>
            <translation>Add a person (Enter on the last row adds one too)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="42" />
            <source>Thêm &amp;nhóm</source>
            <translation>Add &amp;Group</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="43" />
            <source>Thêm một nhóm người, ví dụ “Bí thư Đảng bộ các xã”</source>
            <translation>Add a group of people, e.g. “Bí thư Đảng bộ các xã”</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="44" />
            <source>&amp;Xoá dòng</source>
            <translation>&amp;Remove Row</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="45" />
            <source>Xoá dòng đang chọn (Ctrl+Delete)</source>
            <translation>Remove the selected row (Ctrl+Delete)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="46" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="47" />
            <source>Chuyển dòng lên (Alt+↑)</source>
            <translation>Move the row up (Alt+↑)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="48" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="49" />
            <source>Chuyển dòng xuống (Alt+↓)</source>
            <translation>Move the row down (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="50" />
            <source>Đánh dấu tất cả &amp;có mặt</source>
            <translation>Mark All &amp;Present</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="57" />
            <source>Gõ vào ô để sửa; Enter ở dòng cuối thêm dòng mới; Tab sang ô bên cạnh; chọn tên gợi ý sẽ điền chức vụ.</source>
            <translation>Type in a cell to edit; Enter on the last row adds a row; Tab moves to the next cell; choosing a suggested name fills in the position.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="91" />
            <source>Triệu tập {n}</source>
            <translation>Summoned {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="92" />
            <source>Có mặt {n}</source>
            <translation>Present {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="94" />
            <source> ({n} đến muộn)</source>
            <translation> ({n} late)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="96" />
            <source>Vắng {n}</source>
            <translation>Absent {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="98" />
            <source> ({n} có lý do)</source>
            <translation> ({n} excused)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="101" />
            <source>Khách mời {n}</source>
            <translation>Guests {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/attendees.py" line="104" />
            <source> — {n} nhóm chưa ghi số người</source>
            <translation> — {n} groups without a head count</translation>
        </message>
    </context>
    <context>
        <name>BoundCountEdit</name>
        <message>
            <location filename="../../minutes_app/ui/editor/widgets.py" line="189" />
            <source>Hãy nhập một số nguyên</source>
            <translation>Enter a whole number</translation>
        </message>
    </context>
    <context>
        <name>BoundDateEdit</name>
        <message>
            <location filename="../../minutes_app/ui/editor/widgets.py" line="251" />
            <source>Ngày không hợp lệ; hãy gõ theo dạng ngày/tháng/năm, ví dụ 25/02/2020</source>
            <translation>Not a valid date; type day/month/year, e.g. 25/02/2020</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/widgets.py" line="253" />
            <source>ngày/tháng/năm</source>
            <translation>dd/mm/yyyy</translation>
        </message>
    </context>
    <context>
        <name>BoundMomentEdit</name>
        <message>
            <location filename="../../minutes_app/ui/editor/widgets.py" line="271" />
            <source>Thời gian không hợp lệ; hãy gõ giờ:phút (07:30) hoặc ngày và giờ (25/02/2020 07:30)</source>
            <translation>Not a valid time; type hours:minutes (07:30) or a date and time (25/02/2020 07:30)</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <location filename="../../minutes_app/ui/editor/views.py" line="62" />
            <source>ngày/tháng/năm</source>
            <translation>dd/mm/yyyy</translation>
        </message>
    </context>
    <context>
        <name>ConclusionSection</name>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="28" />
            <source>Kết luận cuộc họp</source>
            <translation>Conclusion of the meeting</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="30" />
            <source>Kết luận của người chủ trì; để một dòng trống giữa các đoạn.</source>
            <translation>The chair's conclusion; leave a blank line between paragraphs.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="38" />
            <source>Biểu quyết</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="43" />
            <source>Bảng biểu quyết</source>
            <translation>Vote table</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="55" />
            <source>Thêm &amp;biểu quyết</source>
            <translation>Add &amp;Vote</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="56" />
            <source>Xoá biểu quyết</source>
            <translation>Remove Vote</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="78" />
            <source>⚠ Biểu quyết {n}: tổng số phiếu ({cast}) vượt số người có quyền biểu quyết ({eligible}).</source>
            <translation>⚠ Vote {n}: the votes cast ({cast}) exceed those eligible ({eligible}).</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/conclusion.py" line="84" />
            <source>Để trống cột “Số người có quyền BQ” thì tính theo số thành viên có mặt ({n}). Tỷ lệ tính trên số người có quyền biểu quyết.</source>
            <translation>Leave “Eligible” empty to use the members present ({n}). Percentages are of those eligible.</translation>
        </message>
    </context>
    <context>
        <name>ContentSection</name>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="49" />
            <source>Các nội dung</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="53" />
            <source>Danh sách nội dung cuộc họp</source>
            <translation>List of agenda items</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="54" />
            <location filename="../../minutes_app/ui/editor/content.py" line="88" />
            <source>Kéo thả hoặc Alt+↑/↓ để sắp xếp</source>
            <translation>Drag and drop or Alt+↑/↓ to reorder</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="57" />
            <source>Thêm &amp;nội dung</source>
            <translation>Add &amp;Item</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="58" />
            <source>Xoá nội dung</source>
            <translation>Remove Item</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="68" />
            <source>Nội dung đang chọn</source>
            <translation>Selected item</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="70" />
            <source>Tiêu đề nội dung</source>
            <translation>Item title</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="71" />
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="72" />
            <location filename="../../minutes_app/ui/editor/content.py" line="106" />
            <source>Chức vụ</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="75" />
            <source>Tiêu đề:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="79" />
            <source>Người trình bày:</source>
            <translation>Presenter:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="82" />
            <source>Ý kiến phát biểu</source>
            <translation>Statements</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="87" />
            <source>Danh sách ý kiến phát biểu</source>
            <translation>List of statements</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="92" />
            <source>Thêm ý kiến (Ctrl+Enter)</source>
            <translation>Add Statement (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="93" />
            <source>Xoá ý kiến</source>
            <translation>Remove Statement</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="99" />
            <source>Người phát biểu:</source>
            <translation>Speaker:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="101" />
            <source>gõ tên để chọn trong thành phần</source>
            <translation>type a name to pick an attendee</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="103" />
            <source>Ý kiến &amp;chung</source>
            <translation>&amp;Collective Voice</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="104" />
            <source>Ý kiến của nhiều người, ví dụ “Các đại biểu dự hội nghị”</source>
            <translation>Several people speaking together, e.g. “Các đại biểu dự hội nghị”</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="112" />
            <source>Nội dung phát biểu; để một dòng trống giữa các đoạn.</source>
            <translation>What was said; leave a blank line between paragraphs.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="117" />
            <source>Kết luận của nội dung này</source>
            <translation>Conclusion of this item</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="120" />
            <source>Kết luận của người chủ trì về nội dung này</source>
            <translation>The chair's conclusion on this item</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="310" />
            <source>Đổi kiểu người phát biểu</source>
            <translation>Change the kind of speaker</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/content.py" line="330" />
            <source>Chọn người phát biểu: {name}</source>
            <translation>Choose speaker: {name}</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="138" />
            <source>Đang kiểm tra thể thức…</source>
            <translation>Checking the layout…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="141" />
            <source>Kiểm tra thể thức</source>
            <translation>Layout check</translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/export_actions.py" line="149" />
            <source>Biên bản còn %n lỗi cần sửa trước khi %1:</source>
            <translation>
                <numerusform>The minutes have %n error to fix before you can %1:</numerusform>
                <numerusform>The minutes have %n errors to fix before you can %1:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="152" />
            <source>Chưa thể %1</source>
            <translation>Cannot %1 yet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/export_actions.py" line="157" />
            <source>Kiểm tra thể thức có %n cảnh báo:</source>
            <translation>
                <numerusform>The layout check gave %n warning:</numerusform>
                <numerusform>The layout check gave %n warnings:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="158" />
            <source>Vẫn tiếp tục %1?</source>
            <translation>%1 anyway?</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="160" />
            <source>Cảnh báo về thể thức</source>
            <translation>Layout Warnings</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="162" />
            <source>Tiếp tục</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="172" />
            <source>xuất tệp</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="177" />
            <source>Xuất PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="177" />
            <source>Tệp PDF (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="179" />
            <source>Xuất DOCX</source>
            <translation>Export DOCX</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="179" />
            <source>Tài liệu Word (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="188" />
            <source>Đang xuất %1…</source>
            <translation>Exporting %1…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="192" />
            <source>Xuất %1</source>
            <translation>Export %1</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="195" />
            <location filename="../../minutes_app/ui/export_actions.py" line="218" />
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="207" />
            <source>Xuất JSON</source>
            <translation>Export JSON</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="208" />
            <source>Tệp JSON (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="225" />
            <source>in</source>
            <translation>print</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="233" />
            <source>Đang chuẩn bị bản in…</source>
            <translation>Preparing the printout…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="236" />
            <source>In biên bản</source>
            <translation>Print the minutes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/export_actions.py" line="245" />
            <source>Đã gửi %n trang tới máy in</source>
            <translation>
                <numerusform>Sent %n page to the printer</numerusform>
                <numerusform>Sent %n pages to the printer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/export_actions.py" line="260" />
            <source>Lỗi khi xuất hoặc in</source>
            <translation>Export or Print Error</translation>
        </message>
    </context>
    <context>
        <name>GeneralSection</name>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="52" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="54" />
            <source>ví dụ: ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …</source>
            <translation>e.g. ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="55" />
            <source>ví dụ: HUYỆN ỦY KIM SƠN</source>
            <translation>e.g. HUYỆN ỦY KIM SƠN</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="56" />
            <source>ví dụ: HU, UBND</source>
            <translation>e.g. HU, UBND</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="59" />
            <source>Nhà nước (Nghị định 30/2020/NĐ-CP)</source>
            <translation>State (Decree 30/2020/NĐ-CP)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="60" />
            <source>Đảng (Hướng dẫn 36-HD/VPTW)</source>
            <translation>Party (Guideline 36-HD/VPTW)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="63" />
            <source>Cơ quan cấp trên:</source>
            <translation>Superior body:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="64" />
            <source>Tên cơ quan:</source>
            <translation>Body name:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="65" />
            <source>Tên viết tắt:</source>
            <translation>Abbreviation:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="66" />
            <source>Thể thức:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="70" />
            <source>Số, ký hiệu, địa danh và ngày</source>
            <translation>Number, symbol, place and date</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="73" />
            <source>để trống nếu văn thư ghi số</source>
            <translation>leave empty if the records office numbers it</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="77" />
            <source>Để trống để dùng ký hiệu tự động theo thể thức và tên viết tắt</source>
            <translation>Leave empty for the symbol derived from the layout and the abbreviation</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="80" />
            <source>Ký hiệu:</source>
            <translation>Symbol:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="83" />
            <source>Số:</source>
            <translation>Number:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="85" />
            <source>ví dụ: Kim Sơn</source>
            <translation>e.g. Kim Sơn</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="89" />
            <source>ngày</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="92" />
            <source>Địa danh:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="94" />
            <source>Theo thể thức</source>
            <translation>As the layout says</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="95" />
            <source>In dòng địa danh, ngày tháng</source>
            <translation>Print the place and date line</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="96" />
            <source>Không in</source>
            <translation>Do not print</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="99" />
            <source>Dòng địa danh, ngày:</source>
            <translation>Place and date line:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="103" />
            <source>Cuộc họp</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="105" />
            <source>ví dụ: Hội nghị giao ban công tác tháng 2 …</source>
            <translation>e.g. Hội nghị giao ban công tác tháng 2 …</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="106" />
            <source>giao ban, họp chi bộ, hội nghị …</source>
            <translation>giao ban, họp chi bộ, hội nghị …</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="107" />
            <source>giao ban</source>
            <translation>giao ban</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="107" />
            <source>họp chi bộ</source>
            <translation>họp chi bộ</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="107" />
            <source>họp chuyên đề</source>
            <translation>họp chuyên đề</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="108" />
            <source>hội nghị</source>
            <translation>hội nghị</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="108" />
            <source>họp hội đồng</source>
            <translation>họp hội đồng</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="108" />
            <source>họp HĐQT</source>
            <translation>họp HĐQT</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="114" />
            <source>07:30 (chưa đặt)</source>
            <translation>07:30 (not set)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="116" />
            <source>11:15 (chưa đặt)</source>
            <translation>11:15 (not set)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="118" />
            <source>Gõ giờ:phút (07:30) cho ngày họp, hoặc ngày và giờ (25/02/2020 07:30)</source>
            <translation>Type hours:minutes (07:30) for the meeting day, or a date and time (25/02/2020 07:30)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="122" />
            <source>Kết thúc:</source>
            <translation>End:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="125" />
            <source>ví dụ: Hội trường Huyện ủy</source>
            <translation>e.g. Hội trường Huyện ủy</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="126" />
            <source>Tên cuộc họp:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="127" />
            <source>Loại cuộc họp:</source>
            <translation>Kind of meeting:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="128" />
            <source>Bắt đầu:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="129" />
            <source>Địa điểm:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="133" />
            <source>Chủ trì và thư ký</source>
            <translation>Chair and secretary</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="136" />
            <source>Chủ trì:</source>
            <translation>Chair:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="136" />
            <source>Thư ký:</source>
            <translation>Secretary:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="137" />
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/general.py" line="138" />
            <source>Chức vụ</source>
            <translation>Position</translation>
        </message>
    </context>
    <context>
        <name>Interaction</name>
        <message>
            <location filename="../../minutes_app/ui/interaction.py" line="76" />
            <source>Đồng ý</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/interaction.py" line="77" />
            <location filename="../../minutes_app/ui/interaction.py" line="101" />
            <location filename="../../minutes_app/ui/interaction.py" line="117" />
            <source>Huỷ</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/interaction.py" line="85" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/interaction.py" line="116" />
            <source>Chọn</source>
            <translation>Choose</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="142" />
            <source>Danh sách biên bản</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="173" />
            <source>Tìm theo tên cuộc họp, cơ quan, người dự, nội dung… (gõ có dấu hoặc không dấu)</source>
            <translation>Search titles, bodies, attendees, content… (with or without diacritics)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="222" />
            <source>&amp;Biên bản mới…</source>
            <translation>&amp;New Minutes…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="223" />
            <source>Tạo biên bản mới từ mẫu hoặc trống</source>
            <translation>Create new minutes from a template or blank</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="225" />
            <source>Biên bản mới từ &amp;cuộc họp trước…</source>
            <translation>New from the &amp;Previous Meeting…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="226" />
            <source>Tạo biên bản kỳ này từ cuộc họp trước của cùng cơ quan</source>
            <translation>Create this period's minutes from the previous meeting of the same body</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="227" />
            <source>&amp;Mở biên bản</source>
            <translation>&amp;Open Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="228" />
            <source>Mở biên bản đang chọn trong danh sách</source>
            <translation>Open the minutes selected in the list</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="229" />
            <source>&amp;Nhân bản</source>
            <translation>&amp;Duplicate</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="230" />
            <source>Tạo một bản sao của biên bản</source>
            <translation>Make a copy of the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="231" />
            <source>&amp;Xoá biên bản</source>
            <translation>De&amp;lete Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="232" />
            <source>Xoá biên bản đang chọn</source>
            <translation>Delete the selected minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="237" />
            <source>Đó&amp;ng biên bản</source>
            <translation>&amp;Close Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="239" />
            <source>&amp;Nhập từ JSON…</source>
            <translation>&amp;Import from JSON…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="240" />
            <source>Nhập biên bản từ tệp JSON</source>
            <translation>Import minutes from JSON files</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="241" />
            <source>Xuất &amp;JSON…</source>
            <translation>Export &amp;JSON…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="242" />
            <source>Lưu biên bản ra tệp JSON</source>
            <translation>Save the minutes to a JSON file</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="243" />
            <source>Xuất &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="244" />
            <source>Xuất biên bản ra tệp PDF đúng thể thức</source>
            <translation>Export the minutes to a PDF in the official layout</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="246" />
            <source>Xuất &amp;DOCX…</source>
            <translation>Export &amp;DOCX…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="247" />
            <source>Xuất biên bản ra tệp Word (DOCX)</source>
            <translation>Export the minutes to a Word file (DOCX)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="248" />
            <source>&amp;In…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="249" />
            <source>In biên bản</source>
            <translation>Print the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="250" />
            <source>Mở tệp sau khi xuất</source>
            <translation>Open the File after Export</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="254" />
            <source>Mở tệp cơ sở dữ liệu khác…</source>
            <translation>Open Another Database File…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="256" />
            <source>Tạo tệp cơ sở dữ liệu mới…</source>
            <translation>Create a New Database File…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="257" />
            <source>&amp;Thoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="259" />
            <source>&amp;Tìm kiếm</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="260" />
            <source>Tìm biên bản</source>
            <translation>Find minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="261" />
            <source>&amp;Hoàn tác</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="263" />
            <source>&amp;Làm lại</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="265" />
            <source>Bản &amp;xem trước PDF</source>
            <translation>PDF Pre&amp;view</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="271" />
            <source>&amp;Danh sách biên bản</source>
            <translation>Minutes &amp;List</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="273" />
            <source>Thông tin chung</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="273" />
            <source>Thành phần</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="273" />
            <source>Nội dung</source>
            <translation>Proceedings</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="274" />
            <source>Kết luận và biểu quyết</source>
            <translation>Conclusion and votes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="274" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="274" />
            <source>Ký và nơi nhận</source>
            <translation>Signatures and recipients</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="279" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="282" />
            <source>Theo hệ thống</source>
            <translation>System Language</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="291" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="301" />
            <source>Tệp cơ sở dữ liệu &amp;gần đây</source>
            <translation>&amp;Recent Database Files</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="306" />
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="311" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="313" />
            <source>Đi tới &amp;mục</source>
            <translation>Go to &amp;Section</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="317" />
            <source>&amp;Ngôn ngữ</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="320" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="324" />
            <source>Thanh công cụ</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="353" />
            <location filename="../../minutes_app/ui/main_window.py" line="638" />
            <source>Không đọc được danh sách biên bản</source>
            <translation>Cannot read the list of minutes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/main_window.py" line="364" />
            <source>Tìm thấy %n biên bản</source>
            <translation>
                <numerusform>%n minutes found</numerusform>
                <numerusform>%n minutes found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/main_window.py" line="366" />
            <source>%n biên bản</source>
            <translation>
                <numerusform>%n minutes</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="441" />
            <location filename="../../minutes_app/ui/main_window.py" line="447" />
            <source>Không mở được biên bản</source>
            <translation>Cannot open the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="510" />
            <source>Chưa lưu được biên bản</source>
            <translation>The minutes are not saved</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="511" />
            <source>Không lưu được các thay đổi của biên bản “%1”.

Nếu tiếp tục, các thay đổi chưa lưu sẽ bị mất. Vẫn tiếp tục?</source>
            <translation>The changes to “%1” could not be saved.

If you continue, the unsaved changes will be lost. Continue anyway?</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="513" />
            <source>Bỏ các thay đổi</source>
            <translation>Discard Changes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="525" />
            <location filename="../../minutes_app/ui/main_window.py" line="697" />
            <source>(chưa có tên)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="545" />
            <source>Đã lưu mọi thay đổi</source>
            <translation>All changes saved</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="547" />
            <source>Có thay đổi chưa lưu…</source>
            <translation>Unsaved changes…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="577" />
            <source>Không đọc được biên bản</source>
            <translation>Cannot read the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="597" />
            <source>Không tạo được biên bản</source>
            <translation>Cannot create the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="612" />
            <source>Không đọc được các mẫu biên bản</source>
            <translation>Cannot read the templates</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="615" />
            <source>Biên bản trống</source>
            <translation>Blank minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="619" />
            <source>Biên bản mới</source>
            <translation>New Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="619" />
            <source>Chọn loại cuộc họp:</source>
            <translation>Choose the type of meeting:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="642" />
            <location filename="../../minutes_app/ui/main_window.py" line="646" />
            <location filename="../../minutes_app/ui/main_window.py" line="659" />
            <source>Biên bản mới từ cuộc họp trước</source>
            <translation>New from the Previous Meeting</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="643" />
            <source>Chưa có cuộc họp nào trong cơ sở dữ liệu này.</source>
            <translation>This database has no meetings yet.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="646" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="655" />
            <source>Không đọc được cuộc họp trước</source>
            <translation>Cannot read the previous meeting</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="660" />
            <source>Chưa có cuộc họp nào của “%1”.</source>
            <translation>“%1” has no meetings yet.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="680" />
            <source>Không nhân bản được biên bản</source>
            <translation>Cannot duplicate the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="684" />
            <source>%1 (bản sao)</source>
            <translation>%1 (bản sao)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="695" />
            <location filename="../../minutes_app/ui/main_window.py" line="712" />
            <source>Không xoá được biên bản</source>
            <translation>Cannot delete the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="698" />
            <source>Xoá vĩnh viễn biên bản “%1” (ngày %2)?

Không thể hoàn tác thao tác này; nếu cần, hãy xuất JSON để lưu trữ trước khi xoá.</source>
            <translation>Permanently delete the minutes “%1” (of %2)?

This cannot be undone; export them to JSON first if you need a copy.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="702" />
            <source>Biên bản này đã được duyệt.</source>
            <translation>These minutes are approved.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="703" />
            <source>Xoá biên bản</source>
            <translation>Delete Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="704" />
            <source>Xoá</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="716" />
            <source>Đã xoá biên bản “%1”</source>
            <translation>Deleted “%1”</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="725" />
            <source>Nhập biên bản từ JSON</source>
            <translation>Import Minutes from JSON</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="725" />
            <source>Tệp JSON (*.json);;Mọi tệp (*)</source>
            <translation>JSON files (*.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="734" />
            <location filename="../../minutes_app/ui/main_window.py" line="738" />
            <source>Không nhập được</source>
            <translation>Import Failed</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="735" />
            <source>Không có biên bản nào được nhập vì các tệp sau có lỗi:</source>
            <translation>Nothing was imported because these files have errors:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/main_window.py" line="745" />
            <source>Đã nhập %n biên bản.</source>
            <translation>
                <numerusform>Imported %n minutes.</numerusform>
                <numerusform>Imported %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="748" />
            <source>Đã nhập, có cảnh báo</source>
            <translation>Imported with Warnings</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="781" />
            <source>Mở tệp cơ sở dữ liệu</source>
            <translation>Open Database File</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="782" />
            <source>Cơ sở dữ liệu biên bản (%1);;Mọi tệp (*)</source>
            <translation>Minutes databases (%1);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="788" />
            <location filename="../../minutes_app/ui/main_window.py" line="796" />
            <source>Tạo tệp cơ sở dữ liệu mới</source>
            <translation>Create a New Database File</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="789" />
            <source>Cơ sở dữ liệu biên bản (%1)</source>
            <translation>Minutes databases (%1)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="797" />
            <source>Tệp %1 đã có; hãy dùng “Mở tệp cơ sở dữ liệu khác…” để mở nó.</source>
            <translation>%1 already exists; use “Open Another Database File…” to open it.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="810" />
            <source>Không mở được tệp cơ sở dữ liệu</source>
            <translation>Cannot open the database file</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="827" />
            <source>Đã mở %1</source>
            <translation>Opened %1</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="839" />
            <source>(chưa có)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="843" />
            <source>Xoá danh sách</source>
            <translation>Clear the List</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="854" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="855" />
            <source>Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.
The new language applies when the application is restarted.</source>
            <translation>The new language applies when the application is restarted.
Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="860" />
            <source>Biên bản cuộc họp</source>
            <translation>Meeting Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="860" />
            <source>Phiên bản</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="861" />
            <source>Soạn, duyệt và xuất biên bản cuộc họp đúng thể thức (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW).</source>
            <translation>Draft, review and export meeting minutes in the official layout (Decree 30/2020/NĐ-CP, Guideline 36-HD/VPTW).</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="863" />
            <source>Cơ sở dữ liệu: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/main_window.py" line="864" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="87" />
            <source>Các phần của biên bản</source>
            <extracomment>Milliseconds taken by the last save (the autosave runs on the UI thread; see report).</extracomment>
            <translation>Sections of the minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="100" />
            <source>{title} (Ctrl+{n})</source>
            <translation>{title} (Ctrl+{n})</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="127" />
            <source>Thông tin chung</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="127" />
            <source>Thành phần</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="127" />
            <source>Nội dung</source>
            <translation>Proceedings</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="128" />
            <source>Kết luận và biểu quyết</source>
            <translation>Conclusion and votes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="128" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="128" />
            <source>Ký và nơi nhận</source>
            <translation>Signatures and recipients</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="245" />
            <source>Không lưu được biên bản</source>
            <translation>Cannot Save the Minutes</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="246" />
            <source>Chưa lưu được các thay đổi vào cơ sở dữ liệu; ứng dụng sẽ thử lại khi bạn sửa tiếp. Đừng đóng cửa sổ cho đến khi lưu được.

{message}</source>
            <translation>The changes could not be saved to the database; the application will try again as you keep editing. Do not close the window until they are saved.

{message}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="256" />
            <source>Biên bản đã được lưu ở nơi khác</source>
            <translation>The Minutes Were Saved Elsewhere</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="257" />
            <source>Trong lúc bạn sửa, biên bản này đã được lưu từ một cửa sổ hoặc máy khác. Bạn muốn làm gì với các thay đổi của mình?</source>
            <translation>While you were editing, these minutes were saved from another window or computer. What do you want to do with your changes?</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="259" />
            <source>Lưu bản của tôi thành biên bản mới, rồi tải bản kia</source>
            <translation>Save Mine as New Minutes, Then Load Theirs</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="260" />
            <source>Bỏ thay đổi của tôi, tải bản kia</source>
            <translation>Discard My Changes, Load Theirs</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="273" />
            <source>Đã lưu bản của bạn</source>
            <translation>Your Version Was Saved</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="274" />
            <source>Bản của bạn đã được lưu thành biên bản mới (số {id}).</source>
            <translation>Your version was saved as new minutes (no. {id}).</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="287" />
            <source>Chỉ xem</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="289" />
            <source>⚠ Chưa lưu được — sẽ thử lại</source>
            <translation>⚠ Not saved — will retry</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="291" />
            <source>Đã lưu</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="293" />
            <source>Đang chờ lưu…</source>
            <translation>Waiting to save…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/editor.py" line="325" />
            <source>Biên bản đã được duyệt nên chỉ mở để xem; muốn sửa, người chủ trì cần mở lại biên bản.</source>
            <translation>The minutes are approved, so they open read-only; to edit them, the chair must reopen them.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/labels.py" line="80" />
            <source>Thành phần, dòng {n}</source>
            <translation>Attendees, row {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/labels.py" line="81" />
            <source>Nội dung {n}</source>
            <translation>Item {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/labels.py" line="82" />
            <source>ý kiến {n}</source>
            <translation>statement {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/labels.py" line="83" />
            <source>Biểu quyết {n}</source>
            <translation>Vote {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/labels.py" line="84" />
            <source>Nhiệm vụ {n}</source>
            <translation>Task {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/labels.py" line="85" />
            <source>Nơi nhận, dòng {n}</source>
            <translation>Recipients, line {n}</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/person_fields.py" line="29" />
            <source>Chọn {name}</source>
            <translation>Choose {name}</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="38" />
            <source>Bản nháp</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="39" />
            <source>Chờ duyệt</source>
            <translation>In review</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="40" />
            <source>Đã duyệt</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="82" />
            <source>Ngày họp</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="83" />
            <source>Số/ký hiệu</source>
            <translation>No./Symbol</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="84" />
            <source>Tên cuộc họp</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="85" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="86" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/meeting_list_model.py" line="114" />
            <source>(chưa có tên)</source>
            <translation>(untitled)</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabase</name>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="30" />
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
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="33" />
            <source>Không mở được cơ sở dữ liệu</source>
            <translation>Cannot Open the Database</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="34" />
            <source>Mở tệp khác…</source>
            <translation>Open Another File…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="34" />
            <source>Tạo cơ sở dữ liệu mới…</source>
            <translation>Create a New Database…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="34" />
            <source>Thử lại</source>
            <translation>Try Again</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="37" />
            <source>Mở tệp cơ sở dữ liệu</source>
            <translation>Open Database File</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="38" />
            <source>Cơ sở dữ liệu biên bản (*.sqlite *.db);;Mọi tệp (*)</source>
            <translation>Minutes databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="43" />
            <source>Tạo cơ sở dữ liệu mới</source>
            <translation>Create a New Database</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/dialogs/open_database.py" line="44" />
            <source>Cơ sở dữ liệu biên bản (*.sqlite *.db)</source>
            <translation>Minutes databases (*.sqlite *.db)</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="68" />
            <source>Vừa chiều rộng</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="69" />
            <source>Vừa trang</source>
            <translation>Fit page</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="72" />
            <source>Thu phóng bản xem trước</source>
            <translation>Zoom the preview</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="77" />
            <source>Bản xem trước (PDF)</source>
            <translation>Preview (PDF)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="118" />
            <source>Đang cập nhật…</source>
            <translation>Updating…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="122" />
            <source>Đang cập nhật bản xem trước…</source>
            <translation>Updating the preview…</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="153" />
            <source>Không tạo được bản xem trước: %1</source>
            <translation>Cannot build the preview: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../minutes_app/ui/preview.py" line="161" />
            <source>%n trang</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/preview.py" line="167" />
            <source>tệp PDF không đọc được</source>
            <translation>the PDF cannot be read</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderEditor</name>
        <message>
            <location filename="../../minutes_app/ui/placeholder_editor.py" line="30" />
            <source>Trình soạn thảo chưa sẵn sàng; biên bản được hiển thị ở chế độ chỉ đọc.</source>
            <translation>The editor is not available; the minutes are shown read-only.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsList</name>
        <message>
            <location filename="../../minutes_app/ui/editor/section.py" line="35" />
            <source>Các vấn đề cần sửa</source>
            <translation>Problems to fix</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/section.py" line="50" />
            <source>Bấm để đến ô cần sửa</source>
            <translation>Click to go to the field</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <location filename="../../minutes_app/ui/editor/people.py" line="22" />
            <source>MeetingEditor</source>
            <comment>Các đại biểu dự hội nghị</comment>
            <translation>MeetingEditor</translation>
        </message>
    </context>
    <context>
        <name>SigningSection</name>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="41" />
            <source>Chữ ký (để trống để dùng mặc định của thể thức)</source>
            <translation>Signatures (leave empty for the layout's defaults)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="53" />
            <source>Bên thư ký:</source>
            <translation>Secretary's side:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="54" />
            <source>Quyền hạn ký (TM., T/M):</source>
            <translation>Signing authority (TM., T/M):</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="55" />
            <source>Bên chủ trì:</source>
            <translation>Chair's side:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="56" />
            <source>Chức vụ người ký:</source>
            <translation>Signer's title:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="59" />
            <source>Nơi nhận và số bản</source>
            <translation>Recipients and copies</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="61" />
            <source>Nơi nhận (mỗi dòng một nơi; dấu “-” và “;” được thêm khi in):</source>
            <translation>Recipients (one per line; “-” and “;” are added when printing):</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="63" />
            <source>Thường trực Tỉnh ủy (để b/c)
Lưu Văn phòng</source>
            <translation>Thường trực Tỉnh ủy (để b/c)
Lưu Văn phòng</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="69" />
            <source>chưa ghi</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="71" />
            <source>Số bản:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="75" />
            <source>Câu kết thúc (để trống để dùng câu mặc định)</source>
            <translation>Closing sentence (leave empty for the customary one)</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="97" />
            <source>không dùng (ví dụ: {example})</source>
            <translation>none (e.g. {example})</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/signing.py" line="99" />
            <source>ví dụ: PHÓ BÍ THƯ, CHỦ TỊCH</source>
            <translation>e.g. PHÓ BÍ THƯ, CHỦ TỊCH</translation>
        </message>
    </context>
    <context>
        <name>TasksSection</name>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="23" />
            <source>Nhiệm vụ được giao</source>
            <translation>Tasks assigned</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="28" />
            <source>Bảng nhiệm vụ</source>
            <translation>Task table</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="30" />
            <source>Thời hạn gõ theo dạng ngày/tháng/năm (có thể để trống). Enter ở dòng cuối thêm nhiệm vụ mới.</source>
            <translation>Type due dates as day/month/year (may be empty). Enter on the last row adds a task.</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="36" />
            <source>Thêm &amp;nhiệm vụ</source>
            <translation>Add &amp;Task</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="37" />
            <source>Xoá nhiệm vụ</source>
            <translation>Remove Task</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="38" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../minutes_app/ui/editor/tasks.py" line="39" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
    </context>
</TS>
