import Foundation

/// The patterns of what a narrative figure is stated with (`NarrativeFigureReader.Patterns`:
/// change, flat, rate, share, completion), read on the bytes after the figure. (Measured: the
/// regexes were an eighth of the parse, these the largest part.)
extension PlainScanner {
    // Each pattern is taken at `at`; nil (and `at` unmoved) where it does not stand.

    /// `change`: `^，?(?:比上年|较上年|较[0-9]{4}年度?|与上年相比)?(增加|减少)(number)(万元|元)` — the
    /// word and the number's bytes.
    mutating func change() -> (word: Range<Int>, number: Range<Int>)? {
        var found: (Range<Int>, Range<Int>)?
        attempt { scanner in
            _ = scanner.take("，")
            _ = scanner.take("比上年") || scanner.take("较上年") || scanner.attempt { $0.take("较") && $0.takeYear() } || scanner.take("与上年相比")
            let wordStart = scanner.at
            guard scanner.take("增加") || scanner.take("减少") else { return false }
            let word = wordStart..<scanner.at
            guard let number = scanner.takeNumber(), scanner.take("万元") || scanner.take("元") else { return false }
            found = (word, number)
            return true
        }
        return found
    }

    /// `flat`: `^[，,]?(?:与(?:上年|[0-9]{4}年度?)(?:预算)?持平|较上年无变化)`.
    mutating func flat() -> Bool {
        attempt { scanner in
            _ = scanner.take("，") || scanner.take(",")
            return scanner.attempt { scanner in
                guard scanner.take("与"), scanner.take("上年") || scanner.takeYear() else { return false }
                _ = scanner.take("预算")
                return scanner.take("持平")
            } || scanner.take("较上年无变化")
        }
    }

    /// `rate`: `^[，,]?(增长|下降|上升|增幅|降幅)(number)%` — the word and the number's bytes.
    mutating func rate() -> (word: Range<Int>, number: Range<Int>)? {
        var found: (Range<Int>, Range<Int>)?
        attempt { scanner in
            _ = scanner.take("，") || scanner.take(",")
            let wordStart = scanner.at
            guard scanner.take("增长") || scanner.take("下降") || scanner.take("上升") || scanner.take("增幅") || scanner.take("降幅") else {
                return false
            }
            let word = wordStart..<scanner.at
            guard let number = scanner.takeNumber(), scanner.take("%") else { return false }
            found = (word, number)
            return true
        }
        return found
    }

    /// `share`: `^，?占([^0-9，。；]*?)的?(number)%` — what it is a share of, and the number's bytes.
    /// The lazy group ends at the first digit (it cannot hold one), before a 的 standing there.
    mutating func share() -> (of: Range<Int>, number: Range<Int>)? {
        var found: (Range<Int>, Range<Int>)?
        attempt { scanner in
            _ = scanner.take("，")
            guard scanner.take("占") else { return false }
            let ofStart = scanner.at
            // To the first digit, ，, 。 or ； — which must be a digit.
            while scanner.at < scanner.bytes.count, !scanner.bytes[scanner.at].isASCIIDigit {
                if scanner.standsAt("，") || scanner.standsAt("。") || scanner.standsAt("；") { return false }
                scanner.at += TextNormalizer.scalar(at: scanner.at, in: scanner.bytes).length
            }
            var ofEnd = scanner.at
            let of = "的".utf8
            if ofEnd - ofStart >= of.count, scanner.bytes[(ofEnd - of.count)..<ofEnd].elementsEqual(of) { ofEnd -= of.count }
            guard let number = scanner.takeNumber(), scanner.take("%") else { return false }
            found = (ofStart..<ofEnd, number)
            return true
        }
        return found
    }

    /// `completion`: `^，?完成(?:年初)?预算的(number)%` — the number's bytes.
    mutating func completion() -> Range<Int>? {
        var found: Range<Int>?
        attempt { scanner in
            _ = scanner.take("，")
            guard scanner.take("完成") else { return false }
            _ = scanner.take("年初")
            guard scanner.take("预算的"), let number = scanner.takeNumber(), scanner.take("%") else { return false }
            found = number
            return true
        }
        return found
    }
}
