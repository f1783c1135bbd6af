// This file is long on purpose: it is the whole Vietnamese catalogue, one template per message key, so that a
// translator or a reviewer reads every sentence the tool can say in one place (DESIGN "Messages/").

/// Every Vietnamese sentence of findings and verdicts, by key: the same facts, numbers and offsets as the
/// English catalogue, complete — never a shortened version (`MessageCatalogueTests` checks the keys and
/// arguments match and that no English is left).
enum VietnameseMessages {
    static let templates: [String: String] = [
        // MARK: entries
        "container.layout.android-reservation.location-removed":
            "Bộ ghi Android đã dành {reserved} byte cho chỉ mục ở đầu tệp ({formula}: kích thước cơ sở, các khóa siêu dữ liệu và 30 byte cho vị trí); moov ({moovBytes} byte tại byte {moovOffset}) và hộp free theo sau ({freeBytes} byte tại byte {freeOffset}) nay chỉ chiếm {found}, thiếu đúng {missing} byte — bằng kích thước hộp udta chứa tọa độ ©xyz — và tệp không có vị trí. Tọa độ đã được ghi lúc quay rồi bị xóa sau đó.",
        "container.editlist.cut.retimed":
            "Danh sách biên tập (edit list) của rãnh hình phát dữ liệu đã lưu thành {segments} đoạn liên tiếp (bắt đầu tại {starts} s): bản ghi được đổi nhịp (đoạn quay chậm hoặc đổi tốc độ), không phần nào bị bỏ qua.",
        "container.editlist.cut.retimed-rates":
            "Danh sách biên tập (edit list) của rãnh hình phát dữ liệu đã lưu thành {segments} đoạn liên tiếp với tốc độ khác nhau (bắt đầu tại {starts} s): bản ghi được đổi nhịp (đoạn quay chậm hoặc đổi tốc độ), không phần nào bị bỏ qua.",
        "container.editlist.cut.parts":
            "Danh sách biên tập (edit list) của rãnh hình phát lần lượt {segments} phần tách rời của dữ liệu đã lưu (bắt đầu tại {starts} s): một lần ghép hoặc cắt được thực hiện mà không mã hóa lại.",
        "container.editlist.cut.part-of-first-picture":
            "một phần của khung hình đầu tiên",
        "container.editlist.cut.about-pictures":
            "khoảng {frames} khung hình",
        "container.editlist.cut.hidden-start":
            "Danh sách biên tập bắt đầu phát tại thời điểm media {mediaTime}, tức {seconds} s ({amount}) sau khung hình đầu tiên được lưu ({earliest}): các khung hình quay trước điểm cắt vẫn nằm trong tệp nhưng bị ẩn — cắt bớt mà không mã hóa lại.",
        "container.editlist.cut.hidden-seconds":
            "Danh sách biên tập bắt đầu phát từ giây thứ {seconds} của video đã lưu: phần đầu bản ghi vẫn nằm trong tệp nhưng bị ẩn (cắt bớt mà không mã hóa lại).",
        "container.editlist.cut.empty-intervals":
            "Danh sách biên tập chèn {count} khoảng trống vào giữa các phần của video.",
        "container.metadata.empty-item-list.tracks":
            "Video chứa {count} danh sách mục siêu dữ liệu rỗng, danh sách đầu tiên tại {path} (byte {byteOffset}), có danh sách nằm trong một rãnh: một bộ đóng gói phần mềm đã dựng các hộp siêu dữ liệu mà không có gì để đặt vào — qtmux và mp4mux của GStreamer để lại bố cục này. Không video camera nào trong bộ mẫu ghi một danh sách rỗng; tệp chứa đã được ghi lại sau khi quay.",
        "container.metadata.empty-item-list.movie":
            "Video chứa một danh sách mục siêu dữ liệu rỗng tại {path} (byte {byteOffset}): một bộ đóng gói phần mềm đã dựng các hộp siêu dữ liệu mà không có gì để đặt vào — libavformat của FFmpeg để lại điều này khi không ghi thẻ nào. Không video camera nào trong bộ mẫu ghi một danh sách rỗng; tệp chứa đã được ghi lại sau khi quay.",
        "container.layout.apple-writer.data-references":
            "Video mang các khóa camera của Apple ({device}), nhưng các rãnh tham chiếu dữ liệu của chúng bằng {entries} (rãnh đầu tiên tại byte {trackOffset}) thay vì mục 'alis' mà bộ ghi QuickTime của Apple dùng: một chương trình khác (FFmpeg, MP4Box, MediaMuxer) đã ghi lại tệp chứa sau khi quay và chép siêu dữ liệu của Apple sang.",
        "container.layout.apple-writer.data-references-no-tapt":
            "Video mang các khóa camera của Apple ({device}), nhưng các rãnh tham chiếu dữ liệu của chúng bằng {entries} (rãnh đầu tiên tại byte {trackOffset}) thay vì mục 'alis' mà bộ ghi QuickTime của Apple dùng, và rãnh hình không có hộp khẩu độ 'tapt': một chương trình khác (FFmpeg, MP4Box, MediaMuxer) đã ghi lại tệp chứa sau khi quay và chép siêu dữ liệu của Apple sang.",
        "container.layout.apple-writer.no-tapt":
            "Video mang các khóa camera của Apple ({device}) và tham chiếu dữ liệu 'alis', nhưng rãnh hình (tại byte {trackOffset}) không có hộp khẩu độ 'tapt' mà mọi video iPhone và iPad trong bộ mẫu đều có: một dấu hiệu yếu cho thấy một bộ ghi khác đã can thiệp (các bộ ghi QuickTime cũ có thể không ghi hộp này).",
        "container.writer.editing-software.tag-only-jpeg":
            "{field} ghi tên {software} (\"{value}\"), nhưng tệp JPEG không có phần đầu nào mà phần mềm đó ghi khi lưu một ảnh (Exif đứng đầu, không có đoạn JFIF hay Adobe, bảng Huffman và cách xếp bảng của máy ảnh, không có XMP): dữ liệu ảnh vẫn là của máy ảnh, còn thẻ Software đã được ghi thêm sau đó.",
        "container.writer.editing-software.tag-only-adobe":
            "{field} ghi tên {software} (\"{value}\"), nhưng tệp không có dấu vết nào mà các ứng dụng của Adobe ghi khi lưu (XMP ghi tên Adobe, kèm mã tài liệu và lịch sử; các đoạn Photoshop và Adobe trong JPEG): {software} chưa từng lưu tệp này, thẻ Software đã được ghi thêm sau đó.",
        "container.writer.editing-software.renderer":
            "{field} ghi tên {software} (\"{value}\"): tệp được tạo ra hoặc lưu lại bởi phần mềm chỉnh sửa, phần mềm này nén lại hình ảnh.",
        "container.writer.editing-software.metadata-tool":
            "{field} ghi tên {software} (\"{value}\"): siêu dữ liệu đã được công cụ đó ghi lại sau khi chụp hoặc quay.",
        "container.writer.ffmpeg.format-keys":
            "Các khóa siêu dữ liệu QuickTime có {keys} (khóa đầu tiên tại byte {byteOffset}): libavformat ghi các thẻ kiểu tệp của tệp nguồn thành khóa siêu dữ liệu khi được yêu cầu giữ mọi siêu dữ liệu (-movflags use_metadata_tags); máy quay không bao giờ lưu kiểu tệp của mình thành siêu dữ liệu. FFmpeg đã ghi tệp chứa này sau khi quay.",
        "container.writer.ffmpeg.default-file-type":
            "Hộp kiểu tệp (ftyp tại byte {byteOffset}) đúng bằng giá trị mặc định của libavformat ({fileType}), không kèm thẻ tên của FFmpeg: FFmpeg hoặc một ứng dụng dùng lại thiết lập của nó (bộ ghi của Telegram làm vậy) đã ghi tệp chứa sau khi quay; máy quay ghi kiểu tệp riêng của chúng.",
        "container.writer.ffmpeg.muxer-tag-text":
            "Tệp chứa ghi tên bộ ghi (muxer) của FFmpeg là trình ghi của nó ({version}, chuỗi này xuất hiện lần đầu tại byte {byteOffset}): tệp đã được dựng lại sau khi quay.",
        "container.writer.ffmpeg.muxer-tag-atom":
            "Tệp chứa ghi tên bộ ghi (muxer) của FFmpeg là trình ghi của nó ({version} trong '{atom}' tại byte {byteOffset}): tệp đã được dựng lại sau khi quay.",
        "container.writer.ffmpeg.muxer-tag":
            "Tệp chứa ghi tên bộ ghi (muxer) của FFmpeg là trình ghi của nó ({version}): tệp đã được dựng lại sau khi quay.",
        "container.layout.index-moved.moved-apple":
            "Chỉ mục mẫu (moov tại byte {moovOffset}) đứng trước dữ liệu hình (mdat tại byte {mdatOffset}); các hộp cấp cao nhất: {order}. Tệp vẫn mang siêu dữ liệu riêng của máy quay Apple ({sign}), mà loại máy này ghi theo thứ tự {layout}: chỉ mục chỉ có được khi việc ghi hình kết thúc. Tệp chứa đã được ghi lại sau khi quay (xuất kiểu fast-start, qt-faststart hoặc một trình sửa siêu dữ liệu).",
        "container.layout.index-moved.moved-gopro":
            "Chỉ mục mẫu (moov tại byte {moovOffset}) đứng trước dữ liệu hình (mdat tại byte {mdatOffset}); các hộp cấp cao nhất: {order}. Tệp vẫn mang siêu dữ liệu riêng của GoPro ({sign}), mà loại máy này ghi theo thứ tự {layout}: chỉ mục chỉ có được khi việc ghi hình kết thúc. Tệp chứa đã được ghi lại sau khi quay (xuất kiểu fast-start, qt-faststart hoặc một trình sửa siêu dữ liệu).",
        "container.layout.index-moved.moved-android":
            "Chỉ mục mẫu (moov tại byte {moovOffset}) đứng trước dữ liệu hình (mdat tại byte {mdatOffset}) mà không có hộp free theo sau; các hộp cấp cao nhất: {order}. Tệp vẫn mang siêu dữ liệu riêng của trình ghi hình camera Android ({sign}), và bộ ghi của Android đặt chỉ mục ở cuối hoặc vào vùng đã dành sẵn ở đầu tệp, rồi đánh dấu phần còn thừa của vùng đó thành một hộp free ngay sau chỉ mục ({layout}). Tệp chứa đã được ghi lại sau khi quay (qt-faststart, xuất kiểu fast-start hoặc một trình sửa siêu dữ liệu).",
        "container.layout.index-moved.sign-android":
            "khóa com.android.version {version}, trình xử lý rãnh VideoHandle",
        "container.layout.index-moved.sign-apple":
            "các khóa make {make}, model {model}, trình xử lý rãnh Core Media Video",
        "container.layout.index-moved.sign-gopro":
            "các trình xử lý rãnh {handlers}",
        "container.layout.index-moved.sign-gopro-firmware":
            "các trình xử lý rãnh {handlers}, phần mềm máy (firmware) {firmware}",
        "container.writer.matroska.no-writer":
            "Tệp là {kind} nhưng không ghi tên trình ghi nào trong Segment Info, điều mà mọi trình ghi {kind} đều phải làm: tệp được ghi bởi một phần mềm đã giấu tên của mình.",
        "container.writer.matroska.writer-muxed":
            "Tệp là {kind}, đóng gói bằng {muxingApp} (Segment Info tại byte {byteOffset}). Không dòng máy quay nào mà công cụ biết ghi trực tiếp ra {kind}: chính chương trình đó đã đưa hình ảnh vào tệp chứa này.",
        "container.writer.matroska.writer-muxed-dated":
            "Tệp là {kind}, đóng gói bằng {muxingApp} vào {date} (Segment Info tại byte {byteOffset}). Không dòng máy quay nào mà công cụ biết ghi trực tiếp ra {kind}: chính chương trình đó đã đưa hình ảnh vào tệp chứa này.",
        "container.writer.matroska.writer-written":
            "Tệp là {kind}, được ghi bởi {writingApp} (Segment Info tại byte {byteOffset}). Không dòng máy quay nào mà công cụ biết ghi trực tiếp ra {kind}: chính chương trình đó đã đưa hình ảnh vào tệp chứa này.",
        "container.writer.matroska.writer-written-dated":
            "Tệp là {kind}, được ghi bởi {writingApp} vào {date} (Segment Info tại byte {byteOffset}). Không dòng máy quay nào mà công cụ biết ghi trực tiếp ra {kind}: chính chương trình đó đã đưa hình ảnh vào tệp chứa này.",
        "container.writer.matroska.writer-written-muxed":
            "Tệp là {kind}, được ghi bởi {writingApp}, đóng gói bằng {muxingApp} (Segment Info tại byte {byteOffset}). Không dòng máy quay nào mà công cụ biết ghi trực tiếp ra {kind}: chính chương trình đó đã đưa hình ảnh vào tệp chứa này.",
        "container.writer.matroska.writer-written-muxed-dated":
            "Tệp là {kind}, được ghi bởi {writingApp}, đóng gói bằng {muxingApp} vào {date} (Segment Info tại byte {byteOffset}). Không dòng máy quay nào mà công cụ biết ghi trực tiếp ra {kind}: chính chương trình đó đã đưa hình ảnh vào tệp chứa này.",
        "media.read.incomplete.limit":
            "Việc đọc đã dừng vì chạm một giới hạn tài nguyên (báo cáo của bộ đọc: “{what}”). Tệp không được đọc tiếp, nên không thể kiểm tra.",
        "media.read.incomplete.no-video":
            "Tệp không chứa luồng hình nào ({streams} luồng khác): không có khung hình nào để kiểm tra.",
        "media.read.incomplete.no-sof":
            "Tệp JPEG không có phần đầu khung hình (SOF): trong tệp không có ảnh nào.",
        "media.read.incomplete.rejected":
            "Bộ giải mã không dùng được {count} gói dữ liệu; gói đầu tiên nằm sau khung hình {afterFrame} (thông báo của bộ giải mã: “{reason}”). Một phần luồng đã bị cắt mất, bị hỏng hoặc bị sửa.",
        "media.read.incomplete.rejected-at":
            "Bộ giải mã không dùng được {count} gói dữ liệu; gói đầu tiên nằm sau khung hình {afterFrame} (gói tại byte {byteOffset}; thông báo của bộ giải mã: “{reason}”). Một phần luồng đã bị cắt mất, bị hỏng hoặc bị sửa.",
        "media.read.incomplete.stopped":
            "Bộ giải mã không dùng được {count} gói dữ liệu; gói đầu tiên nằm sau khung hình {afterFrame} (thông báo của bộ giải mã: “{reason}”). Việc giải mã đã dừng trước khi hết luồng. Một phần luồng đã bị cắt mất, bị hỏng hoặc bị sửa.",
        "media.read.incomplete.stopped-at":
            "Bộ giải mã không dùng được {count} gói dữ liệu; gói đầu tiên nằm sau khung hình {afterFrame} (gói tại byte {byteOffset}; thông báo của bộ giải mã: “{reason}”). Việc giải mã đã dừng trước khi hết luồng. Một phần luồng đã bị cắt mất, bị hỏng hoặc bị sửa.",
        "media.read.incomplete.ended-early":
            "Video kết thúc sau {read} trên {indexed} mẫu mà chỉ mục của nó liệt kê (sau khung hình {afterFrame}, gói cuối tại byte {byteOffset}; tổng cộng {count} vấn đề): tệp đã bị cắt ngắn, hoặc chỉ mục đã bị sửa. Một phần luồng đã bị cắt mất, bị hỏng hoặc bị sửa.",
        "media.read.incomplete.raw-stream":
            "Tệp là một luồng video thô: không có chỉ mục hay phần đầu nào ghi độ dài bản ghi, nên một luồng bị cắt ngắn đúng ở ranh giới khung hình trông hệt như một luồng nguyên vẹn, và không thể xác nhận điểm kết thúc của nó. Để chấp nhận, cần yêu cầu bản xuất của chính đầu ghi, trong tệp chứa của nó; các khung hình có trong tệp vẫn đã được kiểm tra.",
        "media.read.incomplete.raw-stream-bcmedia":
            "Tệp là một luồng video thô (đóng khung BcMedia): không có chỉ mục hay phần đầu nào ghi độ dài bản ghi, nên một luồng bị cắt ngắn đúng ở ranh giới khung hình trông hệt như một luồng nguyên vẹn, và không thể xác nhận điểm kết thúc của nó. Để chấp nhận, cần yêu cầu bản xuất của chính đầu ghi, trong tệp chứa của nó; các khung hình có trong tệp vẫn đã được kiểm tra.",
        "media.read.incomplete.raw-not-decoded":
            "Luồng thô lớn hơn {mebibytes} MiB nên ở mức đọc này không được giải mã đến cuối, và chưa kiểm tra khung hình cuối cùng có trọn vẹn hay không. Hãy chạy với --depth full để giải mã đến cuối luồng.",
        "container.structure.incomplete.no-moov":
            "Tệp không có chỉ mục 'moov': cấu trúc dừng lại sớm. Bản ghi bị ngắt trước khi máy quay kịp hoàn tất tệp có dạng này; không thể kiểm tra hình ảnh.",
        "container.structure.incomplete.no-moov-reason":
            "Tệp không có chỉ mục 'moov' (báo cáo của bộ đọc cấu trúc: “{reason}”). Bản ghi bị ngắt trước khi máy quay kịp hoàn tất tệp có dạng này; không thể kiểm tra hình ảnh.",
        "container.structure.incomplete.partial":
            "Chỉ {covered} trên {total} byte tạo thành cấu trúc hợp lệ: việc duyệt cấu trúc đã dừng lại.",
        "container.structure.incomplete.partial-reason":
            "Chỉ {covered} trên {total} byte tạo thành cấu trúc hợp lệ (báo cáo của bộ đọc cấu trúc: “{reason}”).",
        "family.writer.invariant-broken.broken":
            "Tệp tự ghi nguồn là: {family} ({claim}); nhưng {differs}. Ở cả {originals} tệp gốc của dòng này, {invariant}.",
        "family.writer.invariant-broken.broken-one-original":
            "Tệp tự ghi nguồn là: {family} ({claim}); nhưng {differs}. Ở {originals} tệp gốc duy nhất của dòng này đã biết (một quy tắc yếu), {invariant}.",
        "family.writer.recognised.recognised":
            "Được nhận diện là {family} ({claim}): cả {held} bất biến áp dụng được đều đúng ({invariants}), rút ra từ {originals} tệp gốc.",
        "family.writer.recognised.recognised-one-original":
            "Được nhận diện là {family} ({claim}): cả {held} bất biến áp dụng được đều đúng ({invariants}), rút ra từ {originals} tệp gốc. Dòng này mới dựa trên một tệp gốc nên các bất biến của nó còn yếu.",
        "family.writer.unrecognised.none":
            "Không dòng máy quay nào mà công cụ biết nhận tệp này (không có gì trong tệp chỉ ra một dòng máy), nên không có bằng chứng khẳng định nào cho thấy một máy quay đã ghi tệp.",
        "family.writer.unrecognised.nearest":
            "Không dòng máy quay nào mà công cụ biết nhận tệp này (không có gì trong tệp chỉ ra một dòng máy), nên không có bằng chứng khẳng định nào cho thấy một máy quay đã ghi tệp. Gần nhất: {family}, {held} bất biến của dòng này đúng; khác biệt: {differs}.",
        "family.writer.unrecognised.nearest-unnamed":
            "Không dòng máy quay nào mà công cụ biết nhận tệp này (không có gì trong tệp chỉ ra một dòng máy), nên không có bằng chứng khẳng định nào cho thấy một máy quay đã ghi tệp. Gần nhất: {family}, {held} bất biến của dòng này đúng, nhưng tệp không ghi tên dòng này.",
        "common.duration.days":
            "{n} ngày",
        "common.duration.hours":
            "{n} giờ",
        "common.duration.minutes":
            "{n} phút",
        "metadata.device.missing.core-media":
            "Tệp được ghi bởi Apple Core Media (trình xử lý rãnh {handlers}) nhưng không có khóa hãng, mẫu máy hay ngày tạo nào mà máy quay luôn ghi: đây là một bản xuất hoặc bản chia sẻ, hoặc siêu dữ liệu đã bị xóa.",
        "metadata.device.identified.named":
            "Siêu dữ liệu ghi tên thiết bị {device} ({source}).",
        "metadata.device.identified.named-software":
            "Siêu dữ liệu ghi tên thiết bị {device}, phần mềm {software} ({source}).",
        "metadata.time.filename.name-moment":
            "Tên tệp {name} cho biết thời điểm {named}, nhưng {field} bên trong tệp là {capture}, lệch nhau {apart}: ngày giờ đã bị sửa hoặc tệp đã bị đổi tên.",
        "metadata.time.filename.name-day":
            "Tên tệp {name} cho biết ngày {named}, nhưng {field} bên trong tệp là {capture}, lệch nhau {apart}: ngày giờ đã bị sửa hoặc tệp đã bị đổi tên.",
        "metadata.time.filename.future":
            "{field} ({capture}) muộn hơn thời điểm kiểm tra ({now}): đồng hồ của thiết bị ghi bị sai, hoặc ngày giờ đã bị sửa.",
        "metadata.location.removed.accuracy-left":
            "Tệp vẫn giữ khóa độ chính xác vị trí của Apple ({accuracy} m, tại byte {byteOffset}) nhưng không còn vị trí mà khóa đó đi kèm: tọa độ GPS đã bị xóa sau khi quay.",
        "metadata.read.unparsed.unparsed":
            "Không đọc được một phần siêu dữ liệu của tệp (thông báo của trình đọc: “{reason}”); không thể kiểm tra thời gian, vị trí và thiết bị ghi trong phần đó.",
        "metadata.recording.absent.absent":
            "Video không ghi thiết bị lẫn thời điểm quay: thời điểm tạo trong tiêu đề video bằng 0 (1904-01-01) và không có siêu dữ liệu nào ghi hãng, mẫu máy, ngày giờ hay vị trí. Video của máy quay ít nhất cũng ghi thời điểm tạo; video này được ghi bởi một phần mềm chuyển đổi đã bỏ siêu dữ liệu, hoặc bởi một thiết bị ghi không có đồng hồ. Không có gì trong tệp có thể đối chiếu với một máy quay: cần hỏi nguồn gốc của video.",
        "metadata.recording.absent.absent-kept":
            "Video không ghi thiết bị lẫn thời điểm quay: thời điểm tạo trong tiêu đề video bằng 0 (1904-01-01) và không có siêu dữ liệu nào ghi hãng, mẫu máy, ngày giờ hay vị trí (siêu dữ liệu duy nhất: {kept}). Video của máy quay ít nhất cũng ghi thời điểm tạo; video này được ghi bởi một phần mềm chuyển đổi đã bỏ siêu dữ liệu, hoặc bởi một thiết bị ghi không có đồng hồ. Không có gì trong tệp có thể đối chiếu với một máy quay: cần hỏi nguồn gốc của video.",
        "metadata.time.inconsistent.track-differs":
            "Tiêu đề video ghi thời điểm tạo tệp là {movie}, nhưng {field} của rãnh {track} ghi {time} ({diff} s); máy quay ghi cả hai từ cùng một đồng hồ.",
        "metadata.time.implausible.zero":
            "Thời điểm tạo trong tiêu đề video bằng 0 (1904-01-01): không có thời điểm ghi nào được lưu, như khi tệp được dựng lại bằng một phần mềm chuyển đổi.",
        "metadata.time.implausible.before-2000":
            "Tiêu đề video ghi thời điểm tạo là {created}, trước năm 2000.",
        "metadata.time.implausible.modified-before-created":
            "Tiêu đề video được sửa đổi ({modified}) trước cả thời điểm được tạo ({created}).",
        "photo.jpeg.apple-exif-padding.not-padded":
            "Đoạn Exif (APP1 tại byte {byteOffset}) của ảnh {model} này ({version}) dài {length} byte, không phải bội số của {block}, {padding}. Máy ảnh iPhone đệm đoạn này bằng các byte có giá trị không đến ranh giới {block} byte (iPhone 4S chạy iOS 5.1.1: 12288 byte; iPhone 6 chạy iOS 8.3: 20480 byte). {certainty}",
        "photo.jpeg.apple-exif-padding.version-ios":
            "iOS {version}",
        "photo.jpeg.apple-exif-padding.version-software":
            "Software '{software}', không phải một phiên bản iOS",
        "photo.jpeg.apple-exif-padding.version-none":
            "không có thẻ Software",
        "photo.jpeg.apple-exif-padding.no-padding":
            "và kết thúc mà không có byte đệm nào có giá trị không",
        "photo.jpeg.apple-exif-padding.padding":
            "với {zeros} byte có giá trị không ở cuối",
        "photo.jpeg.apple-exif-padding.certain":
            "Siêu dữ liệu đã được ghi lại sau khi chụp (sửa ngày hoặc GPS, hoặc một công cụ siêu dữ liệu khác); bản thân ảnh có thể chưa bị động đến.",
        "photo.jpeg.apple-exif-padding.unseen-version":
            "Chưa thấy ảnh gốc nào từ {version}, nên đây chỉ là dấu hiệu yếu: bộ ghi của Apple có thể đã thay đổi.",
        "photo.jpeg.apple-exif-padding.no-version":
            "Không có phiên bản iOS của máy nên đây chỉ là dấu hiệu yếu; các kiểm tra khác đánh giá thẻ Software.",
        "photo.jpeg.camera-table-layout.dqt-one":
            "mọi bảng lượng tử trong một đoạn DQT",
        "photo.jpeg.camera-table-layout.dqt-per-table":
            "mỗi bảng lượng tử một đoạn DQT",
        "photo.jpeg.camera-table-layout.dht-one":
            "mọi bảng Huffman trong một đoạn DHT",
        "photo.jpeg.camera-table-layout.dht-per-table":
            "mỗi bảng Huffman một đoạn DHT",
        "photo.jpeg.camera-table-layout.codes-optimised":
            "mã Huffman được tối ưu riêng cho ảnh",
        "photo.jpeg.camera-table-layout.codes-annex-k":
            "các bảng Huffman theo Phụ lục K",
        "photo.jpeg.camera-table-layout.transcoder":
            "Exif ghi máy {make} {model}, loại máy ghi {camera} (như ảnh gốc tham chiếu của mẫu máy đó cho thấy); tệp này lại có {differences} — cách sắp xếp của công cụ chuyển mã libjpeg (jpegtran -optimize, xoay hoặc cắt không mất dữ liệu). Tệp đã được ghi lại sau khi chụp; bản thân ảnh có thể chưa bị nén lại.",
        "photo.jpeg.camera-table-layout.ijg":
            "Exif ghi máy {make} {model}, loại máy ghi {camera} (như ảnh gốc tham chiếu của mẫu máy đó cho thấy); tệp này lại có {differences} và bảng chuẩn của libjpeg ở chất lượng {quality}, loại bảng mà bộ mã hóa của máy ảnh không dùng: ảnh đã được phần mềm nén lại.",
        "photo.jpeg.camera-table-layout.ijg-hedged":
            "Exif ghi máy {make} {model}, loại máy ghi {camera} (như ảnh gốc tham chiếu của mẫu máy đó cho thấy); tệp này lại có {differences} và bảng chuẩn của libjpeg ở chất lượng {quality}, loại bảng mà bộ mã hóa của máy ảnh không dùng: dấu hiệu cho thấy phần mềm đã nén lại ảnh. Mẫu máy này mới được biết qua một ảnh gốc; một chế độ chụp khác của nó có thể sắp xếp bảng theo cách khác, nên riêng dấu hiệu này chưa đủ kết luận.",
        "photo.jpeg.camera-table-layout.rewritten":
            "Exif ghi máy {make} {model}, loại máy ghi {camera} (như ảnh gốc tham chiếu của mẫu máy đó cho thấy); tệp này lại có {differences}. Một chương trình khác đã ghi lại các bảng của ảnh sau khi chụp: một công cụ chuyển mã không mất dữ liệu (công cụ xoay ảnh giữ nguyên các hệ số) hoặc một bộ mã hóa đã nén lại ảnh — phần đầu tệp không cho biết là trường hợp nào.",
        "photo.jpeg.camera-table-layout.rewritten-hedged":
            "Exif ghi máy {make} {model}, loại máy ghi {camera} (như ảnh gốc tham chiếu của mẫu máy đó cho thấy); tệp này lại có {differences}. Điều này cho thấy có thể một chương trình khác đã ghi lại các bảng của ảnh sau khi chụp: một công cụ chuyển mã không mất dữ liệu (công cụ xoay ảnh giữ nguyên các hệ số) hoặc một bộ mã hóa đã nén lại ảnh — phần đầu tệp không cho biết là trường hợp nào. Mẫu máy này mới được biết qua một ảnh gốc; một chế độ chụp khác của nó có thể sắp xếp bảng theo cách khác, nên riêng dấu hiệu này chưa đủ kết luận.",
        "photo.dates.cross-check.gps-after":
            "DateTimeOriginal trong EXIF ({original}) muộn hơn {apart} so với giờ GPS mà máy ảnh đã ghi ({gps}): ngày chụp đã bị sửa sau khi chụp, hoặc đồng hồ của máy sai lệch đến mức đó (một lần định vị GPS cũ chỉ trễ vài giờ, không phải vài ngày).",
        "photo.dates.cross-check.gps-before":
            "DateTimeOriginal trong EXIF ({original}) sớm hơn {apart} so với giờ GPS mà máy ảnh đã ghi ({gps}): ngày chụp đã bị sửa sau khi chụp, hoặc đồng hồ của máy sai lệch đến mức đó (một lần định vị GPS cũ chỉ trễ vài giờ, không phải vài ngày).",
        "photo.dates.cross-check.xmp":
            "DateTimeOriginal trong EXIF ({original}) lệch {apart} so với XMP {field} ({value}), giá trị mà máy ảnh ghi cùng một lúc: các ngày trong EXIF đã bị sửa.",
        "photo.jpeg.editor-encoder.no-claim":
            "",
        "photo.jpeg.editor-encoder.claim":
            ", dù Exif của nó ghi máy ảnh {camera}",
        "photo.jpeg.editor-encoder.no-note":
            "",
        "photo.jpeg.editor-encoder.tables-note":
            " Các bảng lượng tử của nó cũng trùng đúng với bảng của {source}.",
        "photo.jpeg.editor-encoder.source-0":
            "Adobe Photoshop CS6, ở một trong 13 mức chất lượng của nó",
        "photo.jpeg.editor-encoder.source-1":
            "Adobe Photoshop Lightroom, ở một mức chất lượng",
        "photo.jpeg.editor-encoder.source-2":
            "Adobe Photoshop Lightroom, ở một mức chất lượng khác",
        "photo.jpeg.editor-encoder.adobe-flags":
            "Tệp JPEG có đoạn APP14 \"Adobe\" tại byte {byteOffset} với từ cờ {flags}, giá trị mà bộ mã hóa JPEG của Adobe (Photoshop, Lightroom, Camera Raw) ghi vào mọi ảnh nó lưu và libjpeg không bao giờ đặt{claim}: ảnh đã được phần mềm của Adobe nén, không phải do máy ảnh lưu.{note}",
        "photo.jpeg.editor-encoder.adobe-zero":
            "Tệp JPEG có đoạn APP14 \"Adobe\" tại byte {byteOffset} với các cờ đều bằng không{claim}: các phần mềm chỉnh sửa (ACDSee) và công cụ dựa trên libjpeg ghi đoạn này khi lưu; chưa thấy máy ảnh nào ghi, nhưng riêng dấu hiệu này chưa đủ kết luận.{note}",
        "photo.jpeg.editor-encoder.tables":
            "Cả 128 giá trị trong các bảng lượng tử của tệp JPEG đều trùng với bảng của {source}{claim}: dấu hiệu cho thấy {software} đã nén ảnh, dù riêng một bảng không bao giờ đủ để kết luận.",
        "photo.icc.editor-profile.embedded":
            "Tệp JPEG nhúng hồ sơ màu ICC \"{profile}\" (CMM '{cmm}', tác giả '{creator}', tại byte {byteOffset}) — {who} — trong khi Exif của nó ghi hãng máy ảnh {make}: một phần mềm chỉnh sửa đã lưu tệp này.",
        "photo.icc.editor-profile.who-hp":
            "hồ sơ sRGB của HP/Linotronic mà Photoshop, Lightroom và GIMP nhúng vào",
        "photo.icc.editor-profile.who-adbe":
            "một hồ sơ của Adobe",
        "photo.icc.editor-profile.who-lcms":
            "một hồ sơ LittleCMS (GIMP, ImageMagick, darktable)",
        "photo.exif.modified-after-capture.saved-later":
            "ModifyDate trong EXIF ({modified}) muộn hơn thời điểm chụp DateTimeOriginal ({original}) {apart}: tệp đã được lưu lại sau khi chụp.",
        "photo.exif.modified-after-capture.modified-before":
            "ModifyDate trong EXIF ({modified}) sớm hơn thời điểm chụp DateTimeOriginal ({original}) {apart}: một trong hai ngày đã bị sửa.",
        "photo.exif.dimensions.scaled":
            "Ảnh có kích thước {w}×{h} nhưng {field} ghi máy ảnh đã chụp {ew}×{eh}, cùng tỉ lệ khung ({scale}× mỗi chiều): ảnh đã bị thu phóng sau khi chụp, hoặc bị cắt theo đúng tỉ lệ đó, rồi được lưu lại mà vẫn giữ EXIF gốc. Là trường hợp nào thì chỉ ảnh thu nhỏ hoặc ảnh gốc mới cho biết được.",
        "photo.exif.dimensions.cropped":
            "Ảnh có kích thước {w}×{h} (tỉ lệ {aspect}) nhưng {field} ghi máy ảnh đã chụp {ew}×{eh} (tỉ lệ {recordedAspect}): một phần ảnh đã bị cắt bỏ sau khi chụp.",
        "photo.exif.rewritten.tag-order":
            "EXIF ghi hãng {make}, nhưng mọi giá trị đều được lưu theo thứ tự thẻ (thư mục Exif tại byte {byteOffset}: {count} giá trị, từ {first} đến {last}), như cách các công cụ ghi lại siêu dữ liệu như ExifTool lưu; máy ảnh của {make} không lưu như vậy ({camera}). EXIF đã được ghi lại sau khi chụp.",
        "photo.exif.rewritten.camera-samsung":
            "cả 4 trên 4 ảnh gốc từ điện thoại Samsung, 2011–2024: các tệp JPEG của Galaxy S2, Note 3 và J3 lưu maker note cuối cùng, sau UserComment và ImageUniqueID; tệp HEIC của Galaxy S24 FE bắt đầu bằng DateTimeOriginal",
        "photo.exif.rewritten.camera-oneplus":
            "ảnh gốc của OnePlus 8 lưu các giá trị theo thứ tự băm của Android ExifInterface, không đệm",
        "photo.exif.rewritten.camera-hmd-global":
            "ảnh gốc của Nokia 8.3 lưu các giá trị không theo thứ tự và không đệm",
        "photo.exif.rewritten.camera-huawei":
            "tệp của Huawei P30 (ELE-L29) lưu các giá trị không theo thứ tự và không đệm",
        "common.writer.editor-segments":
            "các đoạn của phần mềm chỉnh sửa ({segments})",
        "common.writer.finding":
            "phát hiện {id}",
        "photo.pixels.flat-fill.decode-errors":
            "Một hình chữ nhật trong ảnh (x {x}, y {y}, {w}×{h} điểm ảnh, chiếm {share} % ảnh) chỉ có một mức xám phẳng ({luma} trên 255): {blocks} khối 8×8 không hề có nhiễu cảm biến, phủ {fill} % hình chữ nhật, với đường biên sắc nét xung quanh. Ảnh giải mã có lỗi, và bộ giải mã lấp những phần không đọc được bằng các khối phẳng, nên trường hợp này cần được xem xét.",
        "photo.pixels.flat-fill.painted":
            "Một hình chữ nhật trong ảnh (x {x}, y {y}, {w}×{h} điểm ảnh, chiếm {share} % ảnh) chỉ có một mức xám phẳng ({luma} trên 255): {blocks} khối 8×8 không hề có nhiễu cảm biến, phủ {fill} % hình chữ nhật, với đường biên sắc nét xung quanh. Máy ảnh không ghi ra những vùng phẳng như vậy, và phần mềm đã ghi lại ảnh này ({writer}): một ô đã được tô đè lên một phần của ảnh.",
        "photo.pixels.flat-fill.camera-layout":
            "Một hình chữ nhật trong ảnh (x {x}, y {y}, {w}×{h} điểm ảnh, chiếm {share} % ảnh) chỉ có một mức xám phẳng ({luma} trên 255): {blocks} khối 8×8 không hề có nhiễu cảm biến, phủ {fill} % hình chữ nhật, với đường biên sắc nét xung quanh. Tệp vẫn có cấu trúc như máy ảnh ghi, nên trường hợp này cần được xem xét: hãy xem vùng ảnh đó.",
        "photo.heif.metadata-relocated.after-data":
            "Mục EXIF được lưu tại byte {byteOffset}, sau toàn bộ dữ liệu ảnh (kết thúc tại byte {imageEnd}): các công cụ siêu dữ liệu nối EXIF đã ghi lại vào vị trí đó.",
        "photo.heif.metadata-relocated.after-data-apple":
            "Mục EXIF được lưu tại byte {byteOffset}, sau toàn bộ dữ liệu ảnh (kết thúc tại byte {imageEnd}): các công cụ siêu dữ liệu nối EXIF đã ghi lại vào vị trí đó; iPhone ghi mục này trước các ô ảnh.",
        "photo.heif.metadata-relocated.after-data-mdats":
            "Mục EXIF được lưu tại byte {byteOffset}, sau toàn bộ dữ liệu ảnh (kết thúc tại byte {imageEnd}), trong một trong {mdats} hộp mdat: các công cụ siêu dữ liệu nối EXIF đã ghi lại vào vị trí đó.",
        "photo.heif.metadata-relocated.after-data-mdats-apple":
            "Mục EXIF được lưu tại byte {byteOffset}, sau toàn bộ dữ liệu ảnh (kết thúc tại byte {imageEnd}), trong một trong {mdats} hộp mdat: các công cụ siêu dữ liệu nối EXIF đã ghi lại vào vị trí đó; iPhone ghi mục này trước các ô ảnh.",
        "photo.heif.writer-layout.reordered":
            "EXIF ghi hãng {make}, loại máy xếp các hộp con của hộp meta HEIF theo thứ tự {camera} ({basis}); hộp meta của tệp này (tại byte {byteOffset}) lại là {written}: tệp đã được một phần mềm khác ghi lại sau khi chụp.",
        "photo.heif.writer-layout.basis-apple":
            "cả 5 ảnh gốc iPhone trong bộ mẫu, từ iPhone 7 đến 17 Pro, iOS 11 đến 26, và một ảnh được cắt trong ứng dụng Ảnh của iOS",
        "photo.heif.writer-layout.basis-samsung":
            "một ảnh gốc Samsung trong bộ mẫu (Galaxy S24 FE)",
        "common.jpeg.jfif-before-exif":
            "phần đầu JFIF đứng trước đoạn Exif",
        "common.jpeg.ijg-tables":
            "các bảng chuẩn IJG",
        "common.jpeg.ijg-tables-quality":
            "các bảng chuẩn IJG ở chất lượng {quality}",
        "common.jpeg.quality-none":
            "",
        "common.jpeg.quality":
            " ở chất lượng {quality}",
        "photo.jpeg.transposed-tables.luma":
            "Bảng lượng tử độ sáng (DQT tại byte {offset}) là bảng chuẩn của libjpeg ở chất lượng {quality} nhưng bị hoán đổi hàng và cột: hàng đầu của nó là {row} và cột đầu là {column}, trong khi bảng của libjpeg ở mức chất lượng đó thì ngược lại. Bộ mã hóa ghi bảng đúng chiều; bảng chỉ bị chuyển vị khi một công cụ xoay dữ liệu ảnh đã mã hóa 90 hoặc 270 độ mà không nén lại (jpegtran, exiftran, chức năng xoay không mất dữ liệu của ứng dụng thư viện ảnh). Ảnh vẫn là ảnh của máy ảnh, bị xoay sau khi chụp, và tệp đã được ghi lại.",
        "photo.jpeg.software-writer.no-exif":
            "Tệp JPEG được ghi bởi phần mềm dựa trên libjpeg (phần đầu JFIF, mỗi bảng một đoạn, các bảng chuẩn IJG{quality}) và không mang siêu dữ liệu máy ảnh nào: ảnh được một ứng dụng hoặc phần mềm chuyển đổi nén, không phải do máy ảnh lưu.",
        "photo.jpeg.software-writer.no-exif-camera-quality":
            "Tệp JPEG có cấu trúc của libjpeg (phần đầu JFIF, mỗi bảng một đoạn, các bảng chuẩn IJG ở chất lượng {quality}) và không mang siêu dữ liệu máy ảnh nào. Phần mềm lưu ảnh ghi ra như vậy, nhưng một camera điện thoại dùng cấu trúc của libjpeg ở mức chất lượng của chính nó cũng để lại đúng như thế khi siêu dữ liệu bị xóa (ảnh gốc Nokia 8.3 chỉ khác ở phần Exif), nên riêng cấu trúc này không cho thấy ảnh đã bị nén lại.",
        "photo.jpeg.software-writer.a-camera":
            "một máy ảnh",
        "photo.jpeg.software-writer.resaved":
            "Tệp JPEG có cấu trúc như libjpeg ghi khi tự nén ảnh — {traits} — với Exif của {camera} được chèn sau phần đầu JFIF: ảnh đã được phần mềm (Pillow, ImageMagick, GIMP, một ứng dụng) giải mã rồi lưu lại; bộ ghi của máy ảnh đặt Exif lên đầu.",
        "photo.jpeg.software-writer.optimised-jfif":
            "Tệp JPEG có cấu trúc của libjpeg — phần đầu JFIF đứng trước, mỗi bảng lượng tử một đoạn DQT, mỗi bảng Huffman một đoạn DHT, mã Huffman được tối ưu cho chính ảnh này — với các bảng chuẩn của libjpeg ở chất lượng {quality}, mức mà chính máy ảnh điện thoại vẫn lưu, dưới Exif của {camera}. Một công cụ tối ưu không mất dữ liệu (jpegoptim, jpegtran) ghi ra đúng như vậy khi ghi lại một ảnh máy ảnh vốn đã dùng các bảng đó, kèm phần đầu JFIF của nó; một trình chỉnh sửa lưu lại ở đúng mức chất lượng đó với mã được tối ưu cũng ghi ra phần đầu y hệt. Tệp đã được ghi lại sau khi chụp; phần đầu tệp không cho biết ảnh có bị nén lại hay không.",
        "photo.jpeg.software-writer.progressive":
            "Ảnh được mã hóa thành JPEG kiểu {process}, nhưng Exif của nó ghi máy ảnh {camera}: máy ảnh ghi JPEG tuần tự (baseline), nên ảnh đã được phần mềm nén lại (xuất cho web, ứng dụng nhắn tin hoặc mạng xã hội).",
        "photo.jpeg.software-writer.apple-ijg":
            "Exif ghi {camera}, nhưng các bảng lượng tử là bảng chuẩn của IJG{quality}: bộ mã hóa máy ảnh của Apple dùng bảng riêng, nên ảnh đã được một phần mềm khác nén lại.",
        "photo.jpeg.software-writer.split-ijg":
            "Exif ghi {camera}, nhưng tệp JPEG có cấu trúc của libjpeg (mỗi bảng lượng tử một đoạn DQT, mỗi bảng Huffman một đoạn DHT) và các bảng chuẩn của libjpeg ở chất lượng {quality}, mức mà bộ mã hóa máy ảnh không dùng (các điện thoại dùng bảng IJG lưu ở mức 95–98; một lần ghi lại không mất dữ liệu giữ nguyên bảng của máy ảnh): ảnh đã được phần mềm dựa trên libjpeg (libvips, một phần mềm chuyển đổi, một ứng dụng) nén lại và Exif của máy ảnh được chép sang.",
        "photo.jpeg.software-writer.jfif-removed":
            "Tệp JPEG có cấu trúc của libjpeg (mỗi bảng một đoạn, mã Huffman được tối ưu) và các bảng chuẩn của libjpeg ở chất lượng {quality}, mức mà bộ mã hóa máy ảnh không dùng (các điện thoại dùng bảng IJG lưu ở mức 95–98): ảnh đã được phần mềm dựa trên libjpeg (GIMP, ImageMagick, một phần mềm chuyển đổi) nén, và phần đầu JFIF mà phần mềm đó ghi đã bị xóa sau đó.",
        "photo.jpeg.software-writer.transcoded":
            "Các đoạn của máy ảnh được giữ nguyên (Exif đứng đầu, không có phần đầu JFIF, thứ mà libjpeg ghi mỗi khi tự nén điểm ảnh), nhưng các bảng bị tách mỗi bảng một đoạn và mã Huffman được tối ưu: một công cụ chuyển mã libjpeg (jpegtran -optimize, công cụ xoay hoặc cắt không mất dữ liệu) đã ghi lại dữ liệu ảnh mà không nén lại.",
        "photo.jpeg.software-writer.three-traits":
            "Tệp JPEG có ba trong bốn đặc điểm cấu trúc của libjpeg ({traits}): thường là ảnh được phần mềm lưu lại, nhưng một số điện thoại cũng ghi như vậy.",
        "photo.metadata.stripped.jpeg":
            "Tệp JPEG không có đoạn siêu dữ liệu nào — không Exif, không phần đầu JFIF, không chú thích — và đi thẳng từ SOI đến {segment} tại byte {byteOffset}: siêu dữ liệu của nó đã bị xóa (máy ảnh ghi Exif, phần mềm dựa trên libjpeg ghi JFIF).",
        "photo.metadata.stripped.heif":
            "Tệp HEIF khai báo một mục Exif (mục {item} tại byte {byteOffset}) nhưng mục này không chứa EXIF: nội dung của mục đã bị xóa sau khi chụp (exiftool -all= để lại mục rỗng).",
        "photo.metadata.stripped.heif-no-data":
            "Tệp HEIF khai báo một mục Exif (mục {item}, không có dữ liệu) nhưng mục này không chứa EXIF: nội dung của mục đã bị xóa sau khi chụp (exiftool -all= để lại mục rỗng).",
        "photo.exif.no-camera-metadata.no-exif":
            "Ảnh không mang EXIF của máy ảnh (hoàn toàn không có EXIF): ứng dụng nhắn tin, ảnh chụp màn hình và phần mềm chuyển đổi xóa thông tin này. Không có gì gắn ảnh với một máy ảnh hay một thời điểm, nên không thể chấp nhận ảnh là bản gốc.",
        "photo.exif.no-camera-metadata.no-make":
            "Ảnh không mang EXIF của máy ảnh (có EXIF nhưng không ghi hãng hay mẫu máy): ứng dụng nhắn tin, ảnh chụp màn hình và phần mềm chuyển đổi xóa thông tin này. Không có gì gắn ảnh với một máy ảnh hay một thời điểm, nên không thể chấp nhận ảnh là bản gốc.",
        "photo.exif.device-removed.exposure":
            "EXIF vẫn giữ thông số phơi sáng mà máy ảnh đo ({tags}) nhưng thư mục thứ 0 (byte {byteOffset}) không có {missing}: chỉ máy ảnh mới ghi thông số phơi sáng, và mọi ảnh gốc từ máy ảnh trong bộ mẫu đều ghi hãng và mẫu máy bên cạnh, nên các thẻ thiết bị đã bị xóa sau khi chụp, phần EXIF còn lại của máy ảnh được giữ nguyên.",
        "photo.exif.device-removed.maker-note":
            "EXIF vẫn giữ ghi chú riêng của hãng máy ảnh (MakerNote dài {length} byte) nhưng thư mục thứ 0 (byte {byteOffset}) không có {missing}: phần mềm máy ảnh khi ghi ghi chú của hãng luôn ghi tên mình bên cạnh — phần mềm đọc giải mã ghi chú theo tên hãng — nên các thẻ thiết bị đã bị xóa sau khi chụp, phần EXIF còn lại của máy ảnh được giữ nguyên.",
        "metadata.location.written-twice.same":
            "Vị trí được ghi {count} lần — {places}: máy quay chỉ ghi một lần, ở chỗ riêng của trình ghi, còn một trình sửa thẻ ghi cho mọi phần mềm đọc thì ghi vào tất cả các chỗ. Vị trí đã được ghi sau khi quay; cần hỏi video được quay ở đâu.",
        "metadata.location.written-twice.different":
            "Vị trí được ghi {count} lần và các bản ghi không khớp nhau — {places}: máy quay chỉ ghi một lần, ở chỗ riêng của trình ghi. Vị trí đã được ghi sau khi quay; cần hỏi video được quay ở đâu.",
        "photo.format.shared-copy.format":
            "Ảnh là tệp {format}: máy ảnh lưu JPEG hoặc HEIC; {format} đến từ ảnh chụp màn hình, phần mềm chỉnh sửa hoặc ứng dụng web.",
        "photo.format.shared-copy.size":
            "Ảnh có kích thước {w}×{h}: cạnh dài {long} điểm ảnh là kích thước mà các ứng dụng nhắn tin thu ảnh về, và không có EXIF máy ảnh nào cho biết điều khác.",
        "photo.picture.decode-errors.errors":
            "Ảnh giải mã có lỗi (libavcodec báo mã sai hoặc các khối phải che lỗi trong phần dữ liệu quét bắt đầu tại byte {byteOffset}): các byte của nó không phải là những gì bộ mã hóa của máy ảnh đã ghi. Hư hỏng và thay đổi ở mức byte trông giống nhau, nên không thể bảo đảm cho các điểm ảnh và trường hợp này cần được xem xét.",
        "photo.jpeg.ijg-tables.ijg":
            "Tệp JPEG dùng các bảng lượng tử chuẩn của libjpeg ở chất lượng {quality}: đây là những gì phần mềm chỉnh sửa và ứng dụng nhắn tin ghi khi lưu lại một ảnh (các điện thoại dùng bảng này lưu ở mức 95–98).",
        "photo.format.screenshot.why-size":
            "kích thước {size} điểm ảnh của nó đúng bằng màn hình một điện thoại",
        "photo.format.screenshot.why-size-video":
            "kích thước {size} điểm ảnh của nó đúng bằng màn hình một điện thoại (và bằng một khung hình video: đây có thể là một khung hình lấy từ video)",
        "photo.format.screenshot.why-name":
            "tên tệp cho thấy đây là ảnh chụp màn hình ({name})",
        "photo.format.screenshot.why-size-name":
            "kích thước {size} điểm ảnh của nó đúng bằng màn hình một điện thoại và tên tệp cho thấy đây là ảnh chụp màn hình ({name})",
        "photo.format.screenshot.why-size-video-name":
            "kích thước {size} điểm ảnh của nó đúng bằng màn hình một điện thoại (và bằng một khung hình video: đây có thể là một khung hình lấy từ video) và tên tệp cho thấy đây là ảnh chụp màn hình ({name})",
        "photo.format.screenshot.captured-screen":
            "Ảnh được chụp từ màn hình: {why}, và không có hãng hay mẫu máy ảnh nào được ghi. Đây là một bản sao, không phải ảnh do máy ảnh chụp.",
        "photo.format.screenshot.captured-screen-or-video":
            "Ảnh được chụp từ màn hình hoặc từ một video: {why}, và không có hãng hay mẫu máy ảnh nào được ghi. Đây là một bản sao, không phải ảnh do máy ảnh chụp.",
        "photo.thumbnail.mismatch.name-heif":
            "mục ảnh thu nhỏ HEIF",
        "photo.thumbnail.mismatch.name-exif":
            "ảnh thu nhỏ EXIF",
        "photo.thumbnail.mismatch.no-note":
            "",
        "photo.thumbnail.mismatch.note-decode-errors":
            " Ảnh cũng giải mã có lỗi, nên không thể phân biệt hư hỏng ở các byte với một lần chỉnh sửa: cần xem xét vùng này.",
        "photo.thumbnail.mismatch.note-in-place":
            " Không có gì trong phần đầu tệp cho thấy dứt khoát rằng phần mềm đã ghi lại tệp, nên thay đổi có thể chỉ nằm trong dữ liệu ảnh đã mã hóa: hư hỏng khi lưu trữ hoặc truyền, hoặc một lần sửa ở mức byte; cần xem xét vùng này.",
        "photo.thumbnail.mismatch.different":
            "{name} ({tw}×{th}, tại byte {byteOffset}) không cho thấy cùng một hình với ảnh chính: độ khác biệt trung vị trên lưới {gw}×{gh} là {median} (các ảnh gốc từ máy ảnh trong bộ mẫu đều dưới 0,25; khoảng cách PDQ {pdq}). Ảnh đã bị cắt hoặc bị thay thế sau khi ảnh thu nhỏ được tạo.{note}",
        "photo.thumbnail.mismatch.local":
            "{name} (tại byte {byteOffset}) khớp với ảnh chính, trừ {cells} ô của lưới {gw}×{gh}, lệch tới {max} độ lệch chuẩn so với trung vị {median}, trong vùng x {x}, y {y}, {w}×{h} điểm ảnh: phần đó của ảnh đã bị thay đổi sau khi chụp (bị tô đè hoặc dán vào).{note}",
        "photo.picture.undecodable.not-examined":
            "Không giải mã được ảnh HEIC ở đây (báo cáo của bộ giải mã: “{reason}”), nên các kiểm tra ảnh thu nhỏ và vùng tô phẳng chưa chạy. Đây có thể là giới hạn của công cụ chứ không phải của tệp, nên tệp không bị gọi là không đọc được; nhưng ở mức kiểm tra này, ảnh phải được xem xét trước khi tệp được chấp nhận. Ở mức structure, chỉ siêu dữ liệu và cấu trúc của tệp được đánh giá.",
        "photo.picture.undecodable.undecodable":
            "Không giải mã được ảnh (báo cáo của bộ giải mã: “{reason}”): không thể kiểm tra các điểm ảnh của nó.",
        "common.trace.banner":
            "dấu hiệu bộ mã hóa {encoder}",
        "common.trace.banner-at":
            "dấu hiệu bộ mã hóa {encoder} tại byte {byteOffset}",
        "common.trace.muxer":
            "thẻ bộ ghi FFmpeg {version}",
        "common.trace.muxer-at":
            "thẻ bộ ghi FFmpeg {version} tại byte {byteOffset}",
        "common.trace.file-type":
            "hộp kiểu tệp của libavformat ({fileType})",
        "video.tracks.duration-mismatch.retimed":
            "Rãnh hình dài {video} s còn rãnh âm thanh dài {audio} s (lệch nhau {apart} s): hình ảnh đã bị đổi tốc độ, hoặc một rãnh đã bị cắt mà rãnh kia thì không (tệp đã được ghi lại bởi {trace}).",
        "video.tracks.duration-mismatch.review":
            "Rãnh hình dài {video} s còn rãnh âm thanh dài {audio} s (lệch nhau {apart} s): thiết bị ghi bắt đầu và dừng cả hai cùng lúc, nhưng không phần mềm nào ghi lại tệp này, nên trường hợp này cần được xem xét.",
        "video.content.discontinuity.what":
            "Giữa khung {before} và khung {after}, cảnh thay đổi hoàn toàn: mã PDQ của hai khung khác nhau {distance} trên 256 bit, trong khi 9 trên 10 cặp khung liên tiếp của video này chỉ khác nhau tối đa {usual} bit và hai khung ở mỗi bên đều ổn định",
        "video.content.discontinuity.what-cuts":
            "Giữa khung {before} và khung {after}, cảnh thay đổi hoàn toàn: mã PDQ của hai khung khác nhau {distance} trên 256 bit, trong khi 9 trên 10 cặp khung liên tiếp của video này chỉ khác nhau tối đa {usual} bit và hai khung ở mỗi bên đều ổn định; có {cuts} chỗ cắt như vậy",
        "video.content.discontinuity.what-at":
            "Giữa khung {before} và khung {after} (tại {seconds} s), cảnh thay đổi hoàn toàn: mã PDQ của hai khung khác nhau {distance} trên 256 bit, trong khi 9 trên 10 cặp khung liên tiếp của video này chỉ khác nhau tối đa {usual} bit và hai khung ở mỗi bên đều ổn định",
        "video.content.discontinuity.what-at-cuts":
            "Giữa khung {before} và khung {after} (tại {seconds} s), cảnh thay đổi hoàn toàn: mã PDQ của hai khung khác nhau {distance} trên 256 bit, trong khi 9 trên 10 cặp khung liên tiếp của video này chỉ khác nhau tối đa {usual} bit và hai khung ở mỗi bên đều ổn định; có {cuts} chỗ cắt như vậy",
        "video.content.discontinuity.joined":
            "{what}. Không chuyển động nào giải thích được điều này, và phần mềm đã ghi lại tệp ({trace}): một đoạn của bản ghi khác đã được ghép vào đây, hoặc một đoạn đóng băng kết thúc ở đây.",
        "video.content.discontinuity.why-no-trace":
            "Tệp không có dấu vết xử lý nào của phần mềm",
        "video.content.discontinuity.why-container-only":
            "Phần mềm chỉ ghi lại tệp chứa, việc này chỉ ghép các đoạn tại khung khóa, mà khung {after} không phải khung khóa",
        "video.content.discontinuity.review":
            "{what}. {why}; việc bật đèn, đèn flash hay che ống kính cũng có thể làm thay đổi toàn bộ hình, nên trường hợp này cần được xem xét.",
        "video.frames.decode-errors.frame":
            "khung {frame}",
        "video.frames.decode-errors.frame-at":
            "khung {frame} (gói tại byte {byteOffset})",
        "video.frames.decode-errors.errors":
            "{bad} trên {total} khung hình giải mã có lỗi ({list}); các khung khác bình thường: các byte của những khung lỗi khác với những gì bộ mã hóa đã ghi (bị sửa hoặc bị hỏng).",
        "video.double-compression.periodicity.periodic":
            "Thử nghiệm: các khung P cách nhau {period} khung, từ khung {frame} trở đi, lớn hơn trung bình {score} lần so với các khung bên cạnh: video có lẽ đã được mã hóa trước đó với một khung khóa mỗi {period} khung (nén hai lần; GOP đầu tiên ước tính {period}).",
        "video.double-compression.periodicity.periodic-off-grid":
            "Thử nghiệm: các khung P cách nhau {period} khung, từ khung {frame} trở đi, lớn hơn trung bình {score} lần so với các khung bên cạnh: video có lẽ đã được mã hóa trước đó với một khung khóa mỗi {period} khung (nén hai lần; GOP đầu tiên ước tính {period}). Các khung khóa của lần mã hóa trước rơi vào khung {phase} và cứ mỗi {period} khung sau đó, không phải khung 0 nơi một bản ghi bắt đầu: video có thể bắt đầu sau điểm đầu của bản ghi mà nó được mã hóa từ đó (bị cắt ở đầu, hoặc các khung trước khung {phase} đã bị bỏ). Chỉ là thông tin bối cảnh: chu kỳ và pha đều là ước tính.",
        "video.bitstream.encoder-banner.banner-a":
            "Luồng video chứa dấu hiệu (banner) của bộ mã hóa {encoder} ({banner}) tại byte {byteOffset}; bộ mã hóa phần cứng của máy quay không bao giờ ghi dấu hiệu này.",
        "video.bitstream.encoder-banner.banner-a-description":
            "Luồng video chứa dấu hiệu (banner) của bộ mã hóa {encoder} ({banner}) tại byte {byteOffset} (trong phần mô tả mẫu); bộ mã hóa phần cứng của máy quay không bao giờ ghi dấu hiệu này.",
        "video.bitstream.encoder-banner.banner-an":
            "Luồng video chứa dấu hiệu (banner) của bộ mã hóa {encoder} ({banner}) tại byte {byteOffset}; bộ mã hóa phần cứng của máy quay không bao giờ ghi dấu hiệu này.",
        "video.bitstream.encoder-banner.banner-an-description":
            "Luồng video chứa dấu hiệu (banner) của bộ mã hóa {encoder} ({banner}) tại byte {byteOffset} (trong phần mô tả mẫu); bộ mã hóa phần cứng của máy quay không bao giờ ghi dấu hiệu này.",
        "video.frames.errors-from-keyframe.keyframe":
            "khung khóa {frame}",
        "video.frames.errors-from-keyframe.keyframe-at":
            "khung khóa {frame} ({seconds} s)",
        "video.frames.errors-from-keyframe.keyframe-at-byte":
            "khung khóa {frame} ({seconds} s, gói tại byte {byteOffset})",
        "video.frames.errors-from-keyframe.what":
            "Cả {clean} khung trước {at} đều giải mã tốt; từ đó đến hết, {bad} trên {after} khung giải mã có lỗi, trong mọi nhóm khung của {groups} nhóm khung tiếp theo (khung lỗi đầu tiên là khung {first})",
        "video.frames.errors-from-keyframe.joined":
            "{what}: các khung đó không được mã hóa bằng bộ tham số mà tệp này khai báo. Phần mềm đã ghi lại tệp ({trace}): một đoạn từ một lần mã hóa khác đã được ghép vào tại {at}.",
        "video.frames.errors-from-keyframe.review-in-band":
            "{what}. Luồng lặp lại bộ tham số ở mỗi khung khóa, nên một đoạn được ghép thêm sẽ mang bộ tham số riêng và vẫn giải mã được; lỗi như thế này đến từ mất dữ liệu (đầu ghi qua mạng) hoặc hư hỏng, nên trường hợp này cần được xem xét.",
        "video.frames.errors-from-keyframe.review-no-trace":
            "{what}. Tệp không có dấu vết xử lý nào của phần mềm và hư hỏng khi lưu trữ cũng có thể trông như vậy, nên trường hợp này cần được xem xét.",
        "video.content.frozen.what":
            "Các khung {first}–{last} lặp lại khung {repeated} (khoảng cách PDQ ≤ {same}) trong {span} s, trong khi cảnh vẫn chuyển động trước và sau đó ({before} và {after} bit)",
        "video.content.frozen.what-runs":
            "Các khung {first}–{last} lặp lại khung {repeated} (khoảng cách PDQ ≤ {same}) trong {span} s, trong khi cảnh vẫn chuyển động trước và sau đó ({before} và {after} bit); có {runs} đoạn như vậy",
        "video.content.frozen.replaced":
            "{what}. Tệp đã được phần mềm xử lý ({trace}): các khung hình đã bị thay bằng một đoạn đóng băng.",
        "video.content.frozen.why-still":
            "hình cũng đứng yên ở những chỗ khác trong video ({runs} đoạn khác dài hơn {seconds} s), như với một máy quay cố định hướng vào một cảnh yên tĩnh",
        "video.content.frozen.why-no-trace":
            "không có dấu vết xử lý của phần mềm, và một thiết bị ghi bù khung cho cảm biến chậm cũng có thể lặp lại khung hình",
        "video.content.frozen.review":
            "{what}. Nhưng {why}, nên trường hợp này cần được xem xét.",
        "video.bitstream.encoder-settings.weighted-prediction":
            "Bộ tham số ảnh H.264 (avcC, byte {byteOffset}) bật dự đoán có trọng số tường minh cho khung P (weighted_pred_flag 1, weighted_bipred_idc {bipred}), như các thiết lập mặc định của x264; không luồng H.264 nào của máy quay, điện thoại hay bộ mã hóa khác trong bộ mẫu làm vậy, và luồng này không còn dấu hiệu (banner) nào của bộ mã hóa. Một dấu hiệu yếu cho thấy phần mềm đã mã hóa hình ảnh rồi xóa tên của nó.",
        "video.gop.out-of-pattern.early-one":
            "Thiết bị ghi đặt một khung khóa mỗi {period} khung ({n} trên {intervals} khoảng), nhưng khung khóa tại mẫu {samples} đến sớm (sau {after} khung): một đoạn có thể bắt đầu tại đó (ghép hoặc cắt).",
        "video.gop.out-of-pattern.early-many":
            "Thiết bị ghi đặt một khung khóa mỗi {period} khung ({n} trên {intervals} khoảng), nhưng các khung khóa tại các mẫu {samples} đến sớm (sau lần lượt {after} khung): một đoạn có thể bắt đầu tại đó (ghép hoặc cắt).",
        "video.format.non-camera-size.core-media":
            "Apple (bộ ghi Core Media)",
        "video.format.non-camera-size.scaled":
            "Video có kích thước {w}×{h}, một kích thước mà không máy quay {device} nào ghi, dù tệp nói rằng thiết bị đó đã tạo ra nó: hình ảnh đã được thu phóng và mã hóa lại sau khi quay (một lần xuất, chia sẻ, hoặc qua ứng dụng nhắn tin).",
        "video.format.non-camera-size.unusual":
            "Video có kích thước {w}×{h}, không phải kích thước mà máy quay thường ghi (các bản xuất và ứng dụng nhắn tin thu phóng về những kích thước như vậy; một số thiết bị ghi dùng kích thước khác thường).",
        "video.stream.parameters-changed.size-joined":
            "Khung hình đổi kích thước tại khung {frame} ({seconds} s), từ {fw}×{fh} sang {tw}×{th}: các đoạn được mã hóa với thiết lập khác nhau đã được ghép lại.",
        "video.stream.parameters-changed.size-review":
            "Khung hình đổi kích thước tại khung {frame} ({seconds} s), từ {fw}×{fh} sang {tw}×{th}; không phần mềm nào ghi lại tệp MP4/MOV này, hoặc đây là định dạng của thiết bị ghi có thể chuyển giữa các luồng của một máy quay, nên trường hợp này cần được xem xét.",
        "video.stream.parameters-changed.sample-descriptions":
            "Rãnh hình có {count} mô tả mẫu ({entries}): các khung được mã hóa với những bộ tham số khác nhau đã được đặt vào một rãnh, như khi các đoạn video được ghép mà không mã hóa lại.",
        "common.ellipsis":
            "…",
        "video.bitstream.signed-video.signer-manufacturer":
            "{value}",
        "video.bitstream.signed-video.signer-hardware":
            "phần cứng {value}",
        "video.bitstream.signed-video.signer-firmware":
            "phần mềm máy (firmware) {value}",
        "video.bitstream.signed-video.signer-serial":
            "số sê-ri {value}",
        "video.bitstream.signed-video.no-signer":
            "",
        "video.bitstream.signed-video.by":
            " của {signer}",
        "video.bitstream.signed-video.no-note":
            "",
        "video.bitstream.signed-video.key-note":
            " Khóa công khai là khóa mà chính luồng mang theo (SHA-256 {key}…): ai giữ khóa này phải được xác nhận với hãng sản xuất hoặc chủ sở hữu máy quay.",
        "video.bitstream.signed-video.unchecked":
            "Luồng mang {count} đơn vị SEI Signed Video{who} mà công cụ này không kiểm tra được ({outcomes}: một thuật toán băm khác, hoặc luồng không mang khóa công khai). Hãy xác minh chúng bằng công cụ kiểm tra của hãng.",
        "video.bitstream.signed-video.place-picture-at":
            "khung {picture} tại byte {byteOffset}",
        "video.bitstream.signed-video.place-picture":
            "khung {picture}",
        "video.bitstream.signed-video.place-listed-at":
            "một khung có trong danh sách tại byte {byteOffset}",
        "video.bitstream.signed-video.place-listed":
            "một khung có trong danh sách",
        "video.bitstream.signed-video.added":
            "Luồng được ký bằng Signed Video{who}, nhưng {count} đơn vị khung hình nằm trong một nhóm khung đã ký lại không có trong danh sách được ký lúc ghi hình ({places}): các khung hình đã được thêm vào sau khi quay.",
        "video.bitstream.signed-video.at-byte":
            "byte {byteOffset}",
        "video.bitstream.signed-video.at-packet":
            "gói {packet}",
        "video.bitstream.signed-video.invalid":
            "{count} trên {total} chữ ký không xác minh được bằng khóa mà chúng mang theo (SEI tại {at})",
        "video.bitstream.signed-video.changed":
            "{count} đơn vị khung hình khác với mã băm đã được ký cho chúng ({places})",
        "video.bitstream.signed-video.missing":
            "{count} đơn vị khung hình đã ký bị thiếu trong nhóm của chúng",
        "video.bitstream.signed-video.broken":
            "Luồng được ký bằng Signed Video{who} ({valid} trên {total} chữ ký hợp lệ, {verified} trên {units} đơn vị khung hình đã được xác minh), nhưng {parts}. Những khung hình đó không còn là những gì đã được ký lúc ghi hình: bị sửa, hoặc bị hỏng khi lưu trữ hay truyền đi, điều mà các byte không thể phân biệt; các khung đã xác minh xung quanh vẫn đúng như lúc ghi.",
        "video.bitstream.signed-video.gaps":
            " {count} nhóm khung hình ở giữa không mang chữ ký nào (bắt đầu tại gói {packets}): một chữ ký đã bị mất hoặc bị xóa ở đó, hoặc một đoạn đã được ghép vào.",
        "video.bitstream.signed-video.tail":
            " {count} đơn vị khung hình cuối cùng nằm sau chữ ký cuối (việc ghi hình đã dừng trước khi chữ ký kịp được ghi).",
        "video.bitstream.signed-video.all-verify":
            "cả {valid} chữ ký đều xác minh được",
        "video.bitstream.signed-video.some-verify":
            "{valid} chữ ký xác minh được (thêm {unchecked} chữ ký ở dạng mà công cụ này không kiểm tra)",
        "video.bitstream.signed-video.verified":
            "Signed Video{who}: {others} (ECDSA trên SHA-256), và {verified} trên {units} đơn vị khung hình khớp đúng thứ tự với các mã băm đã được ký cho chúng — những khung đó giống từng byte như lúc ghi, dù hiện nằm trong tệp chứa nào.{tail}{gaps}{keyNote}",
        "video.timestamps.collapsed.item":
            "khung {frame} tại {seconds} s ({ms} ms sau khung trước)",
        "video.timestamps.collapsed.head":
            "{count} khung hình được hiển thị gần như cùng lúc với khung ngay trước chúng ({list}), trong một video có khoảng cách giữa các khung là {interval} ms",
        "video.timestamps.collapsed.remuxed":
            "{head}; không có khung khóa nào ở gần, như khi một công cụ đóng gói lại mang theo một khung mà danh sách biên tập của tệp nguồn đã ẩn: tệp chứa đã được ghi lại.",
        "video.timestamps.collapsed.joined":
            "{head}, cạnh khung khóa tại khung {keyframe}: các đoạn được sao chép luồng đã được ghép tại đây (ghép mà không mã hóa lại; tệp đã được ghi lại bởi {trace}).",
        "video.timestamps.collapsed.review-glitch":
            "{head}, cạnh khung khóa tại khung {keyframe}; không phần mềm nào ghi lại tệp, nên không loại trừ được một trục trặc dấu thời gian của thiết bị ghi, và trường hợp này cần được xem xét.",
        "video.timestamps.collapsed.review-clock":
            "{head}, cạnh khung khóa tại khung {keyframe}; định dạng của thiết bị ghi có thể đã khởi động lại đồng hồ, nên trường hợp này cần được xem xét.",
        "video.timestamps.gap.backwards":
            "Thời gian hiển thị chạy lùi tại khung {frame}: {before} s rồi đến {after} s.",
        "video.timestamps.gap.backwards-joined":
            "Thời gian hiển thị chạy lùi tại khung {frame}: {before} s rồi đến {after} s: các phần của những bản ghi khác nhau đã được ghép lại.",
        "video.timestamps.gap.jump-irregular":
            "Thời gian hiển thị nhảy {gap} s ({intervals} khoảng khung, mỗi khoảng {median} s) trước khung {frame} tại {seconds} s; nhịp thời gian của video cũng không đều ở những chỗ khác (tốc độ khung hình thay đổi), nên riêng dấu hiệu này chưa đủ kết luận.",
        "video.timestamps.gap.jump-cut":
            "Thời gian hiển thị nhảy {gap} s ({intervals} khoảng khung, mỗi khoảng {median} s) trước khung {frame} tại {seconds} s, trong một video có các khoảng khác đều đặn và đã được phần mềm xử lý ({trace}): các khung hình đã bị cắt bỏ.",
        "video.timestamps.gap.jump-missing":
            "Thời gian hiển thị nhảy {gap} s ({intervals} khoảng khung, mỗi khoảng {median} s) trước khung {frame} tại {seconds} s, trong một video có các khoảng khác đều đặn: thiếu khung hình (bị cắt bỏ, hoặc bị thiết bị ghi bỏ qua).",
        "verdict.decisive":
            "{class}:",
        "verdict.weak-signs":
            "Chưa kết luận được: {count} dấu hiệu yếu của việc xử lý, không dấu hiệu nào đủ để tự quyết định:",
        "verdict.not-recognised":
            "Chưa kết luận được: không có gì cho thấy tệp đã qua xử lý, nhưng tệp không được nhận diện là bản gốc từ máy quay (không dòng máy nào mà tệp tự nhận đứng vững khi đối chiếu), nên không được chấp nhận.",
        "verdict.consistent":
            "{class}:",
        "verdict.weak-noted":
            "Ghi nhận một dấu hiệu yếu ({id}), dấu hiệu này cũng thường gặp ở tệp gốc.",
        "verdict.next.consistent-with-original":
            "Không có gì trong tệp mâu thuẫn với một tệp gốc của máy quay. Hãy đối chiếu thời gian và địa điểm mà tin báo nêu với các dữ kiện về thời điểm và nơi ghi hình được liệt kê ở đây.",
        "verdict.next.re-encoded":
            "Hình ảnh đã bị nén lại sau khi ghi. Các ứng dụng nhắn tin (Zalo, Messenger, WhatsApp, Telegram) và mạng xã hội làm vậy với mọi ảnh và video chúng gửi đi, nên đây không phải là một lời buộc tội: hãy đề nghị người báo tin gửi tệp gốc từ điện thoại hoặc máy quay, gửi dưới dạng tệp hoặc tài liệu (hoặc nộp trực tiếp) để tệp không bị nén trên đường gửi.",
        "verdict.next.remuxed":
            "Tệp đã được ghi lại sau khi quay (phần vỏ chứa hoặc phần đầu tệp), như các ứng dụng, dịch vụ tải lên và phần mềm chuyển đổi vẫn làm; bản thân hình ảnh có thể vẫn là của máy quay. Hãy đề nghị người báo tin gửi tệp gốc đúng như thiết bị đã lưu, gửi dưới dạng tệp hoặc tài liệu chứ không phải dưới dạng ảnh hay video.",
        "verdict.next.metadata-altered":
            "Thời gian, địa điểm hoặc thiết bị ghi trong tệp đã được ghi vào sau khi chụp hoặc quay. Đừng dựa vào những gì tệp nêu về thời gian và nơi chốn; hãy đề nghị người báo tin gửi tệp gốc và đối chiếu thời gian, địa điểm được nêu với các chứng cứ khác (tin báo khác, camera gần đó, lời khai của người báo tin).",
        "verdict.next.edited":
            "Hình ảnh đã bị thay đổi sau khi ghi (cắt, ghép, tô đè hoặc đổi nhịp thời gian). Đừng dựa vào nội dung hình khi chưa có bản ghi gốc: hãy đề nghị người báo tin cung cấp bản gốc và cho biết tệp này được tạo ra như thế nào.",
        "verdict.next.inconclusive":
            "Công cụ không xác lập được rằng đây là tệp gốc của máy quay (các lý do được liệt kê). Đây không phải là một lời buộc tội: hãy đề nghị người báo tin gửi tệp gốc từ thiết bị đã ghi hình, gửi dưới dạng tệp hoặc tài liệu.",
        "verdict.next.unreadable":
            "Không đọc được tệp như ảnh hoặc video mà nó tự nhận: tệp bị hỏng, bị cắt cụt hoặc hoàn toàn không phải dữ liệu hình ảnh. Hãy đề nghị người báo tin gửi lại.",
        "verdict.next.none":
            "Riêng phát hiện này không dẫn tới việc gì cần làm.",
        "report.label.next-step":
            "Việc cần làm",
        "verdict.class.consistent-with-original":
            "Phù hợp với tệp gốc",
        "verdict.class.remuxed":
            "Đã đóng gói lại (tệp chứa được ghi lại)",
        "verdict.class.re-encoded":
            "Đã mã hóa lại",
        "verdict.class.edited":
            "Đã bị chỉnh sửa",
        "verdict.class.metadata-altered":
            "Siêu dữ liệu đã bị thay đổi",
        "verdict.class.inconclusive":
            "Chưa kết luận được",
        "verdict.class.unreadable":
            "Không đọc được",
        "verdict.class.none":
            "Chỉ là thông tin bối cảnh",
        "verdict.decision.accept":
            "chấp nhận",
        "verdict.decision.review":
            "cần xem xét",
        "verdict.decision.reject":
            "từ chối",
        "severity.info":
            "thông tin",
        "severity.weak":
            "yếu",
        "severity.strong":
            "mạnh",
        "severity.conclusive":
            "kết luận",
        "family.claim.quicktime-key":
            "khóa QuickTime {key} '{value}'",
        "family.claim.exif-make":
            "EXIF Make '{make}'",
        "family.claim.handler":
            "tên trình xử lý '{name}'",
        "family.claim.firmware":
            "udta FIRM '{value}' (phần mềm máy)",
        "family.claim.signatures":
            "{count} chữ ký Signed Video",
        "family.claim.signatures-by":
            "{count} chữ ký Signed Video của {by}",
        "family.claim.bcmedia":
            "mã nhận dạng khung BcMedia tại byte 0",
        "media.read.incomplete.picture-limit":
            "Ảnh khai báo {w}×{h} điểm ảnh, nhiều hơn mọi máy ảnh có thể ghi (giới hạn là {megapixels} megapixel): ảnh không được giải mã, để giới hạn bộ nhớ, nên không thể kiểm tra tệp.",
        // MARK: claims (issue 15) and per-file limits of a batch
        "claim.time.unparsed":
            "Không đọc được thời gian khai báo '{claimed}' (cần viết theo ISO 8601, ví dụ 2026-12-01T08:30:00+07:00); thời gian này chưa được kiểm tra.",
        "claim.time.unsupported":
            "Hồ sơ khai báo thời điểm {claimed}, nhưng tệp không ghi thời điểm ghi hình nào để đối chiếu: tệp không thể xác nhận cũng không thể bác bỏ lời khai này.",
        "claim.time.consistent":
            "Thời điểm khai báo {claimed} khớp với {source} của tệp ({stated}): chênh lệch {difference} giây, trong phạm vi cho phép {tolerance} giây.",
        "claim.time.contradicted":
            "Hồ sơ khai báo thời điểm {claimed}, nhưng thời điểm ghi hình gần nhất mà tệp ghi, {stated} ({source}), chênh lệch {difference} giây (khoảng {hours} giờ), vượt phạm vi cho phép {tolerance} giây: hoặc lời khai, hoặc thời gian trong tệp là sai.",
        "claim.place.address":
            "Địa điểm khai báo là một địa chỉ ({address}); công cụ không tra cứu địa chỉ nên không thể đối chiếu với vị trí mà tệp ghi ({lat}, {lon}, {source}): cán bộ cần tự đối chiếu.",
        "claim.place.address-no-position":
            "Địa điểm khai báo là một địa chỉ ({address}) và tệp không ghi vị trí nào: không thể đối chiếu lời khai với tệp.",
        "claim.place.unsupported":
            "Hồ sơ khai báo vị trí {claimed}, nhưng tệp không ghi vị trí nào: tệp không thể xác nhận cũng không thể bác bỏ lời khai này.",
        "claim.place.consistent":
            "Vị trí khai báo {claimed} cách vị trí mà tệp ghi ({stated}, {source}) {metres} m, trong phạm vi cho phép {tolerance} m.",
        "claim.place.contradicted":
            "Hồ sơ khai báo vị trí {claimed}, nhưng tệp ghi vị trí {stated} ({source}), cách {metres} m (khoảng {km} km), vượt phạm vi cho phép {tolerance} m: hoặc lời khai, hoặc vị trí trong tệp là sai.",
        "media.limit.wall-time":
            "Việc kiểm tra tệp này vượt quá giới hạn {seconds} giây nên đã bị dừng: tệp chưa được kiểm tra đầy đủ nên không được chấp nhận.",
        "media.limit.memory":
            "Việc kiểm tra tệp này dùng quá giới hạn bộ nhớ {mib} MiB nên đã bị dừng: tệp chưa được kiểm tra đầy đủ nên không được chấp nhận.",
        "media.limit.crashed":
            "Tiến trình kiểm tra kết thúc bất thường khi xử lý tệp này ({how}): không kiểm tra được tệp; cần giữ lại tệp để giám định viên xem xét.",
        // MARK: the court report (issue 17)
        "report.check.comparison":
            "So với bản gốc được khai",
        "report.section.comparison":
            "So sánh với bản gốc được khai",
        "report.label.original":
            "Bản gốc",
        "report.label.alignment-caption":
            "Trên: các khung hình của bản gốc; dưới: các khung hình của tệp nộp. Dải xanh lá nối các phần khớp nhau, màu đỏ đánh dấu các khung hình của bản gốc đã bị cắt, màu cam là các khung hình của tệp nộp không có trong bản gốc, màu xanh dương là các khung hình bị đóng băng.",
        "report.title":
            "Báo cáo tính toàn vẹn",
        "report.subtitle":
            "Ảnh hoặc đoạn phim nộp làm chứng cứ",
        "report.section.conclusion":
            "Kết luận",
        "report.section.file":
            "Tệp",
        "report.section.checks":
            "Các hạng mục kiểm tra",
        "report.section.findings":
            "Các phát hiện",
        "report.section.pictures":
            "Hình ảnh",
        "report.section.timeline":
            "Dòng thời gian của đoạn phim",
        "report.section.metadata":
            "Siêu dữ liệu như được lưu trong tệp",
        "report.section.submissions":
            "Các lần nộp được ghi trong sổ cái",
        "report.section.method":
            "Phương pháp",
        "report.section.limitations":
            "Giới hạn",
        "report.section.signature":
            "Chữ ký và thời điểm tin cậy",
        "report.section.redaction":
            "Che thông tin",
        "report.label.case":
            "Hồ sơ số",
        "report.label.path":
            "Tên tệp",
        "report.label.bytes":
            "Kích thước (byte)",
        "report.label.sha256":
            "SHA-256 của tệp",
        "report.label.payload":
            "SHA-256 của các gói video",
        "report.label.image-data":
            "SHA-256 của dữ liệu ảnh",
        "report.label.kind":
            "Loại",
        "report.label.container":
            "Định dạng vỏ chứa",
        "report.label.device":
            "Thiết bị ghi trong tệp",
        "report.label.capture-time":
            "Thời điểm ghi hình theo tệp",
        "report.label.position":
            "Vị trí theo tệp",
        "report.label.duration":
            "Thời lượng (giây)",
        "report.label.verdict":
            "Kết luận kỹ thuật",
        "report.label.decision":
            "Quyết định theo chính sách",
        "report.label.reasons":
            "Các phát hiện quyết định",
        "report.label.status":
            "Trạng thái",
        "report.label.check":
            "Hạng mục",
        "report.label.field":
            "Trường",
        "report.label.value":
            "Giá trị",
        "report.label.offset":
            "Vị trí byte",
        "report.label.where":
            "Vị trí trong tệp",
        "report.label.severity":
            "Mức độ",
        "report.label.indicates":
            "Cho thấy",
        "report.label.tool":
            "Công cụ",
        "report.label.detectors":
            "Danh mục bộ phát hiện",
        "report.label.libraries":
            "Thư viện",
        "report.label.options":
            "Tuỳ chọn",
        "report.label.analysis-time":
            "Thời điểm phân tích (đầu vào của lần chạy)",
        "report.label.reproduce":
            "Để tạo lại bản ghi này",
        "report.label.record-sha256":
            "SHA-256 của bản ghi",
        "report.label.signer":
            "Khoá ký (dấu vân tay SHA-256)",
        "report.label.unsigned":
            "Chưa ký: không thể kiểm tra bản này có bị thay đổi hay không.",
        "report.label.signed":
            "Đã ký bằng Ed25519; chữ ký là một tệp riêng, tính trên đúng từng byte của tài liệu này. README hướng dẫn cách kiểm tra chỉ bằng lệnh openssl.",
        "report.label.trusted-time":
            "Thời điểm tin cậy (RFC 3161)",
        "report.label.no-trusted-time":
            "Không kèm dấu thời gian của tổ chức cấp dấu thời gian tin cậy: thời điểm phân tích là lời xác nhận của người giám định.",
        "report.label.page":
            "Trang {page}/{pages}",
        "report.label.frame":
            "Khung hình",
        "report.label.seconds":
            "Thời điểm (giây)",
        "report.label.none":
            "không có",
        "report.label.no-findings":
            "Không có phát hiện nào.",
        "report.label.legend":
            "Các mức trạng thái",
        "report.label.submission":
            "Hồ sơ",
        "report.label.received":
            "Thời điểm tiếp nhận",
        "report.label.channel":
            "Kênh tiếp nhận",
        "report.label.claims":
            "Thời gian và địa điểm được khai báo",
        "report.label.reporter":
            "Người phản ánh",
        "report.label.removed":
            "Đã xoá",
        "report.label.timeline-caption":
            "Mỗi cột là một khung hình đã giải mã: chiều cao là kích thước gói dữ liệu, màu là loại khung (I đậm, P vừa, B nhạt); đường bên dưới là khoảng cách PDQ so với khung liền trước (0–256); vạch đỏ là khung hình mà một phát hiện chỉ tới.",
        "report.label.thumbnail-caption":
            "Ảnh thu nhỏ đen trắng của các khung hình chính, kèm số thứ tự và thời điểm.",
        "report.status.ok":
            "Đạt",
        "report.status.to-be-checked":
            "Cần kiểm tra",
        "report.status.warning":
            "Cảnh báo",
        "report.status.ok.explain":
            "Không có gì trong hạng mục này cho thấy tệp khác với bản gốc của máy ghi hình.",
        "report.status.to-be-checked.explain":
            "Cán bộ cần xem xét: {findings}. Các phát hiện này không chứng minh tệp bị thay đổi; chúng cho biết những điều công cụ chưa xác nhận được.",
        "report.status.warning.explain":
            "Các phát hiện cho thấy tệp đã bị thay đổi: {findings}.",
        "report.check.file":
            "Tệp được đọc trọn vẹn",
        "report.check.family":
            "Dòng thiết bị ghi hình",
        "report.check.container":
            "Vỏ chứa do máy ghi hình tạo",
        "report.check.encoding":
            "Hình ảnh được nén như máy ghi hình nén",
        "report.check.time":
            "Thời gian ghi hình",
        "report.check.place":
            "Địa điểm ghi hình",
        "report.check.metadata":
            "Thiết bị và siêu dữ liệu",
        "report.check.pictures":
            "Nội dung hình ảnh",
        "report.check.continuity":
            "Tính liên tục: không bị cắt, chèn hay ghép",
        "report.check.signature":
            "Chữ ký của chính máy ghi hình (Signed Video)",
        "report.limit.depth-structure":
            "Hình ảnh chưa được giải mã (mức structure): các bước kiểm tra nội dung hình, lỗi giải mã và mã băm khung hình chưa chạy. Chạy với --depth full để có các bước này.",
        "report.limit.depth-keyframes":
            "Chỉ các khung hình chính được giải mã (mức keyframes): các khung hình nằm giữa chúng chưa được giải mã và kiểm tra.",
        "report.limit.decode":
            "Việc giải mã không chạy trọn vẹn đến cuối: {reason}.",
        "report.limit.pixels":
            "{reason}",
        "report.limit.raw-stream":
            "Luồng thô lớn hơn {bytes} byte nên ở mức này không được giải mã đến cuối: chưa biết khung hình cuối có nguyên vẹn hay không.",
        "report.limit.same-layout":
            "Một tệp được một chương trình ghi lại theo đúng bố cục của chính máy ghi hình (ví dụ sửa siêu dữ liệu từng byte giống như máy ghi) sẽ không để lại dấu vết nào mà việc kiểm tra riêng tệp có thể thấy. So sánh với bản gốc của máy ghi hình sẽ làm rõ điều đó.",
        "report.limit.scene":
            "\"Phù hợp với bản gốc của máy ghi hình\" nghĩa là tệp đúng như một máy ghi hình đã biết tạo ra và không có gì trong tệp cho thấy bị thay đổi. Điều đó không khẳng định cảnh quay là sự việc đã xảy ra, cũng không cho biết ai cầm máy.",
        "report.limit.clock":
            "Thời gian trong tệp lấy từ đồng hồ của thiết bị, mà chủ thiết bị có thể đặt sai; chỉ định vị GPS mới mang thời gian của chính nó.",
        "report.limit.thumbnails":
            "Ảnh thu nhỏ là ảnh đen trắng (chỉ độ sáng) và kích thước nhỏ: chúng giúp nhận biết hình ảnh, không phải bản sao của hình ảnh.",
        "report.limit.redacted":
            "Bản này đã được che thông tin: các giá trị nhận dạng người hoặc thiết bị, thông tin liên hệ của người phản ánh, tên tệp{place} đã được thay bằng \"{placeholder}\". Các mã băm vẫn xác định đúng tệp.",
        "report.limit.redacted-place":
            " và các vị trí",
        "report.redaction.person":
            "tên người (chủ sở hữu, tác giả, người giữ bản quyền)",
        "report.redaction.device":
            "số sê-ri và mã định danh riêng của thiết bị hoặc ảnh",
        "report.redaction.place":
            "vị trí",
        "report.redaction.reporter":
            "thông tin liên hệ của người phản ánh",
        "report.redaction.file-name":
            "tên tệp",
        // MARK: compare (issue 18)
        "compare.file.rewritten":
            "Hai tệp khác nhau về byte nhưng chứa cùng hình ảnh với cùng siêu dữ liệu: chúng được ghi lại mà không thay đổi nội dung hiển thị (tối ưu hoá không mất dữ liệu, hoặc cùng dữ liệu được sắp xếp khác).",
        "compare.photo.undecodable":
            "Không giải mã được cả hai hình ảnh tại đây (do libheif của bản dựng này hoặc do hình ảnh trong tệp), nên chỉ so sánh được tệp và siêu dữ liệu: chưa biết các điểm ảnh có khác nhau hay không.",
        "compare.packets.bytes":
            "nguyên từng byte",
        "compare.packets.slices":
            "nguyên từng lát mã hoá ({n} gói mang bộ tham số, SEI hoặc khung đóng gói khác bao quanh cùng các lát mã hoá đó)",
        "compare.file.same":
            "Hai tệp giống hệt nhau đến từng byte (SHA-256 {sha256}).",
        "compare.packets.same":
            "Tệp nộp chứa đúng {packets} gói video của bản gốc ({copied}), theo đúng thứ tự, trong một vỏ chứa khác hoặc với siêu dữ liệu khác: đóng gói lại hoặc sửa siêu dữ liệu; không hình nào bị thay đổi.",
        "compare.packets.trim":
            "Tệp nộp là một đoạn liền mạch các gói video của bản gốc, từ gói {first} đến gói {last} trong tổng số {total} (từ giây {start} đến giây {end} của bản gốc), sao chép {copied}: cắt bớt mà không nén lại. {before} gói phía trước và {after} gói phía sau đã bị bỏ đi.",
        "compare.packets.splice":
            "Tệp nộp ghép {runs} đoạn gói video của bản gốc ({list}), mỗi đoạn sao chép {copied}, cùng {foreign} gói từ nguồn khác: các phần của bản gốc được ghép lại mà không nén lại.",
        "compare.packets.splice-reordered":
            "Tệp nộp ghép {runs} đoạn gói video của bản gốc ({list}) theo thứ tự khác với bản gốc, mỗi đoạn sao chép {copied}, cùng {foreign} gói từ nguồn khác: các phần của bản gốc bị sắp xếp lại mà không nén lại.",
        "compare.packets.partial":
            "{matched} trong số {total} gói video của tệp nộp là của bản gốc, giống từng byte, trong {runs} đoạn; phần còn lại không có trong bản gốc.",
        "compare.pictures.unrelated":
            "Không khung hình nào trong {total} khung hình của tệp nộp khớp với một khung hình của bản gốc (khoảng cách PDQ trên 31 với mọi cặp): đây không phải cùng một cảnh quay.",
        "compare.pictures.reencoded":
            "Không gói video nào của tệp nộp là của bản gốc, nhưng {matched} trong số {total} khung hình của nó khớp theo thứ tự với khung hình của bản gốc (khoảng cách PDQ trung vị {median}): hình ảnh đã bị nén lại.",
        "compare.pictures.cut":
            "Các khung hình từ {first} đến {last} của bản gốc ({count} khung hình, từ giây {start} đến giây {end}) không có trong tệp nộp: phần đó đã bị cắt.",
        "compare.pictures.inserted":
            "Các khung hình từ {first} đến {last} của tệp nộp ({count} khung hình, từ giây {start} đến giây {end}) không khớp với gì trong bản gốc: chúng được thêm vào từ nguồn khác.",
        "compare.pictures.speed":
            "Phần này của tệp nộp phát bản gốc với tốc độ gấp {speed} lần: từ giây {ostart} đến giây {oend} của bản gốc nằm trong giây {sstart} đến giây {send} của tệp nộp.",
        "compare.pictures.frozen":
            "{count} khung hình của tệp nộp, từ khung hình {first} trở đi, lặp lại khung hình liền trước trong khi bản gốc vẫn chuyển động: hình ảnh đã bị đóng băng.",
        "compare.pictures.dropped":
            "{count} khung hình đơn lẻ của bản gốc bị bỏ qua bên trong những phần còn lại khớp từng khung hình (khung hình đầu tiên là khung hình {first} của bản gốc).",
        "compare.pictures.changed":
            "{count} khung hình khác với khung hình gốc của chúng nhiều hơn hẳn so với các khung hình xung quanh (đầu tiên: khung hình {frame} của tệp nộp so với khung hình {oframe} của bản gốc, khoảng cách {distance} trong khi các khung hình lân cận là {neighbour}): đã bị sửa cục bộ.",
        "compare.photo.same-pixels":
            "Hai ảnh giải mã ra cùng các điểm ảnh, giống nhau từng mẫu.",
        "compare.photo.unrelated":
            "Hình ảnh của tệp nộp không khớp với bản gốc (chênh lệch độ sáng trung bình {difference} ở kích thước ảnh thu nhỏ): không phải cùng một ảnh, hoặc đã bị thay đổi đến mức không nhận ra.",
        "compare.photo.rotation":
            "Tệp nộp là hình ảnh của bản gốc được xoay {degrees} độ theo chiều kim đồng hồ.",
        "compare.photo.resize":
            "Tệp nộp là hình ảnh của bản gốc được thu phóng theo tỉ lệ {scale} (từ {ow}×{oh} điểm ảnh thành {sw}×{sh}).",
        "compare.photo.crop":
            "Tệp nộp chỉ thể hiện hình chữ nhật {w}×{h} điểm ảnh tại ({x}, {y}) của hình ảnh {ow}×{oh} của bản gốc: ảnh đã bị cắt xén.",
        "compare.photo.region":
            "Sau khi căn chỉnh hai hình ảnh, chúng khác nhau trong hình chữ nhật {w}×{h} điểm ảnh tại ({x}, {y}) của tệp nộp nhiều hơn hẳn mọi chỗ khác: một chỉnh sửa cục bộ (tô vẽ, dán hoặc làm mờ).",
        "compare.photo.reencoded":
            "Hình ảnh của tệp nộp đã bị nén lại: các điểm ảnh khác đi một chút ở khắp nơi (chênh lệch độ sáng trung bình {difference} ở kích thước ảnh thu nhỏ).",
        "compare.metadata.changed":
            "{count} trường siêu dữ liệu khác nhau giữa hai tệp: {fields}.",
            // MARK: duplicates and near-duplicates (issue 16)
        "similar.no-submission":
            "(không có hồ sơ nộp nào được ghi)",
        "similar.received-unknown":
            "không ghi lại thời điểm",
        "similar.meaning.unknown":
            "mối liên kết là một sự thật về hình ảnh, không phải một lời buộc tội: nếu do một người báo tin khác gửi thì nó củng cố cho vụ việc; nếu cùng một người gửi lại thì đó là nộp lại; và một thời điểm khai báo cho tệp này muộn hơn lúc đoạn phim đó được nhận lần đầu thì không thể đúng (thời điểm đó không được ghi lại ở đây).",
        "similar.meaning":
            "mối liên kết là một sự thật về hình ảnh, không phải một lời buộc tội: nếu do một người báo tin khác gửi thì nó củng cố cho vụ việc; nếu cùng một người gửi lại thì đó là nộp lại; và một thời điểm khai báo cho tệp này muộn hơn {received}, lúc đoạn phim đó được nhận lần đầu, không thể đúng.",
        "similar.same-file":
            "Cùng một tệp, giống đến từng byte (SHA-256 {sha}…), đã được nhận trước đây trong hồ sơ {submission} (thời điểm nhận: {received}); {meaning}",
        "similar.same-payload":
            "Cùng các hình đã mã hóa như hồ sơ {submission} (tệp {sha}…, thời điểm nhận: {received}) nhưng trong một vỏ chứa khác hoặc với siêu dữ liệu khác: đóng gói lại hoặc chỉ sửa siêu dữ liệu của đoạn phim đã nhận; {meaning}",
        "similar.photo":
            "Hình ảnh khớp với ảnh của hồ sơ {submission} (tệp {sha}…, thời điểm nhận: {received}) ở khoảng cách PDQ {distance} trên 256 bit{turn}: cùng một cảnh, có thể đã bị nén lại, đổi kích thước hoặc cắt xén trên đường gửi; {meaning}",
        "similar.turn.original":
            "",
        "similar.turn.rotate90":
            ", khi xoay ảnh này một phần tư vòng sang trái",
        "similar.turn.rotate180":
            ", khi lật ngược ảnh này",
        "similar.turn.rotate270":
            ", khi xoay ảnh này một phần tư vòng sang phải",
        "similar.turn.flipX":
            ", khi lật gương ảnh này từ trên xuống dưới",
        "similar.turn.flipY":
            ", khi lật gương ảnh này từ trái sang phải",
        "similar.turn.flipPlus1":
            ", khi lật gương ảnh này qua đường chéo",
        "similar.turn.flipMinus1":
            ", khi lật gương ảnh này qua đường chéo còn lại",
        "similar.range":
            "giây {qStart}–{qEnd} của tệp này (mã băm {qFirst}–{qLast}) khớp với giây {tStart}–{tEnd} của tệp kia (mã băm {tFirst}–{tLast}) ở khoảng cách trung vị {median}",
        "similar.footage":
            "Đoạn phim này khớp với hồ sơ {submission} (tệp {sha}…, thời điểm nhận: {received}): {ranges}; {queryShare} % các mã băm khung dùng được khác nhau của tệp này và {targetShare} % của tệp kia khớp trong khoảng cách 31; {meaning}",
        "link.reporter.other":
            "Do một người báo tin khác gửi: cùng một đoạn phim từ hai người củng cố cho vụ việc.",
        "link.reporter.same":
            "Do chính người báo tin này gửi trước đó: đây là nộp lại (có thể qua một kênh khác), không phải chứng cứ mới.",
        "link.reporter.unknown":
            "Không có ghi chép cho biết hai lần gửi có phải của cùng một người báo tin hay không.",
        "link.found":
            "{match} {reporter}",
        "link.time.contradicted":
            "Hồ sơ này khai báo thời điểm {claimed}, nhưng cùng đoạn phim này đã được nhận vào {received} trong hồ sơ {submission}: không thể ghi hình sau khi đoạn phim đã được nhận, nên thời điểm khai báo là sai (liên kết: {kind}).",
            "similar.kind.same-file":
            "cùng một tệp",
        "similar.kind.same-payload":
            "cùng các hình đã mã hóa",
        "similar.kind.similar-photo":
            "một ảnh tương tự",
        "similar.kind.similar-footage":
            "đoạn phim tương tự",
            "similar.turn.crop":
            ", với tối đa một phần mười mỗi cạnh bị cắt bỏ (ở một trong hai ảnh)",
    ]
}
