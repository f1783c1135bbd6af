import Foundation
import Testing

/// `tools/make-derivatives --score`: processed copies of every camera-original video (remux, re-encode,
/// trims, splices, frame edits, metadata edits), verified at depth full. Checks what the detectors
/// guarantee today; README shows the full confusion matrix.
@Suite(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing),
       .enabled(if: Paths.tool("ffmpeg") != nil && Paths.tool("exiftool") != nil, "ffmpeg and exiftool are needed to make derivatives"))
struct DerivativeTests {
    struct Score: Decodable, Sendable {
        struct Row: Decodable, Sendable {
            var transform: String; var label: String; var verdict: String; var path: String; var kind: String; var source: String; var findings: [String]?
            var tool: String?; var bytesChanged: Int?
        }
        var files: Int
        var flagged: Int
        var rows: [Row]
    }

    static let score: Result<Score, any Error> = Result {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("derivatives-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let binary = ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path
        let r = try run("/usr/bin/env", ["python3", Paths.packageRoot.appendingPathComponent("tools/make-derivatives").path, "--score",
                                         "--corpus", Paths.corpus.path, "--evidence", binary, "--out", out.path])
        guard r.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
        return try JSONDecoder().decode(Score.self, from: Data(contentsOf: out))
    }

    @Test func remuxesAndReEncodesGetTheirClass() throws {
        let s = try Self.score.get()
        #expect(s.rows.filter { $0.kind == "video" }.count >= 100)
        for row in s.rows where row.kind == "video" && (row.label == "remuxed" || row.label == "re-encoded") && row.tool == "ffmpeg" {
            #expect(row.verdict == row.label, "\(row.transform) of \(row.path): \(row.verdict)")
        }
        // Other muxers, which no detector knows by name: Matroska names its writer (every mkvmerge copy remuxed);
        // GStreamer's MP4/MOV name nothing, but leave empty metadata item lists, which no camera writes: remuxed,
        // unless the pictures no longer decode cleanly (decode errors lead the verdict).
        let mkvmerge = s.rows.filter { $0.transform == "mkvmerge" }
        #expect(mkvmerge.count >= 7 && mkvmerge.allSatisfy { $0.verdict == "remuxed" && $0.findings?.contains("container.writer.matroska") == true },
                "\(mkvmerge.map { "\($0.source) \($0.verdict)" })")
        let gstreamer = s.rows.filter { $0.tool == "gstreamer" }
        #expect(gstreamer.count >= 14 && gstreamer.allSatisfy { $0.findings?.contains("container.metadata.empty-item-list") == true },
                "\(gstreamer.map { "\($0.source) \($0.findings ?? [])" })")
        #expect(gstreamer.allSatisfy { $0.verdict == "remuxed" || ($0.verdict == "inconclusive" && $0.findings?.contains("video.frames.decode-errors") == true) },
                "\(gstreamer.map { "\($0.source) \($0.verdict)" })")
        for row in s.rows where row.kind == "video" && row.tool != "ffmpeg" {
            #expect(row.verdict != "consistent-with-original" || row.transform == "dates-shifted-all", "\(row.transform) of \(row.source) accepted")
        }
    }

    /// Issue 14's forgeries: a clip or photo moved to another place, or with its device removed, is never
    /// accepted. ExifTool's decimal-to-fraction conversion breaks the cameras' GPS fractions; its ISO 6709
    /// string carries an altitude Android never writes; without the device keys no family claims the file.
    @Test func movedAndAnonymisedCopiesAreNeverAccepted() throws {
        let s = try Self.score.get()
        let forged = s.rows.filter { ["gps-moved", "device-removed", "photo-gps-moved", "make-model-removed"].contains($0.transform) }
        #expect(forged.count >= 30, "\(forged.count)")
        for row in forged { #expect(row.verdict != "consistent-with-original", "\(row.transform) of \(row.source)") }
        let moved = s.rows.filter { $0.transform == "photo-gps-moved" && $0.verdict == "metadata-altered" }
        #expect(moved.count >= 8 && moved.allSatisfy { $0.findings?.contains("family.writer.invariant-broken") == true || $0.findings?.contains("photo.exif.rewritten") == true })
        // Make and model deleted from a photo: the maker note (Apple since iOS 8, the older Samsungs) or, without
        // one, the exposure the camera measured is left behind and says the device tags were removed —
        // metadata-altered, not merely unrecognised.
        // ExifTool writes a moved position in udta ©xyz, ilst ©xyz and the keys at once; cameras write one record.
        let movedClips = s.rows.filter { $0.transform == "gps-moved" && $0.kind == "video" }
        #expect(movedClips.count >= 7 && movedClips.allSatisfy { $0.verdict == "metadata-altered" && $0.findings?.contains("metadata.location.written-twice") == true },
                "\(movedClips.map { "\($0.source) \($0.verdict)" })")
        #expect(s.rows.filter { $0.findings?.contains("metadata.location.written-twice") == true }.allSatisfy { $0.label == "metadata-altered" })
        let anonymised = s.rows.filter { $0.transform == "make-model-removed" }
        let named = anonymised.filter { $0.findings?.contains("photo.exif.device-removed") == true }
        #expect(anonymised.count >= 12 && named.count == anonymised.count && named.allSatisfy { $0.verdict == "metadata-altered" },
                "\(anonymised.map { "\($0.source) \($0.verdict)" })")
    }

    /// libvips re-saves a JPEG with the camera's Exif first and no JFIF header, but libjpeg's split tables and its
    /// own tables at quality 85: a re-encode, whatever camera the Exif names (the metadata rewrite it also makes
    /// stays among the reasons).
    @Test func libjpegTablesUnderACamerasExifAreAReEncode() throws {
        let s = try Self.score.get()
        let vips = s.rows.filter { $0.transform == "vips-q85" }
        #expect(vips.count >= 8 && vips.allSatisfy { $0.verdict == "re-encoded" && $0.findings?.contains("photo.jpeg.software-writer") == true },
                "\(vips.map { "\($0.source) \($0.verdict)" })")
    }

    /// qt-faststart moves the index in front of the pictures and changes nothing else. Apple's camera and
    /// GoPro write the index last, so their clips are caught; Samsung's layout varies (its camera
    /// clip has the index last, its motion-photo clip first), so a Samsung clip is not judged by layout.
    @Test func indexMovedToTheFrontIsARemux() throws {
        let s = try Self.score.get()
        let rows = s.rows.filter { $0.transform == "qt-faststart" }
        #expect(rows.count >= 5)
        // Android's writer puts the index first only with a free box after it (the rest of its reservation).
        for row in rows where row.source.contains("apple_") || row.source.contains("gopro_") || row.source.contains("android601_") {
            #expect(row.verdict == "remuxed", "\(row.source): \(row.verdict)")
            #expect(row.findings?.contains("container.layout.index-moved") == true, "\(row.source)")
        }
        #expect(rows.filter { $0.source.contains("android601_") }.count >= 1)
        // ExifTool moves the index too: the metadata edit stays the verdict, the move is among its reasons.
        for row in s.rows where row.kind == "video" && row.source.contains("apple_") && ["date-changed", "gps-removed"].contains(row.transform) {
            #expect(row.verdict == "metadata-altered", "\(row.transform) of \(row.source): \(row.verdict)")
            #expect(row.findings?.contains("container.layout.index-moved") == true, "\(row.transform) of \(row.source)")
        }
    }

    @Test func nearlyEveryDerivativeIsFlagged() throws {
        let s = try Self.score.get()
        let videos = s.rows.filter { $0.kind == "video" }
        let missed = videos.filter { $0.verdict == "consistent-with-original" }
        #expect(Double(videos.count - missed.count) / Double(videos.count) >= 0.95, "missed: \(missed.map { "\($0.transform) \($0.path)" })")
        // Edits made with re-encoding or FFmpeg are never passed as originals.
        // What still passes leaves no trace in the file (measured, README): all dates shifted in place inside the
        // space Android reserved for the index (only the time fields change, consistently).
        #expect(missed.allSatisfy { $0.transform == "dates-shifted-all" || (($0.transform == "gps-removed" || $0.transform == "qt-faststart") && $0.source.contains("android601_with-gps")) },
                "missed: \(missed.map { "\($0.transform) \($0.source)" })")
    }

    @Test func metadataEditsAreCaughtWhereTheyLeaveTraces() throws {
        let s = try Self.score.get()
        let dates = s.rows.filter { $0.kind == "video" && $0.transform == "date-changed" }
        #expect(!dates.isEmpty && dates.allSatisfy { $0.verdict == "metadata-altered" })
        // Apple keeps a location-accuracy key after the position is removed; Android's stock writer reserved
        // 30 bytes for it in the index space at the front, which ExifTool leaves 38 bytes short. Samsung's
        // Android 6 clip (index last, no reservation) keeps no trace.
        let gps = s.rows.filter { $0.kind == "video" && $0.transform == "gps-removed" }
        #expect(gps.filter { $0.verdict == "metadata-altered" }.count >= 5, "\(gps.map { "\($0.source) \($0.verdict)" })")
        let stock = gps.filter { $0.source.contains("android601_media2") }
        #expect(stock.count == 1 && stock.allSatisfy { $0.verdict == "metadata-altered" && $0.findings?.contains("container.layout.android-reservation") == true },
                "\(stock.map { "\($0.verdict) \($0.findings ?? [])" })")
        // No other derivative and no original trips the reservation rule.
        #expect(s.rows.filter { $0.findings?.contains("container.layout.android-reservation") == true }.count == 1)
    }

    /// Cuts and frame edits that leave a trace in the file itself: the edit list of a stream-copy trim,
    /// the squeezed pictures at a stream-copy splice, the hole a deletion leaves in a regular timeline,
    /// a freeze inside a moving scene. A re-encoded trim and a speed change leave none (they come out
    /// `re-encoded`): that needs the claimed original.
    @Test func cutsAndFrameEditsWithTracesAreEdited() throws {
        let s = try Self.score.get()
        for t in ["trim-copy", "splice", "delete-frames", "duplicate-frames"] {
            let rows = s.rows.filter { $0.transform == t }
            #expect(rows.count >= 5, "\(t): \(rows.count) derivatives")
            for row in rows { #expect(row.verdict == "edited", "\(t) of \(row.path): \(row.verdict)") }
        }
        // Another recording appended: H.264 parts change picture size; HEVC parts were coded against other
        // parameter sets than the file's hvcC and decode with errors from the join keyframe to the end
        // (one Live Photo's appended part is a single 3-picture group with one broken picture: not told
        // from a damaged tail).
        let other = s.rows.filter { $0.transform == "splice-other" }
        #expect(other.filter { $0.verdict == "edited" }.count >= 6, "\(other.map { "\($0.source) \($0.verdict)" })")
        #expect(other.filter { $0.findings?.contains("video.frames.errors-from-keyframe") == true }.count >= 3, "\(other.map { "\($0.source) \($0.findings ?? [])" })")
        #expect(other.allSatisfy { $0.verdict != "consistent-with-original" })
        // Where the joined recording decodes, the scene jump itself is found from the frame hashes.
        #expect(other.filter { $0.findings?.contains("video.content.discontinuity") == true }.count >= 3, "\(other.map { "\($0.source) \($0.findings ?? [])" })")
        // A speed change that leaves the sound at normal speed splits the track durations (clips of a
        // second or more); one that drops the sound leaves nothing to compare with.
        #expect(s.rows.filter { $0.transform == "speed-2x-audio-kept" && $0.verdict == "edited" }.count >= 5)
        for row in s.rows where row.transform == "trim-reencode" || row.transform == "speed-2x" || row.transform == "speed-2x-audio-kept" {
            #expect(row.verdict == "re-encoded" || row.verdict == "edited", "\(row.transform) of \(row.path): \(row.verdict)")
        }
    }

    /// The experimental double-compression finding recovers the GoPro's GOP of 8 in each of its software
    /// re-encodes (the period itself is checked in the detector's examples).
    @Test func doubleCompressionIsNotedInGoProReEncodes() throws {
        let s = try Self.score.get()
        let rows = s.rows.filter { $0.source == "dashcam/gopro_hero5_karma.mp4" && ["x264-crf18", "x264-crf28", "x265-crf28", "cbr-2M"].contains($0.transform) }
        #expect(rows.count == 4)
        for row in rows { #expect(row.findings?.contains("video.double-compression.periodicity") == true, "\(row.transform)") }
    }

    // MARK: photos

    /// Re-saves (Pillow, ImageMagick, resize, HEIC to JPEG) are re-encoded; a stripped file is
    /// metadata-altered; a lossless jpegtran rewrite of a camera JPEG is remuxed.
    @Test func photoReSavesAndStripsGetTheirClass() throws {
        let s = try Self.score.get()
        let photos = s.rows.filter { $0.kind == "photo" }
        #expect(photos.count >= 120)
        for row in photos where ["pillow-q95", "pillow-q75", "magick-q85", "resize-half", "heic-to-jpeg"].contains(row.transform) {
            // Pillow's copies of the Galaxy S24 FE HEIC carry no metadata at all; at quality 95, a quality phones save
            // at themselves, libjpeg's layout does not show a re-compression (a stripped camera picture looks the same).
            if row.transform == "pillow-q95" && row.source.contains("samsung_galaxy_s24fe") {
                #expect(row.verdict == "inconclusive", "\(row.source): \(row.verdict)")
                continue
            }
            #expect(row.verdict == "re-encoded", "\(row.transform) of \(row.source): \(row.verdict)")
        }
        for row in photos where row.transform == "exif-stripped" {
            #expect(row.verdict == "metadata-altered", "\(row.transform) of \(row.source): \(row.verdict)")
        }
        // jpegtran: the generic layout check, or the table layout of the two cameras that write JFIF themselves.
        let jpegtran = photos.filter { $0.transform == "jpegtran" }
        #expect(jpegtran.count >= 8)
        for row in jpegtran { #expect(row.verdict == "remuxed", "\(row.source): \(row.verdict)") }
        // Every jpegtran copy splits the tables of a camera model whose layout the corpus shows (8 of 8).
        #expect(jpegtran.filter { $0.findings?.contains("photo.jpeg.camera-table-layout") == true }.count == 8)
    }

    /// Lossless rewrites of a camera's coded picture. exiftran's 90-degree turn stores every quantisation table
    /// transposed: the five phones that use libjpeg's standard tables get a table that is a standard one only
    /// with rows and columns swapped, so none of the turned copies is accepted (the LG and Nokia copies were,
    /// before the check). jpegoptim adds a JFIF header and optimises the codes over the camera's own tables:
    /// a rewrite (remuxed), never called a re-compression it cannot show.
    @Test func losslessRotationsAndOptimisationsAreRewrites() throws {
        let s = try Self.score.get()
        let turned = s.rows.filter { $0.kind == "photo" && $0.transform == "exiftran-rotate" }
        #expect(turned.count >= 8)
        #expect(turned.allSatisfy { $0.verdict != "consistent-with-original" }, "\(turned.map { "\($0.source) \($0.verdict)" })")
        let standardTables = turned.filter { row in ["lge_", "hmd_", "oneplus_", "gt-i9100", "n900a"].contains { row.source.contains($0) } }
        #expect(standardTables.count == 5)
        for row in standardTables {
            #expect(row.findings?.contains("photo.jpeg.transposed-tables") == true, "\(row.source): \(row.findings ?? [])")
            #expect(["remuxed", "metadata-altered"].contains(row.verdict), "\(row.source): \(row.verdict)")
        }
        // Cameras with tables of their own are not judged by transposition (their upright table is unknown).
        for row in turned where row.source.contains("apple_") || row.source.contains("j327t1") {
            #expect(row.findings?.contains("photo.jpeg.transposed-tables") != true, "\(row.source)")
        }
        let optimised = s.rows.filter { $0.kind == "photo" && $0.transform == "jpegoptim" }
        #expect(optimised.count >= 7)
        for row in optimised { #expect(row.verdict == "remuxed", "\(row.source): \(row.verdict)") }
        // No other processed copy, and no re-save, has a transposed table.
        for row in s.rows where row.transform != "exiftran-rotate" {
            #expect(row.findings?.contains("photo.jpeg.transposed-tables") != true, "\(row.transform) of \(row.source)")
        }
    }

    /// A crop is edited wherever the camera left an EXIF thumbnail to compare with (every JPEG original
    /// but one); without one (HEIC sources) it is at least re-encoded. A painted grey box is edited in
    /// every copy: the thumbnail shows it where there is one, and the flat rectangle itself everywhere.
    @Test func photoCropsAndPaintingsAreEditedWhereAThumbnailExists() throws {
        let s = try Self.score.get()
        let crops = s.rows.filter { $0.kind == "photo" && $0.transform == "crop" }
        #expect(crops.filter { $0.verdict == "edited" }.count >= 7, "\(crops.map { "\($0.source) \($0.verdict)" })")
        // Pillow's crop of the Galaxy S24 FE HEIC keeps no metadata at all and is saved at 95: nothing in it shows
        // a camera or a re-compression, so it is inconclusive (never accepted).
        #expect(crops.allSatisfy { $0.verdict == "edited" || $0.verdict == "re-encoded" || ($0.verdict == "inconclusive" && $0.source.contains("samsung_galaxy_s24fe")) },
                "\(crops.map { "\($0.source) \($0.verdict)" })")
        let painted = s.rows.filter { $0.kind == "photo" && $0.transform == "painted" }
        #expect(painted.count >= 14)
        for row in painted {
            #expect(row.verdict == "edited", "\(row.source): \(row.verdict)")
            #expect(row.findings?.contains("photo.pixels.flat-fill") == true, "\(row.source): \(row.findings ?? [])")
        }
    }

    /// Date edits are caught where the camera wrote another clock (GPS time, XMP dates); the Software
    /// tag naming Photoshop on a camera-laid-out JPEG is a metadata edit. What slips through is listed.
    @Test func photoMetadataEditsAreCaughtWhereTheyLeaveTraces() throws {
        let s = try Self.score.get()
        let photos = s.rows.filter { $0.kind == "photo" }
        #expect(photos.filter { $0.transform == "dates-changed" && $0.verdict == "metadata-altered" }.count >= 13)
        // The iPhone camera pads its Exif segment to a 4096-byte boundary; ExifTool writes it unpadded, so a
        // date or GPS edit of an iPhone JPEG is caught by the segment's length alone.
        let iPhoneJPEGEdits = photos.filter { $0.source.contains("apple_iphone") && $0.source.hasSuffix(".jpg") && ["dates-changed", "gps-removed"].contains($0.transform) }
        #expect(iPhoneJPEGEdits.count >= 3)
        for row in iPhoneJPEGEdits {
            #expect(row.verdict == "metadata-altered", "\(row.transform) of \(row.source): \(row.verdict)")
            #expect(row.findings?.contains("photo.jpeg.apple-exif-padding") == true, "\(row.transform) of \(row.source)")
        }
        // ExifTool stores every EXIF value in tag order; Samsung's camera never does, so each ExifTool edit of
        // a Samsung photo (dates, GPS, Software) is caught even without a second clock.
        for row in photos where row.source.contains("samsung_") && ["dates-changed", "gps-removed"].contains(row.transform) {
            #expect(row.verdict == "metadata-altered", "\(row.transform) of \(row.source): \(row.verdict)")
            #expect(row.findings?.contains("photo.exif.rewritten") == true, "\(row.transform) of \(row.source)")
        }
        // A Software tag naming Photoshop in a file without anything Adobe writes when it saves (its XMP,
        // APP13/APP14) was typed in: every copy, JPEG and HEIC.
        for row in photos where row.transform == "software-photoshop" {
            #expect(row.verdict == "metadata-altered", "\(row.source): \(row.verdict)")
        }
        // What still passes leaves no trace the tool can read (README lists each with its measurement): date
        // strings rewritten in place (jhead, exiv2: only the date bytes change), every date shifted together
        // (ExifTool -time:all), GPS removed where the camera's layout absorbs it, and a lossless rotation by
        // exiftran of the two cameras whose tables and layout it keeps.
        let missed = photos.filter { $0.verdict == "consistent-with-original" }
        #expect(missed.allSatisfy { ["gps-removed", "dates-changed", "jhead-shift", "exiv2-date", "exiv2-gps-removed", "photo-dates-shifted-all"].contains($0.transform) },
                "missed: \(missed.map { "\($0.transform) \($0.source)" })")
        for row in missed where ["jhead-shift", "exiv2-date"].contains(row.transform) {
            // In place (same size): a handful of bytes, all inside the date strings.
            if let n = row.bytesChanged { #expect(n <= 60, "\(row.transform) of \(row.source): \(n) bytes changed") }
        }
        // Other re-encoders: GraphicsMagick, libheif.
        for row in photos where ["gm-q85", "heif-convert"].contains(row.transform) {
            #expect(row.verdict == "re-encoded", "\(row.transform) of \(row.source): \(row.verdict)")
        }
    }
}
