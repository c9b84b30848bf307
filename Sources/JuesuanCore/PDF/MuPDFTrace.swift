import Foundation

/// Reads the output of MuPDF's `mutool trace` (Debian package mupdf-tools): every page's
/// glyphs and painted paths, in one pass over the PDF.
///
/// MuPDF does the hard parts — decompression, fonts, encodings, encryption, content streams —
/// and prints each drawing call as one XML element a line: `<page number= mediabox=>`, the
/// paths (`<fill_path transform=…>` with `<moveto>`, `<lineto>`, `<curveto>`, `<closepath/>`)
/// and the text (`<fill_text transform=…>`, `<span trm=…>`, `<g unicode= x= y= adv=/>`).
/// Coordinates in those elements are in the page's user space; `transform` maps them to the
/// page as shown (top-left origin, the page's rotation applied), and a span's `trm` is the
/// size and direction of its glyphs. Clipping paths are not painted and are passed over.
public enum MuPDFTrace {
    /// The pages of a trace, in order.
    public static func pages(from data: Data) -> [PageContent] {
        var stream = Stream()
        stream.read(data)
        return stream.finish()
    }

    /// A trace read as it arrives, in chunks of any size: the loader reads the pages while
    /// mutool is still drawing the later ones (on another core).
    public struct Stream {
        private var reader = Reader()
        /// The start of a line whose end has not arrived yet.
        private var pending: [UInt8] = []

        public init() {}

        public mutating func read(_ chunk: Data) {
            chunk.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                while let newline = bytes[start...].firstIndex(of: 0x0A) {
                    if pending.isEmpty {
                        reader.read(line: UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                    } else {
                        pending += bytes[start..<newline]
                        pending.withUnsafeBufferPointer { reader.read(line: $0) }
                        pending = []
                    }
                    start = newline + 1
                }
                pending += bytes[start...]
            }
        }

        /// The pages read, the last line read even without its newline.
        public mutating func finish() -> [PageContent] {
            if !pending.isEmpty { pending.withUnsafeBufferPointer { reader.read(line: $0) } }
            pending = []
            reader.finishPage()
            return reader.pages
        }
    }

    /// An affine transform [a b c d e f], as PDF writes them.
    struct Matrix {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

        init() {}
        init?(_ values: [Double]) {
            guard values.count >= 4 else { return nil }
            (a, b, c, d) = (values[0], values[1], values[2], values[3])
            if values.count >= 6 { (e, f) = (values[4], values[5]) }
        }

