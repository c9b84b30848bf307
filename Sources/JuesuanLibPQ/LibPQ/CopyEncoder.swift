/// Encodes rows in the text format of PostgreSQL's `COPY … FROM STDIN`.
///
/// Fields are separated by a tab and rows end with a newline; NULL is `\N`; backslash, tab,
/// newline and carriage return inside values are backslash-escaped so every value round-trips.
public enum CopyEncoder {
    /// Encodes one row as one line of COPY text, including the trailing newline.
    public static func encode(_ row: [String?]) -> String {
        var bytes: [UInt8] = []
        append(row, to: &bytes)
        // The bytes are valid UTF-8: only ASCII bytes are escaped and the rest is copied unchanged.
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one encoded row to a byte buffer, the form `Connection.copyIn` sends to libpq.
    public static func append(_ row: [String?], to buffer: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 {
                buffer.append(UInt8(ascii: "\t"))
            }
            guard let field else {
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "N"))
                continue
            }
            // Escaping byte by byte is safe for UTF-8: bytes of multi-byte characters are all >= 0x80.
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\t"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "t"))
                case UInt8(ascii: "\n"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"):
                    buffer.append(UInt8(ascii: "\\"))
                    buffer.append(UInt8(ascii: "r"))
                default:
                    buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }
}
