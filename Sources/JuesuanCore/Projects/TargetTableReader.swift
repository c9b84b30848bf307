/// Reads the 绩效目标表 a report draws (项目支出绩效目标表, 部门整体支出绩效目标表, a project's own
/// …项目绩效目标表) into one `ProjectTarget` an indicator row, from the drawn grid and its spans.
///
/// Provinces print two layouts, both with a header row of 一级指标 | 二级指标 | 三级指标 (or
/// 指标内容) | 指标值 over the indicator rows:
/// - a *form* a project (福州, 西安): 项目名称, 主管部门, 资金总额 and 年度目标 as label cells with
///   their values right of them, above the indicator rows;
/// - a *list* (长沙): one row an indicator, the project's 名称, 资金总额 and 绩效目标 in columns of
///   their own, merged over its indicator rows.
/// A 一级指标 or 二级指标 cell merged over several rows heads each of them. A table with no such
/// header row is not read here (its cells stay in `gongkai.printed_cell`).
struct TargetTableReader {
    let tables: [PrintedTable]
    let lines: ReportLines

    /// The words of the header cells, by what they name (keys: no spaces).
    enum Words {
        static let level1 = "一级指标"
        static let level2 = "二级指标"
        /// Where the indicator itself is named, right of 二级指标.
        static let level3 = ["三级指标", "指标内容", "指标名称"]
        /// The target's column: 指标值, 年度指标值, 目标值 (not 指标值类型 / 指标值内容).
        static let targetSuffixes = ["指标值", "目标值"]
        /// A column of its own for the comparison (≥ ≤ =, 定性) and one for the unit (by their ends:
        /// 绩效指标性质, 绩效度量单位).
        static let comparison = ["指标值类型", "指标性质"]
        static let unit = ["度量单位", "计量单位"]
        /// The project's name: the label of a form, or a list's column header.
        static let name = "名称"
        /// The project's funds: 资金总额 (实施期资金总额), 项目总额.
        static let fundTotal = ["资金总额", "项目总额"]
        /// The goal: a header or label with 目标 that is not an indicator's (绩效指标, 目标值).
        static let goal = "目标"
    }

    /// Whether a title names a table of performance targets (not a 自评表 of results).
    static func isTargetTitle(_ title: String?) -> Bool {
        guard let title else { return false }
        let key = TextNormalizer.key(title)
        return (key.contains("绩效目标") || key.contains("绩效指标")) && key.hasSuffix("表") && !key.contains("自评")
    }

    func read() -> [ProjectTarget] {
        var targets: [ProjectTarget] = []
        var previous: Page?
        for table in tables {
            let grid = Grid(table)
            // The next page of a target table: untitled (or titled alike).
            let continuing = previous.flatMap { last in (table.title == nil || table.title == last.title) && table.page == last.page + 1 ? last : nil }
            guard Self.isTargetTitle(table.title) || continuing != nil else {
                previous = nil
                continue
            }
            let title = table.title ?? continuing?.title ?? ""
            // A page without the header reads with the header of the page before, its columns found by where they stand.
            let header = Header(grid) ?? continuing?.header.flatMap { $0.continued(on: grid) }
            // A form's project: its labels on this page, else the page before's (a form continued, or a
            // 部门整体 table whose indicators follow on the next page).
            let form = header?.nameColumn == nil ? Project(labelsOf: grid, above: header?.row) ?? continuing?.form : nil
            previous = Page(title: title, page: table.page, header: header, form: form)
            guard let header else { continue }
            // A 一级 / 二级指标 merged over a page break is printed on its first page only: at the top of the
            // next page, an empty one is the one before, until the page prints one.
            var carried = continuing != nil ? targets.last : nil
            let location = lines.location(ofPage: table.page)
            for row in grid.rows where row > header.row {
                guard let indicator = grid.cell(row, header.level3), indicator.row == row, !indicator.text.isEmpty,
                    !Words.level3.contains(TextNormalizer.key(indicator.text))
                else { continue }
                let project = form ?? header.project(at: row, in: grid)
                if carried?.project != project.name { carried = nil }
                var level1 = grid.text(row, header.level1)
                var level2 = grid.text(row, header.level2)
                if level1.isEmpty { level1 = carried?.level1 ?? "" } else { carried = nil }
                if level2.isEmpty { level2 = carried?.level2 ?? "" } else { carried?.level2 = "" }
                let target = header.target.flatMap { grid.cell(row, $0)?.text } ?? ""
                targets.append(
                    ProjectTarget(
                        ord: targets.count + 1, tableOrd: table.ord, page: table.page, title: title,
                        project: project.name, fundTotal: project.fundTotal, goal: project.goal,
                        level1: level1, level2: level2, level3: indicator.text,
                        target: target, parsedTarget: header.parsed(target, at: row, in: grid), box: indicator.box,
                        location: location))
            }
        }
        return targets
    }

