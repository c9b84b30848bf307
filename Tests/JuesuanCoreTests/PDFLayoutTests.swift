import Foundation
import JuesuanCore
import Testing

/// Rebuilding table text from positioned words, on words written for the purpose.
@Suite struct PDFLayoutTests {
    static func word(_ text: String, _ left: Double, _ y: Double, page: Int = 1) -> PDFWord {
        PDFWord(page: page, left: left, right: left + Double(text.count) * 6, y: y, text: text)
    }

    @Test func rebuildsATableWithEmptyCellsAndDigitsOffTheBaseline() {
        // Digits print 4.5 pt above their labels (broken font metrics), one cell is empty.
        let words = [
            Self.word("收入支出决算总表", 100, 50),
            Self.word("项目", 20, 80), Self.word("决算数", 200, 80), Self.word("项目", 300, 80), Self.word("决算数", 480, 80),
            Self.word("一、一般公共预算财政拨款收入", 20, 100), Self.word("2,940.05", 200, 95.5),
            Self.word("一、一般公共服务支出", 300, 100), Self.word("2,106.66", 480, 95.5),
            Self.word("二、外交支出", 300, 117), Self.word("本年收入合计", 20, 134), Self.word("2,946.25", 200, 129.5),
            Self.word("本年支出合计", 300, 134), Self.word("2,940.05", 480, 129.5),
        ]
        let lines = PDFLayout.lines(from: words).map(\.text)
        #expect(
            lines == [
                "收入支出决算总表", "项目\t决算数\t项目\t决算数", "一、一般公共预算财政拨款收入\t2,940.05\t一、一般公共服务支出\t2,106.66",
                "\t\t二、外交支出\t", "本年收入合计\t2,946.25\t本年支出合计\t2,940.05",
            ])
    }

    @Test func aPDFWithNoTextIsRefused() {
        #expect(
            throws: ParseError(
                file: "scan.pdf", line: nil, message: "the PDF has no text layer; OCR is not supported (expected a PDF with text)")
        ) {
            try ReportParser.parse(file: "scan.pdf", pdfLines: [PageLine(page: 1, line: 0, text: "")], sha256: "")
        }
    }
}
