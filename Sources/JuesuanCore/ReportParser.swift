import Foundation

/// Turns the text of a 部门决算 or 部门预算 report into a `Report`.
///
/// ```swift
/// let report = try ReportParser.parse(file: "seeds/000_f428d76052f7ee41.txt", data: data)
/// report.table(.gk01)?.rows.count  // 26: 13 printed lines, each with a 收入 and a 支出 side
/// ```
public enum ReportParser {
    /// Raised whenever the parser reads more or differently, so that the loader re-reads
    /// files it already holds instead of skipping them as unchanged.
    public static let version = 7

    /// Parses a whole report.
    ///
    /// - Parameters:
    ///   - file: the name used in locations and error messages.
    ///   - data: the file's bytes (UTF-8 text with tab-separated tables).
    /// - Throws: `ParseError` naming the file and line: empty or non-text input, no
    ///   公开 table, a cell that should be an amount and is not, a table printed twice.
    public static func parse(file: String, data: Data, given: GivenIdentity = .none) throws(ParseError) -> Report {
        try parse(ReportLines(file: file, data: data), sha256: SHA256.hex(data), given: given)
    }

    /// Parses a report rebuilt from a PDF's words (see `PDFLayout`).
    ///
    /// - Parameters:
    ///   - lines: the rebuilt lines with their printed page and line.
    ///   - printed: every table the pages draw, in the order of the grids the lines' `grid` numbers.
    ///   - sha256: the digest of the PDF file itself.
    /// - Throws: `ParseError` whose message names the page and line on the page.
    public static func parse(
        file: String, pdfLines lines: [PageLine], printed: [PrintedTable] = [], imagePages: [Int] = [], given: GivenIdentity = .none,
        sha256: String
    ) throws(ParseError) -> Report {
        guard lines.contains(where: { !$0.text.trimmingWhitespace().isEmpty }) else {
            let scans = imagePages.isEmpty ? "" : " (\(Self.pageList(imagePages)) \(imagePages.count == 1 ? "is an image" : "are images"))"
            throw ParseError(file: file, line: nil, message: "the PDF has no text layer\(scans); OCR is not supported (expected a PDF with text)")
        }
        do {
            var text = ReportLines(file: file, lines: lines.map(\.text), repeatsSpanningCells: true)
            text.pages = lines.map(\.page)
            text.drawnLines = Dictionary(uniqueKeysWithValues: lines.indices.compactMap { index in lines[index].grid.map { (index, $0) } })
            text.cellBoxes = Dictionary(uniqueKeysWithValues: lines.indices.compactMap { index in lines[index].boxes.isEmpty ? nil : (index, lines[index].boxes) })
            text.placedCells = Dictionary(uniqueKeysWithValues: lines.indices.compactMap { index in lines[index].cells.map { (index, $0) } })
            var report = try parse(text, sha256: sha256, given: given, printed: printed)
            report.pagePositions = lines.map { ($0.page, $0.line) }
            if !imagePages.isEmpty {
                // Pages printed as pictures: their tables are not read, and the analyst must know.
                report.findings.append(
                    ReportFinding(
                        check: "image_pages", severity: .error, table: "document", key: "pages", found: Self.pageList(imagePages),
                        message: "\(Self.pageList(imagePages)) \(imagePages.count == 1 ? "is an image" : "are images") without text, "
                            + "not read (OCR is not supported)",
                        location: SourceLocation(file: file, line: 1)))
            }
            return report
        } catch {
            guard let line = error.line, line >= 1, line <= lines.count else { throw error }
            let position = lines[line - 1]
            throw ParseError(file: file, line: nil, message: "page \(position.page), line \(position.line): \(error.message)")
        }
    }

