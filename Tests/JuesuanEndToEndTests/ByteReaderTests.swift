import Foundation
import JuesuanPDF
import Testing

@testable import JuesuanCore

/// The parser's text layer reads UTF-8 bytes (issue 15): the file split into lines on bytes,
/// cells and keys rewritten byte for byte, a byte test before each Foundation or `Regex` search
/// of the hot paths, numbers recognised on bytes. Each is compared here, value for value, with
/// the `Character`-based reading it replaced, on every line and every cell of every corpus file:
/// the seed, each PDF of Tests/Fixtures/reports as the layout rebuilds its lines, generated reports
/// and mutated seeds (combining marks, CR, NBSP, emoji, zero-width joiners, compatibility
/// ideographs, tags, full-width digits, BOM, CRLF, NUL and bytes that are not UTF-8).
@Suite struct ByteReaderTests {
    /// The words the parser tests for with `holds` before a slower search.
    static let needles: [StaticString] = [
        "年", "第", "表", "称", "单位", "部门", "公", "开", "单位:", "公开", "财决", "$", "\\geq", "\\leq", "\\%", "＝", "％", ">=", "<=",
        "况", "自评表", "年初预算数", "全年预算数", "一级指标", "资金", "拨款", "结转",
    ]

    // MARK: The readings replaced, kept as the reference

