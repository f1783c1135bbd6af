// This file is long on purpose: it is the whole English catalogue, one template per message key, so that a
// translator or a reviewer reads every sentence the tool can say in one place (DESIGN "Messages/").

/// Every English sentence of findings and verdicts, by key. `{name}` is an argument (see `Message`); the
/// Vietnamese catalogue has the same keys and the same arguments (`MessageCatalogueTests`).
enum EnglishMessages {
    static let templates: [String: String] = [
        // MARK: entries
        "container.layout.android-reservation.location-removed":
            "Android's recorder reserved {reserved} bytes for the index at the front of the file ({formula}: its base size, the metadata keys, and 30 bytes for a location); moov ({moovBytes} bytes at byte {moovOffset}) and the free box after it ({freeBytes} bytes at byte {freeOffset}) now fill {found}, exactly {missing} bytes short — the size of the udta box holding a ©xyz position — and the file has no location. The position was recorded and removed afterwards.",
        "container.editlist.cut.retimed":
            "The video track's edit list plays the stored media in {segments} consecutive segments (starting at {starts} s): the recording is retimed (a slow-motion ramp or a speed change), nothing is skipped.",
        "container.editlist.cut.retimed-rates":
            "The video track's edit list plays the stored media in {segments} consecutive segments at different rates (starting at {starts} s): the recording is retimed (a slow-motion ramp or a speed change), nothing is skipped.",
        "container.editlist.cut.parts":
            "The video track's edit list plays {segments} separate parts of the stored media in sequence (starting at {starts} s): a splice or cut made without re-encoding.",
        "container.editlist.cut.part-of-first-picture":
            "part of the first picture",
        "container.editlist.cut.about-pictures":
            "about {frames} picture(s)",
        "container.editlist.cut.hidden-start":
            "The edit list starts playback at media time {mediaTime}, {seconds} s ({amount}) after the first stored picture ({earliest}): pictures recorded before the cut are kept in the file but hidden — a trim without re-encoding.",
        "container.editlist.cut.hidden-seconds":
            "The edit list starts playback {seconds} s into the stored video: the beginning of the recording is kept in the file but hidden (a trim without re-encoding).",
        "container.editlist.cut.empty-intervals":
            "The edit list inserts {count} empty interval(s) between parts of the video.",
        "container.metadata.empty-item-list.tracks":
            "The clip holds {count} empty metadata item list(s), the first at {path} (byte {byteOffset}), one inside a track: a software muxer built the metadata boxes and had nothing to put in them — GStreamer's qtmux and mp4mux leave this layout. No camera clip in the corpus writes an empty list; the container was written again after recording.",
        "container.metadata.empty-item-list.movie":
            "The clip holds an empty metadata item list at {path} (byte {byteOffset}): a software muxer built the metadata boxes and had nothing to put in them — FFmpeg's libavformat leaves this when it writes no tag. No camera clip in the corpus writes an empty list; the container was written again after recording.",
        "container.layout.apple-writer.data-references":
            "The clip carries Apple's camera keys ({device}), but its tracks reference their data with {entries} (first at the track at byte {trackOffset}) instead of the 'alis' entry Apple's QuickTime writer uses: another program (FFmpeg, MP4Box, MediaMuxer) wrote the container after recording and copied Apple's metadata across.",
        "container.layout.apple-writer.data-references-no-tapt":
            "The clip carries Apple's camera keys ({device}), but its tracks reference their data with {entries} (first at the track at byte {trackOffset}) instead of the 'alis' entry Apple's QuickTime writer uses, and its video track has no 'tapt' aperture box: another program (FFmpeg, MP4Box, MediaMuxer) wrote the container after recording and copied Apple's metadata across.",
        "container.layout.apple-writer.no-tapt":
            "The clip carries Apple's camera keys ({device}) and 'alis' data references, but its video track (at byte {trackOffset}) has no 'tapt' aperture box, which every iPhone and iPad clip in the corpus has: a weak sign that another writer touched it (older QuickTime writers may not have written one).",
        "container.writer.editing-software.tag-only-jpeg":
            "{field} names {software} (\"{value}\"), but the JPEG has none of the headers that software writes when it saves a picture (Exif first, no JFIF or Adobe segments, the camera's Huffman tables and table layout, no XMP): the picture is the camera's and the Software tag was written afterwards.",
        "container.writer.editing-software.tag-only-adobe":
            "{field} names {software} (\"{value}\"), but the file has none of what Adobe's applications write when they save (XMP naming Adobe, with document IDs and history; Photoshop and Adobe segments in a JPEG): {software} never saved this file, the Software tag was written afterwards.",
        "container.writer.editing-software.renderer":
            "{field} names {software} (\"{value}\"): the file was produced or saved by editing software, which re-compresses the pictures.",
        "container.writer.editing-software.metadata-tool":
            "{field} names {software} (\"{value}\"): the metadata was rewritten by that tool after capture.",
        "container.writer.ffmpeg.format-keys":
            "The QuickTime metadata keys include {keys} (first at byte {byteOffset}): libavformat writes the file-type tags of the file it read as metadata keys when told to keep all metadata (-movflags use_metadata_tags); cameras never store their file type as metadata. FFmpeg wrote this container after recording.",
        "container.writer.ffmpeg.default-file-type":
            "The file-type box (ftyp at byte {byteOffset}) is exactly libavformat's default ({fileType}), without FFmpeg's name tag: FFmpeg or an app reusing its settings (Telegram's muxer does) wrote the container after recording; cameras write their own file types.",
        "container.writer.ffmpeg.muxer-tag-text":
            "The container names FFmpeg's muxer as its writer ({version}, its text first at byte {byteOffset}): the file was rebuilt after recording.",
        "container.writer.ffmpeg.muxer-tag-atom":
            "The container names FFmpeg's muxer as its writer ({version} in '{atom}' at byte {byteOffset}): the file was rebuilt after recording.",
        "container.writer.ffmpeg.muxer-tag":
            "The container names FFmpeg's muxer as its writer ({version}): the file was rebuilt after recording.",
        "container.layout.index-moved.moved-apple":
            "The sample index (moov at byte {moovOffset}) comes before the picture data (mdat at byte {mdatOffset}); top-level boxes: {order}. The file still carries the Apple camera's own metadata ({sign}), and that camera writes {layout}: the index only exists once recording stops. The container was rewritten after recording (fast-start export, qt-faststart or a metadata editor).",
        "container.layout.index-moved.moved-gopro":
            "The sample index (moov at byte {moovOffset}) comes before the picture data (mdat at byte {mdatOffset}); top-level boxes: {order}. The file still carries the GoPro's own metadata ({sign}), and that camera writes {layout}: the index only exists once recording stops. The container was rewritten after recording (fast-start export, qt-faststart or a metadata editor).",
        "container.layout.index-moved.moved-android":
            "The sample index (moov at byte {moovOffset}) comes before the picture data (mdat at byte {mdatOffset}) with no free box after it; top-level boxes: {order}. The file still carries the Android camera recorder's own metadata ({sign}), and Android's writer puts the index last or into room it reserved at the front, marking what the index left of that room as a free box right after it ({layout}). The container was rewritten after recording (qt-faststart, a fast-start export or a metadata editor).",
        "container.layout.index-moved.sign-android":
            "key com.android.version {version}, track handler VideoHandle",
        "container.layout.index-moved.sign-apple":
            "keys make {make}, model {model}, track handler Core Media Video",
        "container.layout.index-moved.sign-gopro":
            "track handlers {handlers}",
        "container.layout.index-moved.sign-gopro-firmware":
            "track handlers {handlers}, firmware {firmware}",
        "container.writer.matroska.no-writer":
            "The file is {kind} but names no writer in its Segment Info, which every {kind} writer must do: it was written by software that hid its name.",
        "container.writer.matroska.writer-muxed":
            "The file is {kind}, muxed with {muxingApp} (Segment Info at byte {byteOffset}). No camera family the tool knows records into {kind}: that program put the pictures into this container.",
        "container.writer.matroska.writer-muxed-dated":
            "The file is {kind}, muxed with {muxingApp} on {date} (Segment Info at byte {byteOffset}). No camera family the tool knows records into {kind}: that program put the pictures into this container.",
        "container.writer.matroska.writer-written":
            "The file is {kind}, written by {writingApp} (Segment Info at byte {byteOffset}). No camera family the tool knows records into {kind}: that program put the pictures into this container.",
        "container.writer.matroska.writer-written-dated":
            "The file is {kind}, written by {writingApp} on {date} (Segment Info at byte {byteOffset}). No camera family the tool knows records into {kind}: that program put the pictures into this container.",
        "container.writer.matroska.writer-written-muxed":
            "The file is {kind}, written by {writingApp}, muxed with {muxingApp} (Segment Info at byte {byteOffset}). No camera family the tool knows records into {kind}: that program put the pictures into this container.",
        "container.writer.matroska.writer-written-muxed-dated":
            "The file is {kind}, written by {writingApp}, muxed with {muxingApp} on {date} (Segment Info at byte {byteOffset}). No camera family the tool knows records into {kind}: that program put the pictures into this container.",
        "media.read.incomplete.limit":
            "A resource limit stopped the reading: {what}. The file is not read further, so it cannot be checked.",
        "media.read.incomplete.no-video":
            "The file holds no video stream ({streams} other stream(s)): there is no picture to check.",
        "media.read.incomplete.no-sof":
            "The JPEG has no frame header (SOF): there is no picture in it.",
        "media.read.incomplete.rejected":
            "The decoder could not use {count} packet(s); the first after picture {afterFrame}: {reason}. Part of the stream is cut off, damaged or altered.",
        "media.read.incomplete.rejected-at":
            "The decoder could not use {count} packet(s); the first after picture {afterFrame} (packet at byte {byteOffset}): {reason}. Part of the stream is cut off, damaged or altered.",
        "media.read.incomplete.stopped":
            "The decoder could not use {count} packet(s); the first after picture {afterFrame}: {reason}. Decoding stopped before the end of the stream. Part of the stream is cut off, damaged or altered.",
        "media.read.incomplete.stopped-at":
            "The decoder could not use {count} packet(s); the first after picture {afterFrame} (packet at byte {byteOffset}): {reason}. Decoding stopped before the end of the stream. Part of the stream is cut off, damaged or altered.",
        "media.read.incomplete.ended-early":
            "The video ends after {read} of the {indexed} samples its index lists (after picture {afterFrame}, last packet at byte {byteOffset}; {count} problem(s) in all): the file was cut short, or its index was altered. Part of the stream is cut off, damaged or altered.",
        "media.read.incomplete.raw-stream":
            "The file is a raw video stream: no index or header records how long the recording is, so a stream cut short at a picture boundary looks exactly like a whole one, and its end cannot be vouched for. Ask for the recorder's own export in its container to accept it; the pictures that are here were still checked.",
        "media.read.incomplete.raw-stream-bcmedia":
            "The file is a raw BcMedia-framed video stream: no index or header records how long the recording is, so a stream cut short at a picture boundary looks exactly like a whole one, and its end cannot be vouched for. Ask for the recorder's own export in its container to accept it; the pictures that are here were still checked.",
        "media.read.incomplete.raw-not-decoded":
            "The raw stream is larger than {mebibytes} MiB, so it was not decoded to its end at this depth and whether its last picture is whole was not checked. Run with --depth full to decode it to its end.",
        "container.structure.incomplete.no-moov":
            "The file has no 'moov' index: the structure stops early. Recordings cut off before the camera finalises them look like this; the pictures cannot be checked.",
        "container.structure.incomplete.no-moov-reason":
            "The file has no 'moov' index: {reason}. Recordings cut off before the camera finalises them look like this; the pictures cannot be checked.",
        "container.structure.incomplete.partial":
            "Only {covered} of {total} bytes form valid structure: the walk stopped.",
        "container.structure.incomplete.partial-reason":
            "Only {covered} of {total} bytes form valid structure: {reason}.",
        "family.writer.invariant-broken.broken":
            "The file names its writer as: {family} ({claim}); but {differs}. In every one of the {originals} originals of that family, {invariant}.",
        "family.writer.invariant-broken.broken-one-original":
            "The file names its writer as: {family} ({claim}); but {differs}. In the {originals} original of that family seen so far (a weak rule), {invariant}.",
        "family.writer.recognised.recognised":
            "Recognised as {family} ({claim}): all {held} invariants that apply hold ({invariants}), drawn from {originals} original(s).",
        "family.writer.recognised.recognised-one-original":
            "Recognised as {family} ({claim}): all {held} invariants that apply hold ({invariants}), drawn from {originals} original(s). The family rests on one original so far, so its invariants are weak.",
        "family.writer.unrecognised.none":
            "No camera writer family the tool knows claims this file (nothing in it names one), so nothing positively shows that a camera wrote it.",
        "family.writer.unrecognised.nearest":
            "No camera writer family the tool knows claims this file (nothing in it names one), so nothing positively shows that a camera wrote it. Nearest: {family}, {held} of its invariants hold; differs: {differs}.",
        "family.writer.unrecognised.nearest-unnamed":
            "No camera writer family the tool knows claims this file (nothing in it names one), so nothing positively shows that a camera wrote it. Nearest: {family}, {held} of its invariants hold, but the file does not name it.",
        "common.duration.days":
            "{n} day(s)",
        "common.duration.hours":
            "{n} hour(s)",
        "common.duration.minutes":
            "{n} minute(s)",
        "metadata.device.missing.core-media":
            "The file was written by Apple Core Media (track handlers {handlers}) but has none of the make, model or creation-date keys the camera records: an exported or shared copy, or metadata removed.",
        "metadata.device.identified.named":
            "The metadata names the device {device} ({source}).",
        "metadata.device.identified.named-software":
            "The metadata names the device {device}, software {software} ({source}).",
        "metadata.time.filename.name-moment":
            "The file name {name} gives the moment {named}, but the {field} inside is {capture}, {apart} apart: the dates were changed or the file was renamed.",
        "metadata.time.filename.name-day":
            "The file name {name} gives the day {named}, but the {field} inside is {capture}, {apart} apart: the dates were changed or the file was renamed.",
        "metadata.time.filename.future":
            "The {field} ({capture}) is later than the moment of verification ({now}): the recorder's clock was wrong or the date was edited.",
        "metadata.location.removed.accuracy-left":
            "The file keeps Apple's location accuracy key ({accuracy} m, at byte {byteOffset}) but not the location it belongs to: the GPS position was removed after recording.",
        "metadata.read.unparsed.unparsed":
            "Part of the file's metadata could not be read (the reader says: “{reason}”); its time, place and device cannot be checked.",
        "metadata.recording.absent.absent":
            "The clip records neither the device nor the time it was recorded: the movie header's creation time is 0 (1904-01-01) and no metadata names a make, model, date or place. Camera clips record at least their creation time; this one was written by a converter that dropped the metadata, or by a recorder without a clock. Nothing in it can be checked against a camera: ask where it came from.",
        "metadata.recording.absent.absent-kept":
            "The clip records neither the device nor the time it was recorded: the movie header's creation time is 0 (1904-01-01) and no metadata names a make, model, date or place (the only metadata: {kept}). Camera clips record at least their creation time; this one was written by a converter that dropped the metadata, or by a recorder without a clock. Nothing in it can be checked against a camera: ask where it came from.",
        "metadata.time.inconsistent.track-differs":
            "The movie header says the file was created at {movie}, but track {track}'s {field} says {time} ({diff} s); cameras write both from one clock.",
        "metadata.time.implausible.zero":
            "The movie header's creation time is 0 (1904-01-01): no recording time was written, as when a file is rebuilt by a converter.",
        "metadata.time.implausible.before-2000":
            "The movie header says it was created on {created}, before 2000.",
        "metadata.time.implausible.modified-before-created":
            "The movie header was modified ({modified}) before it was created ({created}).",
        "photo.jpeg.apple-exif-padding.not-padded":
            "The Exif segment (APP1 at byte {byteOffset}) of this {model} photo ({version}) is {length} bytes, not a multiple of {block}, {padding}. The iPhone camera pads it with zeros to a {block}-byte boundary (iPhone 4S on iOS 5.1.1: 12288 bytes; iPhone 6 on iOS 8.3: 20480 bytes). {certainty}",
        "photo.jpeg.apple-exif-padding.version-ios":
            "iOS {version}",
        "photo.jpeg.apple-exif-padding.version-software":
            "Software '{software}', not an iOS version",
        "photo.jpeg.apple-exif-padding.version-none":
            "no Software tag",
        "photo.jpeg.apple-exif-padding.no-padding":
            "and ends without zero padding",
        "photo.jpeg.apple-exif-padding.padding":
            "with {zeros} zero bytes at its end",
        "photo.jpeg.apple-exif-padding.certain":
            "The metadata was written again after capture (a date or GPS edit, or another metadata tool); the picture itself may be untouched.",
        "photo.jpeg.apple-exif-padding.unseen-version":
            "Originals from {version} have not been seen, so this is a weak sign: Apple's writer may have changed.",
        "photo.jpeg.apple-exif-padding.no-version":
            "Without the camera's iOS version this is a weak sign; other checks judge the Software tag.",
        "photo.jpeg.camera-table-layout.dqt-one":
            "all quantisation tables in one DQT segment",
        "photo.jpeg.camera-table-layout.dqt-per-table":
            "one DQT segment per quantisation table",
        "photo.jpeg.camera-table-layout.dht-one":
            "all Huffman tables in one DHT segment",
        "photo.jpeg.camera-table-layout.dht-per-table":
            "one DHT segment per Huffman table",
        "photo.jpeg.camera-table-layout.codes-optimised":
            "Huffman codes optimised for this picture",
        "photo.jpeg.camera-table-layout.codes-annex-k":
            "the Annex K Huffman tables",
        "photo.jpeg.camera-table-layout.transcoder":
            "The Exif names the {make} {model}, whose camera writes {camera} (as the reference original of that model shows); this file has {differences} — libjpeg's transcoder layout (jpegtran -optimize, lossless rotate or crop). The file was rewritten after capture; the picture itself may not have been re-compressed.",
        "photo.jpeg.camera-table-layout.ijg":
            "The Exif names the {make} {model}, whose camera writes {camera} (as the reference original of that model shows); this file has {differences} and libjpeg's standard tables at quality {quality}, which camera encoders do not use: the picture was compressed again by software.",
        "photo.jpeg.camera-table-layout.ijg-hedged":
            "The Exif names the {make} {model}, whose camera writes {camera} (as the reference original of that model shows); this file has {differences} and libjpeg's standard tables at quality {quality}, which camera encoders do not use: a sign that software compressed the picture again. This model is known from one original; another of its shooting modes may lay the tables out otherwise, so this alone does not decide.",
        "photo.jpeg.camera-table-layout.rewritten":
            "The Exif names the {make} {model}, whose camera writes {camera} (as the reference original of that model shows); this file has {differences}. Another program wrote the picture's tables after capture: a lossless transcoder (rotation tools keep the coefficients) or an encoder that compressed the picture again — the headers cannot tell which.",
        "photo.jpeg.camera-table-layout.rewritten-hedged":
            "The Exif names the {make} {model}, whose camera writes {camera} (as the reference original of that model shows); this file has {differences}. This suggests that another program wrote the picture's tables after capture: a lossless transcoder (rotation tools keep the coefficients) or an encoder that compressed the picture again — the headers cannot tell which. This model is known from one original; another of its shooting modes may lay the tables out otherwise, so this alone does not decide.",
        "photo.dates.cross-check.gps-after":
            "EXIF DateTimeOriginal ({original}) is {apart} after the GPS time the camera recorded ({gps}): the capture date was changed after the photo was taken, or the camera's clock was wrong by that much (a stale GPS fix lags by hours, not days).",
        "photo.dates.cross-check.gps-before":
            "EXIF DateTimeOriginal ({original}) is {apart} before the GPS time the camera recorded ({gps}): the capture date was changed after the photo was taken, or the camera's clock was wrong by that much (a stale GPS fix lags by hours, not days).",
        "photo.dates.cross-check.xmp":
            "EXIF DateTimeOriginal ({original}) differs by {apart} from XMP {field} ({value}), which the camera wrote at the same moment: the EXIF dates were changed.",
        "photo.jpeg.editor-encoder.no-claim":
            "",
        "photo.jpeg.editor-encoder.claim":
            ", though its Exif names the camera {camera}",
        "photo.jpeg.editor-encoder.no-note":
            "",
        "photo.jpeg.editor-encoder.tables-note":
            " Its quantisation tables are also exactly those of {source}.",
        "photo.jpeg.editor-encoder.source-0":
            "Adobe Photoshop CS6, one of its 13 quality levels",
        "photo.jpeg.editor-encoder.source-1":
            "Adobe Photoshop Lightroom, one quality level",
        "photo.jpeg.editor-encoder.source-2":
            "Adobe Photoshop Lightroom, another quality level",
        "photo.jpeg.editor-encoder.adobe-flags":
            "The JPEG carries the APP14 \"Adobe\" segment at byte {byteOffset} with flag word {flags}, which Adobe's JPEG encoder (Photoshop, Lightroom, Camera Raw) writes in every picture it saves and libjpeg never sets{claim}: the picture was compressed by Adobe software, not saved by a camera.{note}",
        "photo.jpeg.editor-encoder.adobe-zero":
            "The JPEG carries an APP14 \"Adobe\" segment at byte {byteOffset} with zero flags{claim}: editors (ACDSee) and libjpeg-based tools write it when they save; cameras are not known to, but this alone does not decide.{note}",
        "photo.jpeg.editor-encoder.tables":
            "The JPEG's quantisation tables are, all 128 values, those of {source}{claim}: a sign that {software} compressed it, though a table alone never decides.",
        "photo.icc.editor-profile.embedded":
            "The JPEG embeds the ICC profile \"{profile}\" (CMM '{cmm}', creator '{creator}', at byte {byteOffset}) — {who} — while its Exif names the camera make {make}: an editor saved this file.",
        "photo.icc.editor-profile.who-hp":
            "the HP/Linotronic sRGB profile Photoshop, Lightroom and GIMP embed",
        "photo.icc.editor-profile.who-adbe":
            "an Adobe profile",
        "photo.icc.editor-profile.who-lcms":
            "a LittleCMS profile (GIMP, ImageMagick, darktable)",
        "photo.exif.modified-after-capture.saved-later":
            "EXIF ModifyDate ({modified}) is {apart} after the capture time DateTimeOriginal ({original}): the file was saved again after it was taken.",
        "photo.exif.modified-after-capture.modified-before":
            "EXIF ModifyDate ({modified}) is {apart} before the capture time DateTimeOriginal ({original}): one of the dates was changed.",
        "photo.exif.dimensions.scaled":
            "The picture is {w}×{h} but {field} says the camera recorded {ew}×{eh}, the same shape ({scale}× each way): it was scaled after capture, or cut to the same shape, and saved again keeping the original EXIF. Which of the two, only the thumbnail or the original can tell.",
        "photo.exif.dimensions.cropped":
            "The picture is {w}×{h} (aspect {aspect}) but {field} says the camera recorded {ew}×{eh} (aspect {recordedAspect}): part of the picture was cut away after capture.",
        "photo.exif.rewritten.tag-order":
            "The EXIF names {make}, but every value is stored in tag order (Exif directory at byte {byteOffset}: {count} values from {first} to {last}), as metadata rewriters such as ExifTool store them; {make}'s camera does not ({camera}). The EXIF was written again after capture.",
        "photo.exif.rewritten.camera-samsung":
            "4 of 4 Samsung phone originals, 2011–2024: Galaxy S2, Note 3 and J3 JPEGs store the maker note last, after UserComment and ImageUniqueID; the Galaxy S24 FE HEIC starts with DateTimeOriginal",
        "photo.exif.rewritten.camera-oneplus":
            "the OnePlus 8 original stores its values in Android ExifInterface's hash order, unpadded",
        "photo.exif.rewritten.camera-hmd-global":
            "the Nokia 8.3 original stores its values unordered and unpadded",
        "photo.exif.rewritten.camera-huawei":
            "the Huawei P30 (ELE-L29) file stores its values unordered and unpadded",
        "common.writer.editor-segments":
            "editor segments ({segments})",
        "common.writer.finding":
            "finding {id}",
        "photo.pixels.flat-fill.decode-errors":
            "A rectangle of the picture (x {x}, y {y}, {w}×{h} px, {share} % of it) is one flat grey level ({luma} of 255): {blocks} 8×8 blocks without any sensor noise, filling {fill} % of the box, with a sharp edge all round. The picture decodes with errors, and decoders fill what they cannot read with flat blocks, so this asks for review.",
        "photo.pixels.flat-fill.painted":
            "A rectangle of the picture (x {x}, y {y}, {w}×{h} px, {share} % of it) is one flat grey level ({luma} of 255): {blocks} 8×8 blocks without any sensor noise, filling {fill} % of the box, with a sharp edge all round. Cameras do not record flat areas, and software wrote this picture again ({writer}): a box was painted over part of the photo.",
        "photo.pixels.flat-fill.camera-layout":
            "A rectangle of the picture (x {x}, y {y}, {w}×{h} px, {share} % of it) is one flat grey level ({luma} of 255): {blocks} 8×8 blocks without any sensor noise, filling {fill} % of the box, with a sharp edge all round. The file is still laid out as a camera writes it, so this asks for review: look at the region.",
        "photo.heif.metadata-relocated.after-data":
            "The EXIF item is stored at byte {byteOffset}, after all image data (which ends at byte {imageEnd}): metadata tools append rewritten EXIF there.",
        "photo.heif.metadata-relocated.after-data-apple":
            "The EXIF item is stored at byte {byteOffset}, after all image data (which ends at byte {imageEnd}): metadata tools append rewritten EXIF there; iPhones write it before the image tiles.",
        "photo.heif.metadata-relocated.after-data-mdats":
            "The EXIF item is stored at byte {byteOffset}, after all image data (which ends at byte {imageEnd}), in one of {mdats} mdat boxes: metadata tools append rewritten EXIF there.",
        "photo.heif.metadata-relocated.after-data-mdats-apple":
            "The EXIF item is stored at byte {byteOffset}, after all image data (which ends at byte {imageEnd}), in one of {mdats} mdat boxes: metadata tools append rewritten EXIF there; iPhones write it before the image tiles.",
        "photo.heif.writer-layout.reordered":
            "The EXIF names {make}, whose camera lays out the HEIF meta box as {camera} ({basis}); this file's meta box (at byte {byteOffset}) is {written}: the file was written again by other software after capture.",
        "photo.heif.writer-layout.basis-apple":
            "all 5 iPhone originals in the corpus, iPhone 7 to 17 Pro, iOS 11 to 26, and a photo cropped in iOS Photos",
        "photo.heif.writer-layout.basis-samsung":
            "one Samsung original in the corpus (Galaxy S24 FE)",
        "common.jpeg.jfif-before-exif":
            "JFIF header before the Exif segment",
        "common.jpeg.ijg-tables":
            "standard IJG tables",
        "common.jpeg.ijg-tables-quality":
            "standard IJG tables at quality {quality}",
        "common.jpeg.quality-none":
            "",
        "common.jpeg.quality":
            " at quality {quality}",
        "photo.jpeg.transposed-tables.luma":
            "The luminance quantisation table (DQT at byte {offset}) is libjpeg's standard table at quality {quality} with its rows and columns swapped: its first row reads {row} and its first column {column}, while libjpeg's table at that quality has them the other way round. Encoders store their tables upright; a table comes out transposed when a tool turns the coded picture by 90 or 270 degrees without re-compressing it (jpegtran, exiftran, a gallery app's lossless rotate). The picture is the camera's, turned after capture, and the file was rewritten.",
        "photo.jpeg.software-writer.no-exif":
            "The JPEG was written by libjpeg-based software (JFIF header, one segment per table, standard IJG tables{quality}) and carries no camera metadata: it was compressed by an app or converter, not saved by a camera.",
        "photo.jpeg.software-writer.no-exif-camera-quality":
            "The JPEG has libjpeg's layout (JFIF header, one segment per table, standard IJG tables at quality {quality}) and carries no camera metadata. Software saving a picture writes this, but so does a phone camera that uses libjpeg's layout at its own quality once its metadata is stripped (the Nokia 8.3 original differs only by its Exif), so the layout alone does not show that the picture was compressed again.",
        "photo.jpeg.software-writer.a-camera":
            "a camera",
        "photo.jpeg.software-writer.resaved":
            "The JPEG is laid out as libjpeg writes pictures it compresses itself — {traits} — with the Exif of {camera} inserted after the JFIF header: the photo was decoded and saved again by software (Pillow, ImageMagick, GIMP, an app); camera writers put Exif first.",
        "photo.jpeg.software-writer.optimised-jfif":
            "The JPEG has libjpeg's layout — JFIF header first, one DQT segment per quantisation table, one DHT segment per Huffman table, Huffman codes optimised for this picture — with libjpeg's standard tables at quality {quality}, a quality phone cameras save at themselves, under the Exif of {camera}. A lossless optimiser (jpegoptim, jpegtran) writes exactly this when it rewrites a camera picture that already used those tables, adding its JFIF header; an editor re-saving at that same quality with optimised codes would write the same headers. The file was rewritten after capture; whether the picture was also compressed again cannot be told from its headers.",
        "photo.jpeg.software-writer.progressive":
            "The picture is coded as a {process} JPEG, but its Exif names the camera {camera}: cameras write baseline JPEGs, so the picture was compressed again by software (web export, messaging or social app).",
        "photo.jpeg.software-writer.apple-ijg":
            "The Exif says {camera}, but the quantisation tables are IJG's standard tables{quality}: Apple's camera encoders use their own tables, so the picture was compressed again by other software.",
        "photo.jpeg.software-writer.split-ijg":
            "The Exif names {camera}, but the JPEG has libjpeg's layout (one DQT segment per quantisation table, one DHT segment per Huffman table) and libjpeg's standard tables at quality {quality}, which camera encoders do not use (phones that use IJG tables save at 95–98; a lossless rewrite keeps the camera's tables): the picture was compressed again by libjpeg-based software (libvips, a converter, an app) and the camera's Exif was carried across.",
        "photo.jpeg.software-writer.jfif-removed":
            "The JPEG has libjpeg's layout (tables split one per segment, Huffman codes optimised) and libjpeg's standard tables at quality {quality}, which camera encoders do not use (phones that use IJG tables save at 95–98): the picture was compressed by libjpeg-based software (GIMP, ImageMagick, a converter), and the JFIF header such software writes was removed afterwards.",
        "photo.jpeg.software-writer.transcoded":
            "The camera's segments are kept (Exif first, no JFIF header, which libjpeg writes whenever it compresses pixels itself), but the tables are split one per segment and the Huffman codes are optimised: a libjpeg transcoder (jpegtran -optimize, lossless rotation or cropping tools) rewrote the coded picture without re-compressing it.",
        "photo.jpeg.software-writer.three-traits":
            "The JPEG shows three of libjpeg's four layout traits ({traits}): often a re-save by software, but some phones write this way too.",
        "photo.metadata.stripped.jpeg":
            "The JPEG has no metadata segment at all — no Exif, no JFIF header, no comment — and goes straight from SOI to {segment} at byte {byteOffset}: its metadata was removed (cameras write Exif, libjpeg-based software writes JFIF).",
        "photo.metadata.stripped.heif":
            "The HEIF declares an Exif item (item {item} at byte {byteOffset}) but it holds no EXIF: the item's content was removed after capture (exiftool -all= leaves the item empty).",
        "photo.metadata.stripped.heif-no-data":
            "The HEIF declares an Exif item (item {item}, with no data) but it holds no EXIF: the item's content was removed after capture (exiftool -all= leaves the item empty).",
        "photo.exif.no-camera-metadata.no-exif":
            "The photo carries no camera EXIF (no EXIF at all): messaging apps, screenshots and converters remove it. Nothing ties the picture to a camera or a time, so it cannot be accepted as an original.",
        "photo.exif.no-camera-metadata.no-make":
            "The photo carries no camera EXIF (EXIF without make or model): messaging apps, screenshots and converters remove it. Nothing ties the picture to a camera or a time, so it cannot be accepted as an original.",
        "photo.exif.device-removed.exposure":
            "The EXIF keeps the exposure the camera measured ({tags}) but has no {missing} in its 0th directory (byte {byteOffset}): only a camera records an exposure, and every camera original in the corpus names its make and model beside it, so the device tags were deleted after capture and the rest of the camera's EXIF was left in place.",
        "photo.exif.device-removed.maker-note":
            "The EXIF keeps the camera maker's private notes (a {length}-byte MakerNote) but has no {missing} in its 0th directory (byte {byteOffset}): firmware that writes a maker note names itself beside it — readers decode the notes by the make — so the device tags were deleted after capture and the rest of the camera's EXIF was left in place.",
        "metadata.location.written-twice.same":
            "The position is written {count} times — {places}: a camera writes it once, in its own writer's place, while a tag editor writing for every reader writes all of them. The position was written after recording; ask where the clip was taken.",
        "metadata.location.written-twice.different":
            "The position is written {count} times and the records disagree — {places}: a camera writes it once, in its own writer's place. The position was written after recording; ask where the clip was taken.",
        "photo.format.shared-copy.format":
            "The photo is a {format} file: cameras save JPEG or HEIC; {format} comes from screenshots, editors or web apps.",
        "photo.format.shared-copy.size":
            "The photo is {w}×{h}: a long side of {long} px is what messaging apps scale to, and no camera EXIF says otherwise.",
        "photo.picture.decode-errors.errors":
            "The picture decodes with errors (libavcodec reports bad codes or concealed blocks in the scan that starts at byte {byteOffset}): its bytes are not what a camera's encoder wrote. Damage and a byte-level change look alike, so the pixels cannot be vouched for and this asks for review.",
        "photo.jpeg.ijg-tables.ijg":
            "The JPEG uses libjpeg's standard quantisation tables at quality {quality}: what editors and messaging apps write when they save a photo again (phones that use these tables save at 95–98).",
        "photo.format.screenshot.why-size":
            "its {size} pixels are a phone screen's exact size",
        "photo.format.screenshot.why-size-video":
            "its {size} pixels are a phone screen's exact size (and a video frame's: it may be a still taken from a video)",
        "photo.format.screenshot.why-name":
            "its name marks it as a screenshot ({name})",
        "photo.format.screenshot.why-size-name":
            "its {size} pixels are a phone screen's exact size and its name marks it as a screenshot ({name})",
        "photo.format.screenshot.why-size-video-name":
            "its {size} pixels are a phone screen's exact size (and a video frame's: it may be a still taken from a video) and its name marks it as a screenshot ({name})",
        "photo.format.screenshot.captured-screen":
            "The picture was captured from a screen: {why}, and no camera make or model is recorded. It is a copy, not the camera's photo.",
        "photo.format.screenshot.captured-screen-or-video":
            "The picture was captured from a screen or a video: {why}, and no camera make or model is recorded. It is a copy, not the camera's photo.",
        "photo.thumbnail.mismatch.name-heif":
            "HEIF thumbnail item",
        "photo.thumbnail.mismatch.name-exif":
            "EXIF thumbnail",
        "photo.thumbnail.mismatch.no-note":
            "",
        "photo.thumbnail.mismatch.note-decode-errors":
            " The picture also decodes with errors, so damage to its bytes cannot be told from an edit: review the region.",
        "photo.thumbnail.mismatch.note-in-place":
            " Nothing in the file's headers shows decisively that software wrote it again, so the change may lie in its coded picture data alone: damage in storage or transfer, or a byte-level edit; review the region.",
        "photo.thumbnail.mismatch.different":
            "The {name} ({tw}×{th}, at byte {byteOffset}) does not show the same picture: the median difference over the {gw}×{gh} grid is {median} (camera originals in the corpus stay under 0.25; PDQ distance {pdq}). The picture was cropped or replaced after the thumbnail was made.{note}",
        "photo.thumbnail.mismatch.local":
            "The {name} (at byte {byteOffset}) matches the picture except in {cells} cells of the {gw}×{gh} grid, up to {max} standard deviations against a median of {median}, in the region x {x}, y {y}, {w}×{h} px: that part of the picture was changed after capture (painted over or pasted).{note}",
        "photo.picture.undecodable.not-examined":
            "The HEIC picture could not be decoded here ({reason}), so the thumbnail and flat-fill checks did not run. That may be a limit of the tool rather than of the file, so it is not called unreadable; but at this depth a picture must be examined before the file is accepted. At depth structure its metadata and structure are judged alone.",
        "photo.picture.undecodable.undecodable":
            "The picture cannot be decoded ({reason}): its pixels cannot be examined.",
        "common.trace.banner":
            "{encoder} encoder banner",
        "common.trace.banner-at":
            "{encoder} encoder banner at byte {byteOffset}",
        "common.trace.muxer":
            "FFmpeg muxer tag {version}",
        "common.trace.muxer-at":
            "FFmpeg muxer tag {version} at byte {byteOffset}",
        "common.trace.file-type":
            "libavformat's file-type box ({fileType})",
        "video.tracks.duration-mismatch.retimed":
            "The video track lasts {video} s and the audio track {audio} s ({apart} s apart): the pictures were retimed (speed change) or one track was cut without the other (the file was rewritten by {trace}).",
        "video.tracks.duration-mismatch.review":
            "The video track lasts {video} s and the audio track {audio} s ({apart} s apart): a recorder starts and stops both together, but no software rewrote this file, so it asks for review.",
        "video.content.discontinuity.what":
            "Between pictures {before} and {after} the scene changes completely: their PDQ hashes differ by {distance} of 256 bits, while 9 in 10 consecutive pictures in this clip differ by at most {usual} and the two pictures on each side are steady",
        "video.content.discontinuity.what-cuts":
            "Between pictures {before} and {after} the scene changes completely: their PDQ hashes differ by {distance} of 256 bits, while 9 in 10 consecutive pictures in this clip differ by at most {usual} and the two pictures on each side are steady; {cuts} such cuts",
        "video.content.discontinuity.what-at":
            "Between pictures {before} and {after} (at {seconds} s) the scene changes completely: their PDQ hashes differ by {distance} of 256 bits, while 9 in 10 consecutive pictures in this clip differ by at most {usual} and the two pictures on each side are steady",
        "video.content.discontinuity.what-at-cuts":
            "Between pictures {before} and {after} (at {seconds} s) the scene changes completely: their PDQ hashes differ by {distance} of 256 bits, while 9 in 10 consecutive pictures in this clip differ by at most {usual} and the two pictures on each side are steady; {cuts} such cuts",
        "video.content.discontinuity.joined":
            "{what}. No motion explains it, and software rewrote the file ({trace}): a piece of another recording was joined here, or a freeze ends here.",
        "video.content.discontinuity.why-no-trace":
            "The file shows no trace of software processing",
        "video.content.discontinuity.why-container-only":
            "Software only rewrote the container, which joins pieces at keyframes, and picture {after} is not one",
        "video.content.discontinuity.review":
            "{what}. {why}; a light switched on, a flash or a covered lens can change a whole picture too, so this asks for review.",
        "video.frames.decode-errors.frame":
            "frame {frame}",
        "video.frames.decode-errors.frame-at":
            "frame {frame} (packet at byte {byteOffset})",
        "video.frames.decode-errors.errors":
            "{bad} of {total} pictures decode with errors ({list}); the others are clean: their bytes differ from what the encoder wrote (altered or damaged).",
        "video.double-compression.periodicity.periodic":
            "Experimental: P-pictures every {period} pictures from frame {frame} on are {score}× larger than their neighbours on average: the clip was probably encoded before with a keyframe every {period} pictures (double compression; estimated first GOP {period}).",
        "video.double-compression.periodicity.periodic-off-grid":
            "Experimental: P-pictures every {period} pictures from frame {frame} on are {score}× larger than their neighbours on average: the clip was probably encoded before with a keyframe every {period} pictures (double compression; estimated first GOP {period}). The earlier keyframes fall on frame {phase} and every {period} pictures after it, not on frame 0 where a recording starts: the clip may begin after the start of the recording it was encoded from (cut at the start, or pictures removed before frame {phase}). Context only: the period and phase are estimates.",
        "video.bitstream.encoder-banner.banner-a":
            "The video stream carries a {encoder} encoder banner ({banner}) at byte {byteOffset}; camera hardware encoders never write it.",
        "video.bitstream.encoder-banner.banner-a-description":
            "The video stream carries a {encoder} encoder banner ({banner}) at byte {byteOffset} (in the sample description); camera hardware encoders never write it.",
        "video.bitstream.encoder-banner.banner-an":
            "The video stream carries an {encoder} encoder banner ({banner}) at byte {byteOffset}; camera hardware encoders never write it.",
        "video.bitstream.encoder-banner.banner-an-description":
            "The video stream carries an {encoder} encoder banner ({banner}) at byte {byteOffset} (in the sample description); camera hardware encoders never write it.",
        "video.frames.errors-from-keyframe.keyframe":
            "keyframe {frame}",
        "video.frames.errors-from-keyframe.keyframe-at":
            "keyframe {frame} ({seconds} s)",
        "video.frames.errors-from-keyframe.keyframe-at-byte":
            "keyframe {frame} ({seconds} s, packet at byte {byteOffset})",
        "video.frames.errors-from-keyframe.what":
            "All {clean} pictures before {at} decode cleanly; from it to the end, {bad} of {after} pictures decode with errors, in every one of the {groups} group(s) of pictures that follow (the first at frame {first})",
        "video.frames.errors-from-keyframe.joined":
            "{what}: those pictures were not coded with the parameter sets this file declares. Software rewrote the file ({trace}): a piece of another encoding was joined at {at}.",
        "video.frames.errors-from-keyframe.review-in-band":
            "{what}. The stream repeats its parameter sets at keyframes, so an appended part would carry its own and decode; errors like these come from loss (a network recorder) or damage, so this asks for review.",
        "video.frames.errors-from-keyframe.review-no-trace":
            "{what}. The file shows no trace of software processing and damage in storage can look like this, so this asks for review.",
        "video.content.frozen.what":
            "Pictures {first}–{last} repeat picture {repeated} (PDQ distance ≤ {same}) for {span} s while the scene moves before and after ({before} and {after} bits)",
        "video.content.frozen.what-runs":
            "Pictures {first}–{last} repeat picture {repeated} (PDQ distance ≤ {same}) for {span} s while the scene moves before and after ({before} and {after} bits); {runs} such runs",
        "video.content.frozen.replaced":
            "{what}. The file was processed by software ({trace}): pictures were replaced by a freeze.",
        "video.content.frozen.why-still":
            "the picture also stands still elsewhere in the clip ({runs} other run(s) over {seconds} s), as with a fixed camera on a quiet scene",
        "video.content.frozen.why-no-trace":
            "no trace of software processing, and a recorder padding a slow sensor can repeat pictures too",
        "video.content.frozen.review":
            "{what}. But {why}, so this asks for review.",
        "video.bitstream.encoder-settings.weighted-prediction":
            "The H.264 picture parameter set (avcC, byte {byteOffset}) switches on explicit weighted prediction for P pictures (weighted_pred_flag 1, weighted_bipred_idc {bipred}), as x264's default presets do; none of the camera, phone or other encoders' H.264 streams in the corpus does, and no encoder banner is left in this one. A weak sign that software encoded the pictures and its name was removed.",
        "video.gop.out-of-pattern.early-one":
            "The recorder placed a keyframe every {period} pictures ({n} of {intervals} intervals), but the keyframe at sample {samples} came early (after {after} pictures): a part may start there (splice or cut).",
        "video.gop.out-of-pattern.early-many":
            "The recorder placed a keyframe every {period} pictures ({n} of {intervals} intervals), but the keyframes at samples {samples} came early (after {after} pictures): a part may start there (splice or cut).",
        "video.format.non-camera-size.core-media":
            "Apple (Core Media writer)",
        "video.format.non-camera-size.scaled":
            "The video is {w}×{h}, a size no {device} camera records, although the file says that device made it: the pictures were scaled and re-encoded after capture (an export, a share, a messaging app).",
        "video.format.non-camera-size.unusual":
            "The video is {w}×{h}, not a size cameras usually record (exports and messaging apps scale to such sizes; some recorders use unusual ones).",
        "video.stream.parameters-changed.size-joined":
            "The pictures change size at frame {frame} ({seconds} s) from {fw}×{fh} to {tw}×{th}: parts encoded with different settings were joined.",
        "video.stream.parameters-changed.size-review":
            "The pictures change size at frame {frame} ({seconds} s) from {fw}×{fh} to {tw}×{th}; no software rewrote this MP4/MOV, or it is a recorder format that can switch between a camera's streams, so this asks for review.",
        "video.stream.parameters-changed.sample-descriptions":
            "The video track has {count} sample descriptions ({entries}): pictures coded with different parameter sets were put into one track, as when clips are joined without re-encoding.",
        "common.ellipsis":
            "…",
        "video.bitstream.signed-video.signer-manufacturer":
            "{value}",
        "video.bitstream.signed-video.signer-hardware":
            "hardware {value}",
        "video.bitstream.signed-video.signer-firmware":
            "firmware {value}",
        "video.bitstream.signed-video.signer-serial":
            "serial {value}",
        "video.bitstream.signed-video.no-signer":
            "",
        "video.bitstream.signed-video.by":
            " by {signer}",
        "video.bitstream.signed-video.no-note":
            "",
        "video.bitstream.signed-video.key-note":
            " The public key is the one the stream carries (SHA-256 {key}…): who holds it must be confirmed with the maker or the camera's owner.",
        "video.bitstream.signed-video.unchecked":
            "The stream carries {count} Signed Video SEI unit(s){who} that this tool cannot check ({outcomes}: another hash algorithm, or no public key in the stream). Verify them with the maker's validator.",
        "video.bitstream.signed-video.place-picture-at":
            "picture {picture} at byte {byteOffset}",
        "video.bitstream.signed-video.place-picture":
            "picture {picture}",
        "video.bitstream.signed-video.place-listed-at":
            "a listed picture at byte {byteOffset}",
        "video.bitstream.signed-video.place-listed":
            "a listed picture",
        "video.bitstream.signed-video.added":
            "The stream is signed with Signed Video{who}, but {count} picture unit(s) inside a signed group of pictures are not in the list signed when recording ({places}): pictures were added after recording.",
        "video.bitstream.signed-video.at-byte":
            "byte {byteOffset}",
        "video.bitstream.signed-video.at-packet":
            "packet {packet}",
        "video.bitstream.signed-video.invalid":
            "{count} of {total} signatures do not verify with the key they carry (SEI at {at})",
        "video.bitstream.signed-video.changed":
            "{count} picture unit(s) differ from the hash signed for them ({places})",
        "video.bitstream.signed-video.missing":
            "{count} signed picture unit(s) are missing from their group",
        "video.bitstream.signed-video.broken":
            "The stream is signed with Signed Video{who} ({valid} of {total} signatures valid, {verified} of {units} picture units verified), but {parts}. Those pictures are not what was signed when recording: altered, or damaged in storage or transfer, which the bytes cannot tell apart; the verified pictures around them are exactly as recorded.",
        "video.bitstream.signed-video.gaps":
            " {count} group(s) of pictures in between carry no signature (starting at packet {packets}): a signature was lost or removed there, or a piece was joined in.",
        "video.bitstream.signed-video.tail":
            " The last {count} picture unit(s) come after the last signature (recording stopped before it was written).",
        "video.bitstream.signed-video.all-verify":
            "all {valid} signatures verify",
        "video.bitstream.signed-video.some-verify":
            "{valid} signatures verify ({unchecked} more in a form not checked here)",
        "video.bitstream.signed-video.verified":
            "Signed Video{who}: {others} (ECDSA over SHA-256), and {verified} of {units} picture units match the hashes signed for them, in order — those pictures are byte for byte as recorded, whatever container holds them now.{tail}{gaps}{keyNote}",
        "video.timestamps.collapsed.item":
            "frame {frame} at {seconds} s ({ms} ms after the previous)",
        "video.timestamps.collapsed.head":
            "{count} picture(s) are presented almost at the same instant as the picture before them ({list}), in a clip whose frame interval is {interval} ms",
        "video.timestamps.collapsed.remuxed":
            "{head}; no keyframe is near, as when a remuxer carries over a picture the source's edit list hid: the container was rewritten.",
        "video.timestamps.collapsed.joined":
            "{head}, next to the keyframe at frame {keyframe}: stream-copied parts were joined here (splice without re-encoding; the file was rewritten by {trace}).",
        "video.timestamps.collapsed.review-glitch":
            "{head}, next to the keyframe at frame {keyframe}; no software rewrote the file, so a recorder's timestamp glitch cannot be ruled out and this asks for review.",
        "video.timestamps.collapsed.review-clock":
            "{head}, next to the keyframe at frame {keyframe}; the recorder format may have restarted its clock, so this asks for review.",
        "video.timestamps.gap.backwards":
            "Presentation time runs backwards at frame {frame}: {before} s then {after} s.",
        "video.timestamps.gap.backwards-joined":
            "Presentation time runs backwards at frame {frame}: {before} s then {after} s: parts of different recordings were joined.",
        "video.timestamps.gap.jump-irregular":
            "Presentation time jumps by {gap} s ({intervals} frame intervals of {median} s) before frame {frame} at {seconds} s; the clip's timing is irregular elsewhere too (variable frame rate), so this alone is not decisive.",
        "video.timestamps.gap.jump-cut":
            "Presentation time jumps by {gap} s ({intervals} frame intervals of {median} s) before frame {frame} at {seconds} s, in a clip whose other intervals are regular and which was processed by software ({trace}): pictures were cut out.",
        "video.timestamps.gap.jump-missing":
            "Presentation time jumps by {gap} s ({intervals} frame intervals of {median} s) before frame {frame} at {seconds} s, in a clip whose other intervals are regular: pictures are missing (cut out, or dropped by the recorder).",
        "verdict.decisive":
            "{class}:",
        "verdict.weak-signs":
            "Inconclusive: {count} weak signs of processing, none decisive on its own:",
        "verdict.not-recognised":
            "Inconclusive: nothing indicates processing, but the file was not recognised as a camera original (no camera writer family it claims holds), so it is not accepted.",
        "verdict.consistent":
            "{class}:",
        "verdict.weak-noted":
            "One weak sign noted ({id}), common in originals too.",
        "verdict.next.consistent-with-original":
            "Nothing in the file contradicts a camera original. Check the time and place the report claims against the capture facts listed here.",
        "verdict.next.re-encoded":
            "The pictures were compressed again after capture. Messaging apps (Zalo, Messenger, WhatsApp, Telegram) and social networks do this to every photo and video they send, so this is not an accusation: ask the reporter for the original file from the phone or camera, sent as a file or document (or handed over in person) so that it is not compressed on the way.",
        "verdict.next.remuxed":
            "The file was rewritten after recording (its container or headers), as apps, upload services and converters do; the pictures themselves may be the camera's. Ask the reporter for the original file as the device saved it, sent as a file or document rather than as a photo or video.",
        "verdict.next.metadata-altered":
            "The time, place or device recorded in the file was written after capture. Do not rely on what the file states about when and where; ask the reporter for the original file and check the claimed time and place against other evidence (other reports, cameras nearby, the reporter's account).",
        "verdict.next.edited":
            "The pictures were changed after capture (cut, joined, painted over or retimed). Do not rely on what they show without the original recording: ask the reporter for it and for how this file was made.",
        "verdict.next.inconclusive":
            "The tool could not establish that this is a camera original (the reasons are listed). This is not an accusation: ask the reporter for the original file from the recording device, sent as a file or document.",
        "verdict.next.unreadable":
            "The file cannot be read as the photo or video it claims to be: it is damaged, cut short or not media at all. Ask the reporter to send it again.",
        "verdict.next.none":
            "No step follows from this finding alone.",
        "report.label.next-step":
            "Next step",
        "verdict.class.consistent-with-original":
            "Consistent with an original",
        "verdict.class.remuxed":
            "Remuxed (container rewritten)",
        "verdict.class.re-encoded":
            "Re-encoded",
        "verdict.class.edited":
            "Edited",
        "verdict.class.metadata-altered":
            "Metadata altered",
        "verdict.class.inconclusive":
            "Inconclusive",
        "verdict.class.unreadable":
            "Unreadable",
        "verdict.class.none":
            "Context only",
        "verdict.decision.accept":
            "accept",
        "verdict.decision.review":
            "review",
        "verdict.decision.reject":
            "reject",
        "severity.info":
            "info",
        "severity.weak":
            "weak",
        "severity.strong":
            "strong",
        "severity.conclusive":
            "conclusive",
        "family.claim.quicktime-key":
            "QuickTime key {key} '{value}'",
        "family.claim.exif-make":
            "EXIF Make '{make}'",
        "family.claim.handler":
            "handler name '{name}'",
        "family.claim.firmware":
            "udta FIRM '{value}'",
        "family.claim.signatures":
            "{count} Signed Video signature(s)",
        "family.claim.signatures-by":
            "{count} Signed Video signature(s) by {by}",
        "family.claim.bcmedia":
            "BcMedia frame magic at byte 0",
        "media.read.incomplete.picture-limit":
            "The picture declares {w}×{h} pixels, more than any camera records (the limit is {megapixels} megapixels): it is not decoded, to bound memory, so the file cannot be checked.",
        // MARK: claims (issue 15) and per-file limits of a batch
        "claim.time.unparsed":
            "The claimed time '{claimed}' could not be read (expected ISO 8601, such as 2026-12-01T08:30:00+07:00); it was not checked.",
        "claim.time.unsupported":
            "The submission claims {claimed}, but the file states no capture time to compare it with: the file can neither support nor contradict the claim.",
        "claim.time.consistent":
            "The claimed time {claimed} agrees with the file's {source} ({stated}): {difference} s apart, within the tolerance of {tolerance} s.",
        "claim.time.contradicted":
            "The submission claims {claimed}, but the nearest capture time the file states, {stated} ({source}), is {difference} s (about {hours} hours) away, beyond the tolerance of {tolerance} s: either the claim or the file's time is false.",
        "claim.place.address":
            "The claimed place is an address ({address}); the tool does not look addresses up, so it cannot compare it with the position the file states ({lat}, {lon}, {source}): an officer must.",
        "claim.place.address-no-position":
            "The claimed place is an address ({address}) and the file states no position: the claim cannot be checked against the file.",
        "claim.place.unsupported":
            "The submission claims the position {claimed}, but the file states no position: the file can neither support nor contradict the claim.",
        "claim.place.consistent":
            "The claimed position {claimed} is {metres} m from the position the file states ({stated}, {source}), within the tolerance of {tolerance} m.",
        "claim.place.contradicted":
            "The submission claims the position {claimed}, but the file states {stated} ({source}), {metres} m (about {km} km) away, beyond the tolerance of {tolerance} m: either the claim or the file's position is false.",
        "media.limit.wall-time":
            "Screening this file took longer than the limit of {seconds} s and was stopped: the file was not checked completely, so it is not accepted.",
        "media.limit.memory":
            "Screening this file used more than the limit of {mib} MiB of memory and was stopped: the file was not checked completely, so it is not accepted.",
        "media.limit.crashed":
            "The screening process ended abnormally on this file ({how}): the file could not be checked; keep it for an examiner.",
        // MARK: the court report (issue 17)
        "report.check.comparison":
            "Against the claimed original",
        "report.section.comparison":
            "Comparison with the claimed original",
        "report.label.original":
            "Original",
        "report.label.alignment-caption":
            "Top: the original's pictures; bottom: the submission's. Green bands join matched parts, red marks the original's pictures that were cut, orange the submission's pictures found nowhere in the original, blue the frozen pictures.",
        "report.title":
            "Integrity report",
        "report.subtitle":
            "Photo or video clip submitted as evidence",
        "report.section.conclusion":
            "Conclusion",
        "report.section.file":
            "The file",
        "report.section.checks":
            "Checks",
        "report.section.findings":
            "Findings",
        "report.section.pictures":
            "Pictures",
        "report.section.timeline":
            "Timeline of the clip",
        "report.section.metadata":
            "Metadata as stored",
        "report.section.submissions":
            "Submissions recorded in the ledger",
        "report.section.method":
            "Method",
        "report.section.limitations":
            "Limitations",
        "report.section.signature":
            "Signature and trusted time",
        "report.section.redaction":
            "Redaction",
        "report.label.case":
            "Case",
        "report.label.path":
            "File name",
        "report.label.bytes":
            "Size (bytes)",
        "report.label.sha256":
            "SHA-256 of the file",
        "report.label.payload":
            "SHA-256 of the video packets",
        "report.label.image-data":
            "SHA-256 of the picture data",
        "report.label.kind":
            "Kind",
        "report.label.container":
            "Container",
        "report.label.device":
            "Device named in the file",
        "report.label.capture-time":
            "Capture time stated by the file",
        "report.label.position":
            "Position stated by the file",
        "report.label.duration":
            "Duration (s)",
        "report.label.verdict":
            "Verdict",
        "report.label.decision":
            "Decision under the policy",
        "report.label.reasons":
            "Deciding findings",
        "report.label.status":
            "Status",
        "report.label.check":
            "Check",
        "report.label.field":
            "Field",
        "report.label.value":
            "Value",
        "report.label.offset":
            "Byte offset",
        "report.label.where":
            "Where in the file",
        "report.label.severity":
            "Severity",
        "report.label.indicates":
            "Indicates",
        "report.label.tool":
            "Tool",
        "report.label.detectors":
            "Detector catalogue",
        "report.label.libraries":
            "Libraries",
        "report.label.options":
            "Options",
        "report.label.analysis-time":
            "Analysis time (an input of the run)",
        "report.label.reproduce":
            "To make this record again",
        "report.label.record-sha256":
            "SHA-256 of the record",
        "report.label.signer":
            "Signing key (SHA-256 fingerprint)",
        "report.label.unsigned":
            "Not signed: this copy cannot be checked for changes.",
        "report.label.signed":
            "Signed with Ed25519; the signature is a separate file over this document's exact bytes. README explains how to check it with the openssl command alone.",
        "report.label.trusted-time":
            "Trusted time (RFC 3161)",
        "report.label.no-trusted-time":
            "No time-stamp from a trusted authority is attached: the analysis time is the examiner's statement.",
        "report.label.page":
            "Page {page} of {pages}",
        "report.label.frame":
            "Picture",
        "report.label.seconds":
            "Time (s)",
        "report.label.none":
            "none",
        "report.label.no-findings":
            "No findings.",
        "report.label.legend":
            "Status levels",
        "report.label.submission":
            "Submission",
        "report.label.received":
            "Received",
        "report.label.channel":
            "Channel",
        "report.label.claims":
            "Claimed time and place",
        "report.label.reporter":
            "Reporter",
        "report.label.removed":
            "Removed",
        "report.label.timeline-caption":
            "Each bar is one decoded picture: its height is the packet size, its colour the picture type (I dark, P mid, B light); the line below shows the PDQ distance to the previous picture (0–256); red marks are pictures a finding points at.",
        "report.label.thumbnail-caption":
            "Grey thumbnails of the keyframes, with their picture number and time.",
        "report.status.ok":
            "OK",
        "report.status.to-be-checked":
            "To be checked",
        "report.status.warning":
            "Warning",
        "report.status.ok.explain":
            "Nothing in this area points away from a camera original.",
        "report.status.to-be-checked.explain":
            "An officer should look at: {findings}. These findings do not prove a change; they say what the tool could not confirm.",
        "report.status.warning.explain":
            "Findings that indicate a change to the file: {findings}.",
        "report.check.file":
            "The file read completely",
        "report.check.family":
            "Camera writer family",
        "report.check.container":
            "Container written by the camera",
        "report.check.encoding":
            "Pictures as the camera encoded them",
        "report.check.time":
            "Time of recording",
        "report.check.place":
            "Place of recording",
        "report.check.metadata":
            "Device and metadata",
        "report.check.pictures":
            "Picture content",
        "report.check.continuity":
            "Continuity: nothing cut, inserted or spliced",
        "report.check.signature":
            "Camera's own signature (Signed Video)",
        "report.limit.depth-structure":
            "The pictures were not decoded (depth structure): checks of picture content, decode errors and frame hashes did not run. Run with --depth full for them.",
        "report.limit.depth-keyframes":
            "Only keyframes were decoded (depth keyframes): the pictures between them were not decoded or checked.",
        "report.limit.decode":
            "Decoding did not run cleanly to the end: {reason}.",
        "report.limit.pixels":
            "{reason}",
        "report.limit.raw-stream":
            "The raw stream is larger than {bytes} bytes and was not decoded to its end at this depth: whether its last picture is whole is unknown.",
        "report.limit.same-layout":
            "A file rewritten by a program that copies the camera's own layout exactly (for example a metadata change made byte for byte as the camera writes it) leaves nothing a check of the file alone can see. Comparing it with the camera's original settles it.",
        "report.limit.scene":
            "\"Consistent with a camera original\" means the file is as a known camera writes it and nothing in it shows a change. It does not say that the scene is what happened, nor who held the camera.",
        "report.limit.clock":
            "Times in the file come from the device's clock, which its owner can set wrongly; only a position fix (GPS) carries its own time.",
        "report.limit.thumbnails":
            "Thumbnails are grey (brightness only) and small: they identify the pictures, they are not a copy of them.",
        "report.limit.redacted":
            "This copy is redacted: values that identify a person or a device, the reporter's contact, the file name{place} were replaced by \"{placeholder}\". The hashes still identify the file.",
        "report.limit.redacted-place":
            " and the positions",
        "report.redaction.person":
            "names of people (owner, artist, author, copyright)",
        "report.redaction.device":
            "serial numbers and unique device or picture IDs",
        "report.redaction.place":
            "positions",
        "report.redaction.reporter":
            "the reporter's contact details",
        "report.redaction.file-name":
            "the file name",
        // MARK: compare (issue 18)
        "compare.file.rewritten":
            "The files differ byte for byte but hold the same pictures with the same metadata: they were rewritten without changing what they show (a lossless optimisation, or the same data laid out otherwise).",
        "compare.photo.undecodable":
            "The two pictures could not both be decoded here (this build's libheif or the file's picture), so they were compared as files and metadata only: whether the pixels differ is not known.",
        "compare.packets.bytes":
            "byte for byte",
        "compare.packets.slices":
            "slice for slice ({n} packets carry other parameter sets, SEI or framing around the same coded slices)",
        "compare.file.same":
            "The two files are identical, byte for byte (SHA-256 {sha256}).",
        "compare.packets.same":
            "The submission holds exactly the original's {packets} video packets ({copied}), in the same order, in another container or with other metadata: a remux or a metadata edit; no picture was changed.",
        "compare.packets.trim":
            "The submission is one unbroken run of the original's video packets, numbers {first} to {last} of {total} ({start} s to {end} s in the original), copied {copied}: a trim without re-encoding. {before} packets before it and {after} after it were left out.",
        "compare.packets.splice":
            "The submission joins {runs} runs of the original's video packets ({list}), each copied {copied}, with {foreign} packets from elsewhere: parts of the original put together without re-encoding.",
        "compare.packets.splice-reordered":
            "The submission joins {runs} runs of the original's video packets ({list}) in another order than the original's, each copied {copied}, with {foreign} packets from elsewhere: parts of the original rearranged without re-encoding.",
        "compare.packets.partial":
            "{matched} of the submission's {total} video packets are the original's, byte for byte, in {runs} runs; the rest are not in the original.",
        "compare.pictures.unrelated":
            "None of the submission's {total} pictures matches a picture of the original (PDQ distance above 31 for every pair): it is not the same footage.",
        "compare.pictures.reencoded":
            "No video packet of the submission is the original's, but {matched} of its {total} pictures match the original's pictures in order (median PDQ distance {median}): the pictures were encoded again.",
        "compare.pictures.cut":
            "Pictures {first} to {last} of the original ({count} pictures, {start} s to {end} s) have no counterpart in the submission: that part was cut.",
        "compare.pictures.inserted":
            "Pictures {first} to {last} of the submission ({count} pictures, {start} s to {end} s) match nothing in the original: they were added from elsewhere.",
        "compare.pictures.speed":
            "This part of the submission plays the original at {speed} times its speed: {ostart} s to {oend} s of the original in {sstart} s to {send} s of the submission.",
        "compare.pictures.frozen":
            "{count} pictures of the submission, from picture {first} on, repeat the picture before them while the original moves on: the picture was frozen.",
        "compare.pictures.dropped":
            "{count} single pictures of the original were skipped inside parts that otherwise match picture for picture (the first is picture {first} of the original).",
        "compare.pictures.changed":
            "{count} pictures differ from their original much more than the pictures around them do (first: picture {frame} of the submission against picture {oframe} of the original, distance {distance} where its neighbours show {neighbour}): changed locally.",
        "compare.photo.same-pixels":
            "Both photos decode to the same pixels, sample for sample.",
        "compare.photo.unrelated":
            "The submission's picture does not match the original's (mean brightness difference {difference} at thumbnail size): it is not the same photo, or it was changed beyond recognition.",
        "compare.photo.rotation":
            "The submission is the original's picture turned {degrees} degrees clockwise.",
        "compare.photo.resize":
            "The submission is the original's picture scaled by {scale} ({ow}×{oh} pixels to {sw}×{sh}).",
        "compare.photo.crop":
            "The submission shows only the rectangle of {w}×{h} pixels at ({x}, {y}) of the original's {ow}×{oh} picture: it was cropped.",
        "compare.photo.region":
            "Once the two pictures are aligned, they differ in the rectangle of {w}×{h} pixels at ({x}, {y}) of the submission far more than anywhere else: a local edit (paint, paste or blur).",
        "compare.photo.reencoded":
            "The submission's picture was compressed again: its pixels differ slightly everywhere (mean brightness difference {difference} at thumbnail size).",
        "compare.metadata.changed":
            "{count} metadata fields differ between the two files: {fields}.",
            // MARK: duplicates and near-duplicates (issue 16)
        "similar.no-submission":
            "(no submission recorded)",
        "similar.received-unknown":
            "time not recorded",
        "similar.meaning.unknown":
            "a link is a fact about the pictures, not an accusation: sent by another reporter it corroborates the incident; sent again by the same reporter it is a re-submission; and a time claimed for this file that is later than when that footage was first received cannot be right (that time is not recorded here).",
        "similar.meaning":
            "a link is a fact about the pictures, not an accusation: sent by another reporter it corroborates the incident; sent again by the same reporter it is a re-submission; and a time claimed for this file that is later than {received}, when that footage was first received, cannot be right.",
        "similar.same-file":
            "The same file, byte for byte (SHA-256 {sha}…), was received before as submission {submission} (received: {received}); {meaning}",
        "similar.same-payload":
            "The same coded pictures as submission {submission} (file {sha}…, received: {received}) in another container or with other metadata: a remux or a metadata-only edit of footage already received; {meaning}",
        "similar.photo":
            "The picture matches the photo of submission {submission} (file {sha}…, received: {received}) at PDQ distance {distance} of 256 bits{turn}: the same scene, possibly re-compressed, resized or cropped on the way; {meaning}",
        "similar.turn.original":
            "",
        "similar.turn.rotate90":
            ", once this picture is turned a quarter to the left",
        "similar.turn.rotate180":
            ", once this picture is turned upside down",
        "similar.turn.rotate270":
            ", once this picture is turned a quarter to the right",
        "similar.turn.flipX":
            ", once this picture is mirrored top to bottom",
        "similar.turn.flipY":
            ", once this picture is mirrored left to right",
        "similar.turn.flipPlus1":
            ", once this picture is mirrored across its diagonal",
        "similar.turn.flipMinus1":
            ", once this picture is mirrored across its other diagonal",
        "similar.range":
            "{qStart}–{qEnd} s of this file (hashes {qFirst}–{qLast}) match {tStart}–{tEnd} s of that one (hashes {tFirst}–{tLast}) at median distance {median}",
        "similar.footage":
            "This footage matches submission {submission} (file {sha}…, received: {received}): {ranges}; {queryShare} % of this file's distinct usable frame hashes and {targetShare} % of that file's match within distance 31; {meaning}",
        "link.reporter.other":
            "Sent by another reporter: the same footage from two people corroborates the incident.",
        "link.reporter.same":
            "Sent by the same reporter before: a re-submission (perhaps through another channel), not new evidence.",
        "link.reporter.unknown":
            "Whether the same reporter sent both is not recorded.",
        "link.found":
            "{match} {reporter}",
        "link.time.contradicted":
            "This submission claims the time {claimed}, but the same footage was already received on {received} as submission {submission}: footage cannot be recorded after it was received, so the claimed time is false (the link: {kind}).",
            "similar.kind.same-file":
            "the same file",
        "similar.kind.same-payload":
            "the same coded pictures",
        "similar.kind.similar-photo":
            "a similar photo",
        "similar.kind.similar-footage":
            "similar footage",
            "similar.turn.crop":
            ", with up to a tenth of its sides cut away (in one of the two pictures)",
    ]
}