    static func parse(_ lines: ReportLines, sha256: String, given: GivenIdentity = .none, printed: [PrintedTable] = []) throws(ParseError) -> Report {
        let file = lines.file
        let (found, listed) = try TableLocator(lines: lines).locate()
        let kind = IdentityReader.kind(lines, tables: found.map(\.table))
        guard !found.isEmpty else { throw .noTables(lines, kind: kind, seen: Self.titlesSeen(lines)) }
        if let stray = found.first(where: { $0.table.kind != kind }) {
            throw ParseError(
                at: lines.location(stray.titleIndex),
                "\(stray.table.caption): a table of a \(stray.table.kind.title) in a \(kind.title); expected the tables of one report")
        }
        var tables: [ParsedTable] = []
        var unread: [ReportFinding] = []
        var titledGrids: [Int: GongkaiTable] = [:]
        for table in found {
            let reader = TableReader(found: table, lines: lines)
            for line in table.grid { if let grid = lines.drawnLines[line.index] { titledGrids[grid] = table.table } }
            do {
                let parsed = try reader.read()
                tables.append(parsed)
                if !parsed.unreadColumns.isEmpty {
                    let columns = parsed.unreadColumns.map { "\($0.header) (\($0.amounts) amounts)" }.joined(separator: ", ")
                    unread.append(
                        ReportFinding(
                            check: "column_not_read", severity: .warn, table: table.table.rawValue, key: table.table.rawValue, found: columns,
                            message: "\(lines.place(table.titleIndex)): \(table.table.caption): columns \(columns) are not columns of this table's view; their printed cells are kept in gongkai.printed_cell",
                            location: lines.location(table.titleIndex)))
                }
            } catch where reader.drawn {
                // A drawn table's cells are known without its spec: they are kept as printed
                // (gongkai.printed_cell), and the analyst is told which table was not read and why.
                unread.append(
                    ReportFinding(
                        check: "table_not_read", severity: .warn, table: table.table.rawValue, key: table.table.rawValue, found: error.message,
                        message: "\(lines.place(table.titleIndex)): \(error.message); the table's printed cells are kept in gongkai.printed_cell",
                        location: lines.location(table.titleIndex)))
            }
        }

        // A template (or a report whose tables were left empty) holds no number to load; a drawn
        // table that prints amounts counts, read or not (its cells are kept).
        guard tables.contains(where: { $0.rows.contains { $0.cells.contains { $0.amount != nil } } })
            || printed.contains(where: { $0.cells.contains { $0.amount != nil } })
        else {
            throw ParseError(
                file: file, line: nil, message: "every 公开 table is blank (a template?); expected a report with printed amounts")
        }
        let coverReader = CoverReader(lines: lines)
        let entity = found.lazy.compactMap(\.entity).first
        let identity = IdentityReader(
            lines: lines, kind: kind, entities: found.compactMap { table in table.entity.map { ($0, table.titleIndex) } }
        ).read()
        let givenKind = GivenIdentity.resolve("kind", printed: kind.rawValue, given: given.kind?.rawValue, option: "--kind", file: file)
        let givenDepartment = GivenIdentity.resolve(
            "department", printed: identity.department, given: given.department, option: "--department", file: file)
        let givenYear = GivenIdentity.resolve("fiscal year", printed: identity.year, given: given.year, option: "--year", file: file)
        guard let department = givenDepartment.value else {
            throw .missingCover(file, "department (a line such as 吉林省人民政府办公厅\(kind.title))", option: "--department NAME")
        }
        guard let year = givenYear.value else { throw .missingCover(file, "fiscal year (a line such as 2024 年度)", option: "--year YYYY") }
        let unit = try amountUnit(found, lines: lines)
        let units = coverReader.units()
        var report = Report(
            file: file, sha256: sha256,
            cover: Cover(
                department: department, fiscalYear: year, reportKind: kind.rawValue, publishedOn: coverReader.publishedOn(), amountUnit: unit,
                reportLevel: IdentityReader.level(lines, kind: kind)),
            reportingEntity: entity, units: units, tables: tables)
        report.lines = lines.lines
        report.tableOfContents = listed.map { entry in
            TableOfContentsEntry(table: entry.table, text: lines.lines[entry.index].trimmingWhitespace(), location: lines.location(entry.index))
        }
        report.findings = [givenKind.finding, givenDepartment.finding, givenYear.finding].compactMap { $0 } + unread + identity.disagreements.map { other in
            ReportFinding(
                check: "identity_disagreement", severity: .warn, table: "identity", key: other.what, found: other.other,
                message: "the \(other.source.name) on \(lines.place(other.index)) names \(other.what) \(other.other); "
                    + "loaded as \(other.chosen), which the other sources print",
                location: lines.location(other.index))
        }
        report.keep(printed, titled: titledGrids, lines: lines)
        guard kind == .finalAccounts else {
            // A budget's narrative plans: its figures are read (to be checked against its tables);
            // it states no execution and no project's self-assessment.
            report.narrativeFigures = NarrativeFigureReader(lines: lines, kind: .budget).read()
            return report
        }
        let reportingUnit = ListedUnit(name: entity ?? department, location: lines.location(found.first?.titleIndex ?? 0))
        report.projects = try ProjectReader(lines: lines, units: units, entity: reportingUnit).read()
        (report.budgetExecution, report.unparsedStatements) = NarrativeReader(lines: lines, tables: tables).budgetExecution()
        report.narrativeFigures = NarrativeFigureReader(lines: lines).read()
        return report
    }

    /// Pages named for a message: "page 3", "pages 3, 4, 9".
    static func pageList(_ pages: [Int]) -> String {
        pages.count == 1 ? "page \(pages[0])" : "pages " + pages.map(String.init).joined(separator: ", ")
    }

    /// Lines that look like a table's title (…决算表, …预算表, …总表) but name none we know,
    /// for the message that no table was recognised: the user sees which variant it is.
    static func titlesSeen(_ lines: ReportLines) -> [(title: String, index: Int)] {
        var seen: [(title: String, index: Int)] = []
        for (index, line) in lines.textLines {
            let key = TableLocator.titleKey(line)
            guard TableLocator.looksLikeTitle(key), !key.contains("..."), !key.contains("…"), TableLocator.table(titled: line) == nil,
                !seen.contains(where: { $0.title == key })
            else { continue }
            seen.append((key, index))
            if seen.count == 5 { break }
        }
        return seen
    }

    /// The one unit all tables are printed in; a report mixing 万元 and 元 is refused
    /// rather than stored with amounts that cannot be compared.
    private static func amountUnit(_ found: [TableLocator.Found], lines: ReportLines) throws(ParseError) -> String {
        let stated = found.compactMap { table in table.unit.map { (table, $0) } }
        guard let (first, unit) = stated.first else {
            throw ParseError(file: lines.file, line: nil, message: "no amount unit found; expected 单位：万元 or 单位：元 above the tables")
        }
        if let (other, otherUnit) = stated.first(where: { $0.1 != unit }) {
            throw ParseError(
                at: lines.location(other.titleIndex),
                "\(other.table.caption): amounts in \(otherUnit), but \(first.table.caption) is in \(unit); expected one unit for the report")
        }
        return unit
    }

}