        func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (a * x + c * y + e, b * x + d * y + f) }
        /// A vector (no translation).
        func vector(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (a * x + c * y, b * x + d * y) }
    }

    private struct Reader {
        var pages: [PageContent] = []
        var page: PageContent?
        /// The transform of the path or text element being read; nil outside one (or in a clip).
        var transform: Matrix?
        var painting = false
        var isText = false
        var isStroke = false
        var trm = Matrix()
        var subpath: [(x: Double, y: Double)] = []
        var textGlyphs: [Glyph] = []
        var origins: [(x: Double, y: Double)] = []
        var lastFill: [(x: Double, y: Double)] = []
        /// Whether the page's first drawing was read for its rotation.
        var sidesKnown = false

        mutating func finishPage() {
            if let page { pages.append(page) }
            page = nil
        }

        mutating func read(line: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
            guard index + 1 < line.count, line[index] == UInt8(ascii: "<") else { return }
            let closing = line[index + 1] == UInt8(ascii: "/")
            var nameEnd = index + (closing ? 2 : 1)
            let nameStart = nameEnd
            while nameEnd < line.count, line[nameEnd] != 0x20, line[nameEnd] != UInt8(ascii: ">"), line[nameEnd] != UInt8(ascii: "/") {
                nameEnd += 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: line[nameStart..<nameEnd]), as: UTF8.self)
            let attributes = UnsafeBufferPointer(rebasing: line[nameEnd...])
            if closing {
                close(name)
            } else {
                open(name, attributes)
            }
        }

        mutating func open(_ name: String, _ line: UnsafeBufferPointer<UInt8>) {
            switch name {
            case "page":
                finishPage()
                let number = MuPDFTrace.number("number", in: line).map { Int($0) } ?? pages.count + 1
                let box = MuPDFTrace.numbers("mediabox", in: line)
                let (width, height) = box.count == 4 ? (abs(box[2] - box[0]), abs(box[3] - box[1])) : (0, 0)
                page = PageContent(number: number, width: width, height: height)
                sidesKnown = false
            case "fill_path", "stroke_path":
                transform = Matrix(MuPDFTrace.numbers("transform", in: line)) ?? Matrix()
                painting = true
                isText = false
                subpath = []
                flipIfRotated()
            case "fill_text", "stroke_text", "clip_text", "clip_stroke_text", "ignore_text":
                transform = Matrix(MuPDFTrace.numbers("transform", in: line)) ?? Matrix()
                painting = true
                isText = true
                isStroke = name == "stroke_text"
                textGlyphs = []
                origins = []
                flipIfRotated()
            case "fill_image":
                // An image fills the unit square of its transform.
                guard let image = Matrix(MuPDFTrace.numbers("transform", in: line)) else { return }
                let corners = [image.apply(0, 0), image.apply(1, 0), image.apply(0, 1), image.apply(1, 1)]
                page?.images.append(
                    Box(x0: corners.map(\.x).min() ?? 0, top: corners.map(\.y).min() ?? 0, x1: corners.map(\.x).max() ?? 0, bottom: corners.map(\.y).max() ?? 0))
            case "span":
                trm = Matrix(MuPDFTrace.numbers("trm", in: line)) ?? Matrix()
            case "g":
                guard painting, isText, let transform else { return }
                glyph(line, transform)
            case "moveto", "lineto", "curveto":
                guard painting, !isText, let transform else { return }
                // A curve is read by its end point, as pdfminer reads it.
                let (xName, yName): (StaticString, StaticString) = name == "curveto" ? ("x3", "y3") : ("x", "y")
                guard let x = MuPDFTrace.number(xName, in: line), let y = MuPDFTrace.number(yName, in: line)
                else { return }
                if name == "moveto" { endSubpath(closed: false) }
                subpath.append(transform.apply(x, y))
            case "closepath":
                guard painting, !isText else { return }
                endSubpath(closed: true)
            default:
                return
            }
        }

        mutating func close(_ name: String) {
            switch name {
            case "fill_path", "stroke_path":
                endSubpath(closed: false)
                painting = false
                transform = nil
            case "fill_text", "stroke_text", "clip_text", "clip_stroke_text", "ignore_text":
                // Fill-and-stroke text (render mode 2, a bold look) is drawn twice: one glyph a character.
                let repeatsFill =
                    isStroke && origins.count == lastFill.count && zip(origins, lastFill).allSatisfy { $0.x == $1.x && $0.y == $1.y }
                if !repeatsFill { page?.glyphs += textGlyphs }
                if name == "fill_text" { lastFill = origins }
                painting = false
                transform = nil
            default:
                return
            }
        }

        /// Records the page's size as shown: a page rotated a quarter turn swaps its sides.
        mutating func flipIfRotated() {
            guard !sidesKnown, let transform, var page else { return }
            sidesKnown = true
            guard abs(transform.b) > abs(transform.a) else { return }
            (page.width, page.height) = (page.height, page.width)
            self.page = page
        }

        mutating func endSubpath(closed: Bool) {
            page?.edges += RuleEdge.edges(ofSubpath: subpath, closed: closed)
            subpath = []
        }

        mutating func glyph(_ line: UnsafeBufferPointer<UInt8>, _ transform: Matrix) {
            guard let text = MuPDFTrace.attribute("unicode", in: line), !text.isEmpty,
                let x = MuPDFTrace.number("x", in: line), let y = MuPDFTrace.number("y", in: line)
            else { return }
            let advance = MuPDFTrace.number("adv", in: line) ?? 0
            let origin = transform.apply(x, y)
            // The advance runs along the text, the font size across it (trm's second column).
            let along = transform.vector(trm.a * advance, trm.b * advance)
            let across = transform.vector(trm.c, trm.d)
            let size = (across.x * across.x + across.y * across.y).squareRoot()
            let descent = GridTuning.glyphDescent
            let corners = [
                (origin.x + across.x * descent, origin.y + across.y * descent),
                (origin.x + across.x * (1 + descent), origin.y + across.y * (1 + descent)),
                (origin.x + along.x + across.x * descent, origin.y + along.y + across.y * descent),
                (origin.x + along.x + across.x * (1 + descent), origin.y + along.y + across.y * (1 + descent)),
            ]
            let xs = corners.map(\.0)
            let ys = corners.map(\.1)
            textGlyphs.append(
                Glyph(
                    text: text, x0: xs.min() ?? origin.x, x1: xs.max() ?? origin.x, top: ys.min() ?? origin.y, bottom: ys.max() ?? origin.y,
                    baseline: origin.y, size: size))
            origins.append(origin)
        }
    }

    /// Where the value of `name="…"` stands in an element's line.
    static func valueRange(_ name: StaticString, in line: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        // Attributes are ` name="value"`: find the name after a space, ended by `="`.
        let key = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        let quote = UInt8(ascii: "\"")
        var index = 0
        while index + key.count + 2 < line.count {
            if line[index] == 0x20 {
                var matched = 0
                while matched < key.count, line[index + 1 + matched] == key[matched] { matched += 1 }
                let after = index + 1 + matched
                if matched == key.count, line[after] == UInt8(ascii: "="), line[after + 1] == quote {
                    let start = after + 2
                    var end = start
                    while end < line.count, line[end] != quote { end += 1 }
                    return start..<end
                }
            }
            index += 1
        }
        return nil
    }

    /// The value of `name="…"`, XML's escapes undone.
    static func attribute(_ name: StaticString, in line: UnsafeBufferPointer<UInt8>) -> String? {
        guard let range = valueRange(name, in: line) else { return nil }
        let value = UnsafeBufferPointer(rebasing: line[range])
        let text = String(decoding: value, as: UTF8.self)
        return value.contains(UInt8(ascii: "&")) ? unescaped(text) : text
    }

    /// The number that is the value of `name="…"`.
    static func number(_ name: StaticString, in line: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let range = valueRange(name, in: line) else { return nil }
        let values = numbers(UnsafeBufferPointer(rebasing: line[range]))
        return values.count == 1 ? values[0] : nil
    }

    /// The numbers, separated by spaces, that are the value of `name="…"`.
    static func numbers(_ name: StaticString, in line: UnsafeBufferPointer<UInt8>) -> [Double] {
        valueRange(name, in: line).map { numbers(UnsafeBufferPointer(rebasing: line[$0])) } ?? []
    }

    /// Numbers separated by spaces, as MuPDF prints them (`-12.5 0 1e-05`); a word that is not
    /// a number is passed over. Read from the bytes: this runs for every glyph and path point.
    static func numbers(_ text: UnsafeBufferPointer<UInt8>) -> [Double] {
        var values: [Double] = []
        var start = 0
        while start < text.count {
            while start < text.count, text[start] == 0x20 { start += 1 }
            var end = start
            while end < text.count, text[end] != 0x20 { end += 1 }
            if end > start, let value = number(UnsafeBufferPointer(rebasing: text[start..<end])) { values.append(value) }
            start = end
        }
        return values
    }

    /// One number, read by the C library's `strtod` (correctly rounded, as `Double(String)` is)
    /// from a terminated copy of its bytes.
    static func number(_ word: UnsafeBufferPointer<UInt8>) -> Double? {
        guard word.count < 64 else { return Double(String(decoding: word, as: UTF8.self)) }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: word.count + 1) { buffer in
            for (index, byte) in word.enumerated() { buffer[index] = CChar(bitPattern: byte) }
            buffer[word.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            return end == buffer.baseAddress! + word.count ? value : nil
        }
    }

    /// XML's escapes as MuPDF writes them: the five entities and `&#xHEX;`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let hex = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let scalar = hex.flatMap(Unicode.Scalar.init) { result.unicodeScalars.append(scalar) }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
