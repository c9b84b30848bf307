/// Reads every stated figure of 第三部分 into `NarrativeFigure`s.
///
/// The narrative is cut into sections (一、… and （一）… headings) and paragraphs (a
/// line whose predecessor did not end a sentence continues it, across page-break
/// blank lines), each paragraph into sentences. In a sentence every number with a
/// unit (万元, 元, 个, 人次, 辆 …) is a figure; its subject is the phrase before it
/// back to the previous comma; what follows it says the change, rate, share or
/// completion it is stated with. Numbers consumed that way are not figures of their own.
struct NarrativeFigureReader {
    let lines: ReportLines
    /// Which kind of report: a 决算 and a budget place their narrative differently.
    var kind: ReportKind = .finalAccounts

    func read() -> [NarrativeFigure] {
        var figures: [NarrativeFigure] = []
        for paragraph in paragraphs() {
            let item = Self.itemNumber(paragraph.text).flatMap { Int($0.digits) }
            // A paragraph of single isolated scalars has only sentences of them; a plain one
            // (`PlainScanner.isPlain`), only plain sentences.
            let plain = PlainScanner.isPlain(paragraph.text)
            let singleScalar = plain || TextNormalizer.isSingleScalarText(paragraph.text)
            for sentence in Self.sentences(paragraph.text, singleScalar: singleScalar) {
                let kinds = (
                    plain: plain || PlainScanner.isPlain(sentence.text),
                    singleScalar: singleScalar || TextNormalizer.isSingleScalarText(sentence.text)
                )
                // Each figure's line is the one its number is printed on, which may be a later
                // line of the sentence.
                var found = figuresOf(sentence.text, kinds, section: paragraph.section, startingAt: figures.count + 1) { offset in
                    paragraph.location(of: sentence.offset + offset, in: lines)
                }
                for index in found.indices { found[index].item = item }
                figures += found
            }
        }
        return figures
    }

    // MARK: - Paragraphs

    struct Paragraph {
        var section: String
        var text = ""
        /// (0-based line index, offset in `text` where that line's text starts).
        var starts: [(index: Int, offset: Int)] = []

        func location(of offset: Int, in lines: ReportLines) -> SourceLocation {
            lines.location(starts.last { $0.offset <= offset }?.index ?? starts.first?.index ?? 0)
        }
    }

    /// Where the narrative stands: a 决算's 第三部分 (to 第四部分, searched from the end, where the
    /// body stands after the 目录); a budget's anywhere — budgets explain their numbers in a part
    /// of their own (第三部分 …情况说明), in the first part (长沙: 第一部分 部门预算说明) or over
    /// several (深圳: 第二部分 收支总体情况 … 第八部分 其他需要说明情况) — so its every line that is no
    /// table row is read, and each figure keeps the heading it stands under.
    private func range() -> Range<Int>? {
        guard kind == .finalAccounts else { return lines.lines.indices }
        // (Only a line whose key may open with 第 can open with 第…部分: the others are not keyed.)
        guard let start = lines.lines.lastIndex(where: { TextNormalizer.keyMayStart($0, with: "第") && TextNormalizer.key($0).hasPrefix("第三部分") })
        else { return nil }
        let end = lines.lines.lastIndex(where: { TextNormalizer.keyMayStart($0, with: "第") && TextNormalizer.key($0).hasPrefix("第四部分") })
            .flatMap { $0 > start ? $0 : nil }
        return (start + 1)..<(end ?? lines.lines.count)
    }

    private func paragraphs() -> [Paragraph] {
        guard let range = range() else { return [] }
        var paragraphs: [Paragraph] = []
        var heading = ""
        var subheading = ""
        var current: Paragraph?
        for index in range {
            // A budget's tables stand among its text.
            if kind == .budget, lines.isRow(index) { continue }
            let text = NarrativeReader.normalized(lines.lines[index])
            if text.isEmpty { continue }
            if NarrativeReader.isHeading(text) {
                if let done = current { paragraphs.append(done) }
                current = nil
                // A budget's heading often goes on after a colon with its first sentence
                // (（二）支出预算：2026年本单位支出预算1935.36万元，…): the heading is what stands
                // before the colon, the rest opens the paragraph.
                let (title, rest) = kind == .budget ? Self.split(heading: text) : (text, "")
                if title.hasPrefix("（") { subheading = title } else { (heading, subheading) = (title, "") }
                guard !rest.isEmpty else { continue }
                let section = subheading.isEmpty ? heading : "\(heading) \(subheading)"
                current = Paragraph(section: section, text: rest, starts: [(index, 0)])
                continue
            }
            let section = subheading.isEmpty ? heading : "\(heading) \(subheading)"
            if var open = current, let last = open.text.last, !"。；：！？".contains(last), open.section == section {
                open.starts.append((index, open.text.count))
                open.text += text
                current = open
            } else {
                if let done = current { paragraphs.append(done) }
                current = Paragraph(section: section, text: text, starts: [(index, 0)])
            }
        }
        if let done = current { paragraphs.append(done) }
        return paragraphs
    }

