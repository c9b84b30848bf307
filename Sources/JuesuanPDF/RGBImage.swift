import CZlib
import Foundation

/// An 8-bit RGB picture: what `pdftoppm` renders (PPM), outlined in place and written as PNG.
public struct RGBImage: Sendable {
    public var width: Int
    public var height: Int
    /// Row by row, three bytes a pixel.
    public var pixels: [UInt8]

    /// Reads a binary PPM (`P6`, maximum value 255), as `pdftoppm` writes it.
    public init?(ppm data: Data) {
        let bytes = [UInt8](data)
        var index = 0
        func token() -> Int? {
            // Fields are separated by whitespace; `#` starts a comment to the end of the line.
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "#") {
                    while index < bytes.count, bytes[index] != 10 { index += 1 }
                } else if [9, 10, 13, 32].contains(bytes[index]) {
                    index += 1
                } else {
                    break
                }
            }
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return Int(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        guard bytes.starts(with: Array("P6".utf8)) else { return nil }
        index = 2
        guard let width = token(), let height = token(), token() == 255, index < bytes.count else { return nil }
        index += 1  // the one whitespace byte before the pixels
        guard bytes.count - index >= width * height * 3 else { return nil }
        self.width = width
        self.height = height
        pixels = Array(bytes[index..<(index + width * height * 3)])
    }

    /// Draws a rectangle's outline, `thickness` pixels wide inside its edges, clipped to the picture.
    public mutating func outline(left: Int, top: Int, right: Int, bottom: Int, thickness: Int = 3, color: (UInt8, UInt8, UInt8) = (220, 0, 0)) {
        func paint(_ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            let offset = (y * width + x) * 3
            pixels[offset] = color.0
            pixels[offset + 1] = color.1
            pixels[offset + 2] = color.2
        }
        for step in 0..<thickness {
            for x in left...max(left, right) {
                paint(x, top + step)
                paint(x, bottom - step)
            }
            for y in top...max(top, bottom) {
                paint(left + step, y)
                paint(right - step, y)
            }
        }
    }

    /// The picture as a PNG file: 8-bit RGB, no filter, zlib-compressed.
    public func png() -> Data {
        var raw = [UInt8]()
        raw.reserveCapacity(height * (width * 3 + 1))
        for row in 0..<height {
            raw.append(0)  // filter type None
            raw += pixels[(row * width * 3)..<((row + 1) * width * 3)]
        }
        var compressedSize = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedSize))
        let status = compress2(&compressed, &compressedSize, raw, uLong(raw.count), 9)
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")  // only on exhausted memory
        compressed.removeLast(compressed.count - Int(compressedSize))

        var header = [UInt8]()
        for value in [UInt32(width), UInt32(height)] { header += Self.bigEndian(value) }
        header += [8, 2, 0, 0, 0]  // depth 8, colour type RGB, deflate, no filter, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += Self.chunk("IHDR", header) + Self.chunk("IDAT", compressed) + Self.chunk("IEND", [])
        return Data(png)
    }

    static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + body
        let crc = typed.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        return bigEndian(UInt32(body.count)) + typed + bigEndian(crc)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
