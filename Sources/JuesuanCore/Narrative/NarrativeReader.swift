/// Reads facts stated in the narrative (第三部分) that no table holds.
///
/// Extraction is pattern-based on the template's fixed phrasing. Text is first
/// normalised (wrap spaces removed, half-width brackets and commas made full-width),
/// so 万元 / 元 and either punctuation width read the same. An item that looks like a
/// stated figure but does not match is returned as `UnparsedStatement`.
struct NarrativeReader {
    let lines: ReportLines
    /// Coded rows of the report's tables, to resolve 类 / 款 / 项 names to codes.
    let tables: [ParsedTable]

    /// The numbered items of 五(三) 一般公共预算财政拨款支出决算具体情况 (the central template
    /// titles it 财政拨款支出决算具体情况).
    func budgetExecution() -> ([BudgetExecutionLine], [UnparsedStatement]) {
        let section = "一般公共预算财政拨款支出决算具体情况"
        // (Only a line whose key may end with 况 can end with it: the others are not keyed.)
        guard let start = lines.lines.lastIndex(where: { TextNormalizer.keyMayEnd($0, with: "况") && TextNormalizer.key($0).hasSuffix("财政拨款支出决算具体情况") }) else {
            return ([], [])
        }
        var items: [(text: String, index: Int)] = []
        for index in (start + 1)..<lines.lines.count {
            let text = Self.normalized(lines.lines[index])
            if text.isEmpty { continue }
            if Self.isHeading(text) { break }
            if text.mayStart(with: "0123456789"), text.prefixMatch(of: Patterns.itemStart) != nil {
                items.append((text, index))
            } else if !items.isEmpty {
                items[items.count - 1].text += text  // the item wrapped onto the next paragraph
            }
        }
        var parsed: [BudgetExecutionLine] = []
        var unparsed: [UnparsedStatement] = []
        let names = subjectNames()
        for item in items {
            if let line = parse(item.text, at: lines.location(item.index), names: names) {
                parsed.append(line)
            } else {
                unparsed.append(UnparsedStatement(section: section, text: item.text, location: lines.location(item.index)))
            }
        }
        return (parsed, unparsed)
    }