    /// A budget's heading line cut at its first colon: (the heading, the text after it). A heading
    /// line that states an amount, as a sentence of its own (（一）因公出国（境）费35.00万元，与2025年预算
    /// 持平。) or one wrapped onto the next line, is its item's name up to the amount, and its text
    /// after its number (（一）) is read.
    static func split(heading text: String) -> (String, String) {
        if let colon = text.firstIndex(of: "：") {
            return (String(text[..<colon]), String(text[text.index(after: colon)...]).trimmingWhitespace())
        }
        guard let figure = numbersWithUnit(in: text, singleScalar: TextNormalizer.isSingleScalarText(text)).first,
            let marker = text.prefixMatch(of: NarrativeReader.Patterns.heading)
        else { return (text, "") }
        return (String(text[..<figure.range.lowerBound]), String(text[marker.range.upperBound...]))
    }

    /// Sentences ending in 。 with their character offset in the paragraph.
    static func sentences(_ text: String, singleScalar: Bool) -> [(text: String, offset: Int)] {
        singleScalar ? sentencesOfSingleScalarText(text) : sentencesByCharacters(text)
    }

    /// `sentences` on the bytes, for text of single isolated scalars (see
    /// `TextNormalizer.isIsolatedScalar`), where each scalar is a `Character` and the bytes of 。
    /// (E3 80 82) are the 。 character: the same cuts and offsets, counted in scalars (the bytes
    /// that are no continuation byte), without grapheme breaking.
    static func sentencesOfSingleScalarText(_ text: String) -> [(text: String, offset: Int)] {
        var copy = text
        // Each sentence's bytes and its offset in scalars.
        let cuts = copy.withUTF8 { bytes -> [(bytes: Range<Int>, offset: Int)] in
            var cuts: [(bytes: Range<Int>, offset: Int)] = []
            var (start, offset, position, index) = (0, 0, 0, 0)
            while index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 { position += 1 }
                if bytes[index] == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 {
                    index += 3
                    cuts.append((start..<index, offset))
                    (start, offset) = (index, position)
                } else {
                    index += 1
                }
            }
            if start < bytes.count { cuts.append((start..<bytes.count, offset)) }
            return cuts
        }
        let utf8 = text.utf8
        var end = utf8.startIndex
        return cuts.map { cut in
            let start = end
            end = utf8.index(start, offsetBy: cut.bytes.count)
            return (String(text[start..<end]), cut.offset)
        }
    }

    /// `sentences` on `Character`s: for any text.
    static func sentencesByCharacters(_ text: String) -> [(text: String, offset: Int)] {
        var sentences: [(String, Int)] = []
        var current = ""
        var offset = 0
        for (position, char) in text.enumerated() {
            if current.isEmpty { offset = position }
            current.append(char)
            if char == "。" {
                sentences.append((current, offset))
                current = ""
            }
        }
        if !current.isEmpty { sentences.append((current, offset)) }
        return sentences
    }

    // MARK: - Figures


    /// The figures of a sentence; `kinds`: whether it is plain (`PlainScanner.isPlain`: its
    /// patterns are read on the bytes) and whether its characters are all single isolated scalars
    /// (`TextNormalizer.isSingleScalarText`).
    private func figuresOf(
        _ sentence: String, _ kinds: (plain: Bool, singleScalar: Bool), section: String, startingAt ord: Int,
        location: (_ characterOffset: Int) -> SourceLocation
    ) -> [NarrativeFigure] {
        var figures: [NarrativeFigure] = []
        var consumedUpTo = sentence.startIndex
        let singleScalar = kinds.singleScalar
        for match in Self.numbersWithUnit(in: sentence, singleScalar: singleScalar) where match.range.lowerBound >= consumedUpTo {
            var figure = NarrativeFigure(
                ord: ord + figures.count, section: section, item: nil, subject: "", context: figures.last?.subject,
                value: Amount(String(match.number)), unit: String(match.unit),
                changeWord: nil, change: nil, rateWord: nil, rate: nil, isFlat: false, share: nil, shareOf: nil, completion: nil,
                statement: sentence, location: location(Self.offset(of: match.range.lowerBound, in: sentence, singleScalar: singleScalar)))
            var subject = Self.subject(before: match.range.lowerBound, in: sentence, singleScalar: singleScalar)
            if let word = ["增加", "减少"].first(where: { subject.hasSuffix($0) }) {
                // A change stated alone: 收入总计减少 131.99 万元.
                subject.removeLast(word.count)
                (figure.changeWord, figure.change, figure.value) = (word, figure.value, nil)
            }
            figure.subject = kinds.plain ? Self.cleanedByBytes(subject) : Self.cleaned(subject)
            consumedUpTo =
                kinds.plain
                ? Self.readTailByBytes(after: match.range.upperBound, in: sentence, into: &figure)
                : Self.readTail(after: match.range.upperBound, in: sentence, into: &figure)
            // (The pattern tested only on a change: on every figure it cost 3.5 % of the parse.)
            if figure.change != nil, let previous = figures.indices.last, figures[previous].change == nil,
                figure.subject.isEmpty ? figure.value == nil : figure.subject.wholeMatch(of: Patterns.comparisonBase) != nil
            {
                // The change is the previous figure's where this one's subject only names what it is
                // compared with: 支出决算为 1055.28 万元，较 2023 年度增加 10.68 万元; 财政拨款收入30,441万元，比2025年预算
                // 增加1,500万元; 会议费预算支出29.92万元，较上年的7.80万元增加22.12万元 (7.80 is last year's amount).
                (figures[previous].changeWord, figures[previous].change) = (figure.changeWord, figure.change)
                (figures[previous].rateWord, figures[previous].rate) = (figure.rateWord, figure.rate)
                // Last year's amount, when stated, stays a figure of its own; a bare change is not one.
                guard figure.value != nil else { continue }
                (figure.changeWord, figure.change, figure.rateWord, figure.rate) = (nil, nil, nil, nil)
            }
            figures.append(figure)
        }
        return figures
    }

    /// A character offset in the sentence: counted in scalars in text of single isolated scalars,
    /// where each is a `Character`.
    static func offset(of index: String.Index, in sentence: String, singleScalar: Bool) -> Int {
        singleScalar
            ? sentence.unicodeScalars.distance(from: sentence.startIndex, to: index) : sentence.distance(from: sentence.startIndex, to: index)
    }

    /// Every match of `Patterns.numberWithUnit` in the sentence, left to right.
    ///
    /// Text whose characters are all single isolated scalars (see `TextNormalizer.isIsolatedScalar`)
    /// is scanned by hand, which is what the regex does there and several times faster; other
    /// text goes through the regex.
    static func numbersWithUnit(in sentence: String, singleScalar: Bool) -> [(range: Range<String.Index>, number: Substring, unit: Substring)] {
        guard singleScalar else {
            return sentence.matches(of: Patterns.numberWithUnit).map { ($0.range, $0.1, $0.2) }
        }
        // On the UTF-8 bytes: the digits, comma and point are ASCII, and no byte of a longer scalar
        // is one of them, so stepping a byte at a time over other text skips it scalar by scalar.
        var text = sentence
        let found = text.withUTF8 { bytes -> [(start: Int, numberEnd: Int, unitEnd: Int)] in
            let isDigit = { (offset: Int) in offset < bytes.count && bytes[offset].isASCIIDigit }
            var found: [(start: Int, numberEnd: Int, unitEnd: Int)] = []
            var index = 0
            while index < bytes.count {
                guard isDigit(index) else {
                    index += 1
                    continue
                }
                // [0-9][0-9,]*(?:\.[0-9]+)?: no shorter match can be followed by a unit, so no backtracking.
                var numberEnd = index + 1
                while isDigit(numberEnd) || (numberEnd < bytes.count && bytes[numberEnd] == UInt8(ascii: ",")) { numberEnd += 1 }
                if numberEnd < bytes.count, bytes[numberEnd] == UInt8(ascii: "."), isDigit(numberEnd + 1) {
                    numberEnd += 1
                    while isDigit(numberEnd) { numberEnd += 1 }
                }
                // The units in the regex's order of alternatives.
                if let unit = Self.unitBytes.first(where: { bytes[numberEnd...].starts(with: $0) }) {
                    found.append((index, numberEnd, numberEnd + unit.count))
                    index = numberEnd + unit.count
                } else {
                    index += 1
                }
            }
            return found
        }
        let utf8 = sentence.utf8
        return found.map { offsets in
            let start = utf8.index(utf8.startIndex, offsetBy: offsets.start)
            let numberEnd = utf8.index(utf8.startIndex, offsetBy: offsets.numberEnd)
            let unitEnd = utf8.index(utf8.startIndex, offsetBy: offsets.unitEnd)
            return (start..<unitEnd, sentence[start..<numberEnd], sentence[numberEnd..<unitEnd])
        }
    }

    /// `Patterns.itemNumber` (`^([0-9]+)[.．、]`) at the start of a text: its digits, and where the
    /// match ends. On the bytes: a digit, ．and 、 have no other spelling, and a scalar that joins
    /// the one before it starts no character, so a text whose bytes do not open with ASCII digits
    /// and a mark does not match; one whose bytes do matches where the scalar after the mark joins
    /// nothing to it (`TextNormalizer.isIsolatedScalar`) — else the pattern decides.
    static func itemNumber(_ text: String) -> (digits: Substring, end: String.Index)? {
        let utf8 = text.utf8
        let digitsEnd = utf8.firstIndex { !$0.isASCIIDigit } ?? utf8.endIndex
        guard digitsEnd > utf8.startIndex, let mark = [".", "．", "、"].first(where: { utf8[digitsEnd...].starts(with: $0.utf8) }) else { return nil }
        let end = utf8.index(digitsEnd, offsetBy: mark.utf8.count)
        if end == utf8.endIndex || TextNormalizer.isIsolatedScalar(text.unicodeScalars[end].value) {
            return (text[..<digitsEnd], end)
        }
        return text.prefixMatch(of: Patterns.itemNumber).map { ($0.1, $0.range.upperBound) }
    }

    /// The units of `Patterns.numberWithUnit`, in the order its alternation tries them.
    static let units = ["万元", "元", "个", "人次", "辆", "台（套）", "台", "套", "人"]
    /// `units` as UTF-8.
    static let unitBytes = units.map { Array($0.utf8) }

    /// Reads what the sentence states right after a figure; returns where reading stopped.
    ///
    /// Every pattern is anchored at the tail's start (after an optional "，") and opens with one of
    /// a few words: each is matched at the start only (`prefixMatch`; `firstMatch` would try every
    /// later position too), and only when the tail's first scalar can open it (`Patterns`' openings).
    static func readTail(after start: String.Index, in sentence: String, into figure: inout NarrativeFigure) -> String.Index {
        // Most figures are followed by none of the patterns' words: nothing to copy or match.
        guard sentence[start...].mayStart(with: Patterns.tailOpenings, skipping: Patterns.optionalMarks) else { return start }
        let tail = String(sentence[start...])
        var consumed = 0
        if figure.value != nil, tail.mayStart(with: Patterns.changeOpenings, skipping: Patterns.optionalMarks), let match = tail.prefixMatch(of: Patterns.change) {
            let change = match.output  // (each `match.N` builds the whole output again)
            (figure.changeWord, figure.change) = (String(change.1), Amount(String(change.2)))
            consumed = tail.distance(from: tail.startIndex, to: match.range.upperBound)
            // "减少 3.05 万元，与上年持平": both are kept, for the check that they contradict each other.
            // (A Substring: its `^` is left as it was, matched by `firstMatch`.)
            if let flat = tail[match.range.upperBound...].firstMatch(of: Patterns.flat) {
                figure.isFlat = true
                consumed += tail.distance(from: flat.range.lowerBound, to: flat.range.upperBound)
            }
        } else if tail.mayStart(with: Patterns.flatOpenings, skipping: Patterns.optionalMarks), let match = tail.prefixMatch(of: Patterns.flat) {
            figure.isFlat = true
            consumed = tail.distance(from: tail.startIndex, to: match.range.upperBound)
        }
        let rest = String(tail.dropFirst(consumed))
        if rest.mayStart(with: Patterns.rateOpenings, skipping: Patterns.optionalMarks), let match = rest.prefixMatch(of: Patterns.rate) {
            let rate = match.output
            (figure.rateWord, figure.rate) = (Patterns.rateWords[String(rate.1)], Amount(String(rate.2)))
            consumed += rest.distance(from: rest.startIndex, to: match.range.upperBound)
        } else if rest.mayStart(with: Patterns.shareOpenings, skipping: Patterns.optionalMarks), let match = rest.prefixMatch(of: Patterns.share) {
            let share = match.output
            (figure.share, figure.shareOf) = (Amount(String(share.2)), String(share.1))
            consumed += rest.distance(from: rest.startIndex, to: match.range.upperBound)
        } else if rest.mayStart(with: Patterns.completionOpenings, skipping: Patterns.optionalMarks), let match = rest.prefixMatch(of: Patterns.completion) {
            figure.completion = Amount(String(match.1))
            consumed += rest.distance(from: rest.startIndex, to: match.range.upperBound)
        }
        return sentence.index(start, offsetBy: consumed)
    }

    /// `readTail` by `PlainScanner`, for a sentence of single isolated scalars without a
    /// compatibility ideograph: the same patterns in the same order, read on the bytes.
    static func readTailByBytes(after start: String.Index, in sentence: String, into figure: inout NarrativeFigure) -> String.Index {
        var text = sentence
        let utf8 = sentence.utf8
        let end = text.withUTF8 { bytes -> Int in
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var tail = PlainScanner(bytes: bytes, at: utf8.distance(from: utf8.startIndex, to: start))
            if figure.value != nil, let change = tail.change() {
                (figure.changeWord, figure.change) = (string(change.word), Amount(string(change.number)))
                // "减少 3.05 万元，与上年持平": both are kept, for the check that they contradict each other.
                if tail.flat() { figure.isFlat = true }
            } else if tail.flat() {
                figure.isFlat = true
            }
            if let rate = tail.rate() {
                (figure.rateWord, figure.rate) = (Patterns.rateWords[string(rate.word)], Amount(string(rate.number)))
            } else if let share = tail.share() {
                (figure.share, figure.shareOf) = (Amount(string(share.number)), string(share.of))
            } else if let completion = tail.completion() {
                figure.completion = Amount(string(completion))
            }
            return tail.at
        }
        return utf8.index(utf8.startIndex, offsetBy: end)
    }

    /// The phrase before a figure, back to the previous comma, colon or semicolon. In text of
    /// single isolated scalars (`singleScalar`, see `TextNormalizer.isIsolatedScalar`) each scalar
    /// is a `Character`, and the marks are looked for among the scalars.
    static func subject(before end: String.Index, in sentence: String, singleScalar: Bool) -> String {
        let head = sentence[..<end]
        let start: String.Index
        if singleScalar {
            let scalars = head.unicodeScalars
            start = scalars.lastIndex { subjectEnds.unicodeScalars.contains($0) }.map { scalars.index(after: $0) } ?? head.startIndex
        } else {
            start = head.lastIndex { subjectEnds.contains($0) }.map { head.index(after: $0) } ?? head.startIndex
        }
        return String(head[start...])
    }

    /// The marks a figure's subject starts after.
    static let subjectEnds = "，、：；。"

    /// Drops what is not the subject: an item number, 其中, a year (2024年度, 截至…, 较2023年度),
    /// 为 / 是 / 共有 / 共.
    static func cleaned(_ subject: String) -> String {
        // Each pattern is tried only where it can match, told by the first or last scalar, which
        // is far cheaper than running the regular expression on every subject. (A compatibility
        // ideograph equals the ideograph it stands for in a `Regex`: it always tries.)
        var text = subject
        func may(_ scalar: Unicode.Scalar?, be scalars: Unicode.Scalar...) -> Bool {
            guard let scalar else { return false }
            return scalars.contains(scalar) || UTF8Search.isCompatibilityIdeograph(scalar)
        }
        if may(text.unicodeScalars.first, be: "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "其", "截") {
            text.removePrefix(matching: Patterns.leadingItem)
        }
        if may(text.unicodeScalars.first, be: "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "较", "与") {
            text.removePrefix(matching: Patterns.leadingYear)
        }
        if may(text.unicodeScalars.last, be: "年", "度") { text = text.replacing(Patterns.trailingComparison, with: "") }
        for suffix in Self.subjectSuffixes where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text.trimmingWhitespace()
    }

    /// `cleaned` by `PlainScanner`, for a plain subject: the same patterns, read on the bytes.
    static func cleanedByBytes(_ subject: String) -> String {
        var text = subject
        let kept = text.withUTF8 { bytes -> Range<Int> in
            var scanner = PlainScanner(bytes: bytes, at: 0)
            _ = scanner.leadingItem()
            _ = scanner.leadingYear()
            var end = scanner.trailingComparisonStart() ?? bytes.count
            for suffix in cleanedSuffixes where end - scanner.at >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
                end -= suffix.count
            }
            return TextNormalizer.trimmingWhitespace(scanner.at..<end, in: bytes)
        }
        let utf8 = subject.utf8
        return String(subject[utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: kept.upperBound)])
    }

    /// The words `cleaned` drops from a subject's end, in this order; and as UTF-8.
    static let subjectSuffixes = ["为", "是", "共有", "共"]
    static let cleanedSuffixes = subjectSuffixes.map { Array($0.utf8) }

    /// The patterns, built once: a regex literal is parsed and compiled again every time the
    /// expression is evaluated, which cost most of the parse when it stood inside the loops.
    enum Patterns {
        nonisolated(unsafe) static let itemNumber = #/^([0-9]+)[.．、]/#
        nonisolated(unsafe) static let numberWithUnit = #/([0-9][0-9,]*(?:\.[0-9]+)?)(万元|元|个|人次|辆|台（套）|台|套|人)/#
        nonisolated(unsafe) static let change =
            #/^，?(?:比上年|较上年|较[0-9]{4}年度?|与上年相比)?(增加|减少)([0-9][0-9,]*(?:\.[0-9]+)?)(万元|元)/#
        /// 与上年持平, and its wordings: 与2025年预算持平, 较上年无变化.
        nonisolated(unsafe) static let flat = #/^[，,]?(?:与(?:上年|[0-9]{4}年度?)(?:预算)?持平|较上年无变化)/#
        /// A rate after its change, in any of `rateWords`' wordings (，下降 0.7%; ,降幅52.06%).
        nonisolated(unsafe) static let rate = #/^[，,]?(增长|下降|上升|增幅|降幅)([0-9][0-9,]*(?:\.[0-9]+)?)%/#
        /// A subject that only names what a change is measured from: 较上年的 (7.80 万元), 比2025年预算,
        /// 比上年预算, 年初预算 (较2025年年初预算, its year cut by `cleaned`).
        nonisolated(unsafe) static let comparisonBase = #/(?:较|比|与)?(?:上年|上一年|去年|[0-9]{4}年度?)(?:年初)?(?:预算)?数?的?|年初预算数?/#
        /// The wordings of a rate's direction, as the two the warehouse keeps (增长 / 下降).
        static let rateWords = ["增长": "增长", "上升": "增长", "增幅": "增长", "下降": "下降", "降幅": "下降"]
        nonisolated(unsafe) static let share = #/^，?占([^0-9，。；]*?)的?([0-9][0-9,]*(?:\.[0-9]+)?)%/#
        nonisolated(unsafe) static let completion = #/^，?完成(?:年初)?预算的([0-9][0-9,]*(?:\.[0-9]+)?)%/#
        /// The first scalars each tail pattern above can open with (after one of `optionalMarks`),
        /// tested before it runs (`mayStart`); a word added to a pattern adds its first scalar here.
        static let changeOpenings = "比较与增减", flatOpenings = "与较", rateOpenings = "增下上降", shareOpenings = "占"
        static let completionOpenings = "完"
        /// Any of them: a tail that opens with none is read no further.
        static let tailOpenings = changeOpenings + flatOpenings + rateOpenings + shareOpenings + completionOpenings
        /// The marks a tail pattern allows before its words (`^，?` or `^[，,]?`): skipped by the test,
        /// which may let a tail through that the pattern then refuses, never the other way.
        static let optionalMarks = "，,"
        nonisolated(unsafe) static let leadingItem = #/^([0-9]+[.．]|其中|截至[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)/#
        nonisolated(unsafe) static let leadingYear = #/^([0-9]{4}年度?|较[0-9]{4}年度?|与[0-9]{4}年度?相比)/#
        nonisolated(unsafe) static let trailingComparison = #/(较|比)([0-9]{4}年度?|上年)$/#

    }
}
