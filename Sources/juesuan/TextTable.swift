/// Rows of text printed as aligned columns for a terminal, or as CSV.
///
/// Alignment counts display columns, not characters: a CJK character or a full-width
/// form takes two columns in a terminal, so 行政运行 is 8 wide, not 4.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// Columns separated by two spaces, padded to the widest cell; numbers right-aligned.
    func aligned() -> String {
        let all = [header] + rows
        let count = all.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in all.map { column < $0.count ? Self.width($0[column]) : 0 }.max() ?? 0 }
        let numeric = (0..<count).map { column in
            rows.allSatisfy { column >= $0.count || $0[column].isEmpty || Double($0[column]) != nil }
        }
        return all.map { row in
            (0..<count).map { column in
                let cell = column < row.count ? row[column] : ""
                let pad = String(repeating: " ", count: widths[column] - Self.width(cell))
                return numeric[column] ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
    func csv() -> String {
        ([header] + rows).map { row in
            row.map { field in
                guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: ",")
        }.joined(separator: "\n")
    }

    /// Terminal columns a text takes: 2 for East Asian wide and full-width characters, 0 for combining marks.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: total
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                total + 2
            default: total + 1
            }
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
