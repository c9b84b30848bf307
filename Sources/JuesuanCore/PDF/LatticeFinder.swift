/// Finds the tables a page draws, from its ruling lines alone (a "lattice" reading).
///
/// The steps are pdfplumber's `find_tables()`, so that its reading can check ours cell for
/// cell: edges snapped to a common position and joined where collinear (`GridTuning`), the
/// points where a vertical and a horizontal edge cross, each point's smallest rectangle of
/// connected crossings as a cell, and cells sharing a corner as one table. Text then goes to
/// the cell that holds each glyph's centre. Nothing here depends on a report's wording.
public enum LatticeFinder {
    /// The tables drawn on a page, top to bottom.
    ///
    /// - Parameter overflowUp: whether a glyph printed across the top side of its cell belongs
    ///   to the cell above (a header wrapped past its cell's foot, 采购组织形 / 式, whose second
    ///   line stands on the first row of data), rather than to the cell that holds its centre
    ///   as pdfplumber places it.
    public static func tables(on page: PageContent, overflowUp: Bool = false) -> [TableGrid] {
        let edges = mergedEdges(page.edges)
        let cells = cells(from: edges)
        return tablesOfCells(cells).map { grid(of: $0, page: page, overflowUp: overflowUp) }
    }

    // MARK: Edges

    /// The page's edges snapped and joined, without the short ones.
    static func mergedEdges(_ edges: [RuleEdge]) -> [RuleEdge] {
        let long = edges.filter { $0.length >= GridTuning.edgeMinLengthPrefilter }
        let vertical = snapped(long.filter { $0.orientation == .vertical }, by: \.x0, moving: { edge, shift in
            edge.x0 += shift
            edge.x1 += shift
        })
        let horizontal = snapped(long.filter { $0.orientation == .horizontal }, by: \.top, moving: { edge, shift in
            edge.top += shift
            edge.bottom += shift
        })
        var joined: [RuleEdge] = []
        for (group, isHorizontal) in [(grouped(horizontal, by: \.top), true), (grouped(vertical, by: \.x0), false)] {
            for edges in group {
                joined += isHorizontal ? self.joined(edges, from: \.x0, to: \.x1) : self.joined(edges, from: \.top, to: \.bottom)
            }
        }
        return joined.filter { $0.length >= GridTuning.edgeMinLength }
    }

    /// Edges whose positions lie within the snap tolerance of their neighbours moved to the
    /// mean position of their cluster.
    static func snapped(_ edges: [RuleEdge], by position: KeyPath<RuleEdge, Double>, moving: (inout RuleEdge, Double) -> Void) -> [RuleEdge] {
        var result: [RuleEdge] = []
        for cluster in clusters(edges, by: position, tolerance: GridTuning.snapTolerance) {
            let mean = cluster.map { $0[keyPath: position] }.reduce(0, +) / Double(cluster.count)
            for var edge in cluster {
                moving(&edge, mean - edge[keyPath: position])
                result.append(edge)
            }
        }
        return result
    }

    /// Items grouped by chains of values each within `tolerance` of the next, clusters in
    /// order of value, items in their given order inside a cluster.
    static func clusters<T>(_ items: [T], by value: KeyPath<T, Double>, tolerance: Double) -> [[T]] {
        let values = Set(items.map { $0[keyPath: value] }).sorted()
        var clusterOf: [Double: Int] = [:]
        var cluster = 0
        for (index, value) in values.enumerated() {
            if index > 0, value > values[index - 1] + tolerance { cluster += 1 }
            clusterOf[value] = cluster
        }
        var result = Array(repeating: [T](), count: values.isEmpty ? 0 : cluster + 1)
        for item in items { result[clusterOf[item[keyPath: value]] ?? 0].append(item) }
        return result
    }

    /// Edges grouped by their exact position, in order of position.
    static func grouped(_ edges: [RuleEdge], by position: KeyPath<RuleEdge, Double>) -> [[RuleEdge]] {
        Dictionary(grouping: edges, by: { $0[keyPath: position] }).sorted { $0.key < $1.key }.map(\.value)
    }

