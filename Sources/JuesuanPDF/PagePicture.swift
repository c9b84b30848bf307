import Foundation
import JuesuanCore

extension Box {
    /// The box around some words; nil for none.
    public init?(around words: [PDFWord]) {
        guard let first = words.first else { return nil }
        self.init(x0: first.left, top: first.top, x1: first.right, bottom: first.bottom)
        for word in words.dropFirst() { self = union(Box(x0: word.left, top: word.top, x1: word.right, bottom: word.bottom)) }
    }

    public func expanded(by margin: Double) -> Box {
        Box(x0: x0 - margin, top: top - margin, x1: x1 + margin, bottom: bottom + margin)
    }

    /// The box cut to a fraction of its height, about its vertical middle.
    public func middle(fraction: Double) -> Box {
        let half = (bottom - top) * fraction / 2
        let centre = (top + bottom) / 2
        return Box(x0: x0, top: centre - half, x1: x1, bottom: centre + half)
    }
}

/// A picture of a region of a PDF page, rendered by poppler's `pdftoppm`, with boxes outlined.
public enum PagePicture {
    /// Pixels a PDF point: 2 (144 dpi), sharp enough to read a cell, small enough to mail.
    public static let scale = 2.0

    static let tool = ExternalTool(name: "pdftoppm", package: "poppler-utils")

    /// A picture that could not be made, said in one line.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Renders `crop` of a page of `pdf` and outlines each box of `outlined`.
    ///
    /// - Returns: the picture as PNG bytes, and its size in pixels.
    public static func render(
        pdf: String, page: Int, crop: Box, outlined: [Box], program explicit: String? = nil
    ) throws(Failure) -> (png: Data, width: Int, height: Int) {
        let pixel = { (points: Double) in Int((points * scale).rounded()) }
        let left = max(0, pixel(crop.x0))
        let top = max(0, pixel(crop.top))
        // No output root: pdftoppm writes the PPM to standard output.
        let arguments = [
            "-f", String(page), "-l", String(page), "-r", String(Int(72 * scale)), "-x", String(left), "-y", String(top),
            "-W", String(pixel(crop.x1) - left), "-H", String(pixel(crop.bottom) - top), "-singlefile", pdf,
        ]
        let run: ExternalTool.Run
        do {
            run = try tool.run(arguments, explicit: explicit, doing: "a picture")
        } catch {
            throw Failure(description: error.description)
        }
        guard run.status == 0, var image = RGBImage(ppm: run.output) else {
            throw Failure(description: "\(pdf): pdftoppm could not render page \(page) (exit status \(run.status))")
        }
        for box in outlined {
            // A little clear of the word, so that the outline does not cross its digits.
            let around = box.expanded(by: 2)
            image.outline(left: pixel(around.x0) - left, top: pixel(around.top) - top, right: pixel(around.x1) - left, bottom: pixel(around.bottom) - top)
        }
        return (image.png(), image.width, image.height)
    }
}
