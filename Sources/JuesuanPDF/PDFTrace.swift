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
    /// Where mutool usually is.
    static let candidates = ["/usr/bin/mutool", "/usr/local/bin/mutool", "/opt/homebrew/bin/mutool"]

    /// The pages of `path` (all, or those of `pages`).
    ///
    /// - Parameter program: the mutool to run, before the usual places.
    /// - Throws: `ParseError` when mutool is not installed or cannot open the file.
    public static func pages(of path: String, pages: ClosedRange<Int>? = nil, program explicit: String? = nil) throws(ParseError) -> [PageContent] {
        let programs = [explicit].compactMap { $0 } + candidates
        guard let program = programs.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ParseError(file: path, line: nil, message: "reading a PDF needs mutool (Debian package mupdf-tools); it was not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["trace", path] + (pages.map { ["\($0.lowerBound)-\($0.upperBound)"] } ?? [])
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ParseError(file: path, line: nil, message: "cannot run \(program): \(error.localizedDescription)")
        }
        // Both pipes are read to their ends before waiting: a full pipe would block mutool.
        let stderr = Locked(Data())
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderr.set(errors.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: stderr.get(), as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("error") }
            throw ParseError(
                file: path, line: nil,
                message: "mutool could not read the PDF (exit status \(process.terminationStatus)\(said.map { ": \($0)" } ?? "")); expected a valid PDF")
        }
        return MuPDFTrace.pages(from: data)
    }
}

/// A value shared with the thread that drains a pipe.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ new: Value) { lock.withLock { value = new } }
}
