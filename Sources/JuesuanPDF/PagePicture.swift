import Foundation
import JuesuanCore

/// A box on a printed page, in PDF points from the page's top-left corner.
public struct PageBox: Sendable, Equatable, CustomStringConvertible {
    public var left: Double
    public var top: Double
    public var right: Double
    public var bottom: Double

    public init(left: Double, top: Double, right: Double, bottom: Double) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    /// The box around some words; nil for none.
    public init?(around words: [PDFWord]) {
        guard let first = words.first else { return nil }
        self.init(left: first.left, top: first.top, right: first.right, bottom: first.bottom)
        for word in words.dropFirst() { self = union(PageBox(left: word.left, top: word.top, right: word.right, bottom: word.bottom)) }
    }

    public func union(_ other: PageBox) -> PageBox {
        PageBox(left: min(left, other.left), top: min(top, other.top), right: max(right, other.right), bottom: max(bottom, other.bottom))
    }

    public func expanded(by margin: Double) -> PageBox {
        PageBox(left: left - margin, top: top - margin, right: right + margin, bottom: bottom + margin)
    }

    /// The box cut to a fraction of its height, about its vertical middle.
    public func middle(fraction: Double) -> PageBox {
        let half = (bottom - top) * fraction / 2
        let centre = (top + bottom) / 2
        return PageBox(left: left, top: centre - half, right: right, bottom: centre + half)
    }

    public func contains(_ other: PageBox) -> Bool {
        other.left >= left && other.top >= top && other.right <= right && other.bottom <= bottom
    }

    public var description: String {
        String(format: "(%.1f, %.1f)–(%.1f, %.1f) pt", left, top, right, bottom)
    }
}

/// A picture of a region of a PDF page, rendered by poppler's `pdftoppm`, with boxes outlined.
public enum PagePicture {
    /// Pixels a PDF point: 2 (144 dpi), sharp enough to read a cell, small enough to mail.
    public static let scale = 2.0

    /// Where pdftoppm usually is.
    static let candidates = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm", "/opt/homebrew/bin/pdftoppm"]

    /// A picture that could not be made, said in one line.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Renders `crop` of a page of `pdf`, outlines each box of `outlined` and writes a PNG.
    ///
    /// - Returns: the picture's size in pixels.
    public static func write(
        pdf: String, page: Int, crop: PageBox, outlined: [PageBox], to file: String, program explicit: String? = nil
    ) throws(Failure) -> (width: Int, height: Int) {
        let programs = [explicit].compactMap { $0 } + candidates
        guard let program = programs.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "a picture needs pdftoppm (Debian package poppler-utils); it was not found")
        }
        let pixel = { (points: Double) in Int((points * scale).rounded()) }
        let left = max(0, pixel(crop.left))
        let top = max(0, pixel(crop.top))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        // No output root: pdftoppm writes the PPM to standard output.
        process.arguments = [
            "-f", String(page), "-l", String(page), "-r", String(Int(72 * scale)), "-x", String(left), "-y", String(top),
            "-W", String(pixel(crop.right) - left), "-H", String(pixel(crop.bottom) - top), "-singlefile", pdf,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(program): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, var image = RGBImage(ppm: data) else {
            throw Failure(description: "\(pdf): pdftoppm could not render page \(page) (exit status \(process.terminationStatus))")
        }
        for box in outlined {
            // A little clear of the word, so that the outline does not cross its digits.
            let around = box.expanded(by: 2)
            image.outline(left: pixel(around.left) - left, top: pixel(around.top) - top, right: pixel(around.right) - left, bottom: pixel(around.bottom) - top)
        }
        do {
            try image.png().write(to: URL(fileURLWithPath: file))
        } catch {
            throw Failure(description: "\(file): cannot write the picture: \(error.localizedDescription)")
        }
        return (image.width, image.height)
    }
}
