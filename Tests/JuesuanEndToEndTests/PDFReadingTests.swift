import Foundation
import JuesuanCore
import JuesuanPDF
import Testing

/// The published Shanghai report (PDF) through MuPDF and the layout rebuild (its drawn grids).
///
/// Expected rows are written from the printed PDF; these tests hold the rebuilt text itself,
/// ShanghaiPDFTests the tables loaded from it.
@Suite struct PDFReadingTests {
    static let shanghai = Warehouse.reports.appendingPathComponent("shanghai-putuo-finance-bureau-2024-final-accounts.pdf").path

    static func page(_ number: Int) throws -> [String] {
        try PDFLayout.lines(from: PDFTrace.pages(of: shanghai)).filter { $0.page == number && $0.line > 0 }.map(\.text)
    }

    @Test func rebuilds公开01() throws {
        let lines = try Self.page(6) + Self.page(7)
        #expect(lines.contains("一、一般公共预算财政拨款收入\t2,940.05\t一、一般公共服务支出\t2,106.66"))
        #expect(lines.contains("八、其他收入\t6.20\t八、社会保障和就业支出\t326.71"))
        #expect(lines.contains("\t\t九、卫生健康支出\t60.99"))
        #expect(lines.contains("\t\t二十六、抗疫特别国债安排的支出\t"))
        #expect(lines.contains("本年收入合计\t2,946.25\t本年支出合计\t2,940.05"))
        #expect(lines.contains("年初结转和结余\t49.14\t年末结转和结余\t55.34"))
        #expect(lines.contains("总计\t2,995.39\t总计\t2,995.39"))
    }

    @Test func rebuilds公开03WhoseAmountsPrintOffTheirRow() throws {
        let lines = try Self.page(10)
        #expect(lines.contains("\t\t\t合计\t2,940.05\t2,336.91\t603.14\t\t\t"))
        #expect(lines.contains("201\t06\t01\t行政运行\t1,511.89\t1,503.52\t8.37\t\t\t"))
        #expect(lines.contains("201\t06\t07\t信息化建设\t135.25\t\t135.25\t\t\t"))
        // The name wrapped around its code line is put back together.
        #expect(lines.contains("208\t05\t05\t机关事业单位基本养老保险缴费支出\t160.75\t160.75\t\t\t\t"))
    }

    @Test func rebuilds公开05() throws {
        let lines = try Self.page(15)
        #expect(lines.contains("201\t\t\t一般公共服务支出\t2,106.66\t1,503.52\t603.14"))
        #expect(lines.contains("208\t05\t06\t机关事业单位职业年金缴费支出\t80.38\t80.38\t"))
        #expect(lines.contains("\t\t\t合计\t2,940.05\t2,336.91\t603.14"))
    }

    @Test func aPDFWithoutTextIsRefusedByTheLoader() throws {
        // A valid one-page PDF with no text layer, named .txt: the kind comes from the content.
        let pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        let path = try CommandLineTests.temporaryFile(Data(pdf.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }  // a leftover temp file harms nothing
        try Warehouse.with { warehouse in
            let run = try CommandLineTests.run(["load", path, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("error: \(path): the PDF has no text layer; OCR is not supported (expected a PDF with text)\n"))
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["0"])
        }
    }
}