    /// What a page of a target table leaves to the next.
    struct Page {
        var title: String
        var page: Int
        var header: Header?
        var form: Project?
    }

    /// A project as its form or its row prints it.
    struct Project {
        var name = ""
        var fundTotal: Amount?
        var goal = ""

        /// A form's project, from its labels above the indicator rows (all of a page that prints
        /// none), each with its value right of it: 项目名称 (部门（单位）名称), 资金总额, 年度目标
        /// (总体目标); nil when no name is labelled.
        init?(labelsOf grid: Grid, above row: Int?) {
            let labels = grid.cells.filter { $0.row < row ?? Int.max }
            let key = { (cell: PrintedCell) in TextNormalizer.key(cell.text) }
            let value = { (label: PrintedCell?) in label.flatMap(grid.value(rightOf:)) }
            guard let name = value(labels.first { key($0).hasSuffix(Words.name) && grid.value(rightOf: $0) != nil }) else { return nil }
            self.name = name.text
            fundTotal = value(labels.first { label in Words.fundTotal.contains { key(label).contains($0) } })?.amount
            goal = value(labels.first { Header.isGoal(key($0)) && grid.value(rightOf: $0) != nil })?.text ?? ""
        }

        init(name: String, fundTotal: Amount?, goal: String) {
            self.name = name
            self.fundTotal = fundTotal
            self.goal = goal
        }
    }

    /// A printed table's cells by the positions they cover.
    struct Grid {
        let byPosition: [Position: PrintedCell]
        let rows: [Int]
        let columnCount: Int
        /// Where each column stands: the left and right sides of its own (unmerged) cells.
        let columnSides: [Int: (x0: Double, x1: Double)]
        let cells: [PrintedCell]

        struct Position: Hashable {
            var row: Int
            var column: Int
        }

        init(_ table: PrintedTable) {
            var byPosition: [Position: PrintedCell] = [:]
            for cell in table.cells {
                for row in cell.row..<(cell.row + cell.rowSpan) {
                    for column in cell.column..<(cell.column + cell.columnSpan) { byPosition[Position(row: row, column: column)] = cell }
                }
            }
            self.byPosition = byPosition
            rows = Set(byPosition.keys.map(\.row)).sorted()
            columnCount = (byPosition.keys.map(\.column).max() ?? -1) + 1
            var sides: [Int: (x0: Double, x1: Double)] = [:]
            for cell in table.cells where cell.columnSpan == 1 { sides[cell.column] = (cell.box.x0, cell.box.x1) }
            columnSides = sides
            cells = table.cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        }

        /// The cell covering a position: a merged cell covers every position it spans.
        func cell(_ row: Int, _ column: Int) -> PrintedCell? { byPosition[Position(row: row, column: column)] }

        func text(_ row: Int, _ column: Int) -> String { cell(row, column)?.text ?? "" }

        /// The first cell right of another in its row that prints something.
        func value(rightOf cell: PrintedCell) -> PrintedCell? {
            cells.first { $0.row == cell.row && $0.column >= cell.column + cell.columnSpan && !$0.text.isEmpty }
        }
    }

