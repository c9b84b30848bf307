import Foundation
import Testing

@testable import JuesuanCore

/// The grid rules on pages of the corpus, as MuPDF traced them (`mutool trace FILE PAGE`, the
/// clipping paths and the attributes the reader does not use stripped): `Fixtures/grids/`.
/// No poppler, MuPDF or corpus is needed. Expected grids and texts are pdfplumber's
/// (`find_tables()[i].extract()` on the same page), read when the fixtures were made.
@Suite struct GridTests {
    static func pages(_ name: String) throws -> [PageContent] {
        let url = Fixture.root.appendingPathComponent("Tests/JuesuanCoreTests/Fixtures/grids/\(name).trace.xml")
        return MuPDFTrace.pages(from: try Data(contentsOf: url))
    }

    /// The texts of the rows pdfplumber prints, white space removed (nil where a merged cell spans).
    static func squeezed(_ matrix: [[String?]]) -> [[String?]] {
        matrix.map { $0.map { $0.map { $0.filter { !$0.isWhitespace } } } }
    }

    @Test func aPageDrawnWithRulesReadsAsPdfplumberReadsIt() throws {
        let page = try #require(try Self.pages("shanghai-p8").first)
        #expect(page.number == 8)
        #expect(page.width == 842 && page.height == 595)  // a landscape page
        let tables = LatticeFinder.tables(on: page)
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect((table.rowCount, table.columnCount) == (18, 11))
        #expect(abs(table.box.x0 - 66.6) < 0.1 && abs(table.box.top - 156.94) < 0.1 && abs(table.box.bottom - 512.07) < 0.1)
        let rows = Self.squeezed(table.matrix)
        #expect(rows[0] == ["项目", nil, nil, nil, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
        #expect(rows[1] == ["支出功能分类", nil, nil, "科目名称", nil, nil, nil, nil, nil, nil, nil])
        #expect(rows[3] == ["类", "款", "项", "合计", "2,946.25", "2,940.05", "", "", "", "", "6.20"])
        // A merged header cell is one cell with its spans.
        let header = try #require(table.cells.first { $0.row == 0 && $0.column == 0 })
        #expect((header.rowSpan, header.columnSpan) == (1, 4))
        let name = try #require(table.cells.first { $0.row == 1 && $0.column == 3 })
        #expect((name.rowSpan, name.columnSpan) == (2, 1))
    }

    @Test func aGroupHeaderOverTheWholeGridIsAHeaderRow() throws {
        let page = try #require(try Self.pages("shanghai-p18").first)
        let table = try #require(LatticeFinder.tables(on: page).first)
        let rows = Self.squeezed(table.matrix)
        #expect((table.rowCount, table.columnCount) == (6, 12))
        #expect(rows[0] == ["财政拨款“三公”经费"] + Array(repeating: nil, count: 11))
        #expect(rows[1] == ["合计", nil, "因公出国（境）费", nil, "公务用车购置及运行费", nil, nil, nil, nil, nil, "公务接待费", nil])
        // Read for loading, the spanning header heads every column under it, and is not taken
        // for a line of text (which would end the table before its grid).
        let lines = PDFLayout.gridLines(table, printed: [])
        #expect(lines.first?.text == Array(repeating: "财政拨款“三公”经费", count: 12).joined(separator: "\t"))
        #expect(lines.allSatisfy { $0.grid != nil })
    }

    @Test func aFrameAroundTheTableIsNotACell() throws {
        let page = try #require(try Self.pages("jiangsu-p2").first)
        let drawn = try #require(LatticeFinder.tables(on: page).first)
        // pdfplumber reads the frame as a cell holding every word of the page.
        #expect((drawn.rowCount, drawn.columnCount) == (16, 4))
        #expect(Self.squeezed(drawn.matrix)[1] == [nil, "项目名称", nil, "金额"])
        #expect(drawn.matrix[0][0]?.contains("27,664.22") == true)
        let table = drawn.withoutFrames()
        #expect((table.rowCount, table.columnCount) == (15, 3))
        #expect(table.matrix[0] == ["项目名称", nil, "金额"])
        #expect(table.matrix[1] == ["收入总计", nil, "27,664.22"])
        #expect(table.matrix[2] == ["一般公共预算资金", "小计", "27,664.22"])
    }

