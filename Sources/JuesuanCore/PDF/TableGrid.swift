import Foundation

/// A table as its page draws it: cells in rows and columns, a merged cell one cell with its
/// spans, each with its text and its box on the page.
///
/// Rows are the distinct tops of the cells, columns their distinct left edges; a cell stands
/// at its top-left position and covers `rowSpan` × `columnSpan` positions.
public struct TableGrid: Sendable, Equatable {
    public var page: Int
    public var box: Box
    public var rowCount: Int
    public var columnCount: Int
    /// The cells in reading order: by row, then column.
    public var cells: [GridCell]

    public init(page: Int, box: Box, rowCount: Int, columnCount: Int, cells: [GridCell]) {
        self.page = page
        self.box = box
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.cells = cells
    }

    /// The grid as a matrix of texts: a cell's text at its top-left position and nil in the
    /// other positions it covers (pdfplumber's `Table.extract()` convention).
    public var matrix: [[String?]] {
        var rows = Array(repeating: Array(repeating: String?.none, count: columnCount), count: rowCount)
        for cell in cells { rows[cell.row][cell.column] = cell.text }
        return rows
    }

    /// The grid without the cells drawn around other cells: a frame around a whole table (or
    /// around a block of it) is a cell of the drawing, not of the table, and would hold the
    /// text of every cell inside it.
    public func withoutFrames() -> TableGrid {
        let kept = cells.filter { cell in !cells.contains { $0.box != cell.box && cell.box.contains($0.box) } }
        guard kept.count < cells.count, !kept.isEmpty else { return self }
        let tops = Set(kept.map(\.box.top)).sorted()
        let lefts = Set(kept.map(\.box.x0)).sorted()
        var grid = self
        grid.cells = kept.map { cell in
            var placed = cell
            placed.row = tops.firstIndex(of: cell.box.top) ?? 0
            placed.column = lefts.firstIndex(of: cell.box.x0) ?? 0
            placed.rowSpan = max(1, tops.count { $0 >= cell.box.top && $0 < cell.box.bottom })
            placed.columnSpan = max(1, lefts.count { $0 >= cell.box.x0 && $0 < cell.box.x1 })
            return placed
        }
        grid.rowCount = tops.count
        grid.columnCount = lefts.count
        grid.box = kept.dropFirst().reduce(kept[0].box) { $0.union($1.box) }
        return grid
    }

    /// Where a row ends: the bottom of its shortest cell, a cell spanning rows counted by the
    /// share of its height that one row takes.
    func rowBottom(_ row: Int) -> Double {
        cells.filter { $0.row == row }.map { $0.box.top + ($0.box.bottom - $0.box.top) / Double($0.rowSpan) }.min() ?? box.top
    }

    /// A row's texts, a merged cell's in each column it spans.
    func spreadRow(_ row: Int) -> [String] {
        var texts = Array(repeating: "", count: columnCount)
        for cell in cells where cell.row == row {
            for column in cell.column..<min(cell.column + cell.columnSpan, columnCount) { texts[column] = cell.text }
        }
        return texts
    }

    /// The left edge of each column, and the grid's right edge.
    public var columnEdges: [Double] {
        var lefts = Array(repeating: Double.infinity, count: columnCount)
        for cell in cells { lefts[cell.column] = min(lefts[cell.column], cell.box.x0) }
        return lefts + [box.x1]
    }

    /// The grid with its columns renumbered to another grid's column edges, for a table
    /// continued on a new page that draws its columns where the first page drew them but may
    /// merge some (the 类/款/项 code columns under no sub-header); nil when an edge of this
    /// grid stands at none of those.
    public func aligned(to edges: [Double], tolerance: Double = GridTuning.snapTolerance) -> TableGrid? {
        func index(of x: Double) -> Int? {
            edges.indices.min { abs(edges[$0] - x) < abs(edges[$1] - x) }.flatMap { abs(edges[$0] - x) <= tolerance ? $0 : nil }
        }
        var aligned = self
        for (position, cell) in cells.enumerated() {
            guard let first = index(of: cell.box.x0), let last = index(of: cell.box.x1), last > first else { return nil }
            aligned.cells[position].column = first
            aligned.cells[position].columnSpan = last - first
        }
        aligned.columnCount = edges.count - 1
        return aligned
    }
}

/// One drawn cell of a `TableGrid`.
public struct GridCell: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    /// The cell's words in reading order: lines top to bottom joined by a newline, words left
    /// to right joined by a space.
    public var text: String
    public var box: Box
    /// Where the cell's text is printed: the box around its glyphs; nil for an empty cell.
    public var textBox: Box?

    public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, text: String, box: Box) {
        self.row = row
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.text = text
        self.box = box
    }
}

/// A box on a page, in points from the page's top-left corner.
public struct Box: Sendable, Hashable, CustomStringConvertible {
    public var x0: Double
    public var top: Double
    public var x1: Double
    public var bottom: Double

    public init(x0: Double, top: Double, x1: Double, bottom: Double) {
        self.x0 = x0
        self.top = top
        self.x1 = x1
        self.bottom = bottom
    }

    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), top: min(top, other.top), x1: max(x1, other.x1), bottom: max(bottom, other.bottom))
    }

    /// Whether another box lies inside this one.
    public func contains(_ other: Box) -> Bool {
        other.x0 >= x0 && other.x1 <= x1 && other.top >= top && other.bottom <= bottom
    }

    /// Whether a point lies in the box, its right and bottom sides excluded (a point on a
    /// shared side belongs to the next cell).
    public func holds(x: Double, y: Double) -> Bool { x >= x0 && x < x1 && y >= top && y < bottom }

    public var description: String {
        String(format: "(%.1f, %.1f)–(%.1f, %.1f) pt", x0, top, x1, bottom)
    }
}
