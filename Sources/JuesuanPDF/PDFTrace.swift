import Foundation
import JuesuanCore

/// The pages of a PDF as MuPDF draws them — glyphs and ruling lines, in one pass — from
/// `mutool trace` (Debian package mupdf-tools).
///
/// MuPDF was chosen over poppler and qpdf because one call of a maintained command gives both
/// what the grid needs (every painted path, so the ruling lines) and every glyph with its
/// position, already decoded from its font: poppler's command-line tools print words
/// (`pdftotext`) or pictures but not paths, and qpdf leaves fonts and text to its user.
public enum PDFTrace {
    static let tool = ExternalTool(name: "mutool", package: "mupdf-tools")

    /// The pages of `path` (all, or those of `pages`).
    ///
    /// - Parameter program: the mutool to run, before the usual places.
    /// - Throws: `ParseError` when mutool is not installed or cannot open the file.
    public static func pages(of path: String, pages: ClosedRange<Int>? = nil, program explicit: String? = nil) throws(ParseError) -> [PageContent] {
        let run: ExternalTool.Run
        do {
            run = try tool.run(["trace", path] + (pages.map { ["\($0.lowerBound)-\($0.upperBound)"] } ?? []), explicit: explicit, doing: "reading a PDF")
        } catch {
            throw ParseError(file: path, line: nil, message: error.description)
        }
        guard run.status == 0 else {
            throw ParseError(
                file: path, line: nil,
                message: "mutool could not read the PDF (exit status \(run.status)\(run.firstError.map { ": \($0)" } ?? "")); expected a valid PDF")
        }
        return MuPDFTrace.pages(from: run.output)
    }
}
