<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <source>MeetingEditor</source>
        <comment>Các đại biểu dự họp</comment>
        <translation>MeetingEditor</translation>
    </message>
    <message>
        <source>MeetingEditor</source>
        <comment>Các thành viên</comment>
        <translation>MeetingEditor</translation>
    </message>
    <message>
        <source>MeetingEditor</source>
        <comment>Các đảng viên trong chi bộ</comment>
        <translation>MeetingEditor</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Phiên bản thư viện</source>
        <translation>Library versions</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Giấy phép phông chữ (OFL)</source>
        <translation>Font licence (OFL)</translation>
    </message>
    <message>
        <source>Sao chép thông tin</source>
        <translation>Copy Information</translation>
    </message>
    <message>
        <source>Sao chép phiên bản và thư viện để gửi bộ phận hỗ trợ</source>
        <translation>Copy the version and libraries to send to support</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AcceptProposalCommand</name>
    <message>
        <source>Chấp nhận góp ý %1</source>
        <translation>Accept review change %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục làm việc.

%1</source>
        <translation>An unexpected error occurred. Saved data is not affected; you can keep working.

%1</translation>
    </message>
    <message>
        <source>Chi tiết được ghi trong %1</source>
        <translation>Details are logged in %1</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Mật khẩu của %1 trên cơ sở dữ liệu văn phòng %2:</source>
        <translation>Password of %1 on the office database %2:</translation>
    </message>
    <message>
        <source>Máy chủ không nhận mật khẩu vừa dùng. %1</source>
        <translation>The server refused the password just used. %1</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp</source>
        <translation>Meeting Minutes</translation>
    </message>
</context>
<context>
    <name>AttendeesSection</name>
    <message>
        <source>Bảng thành phần tham dự</source>
        <translation>Attendee table</translation>
    </message>
    <message>
        <source>&amp;Thêm người</source>
        <translation>&amp;Add Person</translation>
    </message>
    <message>
        <source>Thêm một người (Enter ở dòng cuối cũng thêm dòng)</source>
        <translation>Add a person (Enter on the last row adds one too)</translation>
    </message>
    <message>
        <source>Thêm &amp;nhóm</source>
        <translation>Add &amp;Group</translation>
    </message>
    <message>
        <source>Thêm một nhóm người, ví dụ “Bí thư Đảng bộ các xã”</source>
        <translation>Add a group of people, e.g. “Bí thư Đảng bộ các xã”</translation>
    </message>
    <message>
        <source>&amp;Xóa dòng</source>
        <translation>&amp;Remove Row</translation>
    </message>
    <message>
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Chuyển dòng lên (Alt+↑)</source>
        <translation>Move the row up (Alt+↑)</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Chuyển dòng xuống (Alt+↓)</source>
        <translation>Move the row down (Alt+↓)</translation>
    </message>
    <message>
        <source>Đánh dấu tất cả &amp;có mặt</source>
        <translation>Mark All &amp;Present</translation>
    </message>
    <message>
        <source>Gõ vào ô để sửa; Enter ở dòng cuối thêm dòng mới; Tab sang ô bên cạnh; chọn tên gợi ý sẽ điền chức vụ.</source>
        <translation>Type in a cell to edit; Enter on the last row adds a row; Tab moves to the next cell; choosing a suggested name fills in the position.</translation>
    </message>
    <message>
        <source>Triệu tập {n}</source>
        <translation>Summoned {n}</translation>
    </message>
    <message>
        <source>Có mặt {n}</source>
        <translation>Present {n}</translation>
    </message>
    <message>
        <source> ({n} đến muộn)</source>
        <translation> ({n} late)</translation>
    </message>
    <message>
        <source>Vắng {n}</source>
        <translation>Absent {n}</translation>
    </message>
    <message>
        <source> ({n} có lý do)</source>
        <translation> ({n} excused)</translation>
    </message>
    <message>
        <source>Khách mời {n}</source>
        <translation>Guests {n}</translation>
    </message>
    <message>
        <source> — {n} nhóm chưa ghi số người</source>
        <translation> — {n} groups without a head count</translation>
    </message>
    <message>
        <source>Đảng viên {n} (chính thức {official}, dự bị {probationary})</source>
        <translation>Party members {n} ({official} full, {probationary} probationary)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Xuất hàng loạt</source>
        <translation>Batch Export</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Thư mục lưu các tệp</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ngày bắt đầu sau ngày kết thúc.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>Không có biên bản nào khớp bộ lọc.</source>
        <translation>No minutes match the filters.</translation>
    </message>
    <message numerus="yes">
        <source>Sẽ xuất %n biên bản.</source>
        <translation>
            <numerusform>%n minutes will be exported.</numerusform>
            <numerusform>%n minutes will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các tệp</source>
        <translation>Choose the Folder for the Files</translation>
    </message>
    <message>
        <source>Hãy chọn thư mục lưu các tệp.</source>
        <translation>Choose a folder for the files.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang hủy sau biên bản hiện tại…</source>
        <translation>Cancelling after the current minutes…</translation>
    </message>
    <message numerus="yes">
        <source>%n tệp cùng tên đã có trong thư mục và chưa bị ghi đè. Ghi đè các tệp này?</source>
        <translation>
            <numerusform>%n file with the same name is already in the folder and was not overwritten. Replace it?</numerusform>
            <numerusform>%n files with the same names are already in the folder and were not overwritten. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ghi đè</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Không xuất được: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>BoundCountEdit</name>
    <message>
        <source>Hãy nhập một số nguyên</source>
        <extracomment>The user typed something this field has not written into the meeting yet (see ``commit_pending``); a plain text field writes every keystroke, so it never says this.</extracomment>
        <translation>Enter a whole number</translation>
    </message>
</context>
<context>
    <name>BoundDateEdit</name>
    <message>
        <source>Ngày không hợp lệ; hãy gõ theo dạng ngày/tháng/năm, ví dụ 25/02/2020</source>
        <translation>Not a valid date; type day/month/year, e.g. 25/02/2020</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>BoundMomentEdit</name>
    <message>
        <source>Thời gian không hợp lệ; hãy gõ giờ:phút (07:30) hoặc ngày và giờ (25/02/2020 07:30)</source>
        <translation>Not a valid time; type hours:minutes (07:30) or a date and time (25/02/2020 07:30)</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>ngày/tháng/năm</source>
        <extracomment>The user changed a cell editor&apos;s value, which reaches the model when the cell closes.</extracomment>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <source>Chỉ phần này</source>
        <extracomment>A meeting whose parts are not listed yet (``set_meeting``).</extracomment>
        <translation>This section only</translation>
    </message>
    <message>
        <source>Hiện ý kiến đã giải quyết</source>
        <translation>Show resolved comments</translation>
    </message>
    <message>
        <source>Phần</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Người viết</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bấm đúp để đến phần được góp ý</source>
        <translation>Double-click to go to the part commented on</translation>
    </message>
    <message>
        <source>Thêm ý kiến…</source>
        <translation>Add Comment…</translation>
    </message>
    <message>
        <source>Trả lời…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Phần:</source>
        <translation>Section:</translation>
    </message>
    <message>
        <source>Đã giải quyết ({by})</source>
        <translation>Resolved ({by})</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ý kiến góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Ý kiến về «{part}»:</source>
        <translation>Comment on «{part}»:</translation>
    </message>
    <message>
        <source>Trả lời ý kiến</source>
        <translation>Reply to the Comment</translation>
    </message>
    <message>
        <source>Câu trả lời:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>Không lưu được ý kiến</source>
        <translation>Cannot Save the Comment</translation>
    </message>
    <message>
        <source>Không cập nhật được ý kiến</source>
        <translation>Cannot Update the Comment</translation>
    </message>