    /// Collinear edges joined where they overlap or stand within the join tolerance.
    static func joined(_ edges: [RuleEdge], from start: WritableKeyPath<RuleEdge, Double>, to end: WritableKeyPath<RuleEdge, Double>) -> [RuleEdge] {
        var joined: [RuleEdge] = []
        for edge in edges.enumerated().sorted(by: { ($0.element[keyPath: start], $0.offset) < ($1.element[keyPath: start], $1.offset) }).map(\.element) {
            if var last = joined.last, edge[keyPath: start] <= last[keyPath: end] + GridTuning.joinTolerance {
                if edge[keyPath: end] > last[keyPath: end] {
                    last[keyPath: end] = edge[keyPath: end]
                    joined[joined.count - 1] = last
                }
            } else {
                joined.append(edge)
            }
        }
        return joined
    }

    // MARK: Cells

    struct Point: Hashable, Comparable {
        var x: Double
        var y: Double
        static func < (a: Point, b: Point) -> Bool { (a.x, a.y) < (b.x, b.y) }
    }

    /// The cells drawn by the edges: for each crossing, the smallest rectangle whose four
    /// corners are crossings joined by edges.
    static func cells(from edges: [RuleEdge]) -> [Box] {
        let tolerance = GridTuning.intersectionTolerance
        let vertical = edges.indices.filter { edges[$0].orientation == .vertical }.sorted { (edges[$0].x0, edges[$0].top) < (edges[$1].x0, edges[$1].top) }
        let horizontal = edges.indices.filter { edges[$0].orientation == .horizontal }.sorted { (edges[$0].top, edges[$0].x0) < (edges[$1].top, edges[$1].x0) }
        // Each crossing with the vertical and horizontal edges through it.
        var crossings: [Point: (vertical: Set<Int>, horizontal: Set<Int>)] = [:]
        for v in vertical {
            let edge = edges[v]
            for h in horizontal {
                let other = edges[h]
                guard edge.top <= other.top + tolerance, edge.bottom >= other.top - tolerance, edge.x0 >= other.x0 - tolerance,
                    edge.x0 <= other.x1 + tolerance
                else { continue }
                let point = Point(x: edge.x0, y: other.top)
                crossings[point, default: ([], [])].vertical.insert(v)
                crossings[point, default: ([], [])].horizontal.insert(h)
            }
        }
        func connects(_ a: Point, _ b: Point) -> Bool {
            guard let first = crossings[a], let second = crossings[b] else { return false }
            if a.x == b.x, !first.vertical.isDisjoint(with: second.vertical) { return true }
            if a.y == b.y, !first.horizontal.isDisjoint(with: second.horizontal) { return true }
            return false
        }
        let points = crossings.keys.sorted()
        var below: [Double: [Point]] = [:]  // by x, top to bottom
        var right: [Double: [Point]] = [:]  // by y, left to right
        for point in points {
            below[point.x, default: []].append(point)
            right[point.y, default: []].append(point)
        }
        var cells: [Box] = []
        for point in points {
            search: for lower in below[point.x] ?? [] where lower.y > point.y && connects(point, lower) {
                for side in right[point.y] ?? [] where side.x > point.x && connects(point, side) {
                    let corner = Point(x: side.x, y: lower.y)
                    if crossings[corner] != nil, connects(corner, side), connects(corner, lower) {
                        cells.append(Box(x0: point.x, top: point.y, x1: corner.x, bottom: corner.y))
                        break search
                    }
                }
            }
        }
        return cells
    }