    /// "N. X（类）Y（款）Z（项）年初预算为A万元，支出决算为B万元，完成年初预算的C%。…原因…".
    ///
    /// Names may hold brackets of their own (政府办公厅（室）…), so the text is cut at the
    /// （类） / （款） / （项） markers before the figures are matched.
    private func parse(_ text: String, at location: SourceLocation, names subjects: SubjectNames) -> BudgetExecutionLine? {
        guard let number = NarrativeFigureReader.itemNumber(text), let ord = Int(number.digits) else { return nil }
        // Plain text is searched and matched on its bytes (`PlainScanner`), any other by Foundation and the pattern.
        let plain = PlainScanner.isPlain(text)
        // A Substring keeps its base string, and `^` would anchor there: cut copies instead.
        var rest = text[number.end...]
        var names: [String] = []
        for marker in ["（类）", "（款）", "（项）"] {
            guard let range = Self.range(of: marker, in: rest, plain: plain) else { return nil }
            names.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        // Some provinces describe the 项 before its figures (（项）。主要用于：…。年初预算为…).
        if let start = Self.range(of: "年初预算", in: rest, plain: plain) { rest = rest[start.lowerBound...] }
        guard let figures = plain ? Self.figuresByBytes(String(rest)) : Self.figures(String(rest)), let budget = Amount(figures.budget),
            let actual = Amount(figures.actual), figures.unit == figures.actualUnit
        else { return nil }
        let tail = figures.rest
        let reason = Self.range(of: "原因是：", in: tail[...], plain: plain).map { String(tail[$0.upperBound...]) } ?? tail
        return BudgetExecutionLine(
            ord: ord, code: Self.code(names[0], names[1], names[2], in: subjects), className: names[0], sectionName: names[1], itemName: names[2],
            budget: budget, actual: actual, unit: figures.unit, completionRate: figures.rate.flatMap { Amount($0) },
            reason: reason.trimmingWhitespace(), closing: tail.trimmingWhitespace(), location: location)
    }

    /// What `Patterns.figures` reads: the budget and its unit, the actual and its unit, the
    /// completion rate if stated, and the text after them.
    struct Figures: Equatable {
        var budget: String, unit: String, actual: String, actualUnit: String, rate: String?, rest: String
    }

    /// `Patterns.figures` at the start of a text.
    static func figures(_ text: String) -> Figures? {
        // The captures taken once: each `match.N` builds the whole output again.
        guard let output = text.prefixMatch(of: Patterns.figures)?.output else { return nil }
        return Figures(
            budget: String(output.1), unit: String(output.2), actual: String(output.3), actualUnit: String(output.4), rate: output.5.map(String.init),
            rest: String(output.6))
    }

    /// `figures` by `PlainScanner`, for plain text.
    static func figuresByBytes(_ text: String) -> Figures? {
        var copy = text
        return copy.withUTF8 { bytes in
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var scanner = PlainScanner(bytes: bytes, at: 0)
            return scanner.budgetFigures().map { found in
                Figures(
                    budget: string(found.budget), unit: string(found.unit), actual: string(found.actual), actualUnit: string(found.actualUnit),
                    rate: found.rate.map(string), rest: string(scanner.at..<bytes.count))
            }
        }
    }

    /// Where `word` first stands in `text`: in plain text (`PlainScanner.isPlain`) by its bytes,
    /// which is where Foundation's search finds it there; in any other by Foundation's.
    static func range(of word: String, in text: Substring, plain: Bool) -> Range<String.Index>? {
        guard plain else { return text.range(of: word) }
        var needle = word
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in needle.withUTF8 { UTF8Search.firstOffset(of: $0, in: bytes) } }
        guard let found else { return text.range(of: word) }  // (a bridged text: no bytes to search)
        let utf8 = text.utf8
        return found.map { offset in
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: word.utf8.count)
        }
    }

    /// The printed name of every code of the tables by 功能分类 (the first printed), compared
    /// `bare`, and the codes in order: gathered once for all the items.
    struct SubjectNames {
        var bareNames: [String: String] = [:]
        var codes: [String] = []
    }

    private func subjectNames() -> SubjectNames {
        var names: [String: String] = [:]
        for table in tables where table.table.spec.codeKind == .subject {
            for row in table.rows {
                if let code = row.code, names[code] == nil { names[code] = row.label }
            }
        }
        return SubjectNames(bareNames: names.mapValues(Self.bare), codes: names.keys.sorted())
    }

    /// The 项 code whose name, its 款's and its 类's match the stated names (a trailing 支出 aside).
    private static func code(_ className: String, _ sectionName: String, _ itemName: String, in subjects: SubjectNames) -> String? {
        let (className, sectionName, itemName) = (bare(className), bare(sectionName), bare(itemName))
        func same(_ code: String, _ name: String) -> Bool { subjects.bareNames[code] == name }
        return subjects.codes.first { code in
            code.count == 7 && same(code, itemName) && same(String(code.prefix(5)), sectionName) && same(String(code.prefix(3)), className)
        }
    }

    /// A name compared without a trailing 支出 and with brackets folded.
    static func bare(_ name: String) -> String {
        var key = TextNormalizer.key(name)
        if key.hasSuffix("支出") { key.removeLast(2) }
        return key
    }

    /// Whether a line is the next heading (六、…, （四）…, 第四部分).
    static func isHeading(_ text: String) -> Bool {
        guard text.mayStart(with: "一二三四五六七八九十（第") else { return false }
        guard PlainScanner.isPlain(text) else { return text.prefixMatch(of: Patterns.heading) != nil }
        var text = text
        return text.withUTF8 { bytes in
            var scanner = PlainScanner(bytes: bytes, at: 0)
            return scanner.heading()
        }
    }

    /// Wrap spaces removed, brackets, commas, colons and the percent sign made full-width where the template uses them.
    static func normalized(_ line: String) -> String {
        if let fast = normalizedSingleScalarText(line) { return fast }
        var text = TextNormalizer.cellText(line)
        for (half, full) in [("(", "（"), (")", "）"), (",", "，"), (":", "："), (";", "；")] {
            text = text.replacingOccurrences(of: half, with: full)
        }
        // A thousands separator turned into a full-width comma between digits is put back — each of
        // them: the three digits after it are looked ahead at, not taken, so in 165,000,000.00 the
        // second separator's digit before it is still there to match.
        text = text.replacing(Patterns.separator) { "\($0.1)," }
        return text.replacingOccurrences(of: "％", with: "%")
    }

    /// `normalized` on the UTF-8 bytes, for text whose characters are all single isolated scalars
    /// (see `TextNormalizer.isIsolatedScalar`), where replacing a character and replacing its
    /// scalar's bytes are the same; nil otherwise. One pass: every comma between a digit and three
    /// more is the thousands separator put back, the digit before it possibly the last of the
    /// previous separator's three (165,000,000.00), as `normalized` puts them back (a digit is one
    /// byte, the same in the text and the output).
    static func normalizedSingleScalarText(_ line: String) -> String? {
        guard var cell = TextNormalizer.cellTextOfSingleScalarText(line) else { return nil }
        // Most lines have nothing to change: they are kept as they are, without a copy.
        guard cell.withUTF8(Self.normalizingChanges) else { return cell }
        return cell.withUTF8 { bytes in
            // Each ASCII mark grows from one byte to three: the output is at most three times as long.
            String(unsafeUninitializedCapacity: max(bytes.count * 3, 1)) { out in
                var count = 0
                func write(_ scalar: Unicode.Scalar) {
                    for byte in UTF8.encode(scalar)! {
                        out[count] = byte
                        count += 1
                    }
                }
                var index = 0
                while index < bytes.count {
                    let (value, length) = TextNormalizer.scalar(at: index, in: bytes)
                    index += length
                    switch value {
                    case 0x2C, 0xFF0C:  // , ，
                        if count >= 1, out[count - 1].isASCIIDigit, index + 3 <= bytes.count,
                            bytes[index..<(index + 3)].allSatisfy(\.isASCIIDigit)
                        {
                            write(",")
                            for _ in 0..<3 {
                                out[count] = bytes[index]
                                count += 1
                                index += 1
                            }
                        } else {
                            write("，")
                        }
                    case 0x28: write("（")
                    case 0x29: write("）")
                    case 0x3A: write("：")
                    case 0x3B: write("；")
                    case 0xFF05: write("%")  // ％
                    default:
                        for offset in (index - length)..<index {
                            out[count] = bytes[offset]
                            count += 1
                        }
                    }
                }
                return count
            }
        }
    }

    /// Whether `normalizedSingleScalarText` may change these bytes: they hold a half-width mark it
    /// widens, a ％, or a comma between a digit and three more (which may be a separator put back).
    static func normalizingChanges(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"):
                return true
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC:
                if bytes[index + 2] == 0x85 { return true }  // ％
                if bytes[index + 2] == 0x8C, index >= 1, bytes[index - 1].isASCIIDigit, index + 5 < bytes.count,
                    bytes[(index + 3)...(index + 5)].allSatisfy(\.isASCIIDigit)
                {
                    return true  // ，between digits
                }
            default:
                break
            }
        }
        return false
    }

    /// The patterns, built once (a regex literal is compiled again at every evaluation).
    enum Patterns {
        /// "12." starts an item; "0.8%" (a rate wrapped onto the next line) does not.
        nonisolated(unsafe) static let itemStart = #/^[0-9]+[.．、](?![0-9])/#
        nonisolated(unsafe) static let figures =
            #/^年初预算为?([0-9,.]+)(万元|元)，支出决算为([0-9,.]+)(万元|元)(?:，完成年初预算的([0-9.]+)%)?[。，；]?(.*)$/#
        nonisolated(unsafe) static let heading = #/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/#
        nonisolated(unsafe) static let separator = #/([0-9])，(?=[0-9]{3})/#
    }
}
