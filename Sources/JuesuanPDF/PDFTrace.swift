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
    /// MuPDF reads past damage (a content stream with bytes written over it) and says so on its
    /// standard error, exiting 0: those errors are read, not dropped. A PDF with any error is
    /// refused, naming the damaged page, so that a damaged copy never replaces a good one.
    ///
    /// - Parameter program: the mutool to run, before the usual places.
    /// - Throws: `ParseError` when mutool is not installed, cannot open the file, or reports damage.
    public static func pages(of path: String, pages: ClosedRange<Int>? = nil, program explicit: String? = nil) throws(ParseError) -> [PageContent] {
        var stream = MuPDFTrace.Stream()
        let traceRun = try trace(path, pages: pages, explicit: explicit) { stream.read($0) }
        if traceRun.errorLines.contains(where: { $0.contains("cannot authenticate password") }) {
            throw ParseError(file: path, line: nil, message: "the PDF is encrypted and needs a password to open; expected a PDF that opens without one")
        }
        guard traceRun.status == 0 else {
            throw ParseError(
                file: path, line: nil,
                message: "mutool could not read the PDF (exit status \(traceRun.status)\(traceRun.firstError.map { ": \($0)" } ?? "")); expected a valid PDF")
        }
        let traced = stream.finish()
        guard traceRun.firstError != nil else { return traced }
        // Errors in opening the file (a broken cross-reference table) are repaired by MuPDF, which
        // reads the objects themselves; errors in drawing a page (a damaged content stream) are
        // not. `mutool pages` opens the file without drawing: what it says too is of the opening.
        let opening = Set(try run(["pages", path], explicit: explicit).errorLines)
        guard let error = traceRun.errorLines.first(where: { !opening.contains($0) }) else { return traced }
        // Which page: MuPDF's messages do not say, so the pages are traced one by one (only for a damaged file).
        var damaged: Int?
        for page in traced.map(\.number) where try trace(path, pages: page...page, explicit: explicit).errorLines.contains(where: { !opening.contains($0) }) {
            damaged = page
            break
        }
        throw ParseError(
            file: path, line: nil,
            message: "\(damaged.map { "page \($0): " } ?? "")the PDF is damaged (MuPDF: \(error.dropFirst("error: ".count))); expected an undamaged PDF")
    }

    private static func trace(
        _ path: String, pages: ClosedRange<Int>?, explicit: String?, reading consume: ((Data) -> Void)? = nil
    ) throws(ParseError) -> ExternalTool.Run {
        try run(["trace", path] + (pages.map { ["\($0.lowerBound)-\($0.upperBound)"] } ?? []), explicit: explicit, reading: consume)
    }

    private static func run(_ arguments: [String], explicit: String?, reading consume: ((Data) -> Void)? = nil) throws(ParseError) -> ExternalTool.Run {
        do {
            return try tool.run(arguments, explicit: explicit, doing: "reading a PDF", reading: consume)
        } catch {
            throw ParseError(file: arguments.count > 1 ? arguments[1] : "", line: nil, message: error.description)
        }
    }
}
