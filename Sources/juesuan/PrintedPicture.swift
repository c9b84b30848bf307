import ArgumentParser
import Foundation
import JuesuanCore
import JuesuanPDF

/// The `--png` of `trace` and `show`: the region of the printed page that holds some cells or a
/// table, rendered from the PDF the document was loaded from, the cells outlined.
///
/// A PDF document's amounts are outlined where the loader read them (the boxes stored with the
/// facts); a table, or a document loaded before boxes were stored, is found by its printed lines,
/// which MuPDF (`mutool trace`) reads again. The file must be the one loaded (its SHA-256).
struct PrintedPicture {
    var sourceFile: String
    var sha256: String
    var page: Int

    /// Space around what is pictured, in points.
    static let margin = 14.0

    /// A cell to find on the page: its printed line and text.
    struct Cell {
        var line: Int
        var text: String
    }

    /// Writes the printed row of amounts whose boxes the warehouse stored when it loaded them,
    /// each outlined, the crop as wide as the table (`across`) so that the row's name shows.
    /// Nothing is matched by text: the boxes are where the loader read the amounts.
    func write(boxes: [Box], across: ClosedRange<Double>?, to file: String) throws -> String {
        let pdf = try loadedCopy()
        defer { try? FileManager.default.removeItem(atPath: pdf) }  // a leftover temp copy harms nothing
        guard let first = boxes.first else { throw RuntimeFailure("\(sourceFile): no printed amount to picture on page \(page)") }
        let region = boxes.dropFirst().reduce(first) { $0.union($1) }
        let row = Box(x0: across?.lowerBound ?? region.x0, top: region.top, x1: across?.upperBound ?? region.x1, bottom: region.bottom)
        return try render(pdf, row.expanded(by: Self.margin), outlined: boxes, to: file)
    }

    /// Writes the region of the page's `lines`, each of `cells` outlined (found by their text on
    /// those lines, for documents loaded before boxes were stored); returns what was written.
    func write(lines: ClosedRange<Int>, cells: [Cell], to file: String) throws -> String {
        let pdf = try loadedCopy()
        defer { try? FileManager.default.removeItem(atPath: pdf) }  // a leftover temp copy harms nothing
        let words: [PDFWord]
        do {
            words = try PDFTrace.pages(of: pdf, pages: page...page, program: Configuration.mutool).filter { $0.number == page }
                .flatMap(PDFWord.words(on:))
        } catch {
            throw RuntimeFailure(error.description)
        }
        var used: [PDFWord] = []
        var boxes: [Box] = []
        var region = Box(around: lines.flatMap { PDFLayout.printedLine($0, of: words) })
        for cell in cells {
            // A row printed over several lines keeps the number of its first: look there, then nearby.
            for line in [cell.line, cell.line + 1, cell.line - 1, cell.line + 2, cell.line - 2] {
                let printed = PDFLayout.printedLine(line, of: words)
                guard let word = printed.first(where: { $0.text == cell.text && !used.contains($0) }) else { continue }
                used.append(word)
                // A word's box is the font's whole size; the printed digits fill its middle.
                if let box = Box(around: [word]).map({ $0.middle(fraction: 0.7) }) {
                    boxes.append(box)
                    region = region.map { $0.union(box) } ?? box
                }
                break
            }
        }
        guard let region else { throw RuntimeFailure("\(sourceFile): nothing printed on page \(page), lines \(lines)") }
        return try render(pdf, region.expanded(by: Self.margin), outlined: boxes, to: file)
    }

    /// A private copy of the file, which must be the one loaded: the bytes hashed are the bytes
    /// drawn, whatever happens to the file meanwhile. The caller removes it.
    private func loadedCopy() throws -> String {
        guard let data = FileManager.default.contents(atPath: sourceFile) else {
            throw RuntimeFailure("\(sourceFile): not found; --png renders the PDF the document was loaded from (run it where it was loaded)")
        }
        guard SHA256.hex(data) == sha256 else {
            throw RuntimeFailure("\(sourceFile) has changed since it was loaded; load it again before picturing it")
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-picture-\(UUID().uuidString).pdf").path
        guard FileManager.default.createFile(atPath: copy, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw RuntimeFailure("\(copy): cannot write a private copy of \(sourceFile) to picture")
        }
        return copy
    }

    private func render(_ pdf: String, _ region: Box, outlined boxes: [Box], to file: String) throws -> String {
        // The crop's sides on whole pixels, so that the size printed is the picture's size.
        let scale = PagePicture.scale
        let crop = Box(
            x0: (region.x0 * scale).rounded(.down) / scale, top: (region.top * scale).rounded(.down) / scale,
            x1: (region.x1 * scale).rounded(.up) / scale, bottom: (region.bottom * scale).rounded(.up) / scale)
        let size: (png: Data, width: Int, height: Int)
        do {
            size = try PagePicture.render(pdf: pdf, page: page, crop: crop, outlined: boxes, program: Configuration.pdftoppm)
        } catch {
            throw RuntimeFailure(error.description)
        }
        try OutputFile.write(size.png, to: file)
        let outlined = boxes.map(\.description).joined(separator: ", ")
        return "wrote \(file) (\(size.width)×\(size.height) px): \(sourceFile) page \(page), \(crop)"
            + (boxes.isEmpty ? "" : "; outlined \(outlined)")
    }
}
