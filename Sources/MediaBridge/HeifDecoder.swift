internal import CHeif

/// Decodes the primary image of a HEIF/HEIC file with libheif (opened on first use), applying the
/// file's own transformations (`clap` crop, `irot`, `imir`) so the picture is the one a viewer
/// shows, as interleaved 8-bit RGB. Owns the context, handle and image.
public final class HeifDecoder {
    private struct Table: @unchecked Sendable { let pointer: UnsafePointer<EvkHeif> }
    private static let loaded: Result<Table, MediaBridgeError> = {
        let t = evk_heif()!
        if let e = t.pointee.error { return .failure(.libraryUnavailable(reason: String(cString: e))) }
        return .success(Table(pointer: t))
    }()

    /// The running libheif's version (loads it).
    public static var libraryVersion: String? {
        guard let t = try? loaded.get(), let f = t.pointer.pointee.heif_get_version, let v = f() else { return nil }
        return String(cString: v)
    }

    private let lib: EvkHeif
    private let context: OpaquePointer
    private var handle: OpaquePointer?
    private var image: OpaquePointer?

    /// The bytes libheif reads from, when given in memory (it keeps pointers into them: held until deinit).
    private let bytes: UnsafeMutableRawBufferPointer?

    public init(path: String) throws(MediaBridgeError) {
        try Syscalls.requireRegularFile(path) // libheif opens the path itself
        let lib = try Self.loaded.get().pointer.pointee
        guard let ctx = lib.heif_context_alloc!() else { throw .heifFailed(reason: "cannot allocate a context") }
        self.lib = lib
        self.context = ctx
        self.bytes = nil
        try check(lib.heif_context_read_from_file!(ctx, path, nil))
        try decodePrimary()
    }

    /// Decodes a HEIF file already read into memory (so the file is not read a second time).
    public init(bytes source: [UInt8]) throws(MediaBridgeError) {
        let lib = try Self.loaded.get().pointer.pointee
        guard let ctx = lib.heif_context_alloc!() else { throw .heifFailed(reason: "cannot allocate a context") }
        self.lib = lib
        self.context = ctx
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, source.count), alignment: 16)
        source.withUnsafeBytes { copy.copyMemory(from: $0) }
        self.bytes = copy
        try check(lib.heif_context_read_from_memory_without_copy!(ctx, copy.baseAddress, source.count, nil))
        try decodePrimary()
    }

    private func decodePrimary() throws(MediaBridgeError) {
        var h: OpaquePointer? = nil
        try check(lib.heif_context_get_primary_image_handle!(context, &h))
        handle = h
        let options = lib.heif_decoding_options_alloc!()
        evk_heif_options_keep_transformations(options)
        defer { lib.heif_decoding_options_free!(options) }
        var img: OpaquePointer? = nil
        try check(lib.heif_decode_image!(h, &img, heif_colorspace_RGB, heif_chroma_interleaved_RGB, options))
        image = img
    }

    deinit {
        if let image { lib.heif_image_release!(image) }
        if let handle { lib.heif_image_handle_release!(handle) }
        lib.heif_context_free!(context)
        bytes?.deallocate()
    }

    private func check(_ e: heif_error) throws(MediaBridgeError) {
        guard e.code != heif_error_Ok else { return }
        let message = e.message.map { String(cString: $0) } ?? "error \(e.code.rawValue)"
        throw .heifFailed(reason: message)
    }

    /// The decoded picture (RGB, 8 bits per channel), valid inside `body` only.
    public func withPicture<R>(_ body: (PlaneView) throws -> R) throws -> R {
        guard let image else { throw MediaBridgeError.heifFailed(reason: "no image") }
        return try Self.withPlane(lib, image, body)
    }

    /// The primary image's first thumbnail, decoded with its own transformations applied (as the picture
    /// is), valid inside `body` only; nil when the file stores no thumbnail.
    public func withThumbnail<R>(_ body: (PlaneView) throws -> R) throws -> R? {
        guard let handle, lib.heif_image_handle_get_number_of_thumbnails!(handle) > 0 else { return nil }
        var id: heif_item_id = 0
        guard lib.heif_image_handle_get_list_of_thumbnail_IDs!(handle, &id, 1) == 1 else { return nil }
        var thumb: OpaquePointer? = nil
        try check(lib.heif_image_handle_get_thumbnail!(handle, id, &thumb))
        defer { if let thumb { lib.heif_image_handle_release!(thumb) } }
        let options = lib.heif_decoding_options_alloc!()
        evk_heif_options_keep_transformations(options)
        defer { lib.heif_decoding_options_free!(options) }
        var img: OpaquePointer? = nil
        try check(lib.heif_decode_image!(thumb, &img, heif_colorspace_RGB, heif_chroma_interleaved_RGB, options))
        guard let img else { throw MediaBridgeError.heifFailed(reason: "thumbnail decoded to no image") }
        defer { lib.heif_image_release!(img) }
        return try Self.withPlane(lib, img, body)
    }

    private static func withPlane<R>(_ lib: EvkHeif, _ image: OpaquePointer, _ body: (PlaneView) throws -> R) throws -> R {
        var stride: Int32 = 0
        guard let base = lib.heif_image_get_plane_readonly!(image, heif_channel_interleaved, &stride) else {
            throw MediaBridgeError.heifFailed(reason: "no interleaved RGB plane")
        }
        let w = Int(lib.heif_image_get_width!(image, heif_channel_interleaved))
        let h = Int(lib.heif_image_get_height!(image, heif_channel_interleaved))
        return try body(PlaneView(base: UnsafeRawPointer(base), width: w, height: h, stride: Int(stride), layout: .rgb(step: 3, r: 0, g: 1, b: 2)))
    }
}