    @Test func aTwoLevelLabelUnderOneHeaderIsReadRowByRow() throws {
        // The page alone names no year: a cover is put before it.
        let cover = [PageLine(page: 1, line: 1, text: "中共江苏省委办公厅"), PageLine(page: 1, line: 2, text: "2019年部门预算")]
        let report = try ReportParser.parse(
            file: "jiangsu-p2.pdf", pdfLines: cover + PDFLayout.lines(from: try Self.pages("jiangsu-p2")), sha256: "")
        let table = try #require(report.tables.first { $0.table.rawValue == "ys02" })
        #expect(table.rows.map(\.label) == [
            "收入总计", "一般公共预算资金 小计", "公共财政拨款(补助)资金", "专项收入", "政府性基金 小计", "财政专户管理资金 小计", "专户管理教育收费",
            "其他非税收入", "其他资金 小计", "事业收入", "经营收入", "其他收入", "上年结转和结余资金 小计", "其中：动用上年结转和结余资金",
        ])
        #expect(table.rows.compactMap { $0.cells.first?.amount?.text } == ["27,664.22", "27,664.22", "27,664.22"])
    }

    /// A drawn row is read from its cells, never by splitting its text again: a glyph a font
    /// maps to text holding a tab (a PDF's ToUnicode map may say anything) stays in its cell.
    @Test func aDrawnRowIsReadFromItsCellsNotFromItsText() throws {
        var pages = try Self.pages("jiangsu-p2")
        let glyph = try #require(pages[0].glyphs.firstIndex { $0.text == "补" })
        pages[0].glyphs[glyph].text = "补\t"
        let cover = [PageLine(page: 1, line: 1, text: "中共江苏省委办公厅"), PageLine(page: 1, line: 2, text: "2019年部门预算")]
        let lines = PDFLayout.lines(from: pages)
        let row = try #require(lines.first { $0.text.contains("补\t") })
        #expect(row.cells?.count == 3 && row.cells?.contains("公共财政拨款(补\t助)资金") == true)
        let report = try ReportParser.parse(file: "jiangsu-p2.pdf", pdfLines: cover + lines, sha256: "")
        let table = try #require(report.tables.first { $0.table.rawValue == "ys02" })
        #expect(table.rows.count == 14)
        #expect(table.rows.compactMap { $0.cells.first?.amount?.text } == ["27,664.22", "27,664.22", "27,664.22"])
    }

    @Test func aHeaderWrappedPastItsCellStaysInTheHeader() throws {
        let page = try #require(try Self.pages("jiangsu-p12").first)
        // pdfplumber places each glyph by its centre: the header's second line stands on 合计's row.
        let centred = Self.squeezed(try #require(LatticeFinder.tables(on: page).first).matrix)
        #expect(centred[1][4] == "采购组织形" && centred[2][4] == "式")
        // Read for loading, a glyph across its cell's top side belongs to the cell above.
        let read = Self.squeezed(try #require(LatticeFinder.tables(on: page, overflowUp: true).first).matrix)
        #expect(read[1][4] == "采购组织形式" && read[2] == ["合计", "", "", "", "", "1,422.50"])
    }

    @Test func aContinuedPageKeepsTheColumnsOfTheFirst() throws {
        let pages = try Self.pages("southwest-p14-15")
        let first = try #require(LatticeFinder.tables(on: pages[0]).first)
        let next = try #require(LatticeFinder.tables(on: pages[1]).first)
        #expect(first.columnCount == 8 && next.columnCount == 6)
        #expect(Self.squeezed(next.matrix)[0] == ["2060201", "机构运行", "828.72", "828.72", "", ""])
        let aligned = try #require(next.aligned(to: first.columnEdges))
        #expect(aligned.columnCount == 8)
        // The code cell spans the 类 / 款 / 项 columns of the first page; the name stands under 科目名称.
        #expect(aligned.matrix[0] == ["2060201", nil, nil, "机构运行", "828.72", "828.72", "", ""])
    }

    @Test func codeLevelHeadersPrintedBesideTheTotalAreHeaders() throws {
        let lines = PDFLayout.lines(from: try Self.pages("shanghai-p8")).map(\.text)
        let total = try #require(lines.firstIndex { $0.hasPrefix("\t\t\t合计\t2,946.25") })
        #expect(lines[total - 1] == "类\t款\t项" + String(repeating: "\t", count: 8))
        #expect(lines[total] == "\t\t\t合计\t2,946.25\t2,940.05\t\t\t\t\t6.20")
    }

    @Test func snappingJoiningAndCrossingMakeCells() {
        // Two thin rectangles' sides 0.5 pt apart snap to one rule; a rule drawn in two pieces
        // with a 2 pt gap is one; a rule shorter than 3 pt draws nothing.
        var edges: [RuleEdge] = []
        for x in [10.0, 10.5, 50.0, 90.0] { edges.append(RuleEdge(.vertical, x0: x, top: 10, x1: x, bottom: 50)) }
        edges.append(RuleEdge(.horizontal, x0: 10, top: 10, x1: 48, bottom: 10))
        edges.append(RuleEdge(.horizontal, x0: 50, top: 10, x1: 90, bottom: 10))
        edges.append(RuleEdge(.horizontal, x0: 10, top: 30, x1: 90, bottom: 30))
        edges.append(RuleEdge(.horizontal, x0: 10, top: 50, x1: 90, bottom: 50))
        edges.append(RuleEdge(.horizontal, x0: 60, top: 40, x1: 62, bottom: 40))
        let merged = LatticeFinder.mergedEdges(edges)
        #expect(merged.filter { $0.orientation == .vertical }.map(\.x0) == [10.25, 50, 90])
        #expect(merged.filter { $0.orientation == .horizontal }.count == 3)
        let cells = LatticeFinder.cells(from: merged)
        #expect(cells.count == 4)
        #expect(cells.first == Box(x0: 10.25, top: 10, x1: 50, bottom: 30))
    }

    @Test func theTraceReaderAppliesTransformsAndDropsTheStrokeOfBoldText() {
        let trace = """
            <page number="3" mediabox="0 0 595 842">
            <fill_text transform="1 0 0 -1 0 842">
            <span trm="10 0 0 10">
            <g unicode="&lt;" x="100" y="700" adv=".5"/>
            <g unicode="合" x="105" y="700" adv="1"/>
            </span>
            </fill_text>
            <stroke_text transform="1 0 0 -1 0 842">
            <span trm="10 0 0 10">
            <g unicode="&lt;" x="100" y="700" adv=".5"/>
            <g unicode="合" x="105" y="700" adv="1"/>
            </span>
            </stroke_text>
            <stroke_path transform="1 0 0 -1 0 842">
            <moveto x="50" y="750"/>
            <lineto x="300" y="750"/>
            </stroke_path>
            <clip_path transform="1 0 0 -1 0 842">
            <moveto x="0" y="0"/>
            <lineto x="595" y="0"/>
            </clip_path>
            </page>
            """
        let page = MuPDFTrace.pages(from: Data(trace.utf8))[0]
        #expect(page.glyphs.map(\.text) == ["<", "合"])
        let glyph = page.glyphs[1]
        #expect(glyph.baseline == 142 && glyph.size == 10 && glyph.x0 == 105 && glyph.x1 == 115)
        #expect(abs(glyph.bottom - 143.2) < 1e-9 && abs(glyph.top - 133.2) < 1e-9)
        #expect(page.edges == [RuleEdge(.horizontal, x0: 50, top: 92, x1: 300, bottom: 92)])
    }

    /// The loader reads mutool's output while mutool prints it, in pieces that end anywhere —
    /// inside an element, inside a multi-byte character: the pages are the same as read whole.
    @Test func aTraceReadInPiecesIsTheTraceReadWhole() throws {
        let url = Fixture.root.appendingPathComponent("Tests/JuesuanCoreTests/Fixtures/grids/shanghai-p8.trace.xml")
        let data = try Data(contentsOf: url)
        let whole = MuPDFTrace.pages(from: data)
        for size in [1, 7, 4096] {
            var stream = MuPDFTrace.Stream()
            var start = data.startIndex
            while start < data.endIndex {
                let end = min(start + size, data.endIndex)
                stream.read(data[start..<end])
                start = end
            }
            let pieces = stream.finish()
            #expect(pieces.map(\.glyphs) == whole.map(\.glyphs), "pieces of \(size) bytes")
            #expect(pieces.map(\.edges) == whole.map(\.edges), "pieces of \(size) bytes")
        }
        #expect(whole.first?.glyphs.count == 470)  // the fixture's <g> elements, all in fill_text (grep -c)
    }
}
