/// Vietnamese names of the detector examples (`evidence detectors explain ID --lang vi`), keyed by the English
/// name each example is written with. `DetectorTests` checks every example has one.
enum ExampleNames {
    static let vietnamese: [String: String] = [
        "libjpeg layout without Exif at 95, Annex K codes (a re-save, or a libjpeg-laid-out camera picture stripped): a hint":
            "cấu trúc libjpeg không có Exif ở mức 95, mã theo Phụ lục K (ảnh lưu lại, hoặc ảnh máy ảnh có cấu trúc libjpeg bị xóa siêu dữ liệu): chỉ là gợi ý",
        "0.77 s Android clip with 1.0 s of audio":
            "video Android 0,77 giây với 1,0 giây âm thanh",
        "1080p camera clip":
            "video 1080p từ máy quay",
        "1080p then 720p from frame 30":
            "1080p rồi 720p từ khung hình 30",
        "12.08 s video, 12.07 s audio":
            "hình 12,08 giây, âm thanh 12,07 giây",
        "2 s missing after frame 149":
            "thiếu 2 giây sau khung hình 149",
        "2 s missing in a file FFmpeg rewrote":
            "thiếu 2 giây trong một tệp FFmpeg đã ghi lại",
        "3 repeats (frame-rate conversion)":
            "3 lần lặp (chuyển đổi tốc độ khung hình)",
        "Adobe Bridge history only":
            "chỉ có lịch sử của Adobe Bridge",
        "Adobe segment with zero flags (weak)":
            "đoạn Adobe với cờ bằng 0 (yếu)",
        "After Effects XMP":
            "XMP của After Effects",
        "Android 6 clip with its location (1544 + 403609 = 405000 + 66 + 57 + 30)":
            "video Android 6 có vị trí (1544 + 403609 = 405000 + 66 + 57 + 30)",
        "Android camera clip: items in its udta list":
            "video camera Android: các mục trong danh sách udta của nó",
        "Android camera file type":
            "kiểu tệp của camera Android",
        "Android clip (not an Apple claim)":
            "video Android (không tự nhận là của Apple)",
        "Android clip after qt-faststart or ExifTool (index first, no free space after it)":
            "video Android sau qt-faststart hoặc ExifTool (chỉ mục ở đầu, không có vùng trống theo sau)",
        "Android clip whose moov was moved to the front":
            "video Android có moov bị chuyển lên đầu",
        "Android clip with its recording time":
            "video Android có thời điểm ghi hình",
        "Android clip with its reservation intact":
            "video Android còn nguyên vùng dành sẵn",
        "Android layout, handlers, brand, times and version key":
            "cách sắp xếp, trình xử lý, nhãn, thời gian và khóa phiên bản của Android",
        "Android stock writer (index reserved at the front)":
            "bộ ghi gốc của Android (chỉ mục dành sẵn ở đầu)",
        "Android stock writer with its index at the end":
            "bộ ghi gốc của Android với chỉ mục ở cuối",
        "Apple Core Media export without camera keys":
            "tệp xuất bằng Core Media của Apple, không có khóa của máy quay",
        "Apple Display P3":
            "Display P3 của Apple",
        "Apple EXIF in a libheif-written file":
            "EXIF của Apple trong một tệp do libheif ghi",
        "Apple Exif with IJG tables":
            "Exif của Apple với bảng IJG",
        "Apple camera clip: keys and a filled list":
            "video máy quay Apple: các khóa và một danh sách có mục",
        "Apple camera file":
            "tệp từ máy quay Apple",
        "Apple camera file type (qt, minor 0)":
            "kiểu tệp của máy quay Apple (qt, phiên bản phụ 0)",
        "Apple export without camera keys":
            "tệp xuất của Apple không có khóa của máy quay",
        "Apple key minutes before mvhd (real iPhone pattern)":
            "khóa của Apple sớm hơn mvhd vài phút (đúng kiểu iPhone thật)",
        "Apple writes tag order itself":
            "Apple tự ghi theo thứ tự thẻ",
        "B-frame delay: edit starts at the earliest stored picture":
            "độ trễ khung B: đoạn chỉnh bắt đầu ở hình được lưu sớm nhất",
        "Core Media writer, 464×848 (an iOS export)":
            "bộ ghi Core Media, 464×848 (một lần xuất của iOS)",
        "EXIF appended in a second mdat":
            "EXIF được nối thêm trong một mdat thứ hai",
        "EXIF changed, XMP kept":
            "EXIF bị đổi, XMP giữ nguyên",
        "EXIF item without a TIFF header":
            "mục EXIF không có phần đầu TIFF",
        "FFmpeg with -fflags +bitexact: an empty list in the movie":
            "FFmpeg với -fflags +bitexact: một danh sách rỗng ở cấp phim",
        "GIMP save at 85 with its JFIF header stripped (re-encoded, not a transcode)":
            "GIMP lưu ở mức 85 rồi bị xóa phần đầu JFIF (nén lại, không phải chuyển mã)",
        "GStreamer's mp4mux: an empty list in the track and in the movie":
            "mp4mux của GStreamer: danh sách rỗng ở rãnh và ở cấp phim",
        "GoPro after qt-faststart":
            "GoPro sau qt-faststart",
        "HEIC neither decoder can decode (not accepted, not accused)":
            "HEIC mà cả hai bộ giải mã đều không giải mã được (không chấp nhận, không buộc tội)",
        "HEIC thumbnail item differs in a camera-laid-out file (review)":
            "mục ảnh thu nhỏ HEIC khác ảnh trong một tệp sắp xếp như máy ảnh (cần xem xét)",
        "HEIF stores the turned size":
            "HEIF lưu kích thước sau khi xoay",
        "HMD Nokia 8.3 5G after jpegtran -optimize":
            "HMD Nokia 8.3 5G sau jpegtran -optimize",
        "HMD Nokia 8.3 5G as the camera writes it":
            "HMD Nokia 8.3 5G đúng như máy ảnh ghi",
        "HP sRGB with a Canon's Exif (Lightroom export)":
            "sRGB của HP với Exif của máy Canon (xuất từ Lightroom)",
        "HandBrake encoder atom":
            "hộp tên bộ mã hóa của HandBrake",
        "ImageMagick at 85 with the camera's Exif (JFIF, codes optimised)":
            "ImageMagick ở mức 85 với Exif của máy ảnh (JFIF, mã được tối ưu)",
        "JFIF only (a libjpeg writer)":
            "chỉ có JFIF (một trình ghi libjpeg)",
        "JFIF-first phone with its own tables":
            "điện thoại ghi JFIF trước với bảng riêng",
        "LG Nexus 4 as the camera writes it":
            "LG Nexus 4 đúng như máy ảnh ghi",
        "LG Nexus 4 re-saved by Pillow at 95 with the JFIF header stripped":
            "LG Nexus 4 được Pillow lưu lại ở mức 95 rồi bị xóa phần đầu JFIF",
        "Lavf encoder tag":
            "thẻ bộ mã hóa Lavf",
        "Lightroom export 3 months later":
            "xuất từ Lightroom 3 tháng sau",
        "Lightroom export with its name stripped (flags 0x4000)":
            "xuất từ Lightroom đã bị xóa tên (cờ 0x4000)",
        "Matroska ENCODER tag":
            "thẻ ENCODER của Matroska",
        "Nexus 4: stale GPS fix 27 h old":
            "Nexus 4: định vị GPS cũ 27 giờ",
        "OnePlus in tag order (weak: one original known)":
            "OnePlus theo thứ tự thẻ (yếu: mới biết một tệp gốc)",
        "Photoshop in EXIF Software of a HEIC without Adobe's XMP (tag edited)":
            "Photoshop trong EXIF Software của một HEIC không có XMP của Adobe (thẻ bị sửa)",
        "Photoshop in EXIF Software of a camera-laid-out JPEG (tag edited)":
            "Photoshop trong EXIF Software của một JPEG sắp xếp như máy ảnh (thẻ bị sửa)",
        "Photoshop in EXIF Software of an iPhone HEIC with Apple's XMP (tag edited)":
            "Photoshop trong EXIF Software của một HEIC iPhone có XMP của Apple (thẻ bị sửa)",
        "Photoshop in EXIF Software with Photoshop's XMP (saved by Photoshop)":
            "Photoshop trong EXIF Software kèm XMP của Photoshop (do Photoshop lưu)",
        "Photoshop save (flags 0xC000)":
            "Photoshop lưu (cờ 0xC000)",
        "Photoshop's tables, segment stripped (weak)":
            "bảng của Photoshop, đoạn đã bị xóa (yếu)",
        "Pillow re-save with Exif kept":
            "Pillow lưu lại, giữ Exif",
        "Samsung EXIF in a libheif-written file (weak)":
            "EXIF của Samsung trong một tệp do libheif ghi (yếu)",
        "Samsung NX camera (not a phone: its layout is not known)":
            "máy ảnh Samsung NX (không phải điện thoại: chưa biết cách sắp xếp của nó)",
        "Samsung SM-J327T1 after jpegtran -optimize":
            "Samsung SM-J327T1 sau jpegtran -optimize",
        "Samsung SM-J327T1 as the camera writes it":
            "Samsung SM-J327T1 đúng như máy ảnh ghi",
        "Samsung original":
            "tệp gốc Samsung",
        "Samsung original (maker note last)":
            "tệp gốc Samsung (ghi chú của hãng ở cuối)",
        "Samsung photo rewritten by ExifTool":
            "ảnh Samsung được ExifTool ghi lại",
        "Samsung's motion-photo clip (a vendor box between index and pictures: not judged)":
            "video ảnh động của Samsung (một hộp riêng của hãng nằm giữa chỉ mục và phần hình: không xét)",
        "Telegram at 75":
            "Telegram ở mức 75",
        "Telegram-sized, no EXIF":
            "kích thước kiểu Telegram, không có EXIF",
        "VideoHandler alone":
            "chỉ có VideoHandler",
        "WhatsApp name, same day":
            "tên kiểu WhatsApp, cùng ngày",
        "XMP in UTC, EXIF local at -04:00":
            "XMP theo UTC, EXIF theo giờ địa phương -04:00",
        "XMP in UTC, EXIF local without an offset":
            "XMP theo UTC, EXIF theo giờ địa phương không ghi độ lệch",
        "a 1-picture group at sample 121":
            "một nhóm chỉ có 1 hình ở mẫu 121",
        "a GoPro clip moved by a tag editor: udta ©xyz and the keys location":
            "video GoPro bị trình sửa thẻ dời vị trí: ©xyz trong udta và vị trí trong các khóa",
        "a Matroska file that names no writer":
            "tệp Matroska không ghi tên trình ghi nào",
        "a bare MP4 with no camera metadata":
            "một tệp MP4 trơn không có siêu dữ liệu máy quay",
        "a camera without a maker note, as it writes the photo":
            "một máy ảnh không có ghi chú của hãng, đúng như nó ghi ảnh",
        "a clip recorded without location (405000 + 66 + 57)":
            "video ghi không có vị trí (405000 + 66 + 57)",
        "a clip with no metadata lists at all":
            "video hoàn toàn không có danh sách siêu dữ liệu",
        "a complete clip":
            "một video đầy đủ",
        "a large odd size from a phone (weak: an unlisted mode)":
            "kích thước lớn bất thường từ điện thoại (yếu: một chế độ chưa có trong danh sách)",
        "a later group decodes cleanly again":
            "một nhóm sau đó lại giải mã sạch",
        "a maker not known":
            "một hãng chưa biết",
        "a model the corpus does not show":
            "một mẫu máy không có trong bộ mẫu",
        "a picture added inside a signed group (edited)":
            "một hình được thêm vào trong nhóm đã ký (đã chỉnh sửa)",
        "a raw H.264 stream (its length is recorded nowhere)":
            "một luồng H.264 thô (độ dài không được ghi ở đâu)",
        "a reservation rounded up by another writer (not judged)":
            "vùng dành sẵn được trình ghi khác làm tròn lên (không xét)",
        "a signature that does not verify":
            "một chữ ký không hợp lệ",
        "a structure problem (container.structure.incomplete reports it)":
            "một lỗi cấu trúc (container.structure.incomplete báo cáo lỗi này)",
        "a video without any video stream":
            "một video không có luồng hình nào",
        "alis without tapt (weak)":
            "alis mà không có tapt (yếu)",
        "an Android clip that breaks an invariant (reported by family.writer.invariant-broken instead)":
            "một video Android vi phạm một bất biến (do family.writer.invariant-broken báo cáo thay)",
        "an Android clip: udta ©xyz only":
            "một video Android: chỉ có ©xyz trong udta",
        "an Android original":
            "một tệp gốc Android",
        "an MP4":
            "một tệp MP4",
        "an encoder's own tables":
            "bảng riêng của một bộ mã hóa",
        "an exposure time alone (no sensitivity or aperture) is not a camera's record":
            "chỉ có thời gian phơi sáng (không có độ nhạy hay khẩu độ) thì không phải bản ghi của máy ảnh",
        "an iPhone clip: the keys location only":
            "một video iPhone: chỉ có vị trí trong các khóa",
        "an iPhone photo as the camera writes it":
            "một ảnh iPhone đúng như máy ảnh ghi",
        "an item list cut off by the end of the file (damage, not a writer's habit)":
            "một danh sách mục bị cuối tệp cắt cụt (hư hỏng, không phải thói quen của trình ghi)",
        "another maker":
            "một hãng khác",
        "another recording from frame 150, rewritten by FFmpeg":
            "một bản ghi khác từ khung hình 150, được FFmpeg ghi lại",
        "blown-out white window":
            "ô cửa sổ trắng cháy sáng",
        "both keys":
            "cả hai khóa",
        "bytes flipped in the scan":
            "các byte bị đảo trong dữ liệu quét",
        "camera EXIF":
            "EXIF của máy ảnh",
        "camera H.264 (no weighted prediction)":
            "H.264 của máy quay (không dự đoán có trọng số)",
        "camera JPEG":
            "JPEG của máy ảnh",
        "camera JPEG: no Adobe segment":
            "JPEG của máy ảnh: không có đoạn Adobe",
        "camera layout":
            "cách sắp xếp của máy ảnh",
        "camera photo":
            "ảnh từ máy ảnh",
        "camera roll original":
            "tệp gốc trong thư viện ảnh",
        "camera time":
            "thời gian của máy ảnh",
        "camera times agree":
            "các thời gian của máy khớp nhau",
        "capture in 2031, checked in 2026":
            "chụp năm 2031, kiểm tra năm 2026",
        "clean decode":
            "giải mã sạch",
        "complete file":
            "tệp đầy đủ",
        "converted clip with everything dropped":
            "video chuyển đổi đã bị bỏ hết siêu dữ liệu",
        "cropped":
            "bị cắt khung",
        "cropped: every cell differs (review: no software layout)":
            "bị cắt khung: mọi ô đều khác (cần xem xét: không có cách sắp xếp của phần mềm)",
        "custom tables":
            "bảng tùy chỉnh",
        "cut at the last picture (nothing steady after it)":
            "cắt ở hình cuối cùng (không có gì ổn định sau đó)",
        "cut into a dark picture (unreliable hash)":
            "cắt vào một hình tối (mã băm không tin cậy)",
        "damage in every later group, but late in some (not from their start)":
            "hư hỏng ở mọi nhóm sau đó, nhưng ở một số nhóm thì xuất hiện muộn (không từ đầu nhóm)",
        "date kept, camera removed":
            "giữ ngày, xóa máy ảnh",
        "dates moved to 2019, GPS still 2015":
            "ngày bị dời sang 2019, GPS vẫn là 2015",
        "dates moved to 2019, name says 2015":
            "ngày bị dời sang 2019, tên tệp ghi 2015",
        "declared 65535×65535":
            "khai báo 65535×65535",
        "decoded":
            "đã giải mã",
        "decoder rejected a packet":
            "bộ giải mã từ chối một gói",
        "downscaled":
            "bị thu nhỏ",
        "errors from keyframe 150 in a camera-written file (review only)":
            "lỗi từ khung chính 150 trong một tệp do máy quay ghi (chỉ cần xem xét)",
        "errors from keyframe 150 in a remuxed stream with in-band parameter sets (review only)":
            "lỗi từ khung chính 150 trong một luồng đóng gói lại có bộ tham số nằm trong luồng (chỉ cần xem xét)",
        "errors from the first picture (parameter sets broken, not a join)":
            "lỗi từ hình đầu tiên (bộ tham số hỏng, không phải chỗ nối)",
        "errors in every group from keyframe 150, FFmpeg-written":
            "lỗi ở mọi nhóm từ khung chính 150, tệp do FFmpeg ghi",
        "errors in the last group, three pictures":
            "lỗi ở nhóm cuối cùng, ba hình",
        "every 8 pictures":
            "cứ 8 hình một lần",
        "exported copy":
            "bản xuất ra",
        "first 5 s hidden":
            "5 giây đầu bị ẩn",
        "flat P sizes":
            "kích thước khung P đều đặn",
        "flat box in a JPEG without camera metadata (a screenshot or graphic)":
            "ô phẳng trong một JPEG không có siêu dữ liệu máy ảnh (ảnh chụp màn hình hoặc đồ họa)",
        "four stored pictures hidden (ffmpeg -ss … -c copy)":
            "bốn hình được lưu bị ẩn (ffmpeg -ss … -c copy)",
        "frame 137 corrupt":
            "khung hình 137 bị hỏng",
        "frames 100–119 repeat frame 99, re-encoded":
            "các khung 100–119 lặp lại khung 99, đã nén lại",
        "frozen run in a camera-written file (review only)":
            "đoạn hình đứng yên trong một tệp do máy quay ghi (chỉ cần xem xét)",
        "grey box in a HEIC that libheif wrote, with Apple EXIF":
            "ô xám trong một HEIC do libheif ghi, với EXIF của Apple",
        "grey box in a Pillow re-save":
            "ô xám trong một bản Pillow lưu lại",
        "grey box in a camera-laid-out file (review only)":
            "ô xám trong một tệp sắp xếp như máy ảnh (chỉ cần xem xét)",
        "iOS 12 JPEG not padded (version not seen: weak)":
            "JPEG iOS 12 không được đệm (phiên bản chưa gặp: yếu)",
        "iOS 18 original with grpl":
            "tệp gốc iOS 18 có grpl",
        "iPhone":
            "iPhone",
        "iPhone 4S after ExifTool changed the dates":
            "iPhone 4S sau khi ExifTool đổi ngày",
        "iPhone 4S original: 12288-byte Exif segment ending in zeros":
            "tệp gốc iPhone 4S: đoạn Exif 12288 byte kết thúc bằng các số 0",
        "iPhone 6 after ExifTool removed GPS":
            "iPhone 6 sau khi ExifTool xóa GPS",
        "iPhone Action mode 2816×1584":
            "chế độ Hành động của iPhone 2816×1584",
        "iPhone JPEG re-saved by Pillow (JFIF first: other checks judge it)":
            "JPEG iPhone được Pillow lưu lại (JFIF đứng đầu: các phép kiểm tra khác đánh giá)",
        "iPhone camera clip":
            "video máy quay iPhone",
        "iPhone clip rewritten by ExifTool":
            "video iPhone được ExifTool ghi lại",
        "iPhone export 568×320":
            "bản xuất iPhone 568×320",
        "iPhone layout":
            "cách sắp xếp của iPhone",
        "iPhone original":
            "tệp gốc iPhone",
        "iPhone screen size, no EXIF":
            "kích thước màn hình iPhone, không có EXIF",
        "iPhone: GPS 9 h behind local time at +09:00":
            "iPhone: GPS chậm 9 giờ so với giờ địa phương +09:00",
        "iPhone: irregular":
            "iPhone: không đều",
        "index last (nothing reserved)":
            "chỉ mục ở cuối (không dành sẵn chỗ)",
        "isom with another minor version":
            "isom với phiên bản phụ khác",
        "jpegoptim over a phone that saves IJG tables at 95 (JFIF added, codes optimised): rewritten, not shown re-compressed":
            "jpegoptim trên ảnh của điện thoại lưu bảng IJG ở mức 95 (thêm JFIF, mã được tối ưu): bị ghi lại, không chứng minh được là bị nén lại",
        "jpegtran -optimize":
            "jpegtran -optimize",
        "jump inside a GOP of a stream-copied file (review only)":
            "bước nhảy bên trong một GOP của tệp sao chép luồng (chỉ cần xem xét)",
        "landscape 1080p screen, no EXIF":
            "màn hình ngang 1080p, không có EXIF",
        "libavformat's MOV file type (qt, minor 512)":
            "kiểu tệp MOV của libavformat (qt, phiên bản phụ 512)",
        "libavformat's file type with -brand mp42":
            "kiểu tệp của libavformat với -brand mp42",
        "libavformat's file-type box without the tag (Telegram)":
            "hộp kiểu tệp của libavformat không có thẻ tên (Telegram)",
        "libjpeg output without Exif (messaging app)":
            "tệp libjpeg ghi ra không có Exif (ứng dụng nhắn tin)",
        "libvips at 85 with the camera's Exif kept (no JFIF, Annex K codes)":
            "libvips ở mức 85, giữ Exif của máy ảnh (không có JFIF, mã theo Phụ lục K)",
        "location key name damaged (two bytes changed), not removed":
            "tên khóa vị trí bị hỏng (đổi hai byte), không bị xóa",
        "location off":
            "tắt vị trí",
        "location rewritten with altitude":
            "vị trí được ghi lại kèm độ cao",
        "make and model deleted, maker note kept":
            "xóa hãng và mẫu máy, giữ ghi chú của hãng",
        "mdat runs past the end":
            "mdat kéo dài quá cuối tệp",
        "metadata read":
            "siêu dữ liệu đọc được",
        "mkvmerge remux":
            "mkvmerge đóng gói lại",
        "model deleted, make kept":
            "xóa mẫu máy, giữ hãng",
        "modified before created":
            "sửa đổi trước khi tạo",
        "moov moved before mdat (ExifTool, faststart)":
            "moov bị dời lên trước mdat (ExifTool, faststart)",
        "moving scene, no repeats":
            "cảnh chuyển động, không lặp",
        "mvhd rewritten":
            "mvhd bị ghi lại",
        "name matches capture":
            "tên tệp khớp thời điểm chụp",
        "name without a date":
            "tên tệp không có ngày",
        "no EXIF":
            "không có EXIF",
        "no EXIF size":
            "EXIF không ghi kích thước",
        "no ModifyDate":
            "không có ModifyDate",
        "no banner":
            "không có dòng tên bộ mã hóa",
        "no device":
            "không có thiết bị",
        "no family claims a bare MP4":
            "không dòng máy nào nhận một tệp MP4 trơn",
        "no family claims it":
            "không dòng máy nào nhận tệp",
        "no flat rectangle":
            "không có hình chữ nhật phẳng",
        "no maker note, make and model deleted, the exposure record kept":
            "không có ghi chú của hãng, xóa hãng và mẫu máy, giữ bản ghi phơi sáng",
        "no maker note, no exposure and no device (EXIF written by software): not judged here":
            "không có ghi chú của hãng, không có phơi sáng, không có thiết bị (EXIF do phần mềm ghi): không xét ở đây",
        "no profile":
            "không có hồ sơ màu",
        "no segments at all":
            "hoàn toàn không có đoạn nào",
        "no signatures":
            "không có chữ ký",
        "non-Apple writer":
            "trình ghi không phải của Apple",
        "not HEIF":
            "không phải HEIF",
        "older xap: prefix":
            "tiền tố xap: kiểu cũ",
        "one broken picture in the last group (a cut-off tail)":
            "một hình hỏng ở nhóm cuối (phần đuôi bị cắt)",
        "one continuous moving scene":
            "một cảnh chuyển động liên tục",
        "one damaged picture (the Axis pair's frame 137)":
            "một hình hư hỏng (khung 137 của cặp tệp Axis)",
        "one noisy cell":
            "một ô bị nhiễu",
        "one size":
            "một kích thước",
        "painted region in a picture that decodes with errors (review)":
            "vùng bị tô trong một hình giải mã có lỗi (cần xem xét)",
        "painted region of 20 cells in a Pillow re-save":
            "vùng bị tô 20 ô trong một bản Pillow lưu lại",
        "painted region of 20 cells in a camera-laid-out JPEG (review)":
            "vùng bị tô 20 ô trong một JPEG sắp xếp như máy ảnh (cần xem xét)",
        "phone at 95":
            "điện thoại ở mức 95",
        "phone firmware in Software":
            "phần mềm máy điện thoại trong Software",
        "phone that saves with the standard tables at 95":
            "điện thoại lưu bằng bảng chuẩn ở mức 95",
        "phone: equal":
            "điện thoại: bằng nhau",
        "picture 137 differs from its signed hash":
            "hình 137 khác với mã băm đã ký của nó",
        "pictures sped up ×2, audio left":
            "hình tăng tốc ×2, giữ nguyên âm thanh",
        "portrait 1080p":
            "1080p dọc",
        "position deleted":
            "vị trí bị xóa",
        "progressive with camera Exif":
            "JPEG lũy tiến với Exif của máy ảnh",
        "regular 30 fps":
            "30 khung/giây đều đặn",
        "scene cut in a camera-written file (review only)":
            "cảnh bị cắt trong một tệp do máy quay ghi (chỉ cần xem xét)",
        "signatures in a form not checked here (info)":
            "chữ ký ở dạng không được kiểm tra ở đây (thông tin)",
        "single edit with priming":
            "một đoạn chỉnh duy nhất có phần mồi âm thanh",
        "sizes agree":
            "kích thước khớp nhau",
        "slow-motion ramp: three consecutive segments (weak)":
            "đoạn chuyển quay chậm: ba phân đoạn liên tiếp (yếu)",
        "spikes every 8 pictures from frame 5 (re-encoded from the middle of a recording)":
            "đỉnh cứ 8 hình một lần từ khung 5 (nén lại từ giữa một bản ghi)",
        "spikes every 8 pictures in an x264 stream":
            "đỉnh cứ 8 hình một lần trong một luồng x264",
        "split tables at IJG 95 under Exif (a camera's own quality): three traits, only a hint":
            "bảng tách riêng ở IJG 95 dưới Exif (mức chất lượng của chính máy ảnh): ba đặc điểm, chỉ là gợi ý",
        "the input's file type kept as metadata keys (-movflags use_metadata_tags)":
            "kiểu tệp của đầu vào được giữ thành khóa siêu dữ liệu (-movflags use_metadata_tags)",
        "the same clip after its location was removed (udta and ©xyz gone, free kept)":
            "cùng video đó sau khi bị xóa vị trí (mất udta và ©xyz, giữ free)",
        "the same in a camera-written file (review only)":
            "tương tự trong một tệp do máy quay ghi (chỉ cần xem xét)",
        "the same picture turned 90 degrees by exiftran (luminance table transposed)":
            "cùng ảnh đó được exiftran xoay 90 độ (bảng độ sáng bị chuyển vị)",
        "three pictures packed at the join after frame 99 (keyframe at 90), FFmpeg muxer":
            "ba hình dồn vào chỗ nối sau khung 99 (khung chính ở 90), bộ đóng gói FFmpeg",
        "thumbnail matches":
            "ảnh thu nhỏ khớp",
        "time 0 but a location is recorded":
            "thời gian bằng 0 nhưng có ghi vị trí",
        "time 0 but the keys name the device":
            "thời gian bằng 0 nhưng các khóa ghi tên thiết bị",
        "too few values to judge":
            "quá ít giá trị để đánh giá",
        "turned 180 degrees (tables stay upright)":
            "xoay 180 độ (bảng vẫn đúng chiều)",
        "two records that disagree":
            "hai bản ghi không khớp nhau",
        "two segments spliced":
            "hai đoạn bị ghép",
        "two valid signatures, every signed picture in place (info)":
            "hai chữ ký hợp lệ, mọi hình đã ký đều còn nguyên (thông tin)",
        "unfiltered software thumbnail: fine detail differs, averaged 2×2 it matches (libheif re-save)":
            "ảnh thu nhỏ do phần mềm tạo không lọc: chi tiết nhỏ khác, lấy trung bình 2×2 thì khớp (libheif lưu lại)",
        "unknown device 464×848 (weak)":
            "thiết bị chưa biết 464×848 (yếu)",
        "untouched Android layout":
            "cách sắp xếp Android còn nguyên",
        "x264 banner":
            "dòng tên bộ mã hóa x264",
        "x264 banner present (the banner decides)":
            "có dòng tên bộ mã hóa x264 (dòng tên quyết định)",
        "x264 re-encode with Apple's keys, handlers and brand copied":
            "bản nén lại bằng x264, chép các khóa, trình xử lý và nhãn của Apple",
        "x264 settings with the banner stripped":
            "thiết lập x264 khi dòng tên đã bị xóa",
        "zeroed":
            "bị đặt về 0",
    ]
}