</context>
<context>
    <name>ConclusionSection</name>
    <message>
        <source>Kết luận cuộc họp</source>
        <translation>Conclusion of the meeting</translation>
    </message>
    <message>
        <source>Kết luận của người chủ trì; để một dòng trống giữa các đoạn.</source>
        <translation>The chair&apos;s conclusion; leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Bảng biểu quyết</source>
        <translation>Vote table</translation>
    </message>
    <message>
        <source>Thêm &amp;biểu quyết</source>
        <translation>Add &amp;Vote</translation>
    </message>
    <message>
        <source>Xóa biểu quyết</source>
        <translation>Remove Vote</translation>
    </message>
    <message>
        <source>⚠ Biểu quyết {n}: tổng số phiếu ({cast}) vượt số người có quyền biểu quyết ({eligible}).</source>
        <translation>⚠ Vote {n}: the votes cast ({cast}) exceed those eligible ({eligible}).</translation>
    </message>
    <message>
        <source>Để trống cột “Số người có quyền BQ” thì tính theo số thành viên có mặt ({n}). Tỷ lệ tính trên số người có quyền biểu quyết.</source>
        <translation>Leave “Eligible” empty to use the members present ({n}). Percentages are of those eligible.</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <source>Các nội dung</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Danh sách nội dung cuộc họp</source>
        <translation>List of agenda items</translation>
    </message>
    <message>
        <source>Kéo thả hoặc Alt+↑/↓ để sắp xếp</source>
        <translation>Drag and drop or Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <source>Thêm &amp;nội dung</source>
        <translation>Add &amp;Item</translation>
    </message>
    <message>
        <source>Kéo thả hoặc Alt+↑/↓ để sắp xếp; Delete để xóa nội dung đang chọn</source>
        <translation>Drag and drop or Alt+↑/↓ to reorder; Delete removes the selected item</translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation>Remove Item</translation>
    </message>
    <message>
        <source>Nội dung đang chọn</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>Tiêu đề nội dung</source>
        <translation>Item title</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Người trình bày:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <source>Ý kiến phát biểu</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Danh sách ý kiến phát biểu</source>
        <translation>List of statements</translation>
    </message>
    <message>
        <source>Thêm ý kiến (Ctrl+Enter)</source>
        <translation>Add Statement (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Xóa ý kiến</source>
        <translation>Remove Statement</translation>
    </message>
    <message>
        <source>Người phát biểu:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <source>gõ tên để chọn trong thành phần</source>
        <translation>type a name to pick an attendee</translation>
    </message>
    <message>
        <source>Ý kiến &amp;chung</source>
        <translation>&amp;Collective Voice</translation>
    </message>
    <message>
        <source>Ý kiến của nhiều người, ví dụ “Các đại biểu dự hội nghị”</source>
        <translation>Several people speaking together, e.g. “Các đại biểu dự hội nghị”</translation>
    </message>
    <message>
        <source>Nội dung phát biểu; để một dòng trống giữa các đoạn.</source>
        <translation>What was said; leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <source>Kết luận của nội dung này</source>
        <translation>Conclusion of this item</translation>
    </message>
    <message>
        <source>Kết luận của người chủ trì về nội dung này</source>
        <translation>The chair&apos;s conclusion on this item</translation>
    </message>
    <message>
        <source>nội dung {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <source>Đã xóa «{item}».</source>
        <translation>Removed “{item}”.</translation>
    </message>
    <message>
        <source>Đổi kiểu người phát biểu</source>
        <translation>Change the kind of speaker</translation>
    </message>
    <message>
        <source>Chọn người phát biểu: {name}</source>
        <translation>Choose speaker: {name}</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <source>Mở tệp cơ sở dữ liệu</source>
        <translation>Open Database File</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu biên bản (%1);;Mọi tệp (*)</source>
        <translation>Minutes databases (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Tạo tệp cơ sở dữ liệu mới</source>
        <translation>Create a New Database File</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu biên bản (%1)</source>
        <translation>Minutes databases (%1)</translation>
    </message>
    <message>
        <source>Tệp %1 đã có; hãy dùng “Mở tệp cơ sở dữ liệu khác…” để mở nó.</source>
        <translation>%1 already exists; use “Open Another Database File…” to open it.</translation>
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu</source>
        <translation>Cannot open the database file</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Xóa danh sách</source>
        <translation>Clear the List</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Restore Failed</translation>
    </message>
</context>
<context>
    <name>DerivedListModel</name>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <source>Trích sao</source>
        <translation>Extract copy</translation>
    </message>
    <message>
        <source>Trích biên bản</source>
        <translation>Minutes extract</translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>DerivedPanel</name>
    <message>
        <source>Lập văn bản</source>
        <translation>Make document</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Xuất DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <source>Chỉ lập văn bản từ biên bản đã duyệt.</source>
        <translation>Documents are made only from approved minutes.</translation>
    </message>
    <message>
        <source>Không lập được văn bản</source>
        <translation>Cannot make the document</translation>
    </message>
    <message>
        <source>Xuất văn bản</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>Đã xuất văn bản</source>
        <translation>Document exported</translation>
    </message>
    <message>
        <source>Không xuất được văn bản</source>
        <translation>Cannot export the document</translation>
    </message>
</context>
<context>
    <name>DiffPage</name>
    <message>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Phiên bản {n} ({at})</source>
        <translation>Version {n} ({at})</translation>
    </message>
    <message>
        <source>Bản hiện tại</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>(không có khác biệt)</source>
        <translation>(no differences)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Bản lưu trữ PDF/A</source>
        <translation>PDF/A archive copy</translation>
    </message>
    <message>
        <source>Xuất bản lưu trữ PDF/A-2b (để lưu trữ và ký số)?</source>
        <translation>Export the PDF/A-2b archive copy (for filing and digital signatures)?</translation>
    </message>
    <message>
        <source>PDF/A-2b</source>
        <translation>PDF/A-2b</translation>
    </message>
    <message>
        <source>Đang kiểm tra thể thức…</source>
        <translation>Checking the layout…</translation>
    </message>
    <message>
        <source>Kiểm tra thể thức</source>
        <translation>Layout check</translation>
    </message>
    <message numerus="yes">
        <source>Biên bản còn %n lỗi cần sửa trước khi %1:</source>
        <translation>
            <numerusform>The minutes have %n error to fix before you can %1:</numerusform>
            <numerusform>The minutes have %n errors to fix before you can %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa thể %1</source>
        <translation>Cannot %1 yet</translation>
    </message>
    <message numerus="yes">
        <source>Kiểm tra thể thức có %n cảnh báo:</source>
        <translation>
            <numerusform>The layout check gave %n warning:</numerusform>
            <numerusform>The layout check gave %n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Vẫn tiếp tục %1?</source>
        <translation>%1 anyway?</translation>
    </message>
    <message>
        <source>Cảnh báo về thể thức</source>
        <translation>Layout Warnings</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>xuất tệp</source>
        <translation>export</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Đang xuất %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Xuất %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>một trình đọc PDF (ví dụ Adobe Acrobat Reader, Foxit, Okular)</source>
        <translation>a PDF reader (for example Adobe Acrobat Reader, Foxit or Okular)</translation>
    </message>
    <message>
        <source>Microsoft Word hoặc LibreOffice Writer</source>
        <translation>Microsoft Word or LibreOffice Writer</translation>
    </message>
    <message>
        <source>một chương trình mở được loại tệp này</source>
        <translation>a program that opens this kind of file</translation>
    </message>
    <message>
        <source>Đã xuất nhưng chưa mở được tệp</source>
        <translation>Exported, but the File Did Not Open</translation>
    </message>
    <message>
        <source>Tệp %1 đã được lưu, nhưng máy chưa có chương trình nào được đặt để mở tệp .%2. Hãy cài %3, hoặc mở tệp từ thư mục %4. Có thể tắt «Mở tệp sau khi xuất» trong menu Tệp.</source>
        <translation>The file %1 was saved, but this computer has no program set to open .%2 files. Install %3, or open the file from the folder %4. You can turn off “Open the file after exporting” in the File menu.</translation>
    </message>
    <message>
        <source>Xuất JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>print</translation>
    </message>
    <message>
        <source>Đang chuẩn bị bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message numerus="yes">
        <source>Đã gửi %n trang tới máy in</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message>
        <source>Lỗi khi xuất hoặc in</source>
        <translation>Export or Print Error</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Tìm trong biên bản…</source>
        <translation>Find in the minutes…</translation>
    </message>
    <message>
        <source>Thay bằng…</source>
        <translation>Replace with…</translation>
    </message>
    <message>
        <source>Tìm lùi</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Kết quả trước (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Tìm tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Kết quả sau (F3 hoặc Enter)</source>
        <translation>Next match (F3 or Enter)</translation>
    </message>
    <message>
        <source>Thay</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Thay kết quả đang chọn rồi tìm tiếp</source>
        <translation>Replace the match shown, then find the next</translation>
    </message>
    <message>
        <source>Thay tất cả</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Phân biệt hoa/thường</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Cả từ</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>Bỏ qua dấu</source>
        <translation>Ignore diacritics</translation>
    </message>
    <message>
        <source>Gõ không dấu vẫn tìm được chữ có dấu: “nghi” thấy “nghị”</source>
        <translation>Typed without diacritics, words with them are found: “nghi” finds “nghị”</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Tìm:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Thay bằng:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <source>Không tìm thấy</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1/%2 — %3</source>
        <translation>%1/%2 — %3</translation>
    </message>
    <message>
        <source>%2 kết quả</source>
        <translation>%2 matches</translation>
    </message>
    <message>
        <source>Thay “%1” bằng “%2”</source>
        <translation>Replace “%1” with “%2”</translation>
    </message>
    <message>
        <source>Đã thay; không còn kết quả nào</source>
        <translation>Replaced; no more matches</translation>
    </message>
    <message>
        <source>Thay tất cả “%1” bằng “%2”</source>
        <translation>Replace all “%1” with “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Đã thay %n chỗ</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Bắt đầu với Biên bản cuộc họp</source>
        <translation>Getting started with Meeting Minutes</translation>
    </message>
    <message>
        <source>Xem hướng dẫn đầy đủ (F1)</source>
        <translation>Read the full guide (F1)</translation>
    </message>
    <message>
        <source>Bắt đầu làm việc</source>
        <translation>Start working</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>ví dụ: ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …</source>
        <translation>e.g. ĐẢNG BỘ TỈNH NINH BÌNH, UBND TỈNH …</translation>
    </message>
    <message>
        <source>ví dụ: HUYỆN ỦY KIM SƠN</source>
        <translation>e.g. HUYỆN ỦY KIM SƠN</translation>
    </message>
    <message>
        <source>ví dụ: HU, UBND</source>
        <translation>e.g. HU, UBND</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên:</source>
        <translation>Superior body:</translation>
    </message>
    <message>
        <source>Tên cơ quan:</source>
        <translation>Body name:</translation>
    </message>
    <message>
        <source>Tên viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <source>Thể thức:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Số, ký hiệu, địa danh và ngày</source>
        <translation>Number, symbol, place and date</translation>
    </message>
    <message>
        <source>chưa có số</source>
        <translation>not numbered</translation>
    </message>
    <message>
        <source>Để trống nếu văn thư ghi số bằng tay</source>
        <translation>Leave empty if the records office numbers it by hand</translation>
    </message>
    <message>
        <source>Để trống để dùng ký hiệu tự động theo thể thức và tên viết tắt</source>
        <translation>Leave empty for the symbol derived from the layout and the abbreviation</translation>
    </message>
    <message>
        <source>Ký hiệu:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>ví dụ: Kim Sơn</source>
        <translation>e.g. Kim Sơn</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Theo thể thức</source>
        <translation>As the layout says</translation>
    </message>
    <message>
        <source>In dòng địa danh, ngày tháng</source>
        <translation>Print the place and date line</translation>
    </message>
    <message>
        <source>Không in</source>
        <translation>Do not print</translation>
    </message>
    <message>
        <source>Dòng địa danh, ngày:</source>
        <translation>Place and date line:</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>ví dụ: Hội nghị giao ban công tác tháng 2 …</source>
        <translation>e.g. Hội nghị giao ban công tác tháng 2 …</translation>
    </message>
    <message>
        <source>giao ban, họp chi bộ, hội nghị …</source>
        <translation>giao ban, họp chi bộ, hội nghị …</translation>
    </message>
    <message>
        <source>giao ban</source>
        <translation>giao ban</translation>
    </message>
    <message>
        <source>họp chi bộ</source>
        <translation>họp chi bộ</translation>
    </message>
    <message>
        <source>họp chuyên đề</source>
        <translation>họp chuyên đề</translation>
    </message>
    <message>
        <source>hội nghị</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <source>họp hội đồng</source>
        <translation>họp hội đồng</translation>
    </message>
    <message>
        <source>họp HĐQT</source>
        <translation>họp HĐQT</translation>
    </message>
    <message>
        <source>07:30 (chưa đặt)</source>
        <translation>07:30 (not set)</translation>
    </message>
    <message>
        <source>11:15 (chưa đặt)</source>
        <translation>11:15 (not set)</translation>
    </message>
    <message>
        <source>Gõ giờ:phút (07:30) cho ngày họp, hoặc ngày và giờ (25/02/2020 07:30)</source>
        <translation>Type hours:minutes (07:30) for the meeting day, or a date and time (25/02/2020 07:30)</translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>ví dụ: Hội trường Huyện ủy</source>
        <translation>e.g. Hội trường Huyện ủy</translation>
    </message>
    <message>
        <source>Tên cuộc họp:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Loại cuộc họp:</source>
        <translation>Kind of meeting:</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Chủ trì và thư ký</source>
        <translation>Chair and secretary</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Thư ký:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Theo thể thức (đồng chí)</source>
        <translation>As the layout says (comrade)</translation>
    </message>
    <message>
        <source>Gõ “Ông …”, “Bà …” trước tên người dự để gọi riêng người đó; người không phải đảng viên (quần chúng) không bao giờ được gọi là “đồng chí”.</source>
        <translation>Type “Ông …” or “Bà …” before a name to address that person so; someone who is not a Party member (quần chúng) is never called “đồng chí”.</translation>
    </message>
    <message>
        <source>Cách gọi người dự:</source>
        <translation>Form of address:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <extracomment>The guide&apos;s anchor for each editor section, in the editor&apos;s order.</extracomment>
        <translation>User&apos;s guide</translation>
    </message>
    <message>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source> (phiên bản {n})</source>
        <translation> (version {n})</translation>
    </message>
    <message>
        <source>ý kiến</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>lý do</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.
The new language applies when the application is restarted.</source>
        <translation>The new language applies when the application is restarted.
Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Điểm danh (Alt+D)</source>
        <translation>Roll call (Alt+D)</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>◀ Trước (Ctrl+PgUp)</source>
        <translation>◀ Previous (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Tiếp theo (Ctrl+PgDown) ▶</source>
        <translation>Next (Ctrl+PgDown) ▶</translation>
    </message>
    <message>
        <source>Đồng hồ</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Bắt đầu họp (Ctrl+B)</source>
        <translation>Start the meeting (Ctrl+B)</translation>
    </message>
    <message>
        <source>Kết thúc (Ctrl+Shift+K)</source>
        <translation>End (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>In giờ phát biểu</source>
        <translation>Print statement times</translation>
    </message>
    <message>
        <source>Ghi giờ bắt đầu mỗi ý kiến vào biên bản in (thường không in)</source>
        <translation>Print the time each statement began in the minutes (usually not printed)</translation>
    </message>
    <message>
        <source>Người phát biểu — Ctrl+Enter, gõ vài chữ của tên rồi Enter; hoặc Alt+1…9</source>
        <translation>Speaker — Ctrl+Enter, type a few letters of the name, then Enter; or Alt+1…9</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên (không cần dấu), ví dụ “thanh”, rồi Enter</source>
        <translation>Type a few letters of the name (no diacritics needed), e.g. “thanh”, then Enter</translation>
    </message>
    <message>
        <source>Tìm người phát biểu</source>
        <translation>Find the speaker</translation>
    </message>
    <message>
        <source>Các ý kiến đã ghi của nội dung này</source>
        <translation>Statements recorded on this item</translation>
    </message>
    <message>
        <source>Nội dung ý kiến</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Ghi chú nháp — không in (Alt+N)</source>
        <translation>Scratch note — not printed (Alt+N)</translation>
    </message>
    <message>
        <source>Ghi nhanh điều cần nhớ; không vào biên bản cho đến khi chuyển vào ý kiến hoặc kết luận (chọn một đoạn hoặc chuyển cả ghi chú).</source>
        <translation>Jot down what to remember; it stays out of the minutes until moved into a statement or the conclusion (select a part, or move the whole note).</translation>
    </message>
    <message>
        <source>Ghi chú nháp</source>
        <translation>Scratch note</translation>
    </message>
    <message>
        <source>→ Vào ý kiến (Ctrl+Shift+Y)</source>
        <translation>→ Into the statement (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>→ Vào kết luận (Ctrl+Shift+L)</source>
        <translation>→ Into the conclusion (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Kết luận nội dung này (Alt+L)</source>
        <translation>Conclusion of this item (Alt+L)</translation>
    </message>
    <message>
        <source>Kết luận của người chủ trì về nội dung này</source>
        <translation>The chair&apos;s conclusion on this item</translation>
    </message>
    <message>
        <source>Kết luận nội dung</source>
        <translation>Item conclusion</translation>
    </message>
    <message>
        <source>Kết luận cuộc họp (Alt+L)</source>
        <translation>Conclusion of the meeting (Alt+L)</translation>
    </message>
    <message>
        <source>Kết luận của người chủ trì; để một dòng trống giữa các đoạn.</source>
        <translation>The chair&apos;s conclusion; leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <source>Kết luận cuộc họp</source>
        <translation>Conclusion of the meeting</translation>
    </message>
    <message>
        <source>Các nhiệm vụ được giao, nơi nhận và số bản ghi ở trình soạn thảo (Ctrl+5, Ctrl+6).</source>
        <translation>Tasks, recipients and copies are entered in the editor (Ctrl+5, Ctrl+6).</translation>
    </message>
    <message>
        <source>Bắt đầu họp</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Kết thúc họp</source>
        <translation>End the meeting</translation>
    </message>
    <message>
        <source>{m} phút</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} giờ {m:02d} phút</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>Chưa bắt đầu — Ctrl+B khi cuộc họp bắt đầu</source>
        <translation>Not started — Ctrl+B when the meeting starts</translation>
    </message>
    <message>
        <source>Đang họp từ {start} · {duration}</source>
        <translation>In session since {start} · {duration}</translation>
    </message>
    <message>
        <source>Đã kết thúc lúc {end} · họp {duration}</source>
        <translation>Ended at {end} · lasted {duration}</translation>
    </message>
    <message>
        <source>Sau {n} nội dung</source>
        <translation>After {n} items</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K khi cuộc họp kết thúc.</source>
        <translation>Ctrl+Shift+K when the meeting ends.</translation>
    </message>
    <message>
        <source>Nội dung {n}/{count}</source>
        <translation>Item {n}/{count}</translation>
    </message>
    <message>
        <source>(chưa có tiêu đề — đặt ở trình soạn thảo, Ctrl+3)</source>
        <translation>(no title yet — set it in the editor, Ctrl+3)</translation>
    </message>
    <message>
        <source>Trình bày: {who}</source>
        <translation>Presented by: {who}</translation>
    </message>
    <message>
        <source>(chưa có tiêu đề)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>Tiếp theo: {n}. {title}</source>
        <translation>Next: {n}. {title}</translation>
    </message>
    <message>
        <source>Tiếp theo: Kết luận cuộc họp</source>
        <translation>Next: conclusion of the meeting</translation>
    </message>
    <message>
        <source>Chọn người phát biểu (Ctrl+Enter hoặc Alt+1…9) để ghi ý kiến.</source>
        <translation>Choose the speaker (Ctrl+Enter or Alt+1…9) to record a statement.</translation>
    </message>
    <message>
        <source>Nội dung ý kiến (Alt+Y); để một dòng trống giữa các đoạn.</source>
        <translation>The statement (Alt+Y); leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <source>Chưa có ý kiến nào ở nội dung này.</source>
        <translation>No statement on this item yet.</translation>
    </message>
    <message>
        <source>(chưa ghi người phát biểu)</source>
        <translation>(no speaker yet)</translation>
    </message>
    <message>
        <source>Ý kiến {n}{when}: {who}</source>
        <translation>Statement {n}{when}: {who}</translation>
    </message>
    <message>
        <source>Ý kiến của {name}</source>
        <translation>Statement by {name}</translation>
    </message>
    <message>
        <source>Chuyển ghi chú nháp vào ý kiến</source>
        <translation>Move the scratch note into the statement</translation>
    </message>
    <message>
        <source>Chuyển ghi chú nháp vào kết luận</source>
        <translation>Move the scratch note into the conclusion</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Biên bản mới…</source>
        <translation>&amp;New Minutes…</translation>
    </message>
    <message>
        <source>Tạo biên bản mới từ mẫu hoặc trống</source>
        <translation>Create new minutes from a template or blank</translation>
    </message>
    <message>
        <source>Biên bản mới từ &amp;cuộc họp trước…</source>
        <translation>New from the &amp;Previous Meeting…</translation>
    </message>
    <message>
        <source>&amp;Mở biên bản</source>
        <translation>&amp;Open Minutes</translation>
    </message>
    <message>
        <source>Mở biên bản đang chọn trong danh sách</source>
        <translation>Open the minutes selected in the list</translation>
    </message>
    <message>
        <source>&amp;Nhân bản</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Tạo một bản sao của biên bản</source>
        <translation>Make a copy of the minutes</translation>
    </message>
    <message>
        <source>&amp;Xóa biên bản</source>
        <translation>De&amp;lete Minutes</translation>
    </message>
    <message>
        <source>Xóa biên bản đang chọn</source>
        <translation>Delete the selected minutes</translation>
    </message>
    <message>
        <source>Đó&amp;ng biên bản</source>
        <translation>&amp;Close Minutes</translation>
    </message>
    <message>
        <source>&amp;Nhập từ JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <source>Nhập biên bản từ tệp JSON</source>
        <translation>Import minutes from JSON files</translation>
    </message>
    <message>
        <source>Xuất &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Lưu biên bản ra tệp JSON</source>
        <translation>Save the minutes to a JSON file</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Xuất biên bản ra tệp PDF đúng thể thức</source>
        <translation>Export the minutes to a PDF in the official layout</translation>
    </message>
    <message>
        <source>Xuất &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <source>Xuất biên bản ra tệp Word (DOCX)</source>
        <translation>Export the minutes to a Word file (DOCX)</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <source>Mở tệp sau khi xuất</source>
        <translation>Open the File after Export</translation>
    </message>
    <message>
        <source>Mở tệp cơ sở dữ liệu khác…</source>
        <translation>Open Another Database File…</translation>
    </message>
    <message>
        <source>Xuất &amp;hàng loạt…</source>
        <translation>&amp;Batch Export…</translation>
    </message>
    <message>
        <source>Xuất nhiều biên bản cùng lúc theo trạng thái và khoảng ngày</source>
        <translation>Export many minutes at once by status and date range</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a &amp;Backup…</translation>
    </message>
    <message>
        <source>Thay cơ sở dữ liệu bằng một bản sao lưu của nó</source>
        <translation>Replace the database with one of its backups</translation>
    </message>
    <message>
        <source>Tạo tệp cơ sở dữ liệu mới…</source>
        <translation>Create a New Database File…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Tạo biên bản kỳ này từ một cuộc họp trước (chuyển tháng, năm sang kỳ sau)</source>
        <translation>Create this period&apos;s minutes from an earlier meeting (the month and year move on)</translation>
    </message>
    <message>
        <source>Lưu làm &amp;mẫu…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>Lưu biên bản này thành mẫu của bạn, để soạn các cuộc họp sau</source>
        <translation>Save these minutes as your own template for later meetings</translation>
    </message>
    <message>
        <source>Xóa mẫu của tôi…</source>
        <translation>Delete one of my templates…</translation>
    </message>
    <message>
        <source>Xóa một mẫu bạn đã lưu</source>
        <translation>Delete a template you saved</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lưu ngay biên bản đang soạn (ứng dụng cũng tự lưu sau mỗi lần sửa)</source>
        <translation>Save the open minutes now (the app also saves by itself after every edit)</translation>
    </message>
    <message>
        <source>&amp;Tìm…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Tìm trong biên bản đang soạn (ở danh sách: tìm biên bản)</source>
        <translation>Find in the open minutes (in the list: find meetings)</translation>
    </message>
    <message>
        <source>Tìm và &amp;thay thế…</source>
        <translation>Find and &amp;replace…</translation>
    </message>
    <message>
        <source>Tìm và thay thế trong biên bản đang soạn</source>
        <translation>Find and replace in the open minutes</translation>
    </message>
    <message>
        <source>Tìm &amp;tiếp</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Tìm &amp;lùi</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <source>%1 (mặc định)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Bản &amp;xem trước PDF</source>
        <translation>PDF Pre&amp;view</translation>
    </message>
    <message>
        <source>Đang &amp;họp</source>
        <translation>&amp;Meeting in Session</translation>
    </message>
    <message>
        <source>Ghi biên bản ngay trong cuộc họp: đồng hồ, điểm danh, người phát biểu, biểu quyết (Ctrl+M)</source>
        <translation>Take the minutes while the meeting runs: clock, roll call, speakers, votes (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Danh sách biên bản</source>
        <translation>Minutes &amp;List</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Kết luận và biểu quyết</source>
        <translation>Conclusion and votes</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Ký và nơi nhận</source>
        <translation>Signatures and recipients</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User&apos;s guide</translation>
    </message>
    <message>
        <source>Hướng dẫn có hình minh họa, đọc được khi không có mạng (F1: phần đang xem)</source>
        <translation>An illustrated guide (in Vietnamese) that works offline (F1: the part you are in)</translation>
    </message>
    <message>
        <source>Hướng dẫn &amp;nhanh khi bắt đầu</source>
        <translation>&amp;Quick start</translation>
    </message>
    <message>
        <source>&amp;Tên của bạn…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <source>Tên ghi vào lịch sử duyệt và nhật ký thay đổi</source>
        <translation>The name recorded in the review history and the change log</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra chính tả khi gõ</source>
        <translation>&amp;Check spelling as you type</translation>
    </message>
    <message>
        <source>Gạch chân đỏ các từ không có trong từ điển tiếng Việt (bấm chuột phải để sửa)</source>
        <translation>Underline in red the words not in the Vietnamese dictionary (right-click to correct)</translation>
    </message>
    <message>
        <source>Theo hệ thống</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu &amp;gần đây</source>
        <translation>&amp;Recent Database Files</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Đi tới &amp;mục</source>
        <translation>Go to &amp;Section</translation>
    </message>
    <message>
        <source>&amp;Cỡ chữ khi soạn</source>
        <translation>Editor &amp;text size</translation>
    </message>
    <message>
        <source>&amp;Tùy chọn</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Đã mở %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Tên của bạn: %1</source>
        <translation>Your name: %1</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp</source>
        <translation>Meeting Minutes</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Không đọc được biên bản</source>
        <translation>Cannot read the minutes</translation>
    </message>
    <message>
        <source>Đang tạo biên bản…</source>
        <translation>Creating the minutes…</translation>
    </message>
    <message>
        <source>Không tạo được biên bản</source>
        <translation>Cannot create the minutes</translation>
    </message>
    <message>
        <source>Có mẫu biên bản không đọc được</source>
        <translation>A template cannot be read</translation>
    </message>
    <message>
        <source>Biên bản trống</source>
        <translation>Blank minutes</translation>
    </message>
    <message>
        <source>Biên bản mới</source>
        <translation>New Minutes</translation>
    </message>
    <message>
        <source>Chọn loại cuộc họp:</source>
        <translation>Choose the type of meeting:</translation>
    </message>
    <message>
        <source>Không đọc được cuộc họp trước</source>
        <translation>Cannot read the previous meeting</translation>
    </message>
    <message>
        <source>%1 (bản sao)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>Đang nhân bản…</source>
        <translation>Duplicating…</translation>
    </message>
    <message>
        <source>Không nhân bản được biên bản</source>
        <translation>Cannot duplicate the minutes</translation>
    </message>
    <message>
        <source>Chưa mở biên bản nào để lưu.</source>
        <translation>No minutes are open to save.</translation>
    </message>
    <message>
        <source>Đã lưu mọi biên bản đang mở.</source>
        <translation>Saved all the open minutes.</translation>
    </message>
    <message>
        <source>Biên bản “%1” đã được duyệt, chỉ xem: không có gì để lưu.</source>
        <translation>The minutes “%1” are approved and read-only: nothing to save.</translation>
    </message>
    <message>
        <source>Chưa lưu được biên bản “%1”.</source>
        <translation>The minutes “%1” could not be saved yet.</translation>
    </message>
    <message>
        <source>Đã lưu biên bản “%1” lúc %2.</source>
        <translation>Saved the minutes “%1” at %2.</translation>
    </message>
    <message>
        <source>Không xóa được biên bản</source>
        <translation>Cannot delete the minutes</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn biên bản “%1” (ngày %2)?

Không thể hoàn tác thao tác này; nếu cần, hãy xuất JSON để lưu trữ trước khi xóa.</source>
        <translation>Permanently delete the minutes “%1” (of %2)?

This cannot be undone; export them to JSON first if you need a copy.</translation>
    </message>
    <message>
        <source>Biên bản này đã được duyệt.</source>
        <translation>These minutes are approved.</translation>
    </message>
    <message>
        <source>Xóa biên bản</source>
        <translation>Delete Minutes</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Đang xóa…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Đã xóa biên bản “%1”</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message>
        <source>Nhập biên bản từ JSON</source>
        <translation>Import Minutes from JSON</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json);;Mọi tệp (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Không nhập được</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>Không có biên bản nào được nhập vì các tệp sau có lỗi:</source>
        <translation>Nothing was imported because these files have errors:</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n biên bản.</source>
        <translation>
            <numerusform>Imported %n minutes.</numerusform>
            <numerusform>Imported %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã nhập, có cảnh báo</source>
        <translation>Imported with Warnings</translation>
    </message>
</context>
<context>
    <name>MeetingDateEdit</name>
    <message>
        <source>Đổi ngày họp</source>
        <translation>Change the Meeting Date</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Biên bản đang chờ duyệt nên chỉ mở để xem; muốn sửa, người duyệt cần «Trả lại» biên bản.</source>
        <translation>These minutes are waiting for review and open for reading only; to edit them, the reviewer must return them.</translation>
    </message>
    <message>
        <source>Các phần của biên bản</source>
        <translation>Sections of the minutes</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Kết luận và biểu quyết</source>
        <translation>Conclusion and votes</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Ký và nơi nhận</source>
        <translation>Signatures and recipients</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Không lưu được biên bản</source>
        <translation>Cannot Save the Minutes</translation>
    </message>
    <message>
        <source>Chưa lưu được các thay đổi vào cơ sở dữ liệu; ứng dụng sẽ thử lại khi bạn sửa tiếp. Đừng đóng cửa sổ cho đến khi lưu được.

{message}</source>
        <translation>The changes could not be saved to the database; the application will try again as you keep editing. Do not close the window until they are saved.

{message}</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ</source>
        <translation>Cannot Reach the Server</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ cơ sở dữ liệu của văn phòng. Những gì bạn đã gõ vẫn được giữ trong cửa sổ này và sẽ được lưu khi máy chủ trở lại.

{message}</source>
        <translation>Cannot reach the office&apos;s database server. What you typed is kept in this window and will be saved when the server is back.

{message}</translation>
    </message>
    <message>
        <source>Biên bản đã được lưu ở nơi khác</source>
        <translation>The Minutes Were Saved Elsewhere</translation>
    </message>
    <message>
        <source>Trong lúc bạn sửa, biên bản này đã được lưu từ một cửa sổ hoặc máy khác. Bạn muốn làm gì với các thay đổi của mình?</source>
        <translation>While you were editing, these minutes were saved from another window or computer. What do you want to do with your changes?</translation>
    </message>
    <message>
        <source>Lưu bản của tôi thành biên bản mới, rồi tải bản kia</source>
        <translation>Save Mine as New Minutes, Then Load Theirs</translation>
    </message>
    <message>
        <source>Bỏ thay đổi của tôi, tải bản kia</source>
        <translation>Discard My Changes, Load Theirs</translation>
    </message>
    <message>
        <source>Đã lưu bản của bạn</source>
        <translation>Your Version Was Saved</translation>
    </message>
    <message>
        <source>Bản của bạn đã được lưu thành biên bản mới (số {id}).</source>
        <translation>Your version was saved as new minutes (no. {id}).</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>⚠ Mất kết nối máy chủ — nội dung vẫn được giữ, sẽ lưu khi kết nối lại</source>
        <translation>⚠ Server connection lost — your text is kept and will be saved when it is back</translation>
    </message>
    <message>
        <source>⚠ Chưa lưu được — sẽ thử lại</source>
        <translation>⚠ Not saved — will retry</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Đang chờ lưu…</source>
        <translation>Waiting to save…</translation>
    </message>
    <message>
        <source>Biên bản đã được duyệt nên chỉ mở để xem; muốn sửa, người chủ trì cần mở lại biên bản.</source>
        <translation>The minutes are approved, so they open read-only; to edit them, the chair must reopen them.</translation>
    </message>
    <message>
        <source>Chọn {name}</source>
        <translation>Choose {name}</translation>
    </message>
    <message>
        <source>Họ tên / nhóm</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Nội dung biểu quyết</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>In favour</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Không biểu quyết</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Số người có quyền BQ</source>
        <translation>Entitled to vote</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Loại biểu quyết</source>
        <translation>Kind of vote</translation>
    </message>
    <message>
        <source>Người / đơn vị thực hiện</source>
        <translation>Person / unit responsible</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ý kiến phát biểu</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Chọn trong danh sách: F2, Alt+↓ hoặc gõ chữ đầu</source>
        <translation>Choose from the list: F2, Alt+↓ or type the first letters</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số/ký hiệu</source>
        <translation>No./Symbol</translation>
    </message>
    <message>
        <source>Tên cuộc họp</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Chờ duyệt</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Bị trả lại — ý kiến của %1: %2</source>
        <translation>Returned — comment by %1: %2</translation>
    </message>
    <message>
        <source>Bị trả lại — ý kiến: %1</source>
        <translation>Returned — comment: %1</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Tìm theo tên cuộc họp, cơ quan, người dự, nội dung… (gõ có dấu hoặc không dấu)</source>
        <translation>Search titles, bodies, attendees, content… (with or without diacritics)</translation>
    </message>
    <message>
        <source>Chưa có biên bản nào. Bấm “Biên bản mới” (Ctrl+N) để soạn từ một mẫu, hoặc “Nhập từ JSON” (Ctrl+I).</source>
        <translation>No minutes yet. Click “New Minutes” (Ctrl+N) to start from a template, or “Import from JSON” (Ctrl+I).</translation>
    </message>
    <message>
        <source>Không đọc được danh sách biên bản</source>
        <translation>Cannot read the list of minutes</translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy %n biên bản</source>
        <translation>
            <numerusform>%n minutes found</numerusform>
            <numerusform>%n minutes found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biên bản</source>
        <translation>
            <numerusform>%n minutes</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingSpelling</name>
    <message>
        <source>(không có gợi ý)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Thêm “%1” vào từ điển</source>
        <translation>Add “%1” to the dictionary</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <source>Danh sách biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Không mở được biên bản</source>
        <translation>Cannot open the minutes</translation>
    </message>
    <message>
        <source>Chưa lưu được biên bản</source>
        <translation>The minutes are not saved</translation>
    </message>
    <message>
        <source>Không lưu được các thay đổi của biên bản “%1”.

Nếu tiếp tục, các thay đổi chưa lưu sẽ bị mất. Vẫn tiếp tục?</source>
        <translation>The changes to “%1” could not be saved.

If you continue, the unsaved changes will be lost. Continue anyway?</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>OfficeListener</name>
    <message>
        <source>⚠ Mất kết nối máy chủ</source>
        <translation>⚠ Server connection lost</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ cơ sở dữ liệu: những gì bạn gõ vẫn được giữ và sẽ được lưu khi máy chủ trở lại.</source>
        <translation>Cannot reach the database server: what you typed is kept and will be saved when the server is back.</translation>
    </message>
    <message>
        <source>Đã kết nối lại máy chủ</source>
        <translation>Connected to the server again</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
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
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <source>Mở tệp khác…</source>
        <translation>Open Another File…</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới…</source>
        <translation>Create a New Database…</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a Backup…</translation>
    </message>
    <message>
        <source>Mở tệp cơ sở dữ liệu</source>
        <translation>Open Database File</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu biên bản (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Minutes databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a New Database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu biên bản (*.sqlite *.db)</source>
        <translation>Minutes databases (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Ghi nhớ mật khẩu trên máy này</source>
        <translation>&amp;Remember the password on this computer</translation>
    </message>
    <message>
        <source>Mật khẩu được cất trong kho mật khẩu của hệ điều hành (Windows: Credential Manager), không ghi vào tệp nào của ứng dụng</source>
        <translation>The password is kept in the system&apos;s password store (Windows: Credential Manager), never in a file of this application</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Thu phóng bản xem trước (Ctrl+lăn chuột, Ctrl++ và Ctrl+−, Ctrl+0: vừa chiều rộng)</source>
        <translation>Zoom the preview (Ctrl+wheel, Ctrl++ and Ctrl+−, Ctrl+0: fit width)</translation>
    </message>
    <message>
        <source>Bản xem trước (PDF)</source>
        <translation>Preview (PDF)</translation>
    </message>
    <message>
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Đang cập nhật bản xem trước…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Không tạo được bản xem trước: %1</source>
        <translation>Cannot build the preview: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trang</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>tệp PDF không đọc được</source>
        <translation>the PDF cannot be read</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>lỗi</source>
        <translation>error</translation>
    </message>
    <message>
        <source>cảnh báo</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>… (và %1 mục khác)</source>
        <translation>… (+%1 more)</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Các vấn đề cần sửa</source>
        <translation>Problems to fix</translation>
    </message>
    <message>
        <source>Bấm để đến ô cần sửa</source>
        <translation>Click to go to the field</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Góp ý từ bản Word — biên bản số %1</source>
        <translation>Review from Word — meeting %1</translation>
    </message>
    <message>
        <source>Hiện tại</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>&amp;Chấp nhận</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Từ chối</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>chờ</source>
        <translation>open</translation>
    </message>
    <message>
        <source>đã chấp nhận</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>đã từ chối</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>xung đột</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source> (sửa tay)</source>
        <translation> (edit by hand)</translation>
    </message>
    <message>
        <source>Tệp %1 (SHA-256 %2), %3</source>
        <translation>File %1 (SHA-256 %2), %3</translation>
    </message>
    <message>
        <source>Góp ý</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Biên bản đang chờ duyệt hoặc đã duyệt: không sửa được.</source>
        <translation>The minutes are in review or approved: they cannot be changed.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>MeetingEditor</source>
        <comment>Các đại biểu dự hội nghị</comment>
        <translation>MeetingEditor</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Ý kiến</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Khác biệt</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Điểm danh</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <source>Dấu cách hoặc Enter: đánh dấu có mặt / vắng. Sau khi bắt đầu họp, người được đánh dấu là đến muộn, ghi giờ đến.</source>
        <translation>Space or Enter: mark present / absent. Once the meeting has started, a person marked present is late, with the time of arrival.</translation>
    </message>
    <message>
        <source>Tất cả có mặt</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu hết</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>Để đánh dấu từng người khi họ đến</source>
        <translation>To tick each person as they arrive</translation>
    </message>
    <message>
        <source>Không tính muộn</source>
        <translation>Not late</translation>
    </message>
    <message>
        <source>Người đang chọn được tính là có mặt từ đầu (bỏ giờ đến muộn)</source>
        <translation>Count the selected person as present from the start (drop the late arrival time)</translation>
    </message>
    <message>
        <source>Vắng: {name}</source>
        <translation>Absent: {name}</translation>
    </message>
    <message>
        <source>Đến muộn: {name}</source>
        <translation>Late: {name}</translation>
    </message>
    <message>
        <source>Có mặt: {name}</source>
        <translation>Present: {name}</translation>
    </message>
    <message>
        <source>Không tính muộn: {name}</source>
        <translation>Not late: {name}</translation>
    </message>
    <message>
        <source>Đánh dấu tất cả có mặt</source>
        <translation>Mark everyone present</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu điểm danh</source>
        <translation>Clear the roll call</translation>
    </message>
    <message>
        <source> — đến muộn {time}</source>
        <translation> — late {time}</translation>
    </message>
    <message>
        <source> — vắng có lý do</source>
        <translation> — excused</translation>
    </message>
    <message>
        <source>Có mặt {present}/{summoned}</source>
        <translation>Present {present}/{summoned}</translation>
    </message>
    <message>
        <source> · {n} đến muộn</source>
        <translation> · {n} late</translation>
    </message>
    <message>
        <source> · vắng {n}</source>
        <translation> · {n} absent</translation>
    </message>
    <message>
        <source>Nhóm: {names}</source>
        <translation>Groups: {names}</translation>
    </message>
    <message>
        <source>Khách mời: {names}</source>
        <translation>Guests: {names}</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>&amp;Xuất để ký (PDF/A)…</source>
        <translation>&amp;Export for signing (PDF/A)…</translation>
    </message>
    <message>
        <source>Xuất bản lưu trữ PDF/A-2b để ký bằng công cụ ký số của cơ quan</source>
        <translation>Export the PDF/A-2b archive copy to sign it with the body&apos;s signing tool</translation>
    </message>
    <message>
        <source>&amp;Nhập bản đã ký…</source>
        <translation>&amp;Take back a signed file…</translation>
    </message>
    <message>
        <source>Kiểm tra tệp đã ký số và lưu vào biên bản</source>
        <translation>Verify a digitally signed file and file it with its minutes</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra chữ ký số…</source>
        <translation>&amp;Verify digital signatures…</translation>
    </message>
    <message>
        <source>Kiểm tra mọi chữ ký số của một tệp PDF</source>
        <translation>Check every digital signature of a PDF file</translation>
    </message>
    <message>
        <source>&amp;Ký số</source>
        <translation>&amp;Signatures</translation>
    </message>
    <message>
        <source>Ký số</source>
        <translation>Digital signatures</translation>
    </message>
    <message>
        <source>Hãy chọn một biên bản.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>Xuất để ký (PDF/A)</source>
        <translation>Export for signing (PDF/A)</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất PDF/A</source>
        <translation>Export PDF/A</translation>
    </message>
    <message>
        <source>Nhập bản đã ký</source>
        <translation>Take back a signed file</translation>
    </message>
    <message>
        <source>Đã nhập bản đã ký</source>
        <translation>Signed file taken back</translation>
    </message>
    <message>
        <source>Đã lưu bản đã ký vào biên bản số %1.</source>
        <translation>The signed file was filed with meeting %1.</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký số</source>
        <translation>Verify digital signatures</translation>
    </message>
    <message>
        <source>Chữ ký số hợp lệ</source>
        <translation>Digital signatures valid</translation>
    </message>
    <message>
        <source>Chữ ký số KHÔNG hợp lệ</source>
        <translation>Digital signatures NOT valid</translation>
    </message>
</context>
<context>
    <name>SigningSection</name>
    <message>
        <source>Chữ ký (để trống để dùng mặc định của thể thức)</source>
        <translation>Signatures (leave empty for the layout&apos;s defaults)</translation>
    </message>
    <message>
        <source>Bên thư ký:</source>
        <translation>Secretary&apos;s side:</translation>
    </message>
    <message>
        <source>Quyền hạn ký (TM., T/M):</source>
        <translation>Signing authority (TM., T/M):</translation>
    </message>
    <message>
        <source>Bên chủ trì:</source>
        <translation>Chair&apos;s side:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <source>Nơi nhận và số bản</source>
        <translation>Recipients and copies</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi; dấu “-” và “;” được thêm khi in):</source>
        <translation>Recipients (one per line; “-” and “;” are added when printing):</translation>
    </message>
    <message>
        <source>Thường trực Tỉnh ủy (để b/c)
Lưu Văn phòng</source>
        <translation>Thường trực Tỉnh ủy (để b/c)
Lưu Văn phòng</translation>
    </message>
    <message>
        <source>chưa ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Câu kết thúc (để trống để dùng câu mặc định)</source>
        <translation>Closing sentence (leave empty for the customary one)</translation>
    </message>
    <message>
        <source>không dùng (ví dụ: {example})</source>
        <translation>none (e.g. {example})</translation>
    </message>
    <message>
        <source>ví dụ: PHÓ BÍ THƯ, CHỦ TỊCH</source>
        <translation>e.g. PHÓ BÍ THƯ, CHỦ TỊCH</translation>
    </message>
</context>
<context>
    <name>SpeakerBar</name>
    <message>
        <source> (vắng)</source>
        <translation> (absent)</translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
</context>
<context>
    <name>SpellingService</name>
    <message>
        <source>Không lưu được từ điển của bạn</source>
        <translation>Your dictionary could not be saved</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Nhiệm vụ được giao</source>
        <translation>Tasks assigned</translation>
    </message>
    <message>
        <source>Bảng nhiệm vụ</source>
        <translation>Task table</translation>
    </message>
    <message>
        <source>Thời hạn gõ theo dạng ngày/tháng/năm (có thể để trống). Enter ở dòng cuối thêm nhiệm vụ mới.</source>
        <translation>Type due dates as day/month/year (may be empty). Enter on the last row adds a task.</translation>
    </message>
    <message>
        <source>Thêm &amp;nhiệm vụ</source>
        <translation>Add &amp;Task</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Remove Task</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Mẫu của tôi: %1</source>
        <translation>My template: %1</translation>
    </message>
    <message>
        <source>Lưu làm mẫu</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Tên mẫu (biên bản mới từ mẫu này giữ cơ quan, thành phần, các nội dung và nơi nhận; không giữ số, ý kiến, kết luận, biểu quyết, nhiệm vụ):</source>
        <translation>Template name (new minutes from it keep the body, the attendees, the agenda items and the recipients; not the number, statements, conclusions, votes or tasks):</translation>
    </message>
    <message>
        <source>Đã có mẫu “%1”. Thay mẫu cũ bằng biên bản này?</source>
        <translation>A template “%1” already exists. Replace it with these minutes?</translation>
    </message>
    <message>
        <source>Thay mẫu cũ</source>
        <translation>Replace the old template</translation>
    </message>
    <message>
        <source>Không lưu được mẫu</source>
        <translation>The template could not be saved</translation>
    </message>
    <message>
        <source>Đã lưu mẫu “%1”: chọn nó trong “Biên bản mới…” (Ctrl+N).</source>
        <translation>Saved the template “%1”: pick it in “New minutes…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Xóa mẫu của tôi</source>
        <translation>Delete my template</translation>
    </message>
    <message>
        <source>Chưa có mẫu nào của bạn. Dùng “Lưu làm mẫu…” để tạo từ một biên bản.</source>
        <translation>You have no templates yet. Use “Save as template…” to make one from minutes.</translation>
    </message>
    <message>
        <source>Mẫu cần xóa:</source>
        <translation>Template to delete:</translation>
    </message>
    <message>
        <source>Xóa mẫu “%1”? Các biên bản đã tạo từ mẫu này không bị ảnh hưởng.</source>
        <translation>Delete the template “%1”? Minutes made from it are not affected.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa được mẫu</source>
        <translation>The template could not be deleted</translation>
    </message>
    <message>
        <source>Đã xóa mẫu “%1”.</source>
        <translation>Deleted the template “%1”.</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Biên bản mới từ cuộc họp trước</source>
        <translation>New minutes from an earlier meeting</translation>
    </message>
    <message>
        <source>Không đọc được danh sách biên bản</source>
        <translation>The list of minutes cannot be read</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào trong cơ sở dữ liệu này.</source>
        <translation>There are no meetings in this database yet.</translation>
    </message>
    <message>
        <source>Chọn cuộc họp trước (biên bản mới giữ cơ quan, thành phần, nơi nhận; tháng, năm trong tên cuộc họp được chuyển sang kỳ sau):</source>
        <translation>Pick the earlier meeting (the new minutes keep the body, attendees and recipients; the month and year in the meeting&apos;s name move on to the next period):</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Hoàn tác (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Tên của bạn</source>
        <extracomment>Asks for a name given the current one; returns None when cancelled.</extracomment>
        <translation>Your Name</translation>
    </message>
    <message>
        <source>Tên của bạn được ghi vào lịch sử duyệt, ý kiến góp ý và nhật ký thay đổi. Hãy nhập họ tên đầy đủ, có dấu (ví dụ: Nguyễn Thị Lan).</source>
        <translation>Your name is recorded in the review history, comments and change log. Enter your full name with diacritics (e.g. Nguyễn Thị Lan).</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Biểu quyết mới (Alt+B)</source>
        <translation>New vote (Alt+B)</translation>
    </message>
    <message>
        <source>Nội dung biểu quyết, ví dụ: Thông qua báo cáo</source>
        <translation>What is voted on, e.g. Adopt the report</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>In favour</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Không biểu quyết</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Biểu quyết mới</source>
        <translation>New vote</translation>
    </message>
    <message>
        <source>Sửa số phiếu biểu quyết</source>
        <translation>Change a vote count</translation>
    </message>
    <message>
        <source>Có mặt {n} người có quyền biểu quyết.</source>
        <translation>{n} present who may vote.</translation>
    </message>
    <message>
        <source>Biểu quyết {n}/{total}</source>
        <translation>Vote {n}/{total}</translation>
    </message>
    <message>
        <source>Có mặt {n}</source>
        <translation>{n} present</translation>
    </message>
    <message>
        <source>Có quyền biểu quyết {eligible} (đang có mặt {present})</source>
        <translation>Eligible {eligible} (present now {present})</translation>
    </message>
    <message>
        <source>{who}: tán thành {yes} ({yes_pct}), không tán thành {no} ({no_pct}), không biểu quyết {abstain} ({abstain_pct}).</source>
        <translation>{who}: in favour {yes} ({yes_pct}), against {no} ({no_pct}), abstaining {abstain} ({abstain_pct}).</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <source>Đã lưu mọi thay đổi</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu…</source>
        <translation>Unsaved changes…</translation>
    </message>
</context>
<context>
    <name>WordReviewActions</name>
    <message>
        <source>Gửi chủ trì &amp;góp ý (Word)…</source>
        <translation>Send to the chair for &amp;review (Word)…</translation>
    </message>
    <message>
        <source>Ghi bản dự thảo (DOCX) để chủ trì góp ý và sửa trong Word</source>
        <translation>Write the draft (DOCX) for the chair to comment on and edit in Word</translation>
    </message>
    <message>
        <source>&amp;Nhận bản góp ý…</source>
        <translation>Take &amp;back a reviewed copy…</translation>
    </message>
    <message>
        <source>Đọc ý kiến và chỗ sửa trong bản Word gửi lại; chưa thay đổi biên bản</source>
        <translation>Read the comments and changes of a returned Word copy; the minutes do not change yet</translation>
    </message>
    <message>
        <source>&amp;Các đề xuất sửa…</source>
        <translation>&amp;Proposed changes…</translation>
    </message>
    <message>
        <source>Góp ý &amp;Word</source>
        <translation>&amp;Word review</translation>
    </message>
    <message>
        <source>Góp ý Word</source>
        <translation>Word review</translation>
    </message>
    <message>
        <source>Hãy chọn một biên bản.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>Gửi chủ trì góp ý (Word)</source>
        <translation>Send to the chair for review (Word)</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Ghi bản góp ý</source>
        <translation>Writing the review copy</translation>
    </message>
    <message>
        <source>Nhận bản góp ý</source>
        <translation>Take back a reviewed copy</translation>
    </message>
    <message>
        <source>Đã nhận bản góp ý</source>
        <translation>Reviewed copy taken back</translation>
    </message>
    <message>
        <source>%1 ý kiến, %2 đề xuất sửa. Biên bản chưa thay đổi.</source>
        <translation>%1 comments, %2 proposed changes. The minutes have not changed.</translation>
    </message>
    <message>
        <source>Hãy mở biên bản để xem các đề xuất sửa.</source>
        <translation>Open the meeting to see its proposed changes.</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Trình duyệt</source>
        <translation>Submit for Review</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Kiểm tra nguyên vẹn</source>
        <translation>Check Integrity</translation>
    </message>
    <message>
        <source>Không đọc được biên bản</source>
        <translation>Cannot read the minutes</translation>
    </message>
    <message>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Phiên bản đã duyệt {n} — {by}, {at}</source>
        <translation>Approved version {n} — {by}, {at}</translation>
    </message>
    <message>
        <source> · đang soạn phiên bản {n}</source>
        <translation> · drafting version {n}</translation>
    </message>
    <message>
        <source>Chưa có phiên bản đã duyệt</source>
        <translation>No approved version yet</translation>
    </message>
    <message>
        <source>Chưa có người chủ trì</source>
        <translation>No Chair Recorded</translation>
    </message>
    <message>
        <source>Biên bản chưa ghi người chủ trì hay người dự họp nên chưa chọn được người duyệt; hãy trả lại để thư ký bổ sung.</source>
        <translation>The minutes record no chair and no attendee, so no approver can be chosen; return them so that the secretary completes them.</translation>
    </message>
    <message>
        <source>Người duyệt</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Ai duyệt biên bản này (theo thành phần đã ghi trong biên bản)?</source>
        <translation>Who approves these minutes (among the people the minutes record)?</translation>
    </message>
    <message>
        <source>Chưa có tên người dùng</source>
        <translation>Your Name Is Not Set</translation>
    </message>
    <message>
        <source>Cần biết tên của bạn để ghi vào lịch sử duyệt (Tùy chọn › Tên của bạn).</source>
        <translation>Your name is needed for the review history (Options › Your Name).</translation>
    </message>
    <message>
        <source>Trả lại biên bản</source>
        <translation>Return the Minutes</translation>
    </message>
    <message>
        <source>Ý kiến gửi thư ký (bắt buộc):</source>
        <translation>Comment for the secretary (required):</translation>
    </message>
    <message>
        <source>Mở lại biên bản đã duyệt</source>
        <translation>Reopen Approved Minutes</translation>
    </message>
    <message>
        <source>Lý do mở lại (bắt buộc); lần duyệt sau sẽ là phiên bản mới:</source>
        <translation>Reason for reopening (required); the next approval will be a new version:</translation>
    </message>
    <message>
        <source>Chưa ghi {what}; biên bản giữ nguyên.</source>
        <translation>No {what} given; the minutes are unchanged.</translation>
    </message>
    <message>
        <source>Duyệt biên bản</source>
        <translation>Approve the Minutes</translation>
    </message>
    <message>
        <source>Sau khi duyệt, biên bản được cấp số (nếu chưa có), khóa nội dung và chỉ mở để xem; muốn sửa phải «Mở lại» kèm lý do. Duyệt biên bản này?</source>
        <translation>Once approved, the minutes get a number (if they have none), their content is locked and they open read-only; to edit them you must «Reopen» them with a reason. Approve these minutes?</translation>
    </message>
    <message>
        <source>Số biên bản cách xa số tiếp theo</source>
        <translation>Number Far Above the Next One</translation>
    </message>
    <message>
        <source>{message}

Vẫn duyệt với số này?</source>
        <translation>{message}

Approve with this number anyway?</translation>
    </message>
    <message>
        <source>Không thực hiện được «{step}»</source>
        <translation>Could not «{step}»</translation>
    </message>
    <message>
        <source>Đã duyệt biên bản</source>
        <translation>Minutes Approved</translation>
    </message>
    <message>
        <source>Biên bản được cấp số {number} trong sổ biên bản.</source>
        <translation>The minutes got number {number} in the register.</translation>
    </message>
    <message>
        <source>Không kiểm tra được</source>
        <translation>Cannot Check</translation>
    </message>
    <message>
        <source>Mã chuỗi: {chain}</source>
        <translation>Chain hash: {chain}</translation>
    </message>
    <message>
        <source>Biên bản nguyên vẹn</source>
        <translation>The Minutes Are Intact</translation>
    </message>
    <message>
        <source>Biên bản đã bị thay đổi ngoài ứng dụng</source>
        <translation>The Minutes Were Changed outside the Application</translation>
    </message>
    <message>
        <source>Nội dung biên bản không còn khớp với bản đã duyệt: có người đã sửa cơ sở dữ liệu ngoài ứng dụng. Hãy khôi phục bản sao lưu hoặc báo người quản trị; xem «Chi tiết» để biết chỗ không khớp.</source>
        <translation>The minutes no longer match the approved version: someone changed the database outside the application. Restore a backup or tell your administrator; see “Details” for what does not match.</translation>
    </message>
    <message>
        <source>Biên bản chưa được duyệt lần nào; lịch sử duyệt và nhật ký sửa đổi còn nguyên vẹn.</source>
        <translation>The minutes have never been approved; the review history and the change log are intact.</translation>
    </message>
    <message>
        <source>Biên bản không bị thay đổi kể từ khi được duyệt (phiên bản {n}).</source>
        <translation>The minutes have not changed since they were approved (version {n}).</translation>
    </message>
    <message>
        <source>Các phiên bản đã duyệt (đến phiên bản {n}) còn nguyên vẹn; bản đang soạn chưa được duyệt.</source>
        <translation>The approved versions (up to version {n}) are intact; the draft being written is not approved yet.</translation>
    </message>
    <message>
        <source>Biên bản còn lỗi, cần sửa trước:</source>
        <translation>The minutes still have errors to fix first:</translation>
    </message>
</context>
</TS>
