/// A word of a PDF's text layer with its position, made from MuPDF's glyphs (`words(on:)`).
///
/// Coordinates are PDF points from the top-left of the page. `y` is the vertical centre:
/// the top edge is useless for lining words up, because fonts with broken metrics (CJK
/// and digits in the same report) report tops several points apart on one printed line.
public struct PDFWord: Sendable, Equatable {
    public var page: Int
    public var left: Double
    public var right: Double
    public var y: Double
    public var text: String
    /// The width of the word's page, when the source states it.
    public var pageWidth: Double?
    /// The word's height (0 when unknown): with `y`, its box on the page, for pictures of it.
    public var height: Double

    public init(page: Int, left: Double, right: Double, y: Double, text: String, pageWidth: Double? = nil, height: Double = 0) {
        self.page = page
        self.left = left
        self.right = right
        self.y = y
        self.text = text
        self.pageWidth = pageWidth
        self.height = height
    }

    /// The top and bottom edges of the word's box.
    public var top: Double { y - height / 2 }
    public var bottom: Double { y + height / 2 }

    /// The words of a page as MuPDF draws it: its glyphs by line (tops within
    /// `GridTuning.textLineTolerance`), split at spaces and gaps wider than `GridTuning.wordGap`.
    public static func words(on page: PageContent) -> [PDFWord] {
        LatticeFinder.lines(of: page.glyphs).flatMap { line in
            LatticeFinder.words(of: line).map { glyphs in
                let top = glyphs.map(\.top).min() ?? 0
                let bottom = glyphs.map(\.bottom).max() ?? 0
                return PDFWord(
                    page: page.number, left: glyphs.map(\.x0).min() ?? 0, right: glyphs.map(\.x1).max() ?? 0, y: (top + bottom) / 2,
                    text: glyphs.map(\.text).joined(), pageWidth: page.width, height: bottom - top)
            }
        }
    }
}

/// A line of the text rebuilt from a PDF, and where it stands on the printed page.
public struct PageLine: Sendable, Equatable {
    public var page: Int
    /// The line's number on its page, from 1.
    public var line: Int
    /// The text: tab-separated cells inside a table, plain text elsewhere. For people: a table's
    /// row is read from `cells`.
    public var text: String
    /// For a row of a table, its cells as the layout placed them; nil for a line of text.
    public var cells: [String]?

    /// For a row of a grid the page draws (its cells are the drawn cells, a wrapped label
    /// already whole), the grid's place in the document's list of grids; nil for a line rebuilt
    /// from where words stand.
    public var grid: Int?
    /// For a drawn row, where each cell's text is printed (by column; nil where none is).
    public var boxes: [Box?] = []

    public init(page: Int, line: Int, text: String, grid: Int? = nil) {
        self.grid = grid
        self.page = page
        self.line = line
        self.text = text
    }

    /// A row of a table: its cells, and as text the cells joined by tabs.
    public init(page: Int, line: Int, cells: [String], grid: Int? = nil) {
        self.init(page: page, line: line, text: cells.joined(separator: "\t"), grid: grid)
        self.cells = cells
    }
}