    /// What the header of a target table says: its indicator columns, and where the project's
    /// name, funds and goal stand.
    struct Header {
        /// The row of 一级指标 | 二级指标 ….
        var row: Int
        var level1: Int
        var level2: Int
        var level3: Int
        var target: Int?
        var comparison: Int?
        var unit: Int?
        /// Where the header's columns stand on its page, for a next page that draws its columns otherwise.
        var columnSides: [Int: (x0: Double, x1: Double)]
        /// A list's columns for the project (nil in a form, which prints them as labels).
        var nameColumn: Int?
        var fundColumn: Int?
        var goalColumn: Int?

        init?(_ grid: Grid) {
            let key = { (cell: PrintedCell) in TextNormalizer.key(cell.text) }
            guard let first = grid.cells.first(where: { key($0) == Words.level1 }),
                let second = grid.cells.first(where: { $0.row == first.row && key($0) == Words.level2 }),
                let third = grid.cells.first(where: { $0.row == first.row && $0.column > second.column })
            else { return nil }
            row = first.row
            level1 = first.column
            level2 = second.column
            level3 = third.column
            columnSides = grid.columnSides
            let inRow = grid.cells.filter { $0.row == first.row && $0.column > third.column }
            target = inRow.first { cell in Words.targetSuffixes.contains { key(cell).hasSuffix($0) } }?.column
            comparison = inRow.first { cell in Words.comparison.contains { key(cell).hasSuffix($0) } }?.column
            unit = inRow.first { cell in Words.unit.contains { key(cell).hasSuffix($0) } }?.column
            // Header cells of columns left of the indicators, in the header rows: a list's.
            let above = grid.cells.filter { $0.row <= first.row && $0.column < first.column && $0.row + $0.rowSpan > first.row }
            nameColumn = above.first { key($0).contains(Words.name) }?.column
            fundColumn = above.first { cell in Words.fundTotal.contains { key(cell).contains($0) } }?.column
            goalColumn = above.first { Self.isGoal(key($0)) }?.column
        }

        /// A goal's header or label: 年度目标, 绩效目标, 总体目标 — not 绩效指标, 指标值 or 目标值.
        static func isGoal(_ key: String) -> Bool {
            key.hasSuffix(Words.goal) && !key.contains("指标")
        }

        /// The header of the page before, for a page that does not repeat it: every row is below it,
        /// and each column is the one of this page whose middle stands in it (a page may draw a margin
        /// column or the project's columns, or not). Nil when an indicator column is not found.
        func continued(on grid: Grid) -> Header? {
            func moved(_ column: Int?) -> Int? {
                guard let column, let sides = columnSides[column] else { return nil }
                return grid.columnSides.first { _, other in (other.x0 + other.x1) / 2 > sides.x0 && (other.x0 + other.x1) / 2 < sides.x1 }?.key
            }
            guard let level1 = moved(level1), let level2 = moved(level2), let level3 = moved(level3) else { return nil }
            var header = self
            (header.level1, header.level2, header.level3) = (level1, level2, level3)
            (header.target, header.comparison, header.unit) = (moved(target), moved(comparison), moved(unit))
            (header.nameColumn, header.fundColumn, header.goalColumn) = (moved(nameColumn), moved(fundColumn), moved(goalColumn))
            header.row = -1
            header.columnSides = grid.columnSides
            return header
        }

        /// The project of a list's row: the merged cells of its columns over the row.
        func project(at row: Int, in grid: Grid) -> Project {
            Project(
                name: nameColumn.map { grid.text(row, $0) } ?? "",
                fundTotal: fundColumn.flatMap { grid.cell(row, $0)?.amount },
                goal: goalColumn.map { grid.text(row, $0) } ?? "")
        }

        /// The target read into comparison, number and unit: from the 指标值 text, or from the
        /// columns of its own a table prints the comparison and the unit in.
        func parsed(_ target: String, at row: Int, in grid: Grid) -> Target {
            let parsed = Target(parsing: target)
            guard comparison != nil || unit != nil, parsed.comparison == nil, parsed.unit == nil, let value = parsed.value else { return parsed }
            let sign = comparison.map { grid.text(row, $0) }.flatMap { Target(parsing: $0 + "0").comparison }
            let unitText = unit.map { grid.text(row, $0).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            return Target(comparison: sign, value: value, unit: unitText)
        }
    }
}
