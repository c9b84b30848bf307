/// The patterns `NarrativeFigureReader.cleaned` drops from a figure's subject, `NarrativeReader`'s
/// heading and budget figures, and the part heading and listed unit of `IdentityReader` and
/// `CoverReader`, read on the bytes.
extension PlainScanner {
    /// `leadingItem`: `^([0-9]+[.．]|其中|截至[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)`.
    mutating func leadingItem() -> Bool {
        attempt { $0.takeDigits(1) && ($0.take(".") || $0.take("．")) } || take("其中")
            || attempt { $0.take("截至") && $0.takeDigits(4, 4) && $0.take("年") && $0.takeDigits(1, 2) && $0.take("月") && $0.takeDigits(1, 2) && $0.take("日") }
    }

    /// `leadingYear`: `^([0-9]{4}年度?|较[0-9]{4}年度?|与[0-9]{4}年度?相比)`.
    mutating func leadingYear() -> Bool {
        takeYear() || attempt { $0.take("较") && $0.takeYear() } || attempt { $0.take("与") && $0.takeYear() && $0.take("相比") }
    }

    /// Where `trailingComparison` (`(较|比)([0-9]{4}年度?|上年)$`) starts in the bytes from `at` on:
    /// it can only be their last 13 (较2024年度), 10 (较2024年) or 9 (较上年) bytes.
    func trailingComparisonStart() -> Int? {
        [13, 10, 9].lazy.map { bytes.count - $0 }.first { start in
            guard start >= at else { return false }
            var scanner = PlainScanner(bytes: bytes, at: start)
            return (scanner.take("较") || scanner.take("比")) && (scanner.takeYear() || scanner.take("上年")) && scanner.at == bytes.count
        }
    }

    /// `NarrativeReader.Patterns.heading`: `^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)`.
    mutating func heading() -> Bool {
        attempt { $0.takeNumerals() && $0.take("、") } || attempt { $0.take("（") && $0.takeNumerals() && $0.take("）") }
            || attempt { $0.take("第") && $0.takeNumerals() && $0.take("部分") }
    }

    /// `[一二三四五六七八九十]+`.
    private mutating func takeNumerals() -> Bool {
        var taken = false
        while take("一") || take("二") || take("三") || take("四") || take("五") || take("六") || take("七") || take("八") || take("九") || take("十") {
            taken = true
        }
        return taken
    }

    /// `NarrativeReader.Patterns.figures` up to its `(.*)$` (the rest, from `at`):
    /// `^年初预算为?([0-9,.]+)(万元|元)，支出决算为([0-9,.]+)(万元|元)(?:，完成年初预算的([0-9.]+)%)?[。，；]?`.
    mutating func budgetFigures() -> (budget: Range<Int>, unit: Range<Int>, actual: Range<Int>, actualUnit: Range<Int>, rate: Range<Int>?)? {
        var found: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>?)?
        attempt { scanner in
            guard scanner.take("年初预算") else { return false }
            _ = scanner.take("为")
            guard let budget = scanner.takeAmountText(), let unit = scanner.takeYuan(), scanner.take("，支出决算为"),
                let actual = scanner.takeAmountText(), let actualUnit = scanner.takeYuan()
            else { return false }
            var rate: Range<Int>?
            scanner.attempt { scanner in
                guard scanner.take("，完成年初预算的"), let digits = scanner.takeRun(where: { $0.isASCIIDigit || $0 == UInt8(ascii: ".") }),
                    scanner.take("%")
                else { return false }
                rate = digits
                return true
            }
            _ = scanner.take("。") || scanner.take("，") || scanner.take("；")
            found = (budget, unit, actual, actualUnit, rate)
            return true
        }
        return found
    }

    /// `[0-9,.]+`.
    private mutating func takeAmountText() -> Range<Int>? {
        takeRun { $0.isASCIIDigit || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
    }

    /// `(万元|元)`: its bytes.
    private mutating func takeYuan() -> Range<Int>? {
        let start = at
        return take("万元") || take("元") ? start..<at : nil
    }

    /// `IdentityReader.Patterns.partHeading`, `^第[一二三四五六七八九十]+部分\s*(.+)$`, up to its
    /// `(.+)$`, on a text that ends in no white space (there `\s*` takes the whole run).
    mutating func partHeading() -> Bool {
        attempt { $0.take("第") && $0.takeNumerals() && $0.take("部分") && $0.takeWhitespaceToTheRest() }
    }

    /// `CoverReader.Patterns.listedUnit`, `^[0-9]+\s*[.、．]\s*(.+)$`, likewise.
    mutating func listedItem() -> Bool {
        attempt { scanner in
            guard scanner.takeDigits(1) else { return false }
            _ = scanner.takeWhitespaceToTheRest()
            return (scanner.take(".") || scanner.take("、") || scanner.take("．")) && scanner.takeWhitespaceToTheRest()
        }
    }

    /// `\s*` before a `(.+)$`: the white space, and whether a rest stands after it.
    private mutating func takeWhitespaceToTheRest() -> Bool {
        while at < bytes.count, case let (value, length) = TextNormalizer.scalar(at: at, in: bytes), TextNormalizer.isWhitespaceScalar(value) {
            at += length
        }
        return at < bytes.count
    }
}
