import Foundation
import JuesuanCore

/// Reads a report file of either kind: text with tab-separated tables, or a PDF with a
/// text layer. The kind is told from the content (`%PDF-`), not the file name.
public enum ReportReader {
    /// Parses the report at `path`.
    ///
    /// - Parameter mutool: MuPDF's mutool, to read a PDF with; nil looks in the usual places.
    /// - Throws: `ParseError` naming the file (and the line, or the page and line of a PDF).
    public static func read(_ path: String, mutool: String? = nil) throws(ParseError) -> Report {
        let data = try ReportFile.read(path)
        guard data.starts(with: Array("%PDF-".utf8)) else { return try ReportParser.parse(file: path, data: data) }
        let pages = try PDFTrace.pages(of: path, program: mutool)
        return try ReportParser.parse(file: path, pdfLines: PDFLayout.lines(from: pages), sha256: SHA256.hex(data))
    }
}

/// The positioned words of a PDF's text layer, from poppler's `pdftotext -tsv`.
public enum PDFText {
    /// Where pdftotext usually is.
    static let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]

    /// Runs `pdftotext -q -tsv FILE -` and reads its words.
    ///
    /// - Throws: `ParseError` when pdftotext is not installed or cannot read the file.
    /// - Parameter program: the pdftotext to run, before the usual places.
    /// - Parameter pages: only these pages (all when nil).
    public static func words(of path: String, pages: ClosedRange<Int>? = nil, program explicit: String? = nil) throws(ParseError) -> [PDFWord] {
        let programs = [explicit].compactMap { $0 } + candidates
        guard let program = programs.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ParseError(
                file: path, line: nil, message: "reading a PDF needs pdftotext (Debian package poppler-utils); it was not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-q", "-tsv"] + (pages.map { ["-f", String($0.lowerBound), "-l", String($0.upperBound)] } ?? []) + [path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ParseError(file: path, line: nil, message: "cannot run \(program): \(error.localizedDescription)")
        }
        // Read to the end before waiting: a full pipe would otherwise block pdftotext forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ParseError(
                file: path, line: nil, message: "pdftotext could not read the PDF (exit status \(process.terminationStatus)); expected a valid PDF")
        }
        return PDFWord.words(fromTSV: String(decoding: data, as: UTF8.self)).words
    }
}
