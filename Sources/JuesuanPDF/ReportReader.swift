import Foundation
import JuesuanCore

/// Reads a report file of either kind: text with tab-separated tables, or a PDF with a
/// text layer. The kind is told from the content (`%PDF-`), not the file name.
public enum ReportReader {
    /// Parses the report at `path`.
    ///
    /// - Parameters:
    ///   - mutool: MuPDF's mutool, to read a PDF with; nil looks in the usual places.
    ///   - given: the identity the user gives, for a report that prints none.
    /// - Throws: `ParseError` naming the file (and the line, or the page and line of a PDF).
    public static func read(_ path: String, mutool: String? = nil, given: GivenIdentity = .none) throws(ParseError) -> Report {
        let data = try ReportFile.read(path)
        guard data.starts(with: Array("%PDF-".utf8)) else { return try ReportParser.parse(file: path, data: data, given: given) }
        let pages = try PDFTrace.pages(of: path, program: mutool)
        let words = pages.flatMap(PDFWord.words(on:))
        let grids = PDFLayout.grids(of: pages)
        return try ReportParser.parse(
            file: path, pdfLines: PDFLayout.lines(from: words, grids: grids), printed: PDFLayout.printedTables(grids, words: words),
            imagePages: pages.filter(\.isImageOnly).map(\.number), given: given, sha256: SHA256.hex(data))
    }
}
