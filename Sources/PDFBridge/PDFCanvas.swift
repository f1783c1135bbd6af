internal import CCairo

/// Errors from Cairo: the status it reported, as its own text.
public struct PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
}

/// A PDF being drawn with Cairo, its text laid out by Pango. Owns the surface and the drawing context; the
/// finished document comes back as bytes from `finish()`. Units are PostScript points (1/72 inch), origin
/// at the top left of the page.
public final class PDFCanvas {
    public let width: Double
    public let height: Double
    private let sink: Sink
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private var finished = false

    /// Collects what Cairo writes (a write callback cannot capture, so it gets this box as its closure pointer).
    private final class Sink { var bytes: [UInt8] = [] }

    /// A4 is 595.28 × 841.89 points.
    public init(width: Double = 595.28, height: Double = 841.89) throws(PDFError) {
        self.width = width
        self.height = height
        sink = Sink()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        guard let s = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), width, height) else {
            throw PDFError(description: "cairo_pdf_surface_create_for_stream returned nothing")
        }
        let status = cairo_surface_status(s)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(s)
            throw PDFError(description: String(cString: cairo_status_to_string(status)))
        }
        surface = s
        cairo = cairo_create(s)
    }

    deinit {
        cairo_destroy(cairo)
        if !finished { cairo_surface_finish(surface) }
        cairo_surface_destroy(surface)
    }

    public enum Field { case title, author, subject, keywords, creator, createDate, modDate }

    /// Document information: dates as ISO 8601 (`2026-12-05T08:00:00Z`); Cairo otherwise stamps the clock.
    public func set(_ field: Field, _ value: String) {
        let f: cairo_pdf_metadata_t
        switch field {
        case .title: f = CAIRO_PDF_METADATA_TITLE
        case .author: f = CAIRO_PDF_METADATA_AUTHOR
        case .subject: f = CAIRO_PDF_METADATA_SUBJECT
        case .keywords: f = CAIRO_PDF_METADATA_KEYWORDS
        case .creator: f = CAIRO_PDF_METADATA_CREATOR
        case .createDate: f = CAIRO_PDF_METADATA_CREATE_DATE
        case .modDate: f = CAIRO_PDF_METADATA_MOD_DATE
        }
        cairo_pdf_surface_set_metadata(surface, f, value)
    }

    /// Text styles: a Pango font description (`DejaVu Sans 9`, `DejaVu Sans Bold 14`, `DejaVu Sans Mono 7`).
    public struct Style: Sendable {
        public var font: String
        public var rgb: (Double, Double, Double)
        public init(font: String, rgb: (Double, Double, Double) = (0, 0, 0)) {
            self.font = font
            self.rgb = rgb
        }
    }

    /// Lays `text` out in a box `width` wide at (x, y), wrapping at word boundaries (or anywhere inside a word too
    /// long for the line, such as a hash), and draws it unless `draw` is false. Returns its height.
    @discardableResult
    public func text(_ text: String, x: Double, y: Double, width: Double, style: Style, draw: Bool = true) -> Double {
        guard let layout = pango_cairo_create_layout(cairo) else { return 0 }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let description = pango_font_description_from_string(style.font)
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_text(layout, text, -1)
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        if draw {
            cairo_save(cairo)
            cairo_set_source_rgb(cairo, style.rgb.0, style.rgb.1, style.rgb.2)
            cairo_move_to(cairo, x, y)
            pango_cairo_show_layout(cairo, layout)
            cairo_restore(cairo)
        }
        return Double(h) / Double(PANGO_SCALE)
    }

    public func fillRect(x: Double, y: Double, width: Double, height: Double, rgb: (Double, Double, Double)) {
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, rgb.0, rgb.1, rgb.2)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_fill(cairo)
        cairo_restore(cairo)
    }

    public func strokeRect(x: Double, y: Double, width: Double, height: Double, rgb: (Double, Double, Double), lineWidth: Double = 0.5) {
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, rgb.0, rgb.1, rgb.2)
        cairo_set_line_width(cairo, lineWidth)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_stroke(cairo)
        cairo_restore(cairo)
    }

    public func line(from a: (Double, Double), to b: (Double, Double), rgb: (Double, Double, Double), lineWidth: Double = 0.5) {
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, rgb.0, rgb.1, rgb.2)
        cairo_set_line_width(cairo, lineWidth)
        cairo_move_to(cairo, a.0, a.1)
        cairo_line_to(cairo, b.0, b.1)
        cairo_stroke(cairo)
        cairo_restore(cairo)
    }

    /// Draws a PNG (a thumbnail from the record) scaled into the box; false when the bytes are not a PNG.
    @discardableResult
    public func png(_ bytes: [UInt8], x: Double, y: Double, width: Double, height: Double) -> Bool {
        guard let image = PNG.surface(png: bytes) else { return false }
        defer { cairo_surface_destroy(image) }
        let w = Double(cairo_image_surface_get_width(image)), h = Double(cairo_image_surface_get_height(image))
        guard w > 0, h > 0 else { return false }
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_scale(cairo, width / w, height / h)
        cairo_set_source_surface(cairo, image, 0, 0)
        cairo_paint(cairo)
        cairo_restore(cairo)
        return true
    }

    public func showPage() { cairo_show_page(cairo) }

    /// Ends the document and returns its bytes.
    public func finish() throws(PDFError) -> [UInt8] {
        cairo_surface_finish(surface)
        finished = true
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw PDFError(description: String(cString: cairo_status_to_string(status))) }
        return sink.bytes
    }
}