    /// Cells grouped into tables: a cell sharing a corner with a table belongs to it. Tables
    /// of a single cell (a box drawn around a paragraph) are not tables.
    static func tablesOfCells(_ cells: [Box]) -> [[Box]] {
        func corners(_ box: Box) -> [Point] {
            [Point(x: box.x0, y: box.top), Point(x: box.x0, y: box.bottom), Point(x: box.x1, y: box.top), Point(x: box.x1, y: box.bottom)]
        }
        var remaining = cells
        var tables: [[Box]] = []
        var current: [Box] = []
        var currentCorners: Set<Point> = []
        while !remaining.isEmpty {
            let before = current.count
            var left: [Box] = []
            for cell in remaining {
                if current.isEmpty || corners(cell).contains(where: currentCorners.contains) {
                    current.append(cell)
                    currentCorners.formUnion(corners(cell))
                } else {
                    left.append(cell)
                }
            }
            remaining = left
            if current.count == before {
                tables.append(current)
                current = []
                currentCorners = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables.filter { $0.count > 1 }
            .sorted { first, second in
                let a = first.map { ($0.top, $0.x0) }.min { $0 < $1 }!
                let b = second.map { ($0.top, $0.x0) }.min { $0 < $1 }!
                return a < b
            }
    }

    // MARK: The grid and its text

    /// A table's cells placed in rows and columns, with the text of each.
    static func grid(of boxes: [Box], page: PageContent, overflowUp: Bool = false) -> TableGrid {
        let tops = Set(boxes.map(\.top)).sorted()
        let lefts = Set(boxes.map(\.x0)).sorted()
        let ordered = boxes.sorted { ($0.top, $0.x0) < ($1.top, $1.x0) }
        // The cells that cover each position, for placing glyphs by binary search. Cells may
        // overlap (a frame drawn around a whole table is a cell too): each takes the glyphs
        // inside it, as in pdfplumber.
        var owners = Array(repeating: Array(repeating: [Int](), count: lefts.count), count: tops.count)
        var cells: [GridCell] = []
        for (index, box) in ordered.enumerated() {
            let row = tops.firstIndex(of: box.top)!
            let column = lefts.firstIndex(of: box.x0)!
            let rowSpan = max(1, tops[row...].prefix { $0 < box.bottom }.count)
            let columnSpan = max(1, lefts[column...].prefix { $0 < box.x1 }.count)
            for r in row..<(row + rowSpan) {
                for c in column..<(column + columnSpan) { owners[r][c].append(index) }
            }
            cells.append(GridCell(row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan, text: "", box: box))
        }
        var glyphs = Array(repeating: [Glyph](), count: cells.count)
        for glyph in page.glyphs {
            let (x, y) = (glyph.midX, glyph.midY)
            guard let row = lastIndex(in: tops, notAbove: y), let column = lastIndex(in: lefts, notAbove: x) else { continue }
            if overflowUp, row > 0, glyph.top < tops[row], glyph.bottom > tops[row],
                let above = owners[row - 1][column].last(where: { cells[$0].box.holds(x: x, y: tops[row] - 0.5) })
            {
                glyphs[above].append(glyph)
                continue
            }
            for index in owners[row][column] where cells[index].box.holds(x: x, y: y) { glyphs[index].append(glyph) }
        }
        for index in cells.indices {
            cells[index].text = text(of: glyphs[index])
            cells[index].textBox = glyphs[index].map { Box(x0: $0.x0, top: $0.top, x1: $0.x1, bottom: $0.bottom) }.reduce(nil) { $0?.union($1) ?? $1 }
        }
        let box = boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
        return TableGrid(page: page.number, box: box, rowCount: tops.count, columnCount: lefts.count, cells: cells)
    }

    /// The index of the last sorted value at or below `value`.
    static func lastIndex(in sorted: [Double], notAbove value: Double) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// Glyphs as text: lines by their tops, glyphs left to right, a space where a gap or a
    /// space glyph separates two words.
    public static func text(of glyphs: [Glyph]) -> String {
        lines(of: glyphs).map { line in
            words(of: line).map { $0.map(\.text).joined() }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    /// Glyphs grouped into lines by their tops, top to bottom, each left to right.
    static func lines(of glyphs: [Glyph]) -> [[Glyph]] {
        clusters(glyphs, by: \.top, tolerance: GridTuning.textLineTolerance).map { line in
            line.enumerated().sorted { ($0.element.x0, $0.offset) < ($1.element.x0, $1.offset) }.map(\.element)
        }
    }

    /// A line's glyphs split into words at space glyphs and at gaps wider than `wordGap`.
    static func words(of line: [Glyph]) -> [[Glyph]] {
        var words: [[Glyph]] = []
        var current: [Glyph] = []
        for glyph in line {
            if glyph.isSpace {
                if !current.isEmpty { words.append(current) }
                current = []
                continue
            }
            if let last = current.last, glyph.x0 - last.x1 > GridTuning.wordGap {
                words.append(current)
                current = []
            }
            current.append(glyph)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
