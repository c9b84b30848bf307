/// What one PDF page draws, in points from the page's top-left corner: its glyphs and the
/// straight segments of its painted paths, as the PDF library (MuPDF, `MuPDFTrace`) reports them.
public struct PageContent: Sendable, Equatable {
    /// The page's number, from 1.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]
    /// The axis-parallel segments of every painted path (stroked or filled): the ruling lines,
    /// the sides of thin rectangles and the straight pieces of curves that draw a table's grid.
    public var edges: [RuleEdge]
    /// The boxes of the images the page paints (a scanned page is one image).
    public var images: [Box] = []

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph] = [], edges: [RuleEdge] = []) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.edges = edges
    }
}

extension PageContent {
    /// Whether the page is a picture of a page: no text, and images over half of it (a scan;
    /// its tables cannot be read without OCR).
    public var isImageOnly: Bool {
        guard glyphs.isEmpty, width > 0, height > 0 else { return false }
        let area = images.map { max(0, min($0.x1, width) - max($0.x0, 0)) * max(0, min($0.bottom, height) - max($0.top, 0)) }.reduce(0, +)
        return area >= width * height * GridTuning.imagePageShare
    }
}

/// One printed character with its box.
public struct Glyph: Sendable, Equatable {
    public var text: String
    public var x0: Double
    public var x1: Double
    public var top: Double
    public var bottom: Double
    /// The baseline's distance from the page's top: glyphs of one printed line share it even
    /// when their fonts' boxes differ.
    public var baseline: Double
    /// The font size on the page, in points.
    public var size: Double

    public init(text: String, x0: Double, x1: Double, top: Double, bottom: Double, baseline: Double, size: Double) {
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.baseline = baseline
        self.size = size
    }

    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (top + bottom) / 2 }
    var isSpace: Bool { text.allSatisfy(\.isWhitespace) }
}

/// A horizontal or vertical segment of a painted path.
public struct RuleEdge: Sendable, Equatable {
    public enum Orientation: Sendable, Equatable { case horizontal, vertical }
    public var orientation: Orientation
    public var x0: Double
    public var top: Double
    public var x1: Double
    public var bottom: Double

    public init(_ orientation: Orientation, x0: Double, top: Double, x1: Double, bottom: Double) {
        self.orientation = orientation
        self.x0 = x0
        self.top = top
        self.x1 = x1
        self.bottom = bottom
    }

    /// The length along the edge's orientation.
    var length: Double { orientation == .horizontal ? x1 - x0 : bottom - top }

    /// The edges a painted subpath contributes, read as pdfplumber (pdfminer) reads paths, so
    /// that the grid found here is the grid its `find_tables()` finds: a single segment is one
    /// edge, horizontal when both ends stand at one height and vertical otherwise; a longer path
    /// gives an edge for each axis-parallel pair of consecutive points (a rectangle its four
    /// sides; a thin trapezoid, as some publishers draw rules, its two long sides).
    ///
    /// - Parameters:
    ///   - points: the subpath's points in page coordinates (a curve's end point only).
    ///   - closed: whether the subpath was closed, which joins its last point to its first.
    static func edges(ofSubpath drawn: [(x: Double, y: Double)], closed: Bool) -> [RuleEdge] {
        guard drawn.count >= 2 else { return [] }
        let points = closed ? drawn + [drawn[0]] : drawn
        if drawn.count == 2 {
            let (a, b) = (points[0], points[1])
            let box = (x0: min(a.x, b.x), top: min(a.y, b.y), x1: max(a.x, b.x), bottom: max(a.y, b.y))
            return [RuleEdge(a.y == b.y ? .horizontal : .vertical, x0: box.x0, top: box.top, x1: box.x1, bottom: box.bottom)]
        }
        var edges: [RuleEdge] = []
        for (a, b) in zip(points, points.dropFirst()) {
            let orientation: Orientation
            if a.x == b.x {
                orientation = .vertical
            } else if a.y == b.y {
                orientation = .horizontal
            } else {
                continue
            }
            edges.append(RuleEdge(orientation, x0: min(a.x, b.x), top: min(a.y, b.y), x1: max(a.x, b.x), bottom: max(a.y, b.y)))
        }
        return edges
    }
}
