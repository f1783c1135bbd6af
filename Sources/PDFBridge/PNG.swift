internal import CCairo

/// PNG through Cairo's own writer and reader (libpng): the report's thumbnails are stored as PNG in the
/// record, drawn from it into the PDF and inlined in the HTML.
public enum PNG {
    /// An 8-bit grey picture as a PNG (Cairo writes it as RGB; zlib packs the repeated channels).
    public static func encodeGrey(_ pixels: [UInt8], width: Int, height: Int) -> [UInt8]? {
        guard let image = greySurface(pixels, width: width, height: height) else { return nil }
        defer { cairo_surface_destroy(image) }
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let status = cairo_surface_write_to_png_stream(image, write, Unmanaged.passUnretained(sink).toOpaque())
        return status == CAIRO_STATUS_SUCCESS ? sink.bytes : nil
    }

    /// An RGB24 image surface holding the grey picture (caller destroys it), nil when the sizes disagree.
    static func greySurface(_ pixels: [UInt8], width: Int, height: Int) -> OpaquePointer? {
        guard width > 0, height > 0, pixels.count == width * height,
              let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return nil }
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width)))
        cairo_surface_flush(image)
        guard let data = cairo_image_surface_get_data(image) else { cairo_surface_destroy(image); return nil }
        for row in 0..<height {
            let out = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for col in 0..<width {
                let v = UInt32(pixels[row * width + col])
                out[col] = 0xFF00_0000 | (v << 16) | (v << 8) | v
            }
        }
        cairo_surface_mark_dirty(image)
        return image
    }

    /// Reads a PNG into a Cairo surface (caller destroys it); nil when the bytes are not a PNG Cairo reads.
    static func surface(png bytes: [UInt8]) -> OpaquePointer? {
        final class Source { let bytes: [UInt8]; var at = 0; init(_ b: [UInt8]) { bytes = b } }
        let source = Source(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let s = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
            let n = Int(length)
            guard s.at + n <= s.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            s.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + s.at, count: n) }
            s.at += n
            return CAIRO_STATUS_SUCCESS
        }
        let image = withExtendedLifetime(source) { cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque()) }
        guard let image else { return nil }
        guard cairo_surface_status(image) == CAIRO_STATUS_SUCCESS else { cairo_surface_destroy(image); return nil }
        return image
    }
}

/// Cairo's and Pango's versions, for a report's method section.
public enum DrawingLibraries {
    public static var versions: [String: String] {
        ["cairo": String(cString: cairo_version_string()), "pango": String(cString: pango_version_string())]
    }
}