    /// How lines were split before: decoded as a whole, split on Unicode scalars, a CR before
    /// each LF dropped, a last empty line removed; the line of a NUL, else of the first line that
    /// is not UTF-8, as the error.
    static func referenceLines(_ data: Data) -> Result<[String], ReferenceError> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        func line(of offset: Data.Index) -> Int { bytes[bytes.startIndex..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
        if let nul = bytes.firstIndex(of: 0) { return .failure(.notText(line: line(of: nul))) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            return .failure(.notText(line: bad + 1))
        }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        if lines.last == "" { lines.removeLast() }
        return .success(lines)
    }

    enum ReferenceError: Error, Equatable {
        case notText(line: Int)
    }

    /// How a number cell was recognised before, on `Character`s.
    static func referenceIsNumber(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" || chars.first == "+" { chars = chars.dropFirst() }
        let parts = chars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return false }
        }
        let whole = parts[0]
        guard !whole.isEmpty else { return false }
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count), head.allSatisfy(\.isASCIIDigit) else { return false }
            return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
        }
        return whole.allSatisfy(\.isASCIIDigit)
    }

    // MARK: Inputs

    static let seed = Warehouse.root.appendingPathComponent("seeds/000_f428d76052f7ee41.txt")

    static var corpusPDFs: [String] {
        let folder = Warehouse.reports
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// Copies of the seed with insertions a real file may hold, in seeded random places.
    static func mutatedSeeds(_ seed: Data) -> [(name: String, data: Data)] {
        let inserts = [
            "\u{301}", "\u{A0}", "\u{3000}", "😀", "\u{200D}", "\u{302A}", "\r", "<br/>", "，", "１２３", "\t", "e\u{301}", "\u{2003}",
            "“", "（", "）", "...", "……", "年", "第一部分", "2023年度", "\u{F98E}", "\u{2F800}", "1,234.50", "-0.00", "+7", "单位：元",
            "公开05表", "\u{FEFF}", "\r\n", "≥ 90 %",
        ]
        let text = String(decoding: seed, as: UTF8.self)
        var state: UInt64 = 15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var copies: [(String, Data)] = []
        for copy in 0..<24 {
            var lines = text.components(separatedBy: "\n")
            for _ in 0..<(40 + next(200)) {
                let index = next(lines.count)
                var scalars = Array(lines[index].unicodeScalars)
                scalars.insert(contentsOf: inserts[next(inserts.count)].unicodeScalars, at: next(scalars.count + 1))
                lines[index] = String(String.UnicodeScalarView(scalars))
            }
            var bytes = Array(lines.joined(separator: copy % 3 == 0 ? "\r\n" : "\n").utf8)
            if copy % 4 == 1 { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
            if copy % 5 == 2 { bytes.append(contentsOf: [0x0A, 0x0D]) }  // a lone CR after the last line end
            if copy == 7 { bytes.insert(0, at: bytes.count / 2) }
            if copy == 11 { bytes.insert(0xFF, at: bytes.count / 3) }
            copies.append(("mutated seed \(copy)", Data(bytes)))
        }
        return copies
    }

    /// Reports from the benchmark's generator, which varies rows and recomputes totals.
    static func generatedReports() throws -> [(name: String, data: Data)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-bytes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Warehouse.root.appendingPathComponent("Benchmarks/generate_corpus.py").path, "--count", "6", "--random-seed", "5",
            "--out", folder.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    // MARK: Comparisons

    /// The differences between the byte readings and the reference on each line and cell.
    static func differences(in lines: [String]) -> [String] {
        var found: [String] = []
        for (index, line) in lines.enumerated() {
            let cells = TextNormalizer.tabCells(line)
            if cells != line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false).map({ String(String.UnicodeScalarView($0)) }) {
                found.append("line \(index + 1): tab cells")
            }
            if TextNormalizer.isSingleScalarText(line),
                !NarrativeFigureReader.sentencesOfSingleScalarText(line).elementsEqual(NarrativeFigureReader.sentencesByCharacters(line), by: { $0 == $1 })
            {
                found.append("line \(index + 1): sentences")
            }
            let cellTexts = cells.map(TextNormalizer.cellText)
            switch TextNormalizer.tabCellTextsAndKeys(line) {
            case let read? where read.cells != cellTexts || read.keys != cellTexts.map(TextNormalizer.key) || read.plain != PlainScanner.isPlain(line):
                found.append("line \(index + 1): cell texts and keys in one pass")
            case nil where TextNormalizer.isSingleScalarText(line): found.append("line \(index + 1): no cell texts and keys in one pass")
            default: break
            }
            for text in [line] + (cells.count > 1 ? cells : []) {
                let key = TextNormalizer.key(text)
                // A test before the key may say yes wrongly, never no: the line must not be passed over.
                for scalar: Unicode.Scalar in ["第", "况", "表"] {
                    if key.hasPrefix(String(scalar)) && !TextNormalizer.keyMayStart(text, with: scalar) { found.append("line \(index + 1): key may start") }
                    if key.hasSuffix(String(scalar)) && !TextNormalizer.keyMayEnd(text, with: scalar) { found.append("line \(index + 1): key may end") }
                }
                if key != TextNormalizer.keyByCharacters(text) { found.append("line \(index + 1): key of \(text.debugDescription)") }
                let cell = TextNormalizer.cellText(text)
                if cell != TextNormalizer.cellTextByCharacters(text) { found.append("line \(index + 1): cellText of \(text.debugDescription)") }
                for candidate in [text, cell, key] where Amount.isNumber(candidate) != referenceIsNumber(candidate) {
                    found.append("line \(index + 1): isNumber of \(candidate.debugDescription)")
                }
                // A byte test may say yes wrongly, never no: the search it guards must not be skipped.
                for needle in needles where text.contains(needle.description) && !text.holds(needle) {
                    found.append("line \(index + 1): holds \(needle) in \(text.debugDescription)")
                }
            }
        }
        return found
    }

    /// `UTF8Search.mayContain` reads sixteen bytes at a time: a needle or a compatibility
    /// ideograph at every offset of texts of every length around those blocks is found, and a
    /// text holding neither is passed, as a byte-by-byte search tells.
    @Test func mayContainFindsWhatABytewiseSearchFindsAtEveryOffset() {
        func bytewise(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
            let occurs = text.count >= needle.count && (0...(text.count - needle.count)).contains { text[$0..<($0 + needle.count)].elementsEqual(needle) }
            let compatibility = text.indices.dropLast().contains { (text[$0] == 0xEF && (0xA4...0xAB).contains(text[$0 + 1])) || (text[$0] == 0xF0 && text[$0 + 1] == 0xAF) }
            return occurs || compatibility
        }
        // Filler of the needle's own bytes, its last byte (AC) among them, and full-width marks (EF BC …).
        let filler = Array("预算第预算，第年度".utf8)
        var compared = 0
        var found = 0
        for needle in ["第三", "表", "一级指标", "ab"].map({ Array($0.utf8) }) {
            for length in 0...40 {
                let plain = (0..<length).map { filler[$0 % filler.count] }
                var texts = [plain]
                for offset in 0...length {
                    texts.append(Array(plain[..<offset] + needle + plain[offset...]))
                    texts.append(Array(plain[..<offset] + Array("說".utf8) + plain[offset...]))  // U+8AAA, a unified ideograph
                    texts.append(Array(plain[..<offset] + Array("\u{F9A1}".utf8) + plain[offset...]))  // a compatibility ideograph
                    texts.append(Array(plain[..<offset] + Array("\u{2F800}".utf8) + plain[offset...]))  // one of the supplement
                }
                for text in texts {
                    let expected = bytewise(text, needle)
                    let actual = text.withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { UTF8Search.mayContain(text, $0) } }
                    #expect(actual == expected, "\(String(decoding: text, as: UTF8.self).debugDescription) for \(String(decoding: needle, as: UTF8.self))")
                    compared += 1
                    if expected { found += 1 }
                }
            }
        }
        #expect(compared == 4 * (41 + 4 * (41 * 42 / 2)))
        // Each text with the needle or a compatibility ideograph inserted holds it; the filler,
        // with the needle's bytes split among other characters, never does.
        #expect(found == 4 * 3 * (41 * 42 / 2))
    }

    /// `UTF8Search.firstOffset` (the same blocks of sixteen, without the compatibility leads)
    /// finds the first occurrence from every starting byte, as a byte-by-byte search does, in
    /// texts holding the needle twice around the blocks' edges.
    @Test func firstOffsetFindsTheFirstOccurrenceFromEveryStart() {
        let filler = Array("预算第预算，第年度".utf8)
        var compared = 0
        var found = 0
        for needle in ["第三", "表", "ab"].map({ Array($0.utf8) }) {
            for length in 0...36 {
                let plain = (0..<length).map { filler[$0 % filler.count] }
                for offset in stride(from: 0, through: length, by: 5) {
                    let text = Array(plain[..<offset] + needle + plain[offset...] + needle)
                    for from in 0...text.count {
                        let expected = text.count - from >= needle.count
                            ? (from...(text.count - needle.count)).first { text[$0..<($0 + needle.count)].elementsEqual(needle) } : nil
                        let actual = text.withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { UTF8Search.firstOffset(of: $0, in: text, from: from) } }
                        #expect(actual == expected, "from \(from) in \(String(decoding: text, as: UTF8.self).debugDescription)")
                        compared += 1
                        if expected != nil { found += 1 }
                    }
                }
            }
        }
        // From each start up to the second needle's, an occurrence is found.
        #expect(found > compared / 2)
    }

    /// Every text made of one part from each list, in order.
    static func combinations(_ parts: [[String]]) -> [String] {
        parts.reduce([""]) { texts, options in texts.flatMap { text in options.map { text + $0 } } }
    }

    /// A figure's tail read on the bytes (`PlainScanner`) reads what the patterns read
    /// (`NarrativeFigureReader.readTail`): every combination of wordings, near-misses among them
    /// (a three-digit year, 增 alone, a number without digits after its point, a 占 cut by a
    /// comma), with and without the figure's own value.
    @Test func tailsReadOnTheBytesAsByThePatterns() {
        let changes = Self.combinations([
            ["", "，"], ["", "比上年", "较上年", "较2023年", "较2023年度", "与上年相比", "较202年", "比上"],
            ["增加12.5万元", "减少1,234.56元", "增加3.万元", "增12万元", "减少7万", "增加0万元"],
        ])
        let flats = ["", "，与上年持平", "与2024年预算持平", "，与2024年度持平", ",较上年无变化", "与上年预算持平", "与上年预持平", "与20245年持平"]
        let rests = [
            "", "，增长5.2%", ",下降0.7%", "上升3%", "增幅1,2.3%", "降幅52.06%", "，占支出的45.2%", "占的的5%", "占总支出比重3.1%", "占支出，5%", "占10%",
            "，完成年初预算的98.5%", "完成预算的100%", "完成年初预算98%", "增长5.%", "占的%", "占的5%", "，占了的12.5%",
        ]
        let head = "收入合计100.00万元"
        var compared = 0
        var read = (change: 0, flat: 0, rate: 0, share: 0, completion: 0)
        for tail in Self.combinations([changes, flats, rests]) {
            for value in [Amount("100.00"), nil] {
                let sentence = head + tail + "。"
                let start = sentence.utf8.index(sentence.startIndex, offsetBy: head.utf8.count)
                let figure = NarrativeFigure(
                    ord: 1, section: "", item: nil, subject: "收入合计", context: nil, value: value, unit: "万元", changeWord: nil, change: nil,
                    rateWord: nil, rate: nil, isFlat: false, share: nil, shareOf: nil, completion: nil, statement: sentence,
                    location: SourceLocation(file: "t", line: 1))
                var (byPatterns, byBytes) = (figure, figure)
                let endByPatterns = NarrativeFigureReader.readTail(after: start, in: sentence, into: &byPatterns)
                let endByBytes = NarrativeFigureReader.readTailByBytes(after: start, in: sentence, into: &byBytes)
                #expect(byBytes == byPatterns && endByBytes == endByPatterns, "\(sentence)")
                compared += 1
                if byPatterns.change != nil { read.change += 1 }
                if byPatterns.isFlat { read.flat += 1 }
                if byPatterns.rate != nil { read.rate += 1 }
                if byPatterns.share != nil { read.share += 1 }
                if byPatterns.completion != nil { read.completion += 1 }
            }
        }
        #expect(compared == changes.count * flats.count * rests.count * 2)
        // Each pattern is read in some of them and refused in others.
        for (name, count) in [("change", read.change), ("flat", read.flat), ("rate", read.rate), ("share", read.share), ("completion", read.completion)] {
            #expect(count > 0 && count < compared, "\(name): \(count) of \(compared)")
        }
    }

    /// An item's number read on the bytes (`NarrativeFigureReader.itemNumber`) is the pattern's
    /// (`Patterns.itemNumber`), on texts opening with digits, marks and what may join them.
    @Test func itemNumbersReadOnTheBytesAsByThePattern() {
        let openings = ["", "1", "12", "2024", "１", "1\u{301}", "1\u{FE0F}", "\u{F9A1}"]
        let marks = ["", ".", "．", "、", "。", ",", ".\u{301}", "、\u{200D}", "．\u{FE0F}"]
        let rests = ["", "支出", "\u{301}支出", "5万元", " 说明", "\u{F9A1}"]
        var compared = 0
        var matched = 0
        for opening in openings {
            for mark in marks {
                for rest in rests {
                    let text = opening + mark + rest
                    let byPattern = text.prefixMatch(of: NarrativeFigureReader.Patterns.itemNumber).map { (String($0.1), $0.range.upperBound) }
                    let byBytes = NarrativeFigureReader.itemNumber(text).map { (String($0.digits), $0.end) }
                    #expect(byBytes?.0 == byPattern?.0 && byBytes?.1 == byPattern?.1, "\(text.debugDescription)")
                    compared += 1
                    if byPattern != nil { matched += 1 }
                }
            }
        }
        #expect(compared == openings.count * marks.count * rests.count)
        // "1", "12", "2024" before each of . ． 、 and any rest but a joining mark.
        #expect(matched == 3 * 3 * (rests.count - 1))
    }

    /// A plain subject cleaned on the bytes (`NarrativeFigureReader.cleanedByBytes`) is cleaned as
    /// by the patterns (`cleaned`), and a plain line is a heading on the bytes where it is by
    /// `NarrativeReader.Patterns.heading`: every combination of wordings and near-misses.
    @Test func subjectsAndHeadingsReadOnTheBytesAsByThePatterns() {
        let items = ["", "1.", "12．", "3、", "其中", "截至2021年12月31日", "截至2021年1月1日", "截至202年1月1日", "截至2021年123月1日"]
        let years = ["", "2021年", "2021年度", "较2021年度", "与2021年相比", "与2021年度相比", "与2021年度比", "20211年", "较上年"]
        let bodies = ["", "收入总计", "支出为", "共有", "财政拨款收入共", " 收入 "]
        let trailings = ["", "较上年", "比2023年", "较2023年度", "比上", "较2023", "比较2023年"]
        var compared = 0
        var changed = 0
        for subject in Self.combinations([items, years, bodies, trailings]) where PlainScanner.isPlain(subject) {
            let byPatterns = NarrativeFigureReader.cleaned(subject)
            #expect(NarrativeFigureReader.cleanedByBytes(subject) == byPatterns, "\(subject)")
            compared += 1
            if byPatterns != subject { changed += 1 }
        }
        #expect(compared == items.count * years.count * bodies.count * trailings.count)
        #expect(changed > compared / 2 && changed < compared)
        let headings = [
            "一、收入", "十二、支出", "（三）说明", "（三说明", "第四部分 说明", "第部分", "一二三", "（一）", "四.", "第十一部分", "、", "（）", "五、", "第三部", "（十）（一）",
        ]
        var isHeading = 0
        for line in headings + headings.map({ "\u{3000}" + $0 }) {
            let byPattern = line.prefixMatch(of: NarrativeReader.Patterns.heading) != nil
            #expect(NarrativeReader.isHeading(line) == byPattern, "\(line)")
            if byPattern { isHeading += 1 }
        }
        // 一、 十二、 （三） 第四部分 （一） 第十一部分 五、 （十）
        #expect(isHeading == 8)
    }

    /// A budget item's figures read on the bytes (`NarrativeReader.figuresByBytes`) are the
    /// pattern's (`figures`), and a plain text's words are found where Foundation finds them.
    @Test func budgetFiguresReadOnTheBytesAsByThePattern() {
        let budgets = ["年初预算为120.50万元", "年初预算1,200元", "年初预算为万元", "年初预算为3.5.1万", "预算为12万元"]
        let actuals = ["，支出决算为118.2万元", "，支出决算为1,100元", "，支出决算为118.2元", "支出决算为118.2万元", "，支出决算为"]
        let rates = ["", "，完成年初预算的98.1%", "，完成年初预算的%", "，完成年初预算的98.1"]
        let ends = ["", "。", "；", "，主要原因是：人员增加。", "。原因是：项目调整"]
        var compared = 0
        var read = 0
        for text in Self.combinations([budgets, actuals, rates, ends]) {
            let byPattern = NarrativeReader.figures(text)
            #expect(NarrativeReader.figuresByBytes(text) == byPattern, "\(text)")
            compared += 1
            if byPattern != nil { read += 1 }
            for word in ["原因是：", "（类）", "年初预算", "。"] {
                #expect(NarrativeReader.range(of: word, in: text[...], plain: true) == text.range(of: word), "\(word) in \(text)")
            }
        }
        #expect(compared == budgets.count * actuals.count * rates.count * ends.count)
        // The first two budgets before each of the first three actuals.
        #expect(read == 2 * 3 * rates.count * ends.count)
    }

    /// A plain target read on the bytes (`Target.readingBytes`) reads as on `Character`s.
    @Test func targetsReadOnTheBytesAsOnCharacters() {
        let texts = Self.combinations([
            ["", " ", "\u{3000}"], ["", "≥", "≤", "=", "＞", "＜", ">", "<", "≠"], ["", " "], ["", "85", "6,000", "11.2", "1.2.3", ".5"],
            ["", "场次", " 元", "%", " 万份 ", "日发放"],
        ])
        var read = 0
        for text in texts {
            let byCharacters = Target.readingCharacters(text)
            #expect(Target.readingBytes(text) == byCharacters, "\(text.debugDescription)")
            if byCharacters.value != nil { read += 1 }
        }
        #expect(texts.count == 3 * 9 * 2 * 6 * 6 && texts.allSatisfy(PlainScanner.isPlain))
        // 85, 6,000 and 11.2 (not 1.2.3 or .5) after any comparison but ≠ (which starts no number).
        #expect(read == 3 * 8 * 2 * 3 * 6)
    }

    /// A plain key's funding source read on the bytes (`ProjectReader.fundSourceOfPlainKey`) is the
    /// one read on `Character`s (`fundSource`), and a plain key equals a word by its bytes
    /// (`PlainScanner.equals`) where it does as a `String`.
    @Test func fundSourcesAndWordsOfPlainKeysReadOnTheBytes() {
        let labels = Array(ProjectReader.fundSources.keys) + ["资金", "其他", "年度资金总额合计", "一级指标", "年初预算数", ""]
        let keys = Self.combinations([["", "其中:", "其中：", "其中:其中：", "其中"], labels, ["", ":", "：", ":：:", "。"]])
        var named = 0
        for key in keys where PlainScanner.isPlain(key) {
            let byCharacters = ProjectReader.fundSource(key)
            #expect(ProjectReader.fundSourceOfPlainKey(key) == byCharacters, "\(key)")
            if byCharacters != nil { named += 1 }
            for word: StaticString in ["年初预算数", "全年预算数", "一级指标", "资金"] {
                #expect(PlainScanner.equals(key, word) == (key == word.description), "\(key) = \(word)")
            }
        }
        #expect(keys.count == 5 * labels.count * 5 && keys.allSatisfy(PlainScanner.isPlain))
        // The six labels after any prefix but 其中 alone (其中: is dropped, then 其中：) and before
        // any ending but 。.
        #expect(named == 6 * 4 * 4)
    }

    /// A goal text of single isolated scalars made plain on the bytes (`GoalText.plainOfSingleScalarText`)
    /// is made plain as on `Character`s (`plainByCharacters`): tags, line breaks, white space.
    @Test func goalTextsMadePlainOnTheBytesAsOnCharacters() {
        let texts = Self.combinations([
            ["", "<p>", " <p>1、", "<span>"], ["完成目标", " 完成 目标 ", "", "a<b", "\u{3000}"], ["</p>", "<br>", "<br/>", "<br />", "", ">", "\n"],
            ["", "2、提升", "<p>2、</p>", "  "],
        ])
        var (compared, multiline) = (0, 0)
        for text in texts where TextNormalizer.isSingleScalarText(text) {
            let byCharacters = GoalText.plainByCharacters(text)
            #expect(GoalText.plainOfSingleScalarText(text) == byCharacters, "\(text.debugDescription)")
            compared += 1
            if byCharacters.contains("\n") { multiline += 1 }
        }
        // All but the texts with a line feed (no isolated scalar); some made of two lines.
        #expect(compared == texts.count * 6 / 7 && multiline > 0, "\(multiline) of \(compared)")
    }

    /// A part heading's name and a listed unit read on the bytes (`PlainScanner.partHeading`,
    /// `listedItem`) are what their patterns capture, on trimmed texts as their readers pass them.
    @Test func partHeadingsAndListedUnitsReadOnTheBytesAsByThePatterns() {
        let headings = Self.combinations([["第", "第十"], ["三", "", "十二"], ["部分", "部", "部分 ", "部分\u{3000}"], ["", "部门决算情况说明", "X 2024年度部门决算表"]])
        let items = Self.combinations([["", "1", "12"], ["", " ", "\u{3000}"], [".", "、", "．", ",", ""], ["", " ", "  "], ["", "市民政局本级", "A"]])
        var read = 0
        for (texts, pattern, scan) in [
            (headings, IdentityReader.Patterns.partHeading, { (scanner: inout PlainScanner) in scanner.partHeading() }),
            (items, CoverReader.Patterns.listedUnit, { (scanner: inout PlainScanner) in scanner.listedItem() }),
        ] {
            for raw in texts {
                let text = raw.trimmingWhitespace()
                let byPattern = text.prefixMatch(of: pattern)?.1
                #expect(PlainScanner.rest(of: text, after: scan) == byPattern, "\(text.debugDescription)")
                if byPattern != nil { read += 1 }
            }
        }
        // Headings: five numerals (第三, 第十二, 第十, 第十三, 第十十二; not 第 alone), 部分 (spaced or
        // not) and a name: 5 × 3 × 2. Items: a number, a mark of the three, and a name: 2 × 3 × 3 × 3 × 2.
        #expect(read == 5 * 3 * 2 + 2 * 3 * 3 * 3 * 2)
    }

    @Test func seedGeneratedAndMutatedFilesSplitAndReadAsBefore() throws {
        let seed = try Data(contentsOf: Self.seed)
        let inputs = [("seed", seed)] + (try Self.generatedReports()) + Self.mutatedSeeds(seed)
        #expect(inputs.count == 31)
        var comparedLines = 0
        var refused = 0
        for (name, data) in inputs {
            let reference = Self.referenceLines(data)
            switch (Result { () throws(ParseError) in try ReportLines(file: name, data: data).lines }, reference) {
            case (.success(let lines), .success(let expected)):
                #expect(lines == expected, "\(name): the lines")
                let differences = Self.differences(in: lines)
                #expect(differences.isEmpty, "\(name): \(differences.count) differences, first \(differences.prefix(3))")
                comparedLines += lines.count
            case (.failure(let error), .failure(.notText(let line))):
                #expect(error.line == line, "\(name): \(error)")
                refused += 1
            case (let lines, let expected):
                Issue.record("\(name): read \(lines.map(\.count)), before \(expected.map(\.count))")
            }
        }
        // Two copies are refused (a NUL, a byte that is not UTF-8), as before; the others are read.
        #expect(refused == 2)
        #expect(comparedLines > 29 * 1_500)
    }

    @Test(arguments: corpusPDFs)
    func corpusPDFLinesReadAsBefore(_ path: String) throws {
        let lines = PDFLayout.lines(from: try PDFTrace.pages(of: path)).map(\.text)
        #expect(lines.count > 100)
        let differences = Self.differences(in: lines)
        #expect(differences.isEmpty, "\(path): \(differences.count) differences, first \(differences.prefix(3))")
    }

    @Test func mutationsReachEveryPathTheyAreFor() throws {
        // The comparisons above are only worth something if the inputs hold what the byte paths
        // must tell apart: text that takes the Character path, CRs inside lines, compatibility ideographs.
        let lines = try Self.mutatedSeeds(try Data(contentsOf: Self.seed)).compactMap { try? ReportLines(file: $0.name, data: $0.data).lines }
            .joined()
        #expect(lines.contains { TextNormalizer.keyOfSingleScalarText($0) == nil })
        #expect(lines.contains { $0.unicodeScalars.contains("\u{F98E}") })
        #expect(lines.contains { $0.unicodeScalars.contains("\u{2F800}") })
        #expect(lines.contains { $0.unicodeScalars.contains("\r") })
        #expect(lines.contains { $0.unicodeScalars.contains("\u{301}") })
    }
}
